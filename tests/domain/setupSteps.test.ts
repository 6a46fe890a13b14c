import { nextSetupStep, setupProgress, type SetupFacts } from '../../src/domain/school/setupSteps';

const profile = { schoolName: 'Riverside Secondary School', headteacherName: 'Daniel Price', dslName: 'Grace Li', approversGroup: 'Riverside Governors' };
const facts = (overrides: Partial<SetupFacts>): SetupFacts => ({ missingLists: 0, bankReady: true, profile, documents: 1, ...overrides });

describe('first-run progress, read from what the site holds', () => {
  it('starts with the lists on an empty site', () => {
    const progress = setupProgress(facts({ missingLists: 9, profile: undefined, documents: 0 }));
    expect(progress).toEqual({ lists: false, bank: true, profile: false, approvers: false, firstDraft: false });
    expect(nextSetupStep(progress)).toBe('lists');
  });

  it('asks for the bank when it is unreachable or has no release, even once the lists exist', () => {
    expect(nextSetupStep(setupProgress(facts({ bankReady: false })))).toBe('bank');
  });

  it('needs the school name, headteacher and DSL for the profile; blanks do not count', () => {
    expect(nextSetupStep(setupProgress(facts({ profile: { ...profile, dslName: '  ' } })))).toBe('profile');
    expect(nextSetupStep(setupProgress(facts({ profile: { ...profile, approversGroup: '' } })))).toBe('approvers');
  });

  it('is finished once a first document exists', () => {
    expect(nextSetupStep(setupProgress(facts({ documents: 0 })))).toBe('firstDraft');
    expect(nextSetupStep(setupProgress(facts({})))).toBeUndefined();
  });
});
