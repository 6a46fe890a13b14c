import { emptyProfileFields, profileFieldOf, profileFieldsOf } from '../../../src/domain/school/mergeFieldProfile';
import { readableMergeValues } from '../../../src/domain/school/mergeDates';
import { validateDraft } from '../../../src/domain/draft/validateDraft';
import type { Draft } from '../../../src/domain/draft/DraftModel';
import { OAKFIELD_PROFILE } from '../../../workbench/seed/productSeed';

describe('merge fields and the profile fields that fill them', () => {
  it('names the profile field each merge field is typed in; dates and unknown names have none', () => {
    expect(profileFieldOf('DeputyDSLName')).toBe('deputyDslName');
    expect(profileFieldOf('SchoolWebsite')).toBe('website');
    expect(profileFieldOf('ReviewDate')).toBeUndefined();
    expect(profileFieldOf('SchoolNmae')).toBeUndefined();
    expect(profileFieldsOf(['SchoolPhone', 'ReviewDate', 'SchoolPhone', 'DSLName'])).toEqual(['phone', 'dslName']);
  });

  it("turns a draft's missing-field issues into one thing to fix per empty profile field, with the statements that need it", () => {
    const block = (key: string, text: string): Draft['blocks'][number] => ({
      key, kind: 'Custom', baseText: '', mandatory: false, content: { text, included: true, note: '', sectionKey: 's', order: 1, removed: false }
    });
    const draft: Draft = {
      title: 'Policy', kind: 'Policy', templateKey: 't', templateVersion: 1, bankRelease: '2026.2', sections: [{ key: 's', title: 'S', order: 1 }],
      blocks: [
        block('c:a', 'Tell {{DeputyDSLName}} or {{DSLName}}; ring {{SchoolPhone}}.'),
        block('c:b', '{{DeputyDSLName}} deputises, and again {{DeputyDSLName}}.'),
        block('c:c', 'The next review is due by {{ReviewDate}}, at [date].')
      ]
    };
    const issues = validateDraft(draft, { ...OAKFIELD_PROFILE, deputyDslName: '', phone: '' });
    expect(issues.filter(i => i.kind === 'missingMergeField').map(i => i.field)).toEqual(['DeputyDSLName', 'SchoolPhone', 'DeputyDSLName', 'ReviewDate']);
    // The review date is the document's, not the profile's: it is never offered as a profile field to fill.
    expect(emptyProfileFields(issues)).toEqual([{ field: 'deputyDslName', statements: 2 }, { field: 'phone', statements: 1 }]);
  });

  it('reads the date fields as UK dates and leaves everything else as it is', () => {
    expect(readableMergeValues({ ReviewDate: '2027-12-06', SchoolName: '2027-12-06 School', LetterDate: 'soon' }, 'Europe/London'))
      .toEqual({ ReviewDate: '6 December 2027', SchoolName: '2027-12-06 School', LetterDate: 'soon' });
  });
});
