import { latestReleaseLabel, mismatchedSetting } from '../../../src/domain/school/settingMatch';
import { bank, policyTemplate, published, template } from '../bankFixtures';

describe('a document whose template does not fit the school', () => {
  const theBank = bank({
    templates: [
      published(policyTemplate('policy-primary', ['s1'], { setting: 'Primary' })),
      published(policyTemplate('policy-secondary', ['s1'], { setting: 'Secondary' })),
      published(template('aup-staff', { title: 'Staff AUP', audience: 'StaffVolunteers', body: { kind: 'Aup', statementKeys: ['s1'] } }))
    ],
    releases: [
      { number: 2, label: '2026.2', notes: '', changes: [] },
      { number: 1, label: '2026.1', notes: '', changes: [] }
    ]
  });

  it("names the template's setting when it is not the school's (a primary draft after the school became secondary)", () => {
    expect(mismatchedSetting('policy-primary', theBank, 'Secondary')).toBe('Primary');
  });

  it('says nothing when they match, for templates for every setting, or for a template the bank no longer has', () => {
    expect(mismatchedSetting('policy-secondary', theBank, 'Secondary')).toBeUndefined();
    expect(mismatchedSetting('aup-staff', theBank, 'Secondary')).toBeUndefined();
    expect(mismatchedSetting('gone', theBank, 'Secondary')).toBeUndefined();
    expect(mismatchedSetting('policy-primary', undefined, 'Secondary')).toBeUndefined();
  });

  it('takes the newest release by number, whatever order the bank lists them in', () => {
    expect(latestReleaseLabel(theBank)).toBe('2026.2');
    expect(latestReleaseLabel(bank({}))).toBeUndefined();
  });
});
