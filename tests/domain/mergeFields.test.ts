import { MERGE_FIELDS, isMergeField } from '../../src/domain/school/MergeField';
import { SCHOOL_SETTINGS, isSchoolSetting } from '../../src/domain/school/SchoolSetting';
import { fillMergeFields, findMergeFields, mergeSegments, unknownMergeFields } from '../../src/domain/school/mergeFields';

describe('findMergeFields', () => {
  it('lists the names a text uses, in order of first appearance, once each', () => {
    expect(findMergeFields('{{DSLName}} and {{SchoolName}} work with {{DSLName}}.')).toEqual(['DSLName', 'SchoolName']);
  });

  it('reads names with white space inside the braces', () => {
    expect(findMergeFields('Contact {{ DSLName }} or {{\tDeputyDSLName  }}.')).toEqual(['DSLName', 'DeputyDSLName']);
  });

  it('ignores text that is not a placeholder', () => {
    expect(findMergeFields('No fields here: {single}, {{}}, {{1Name}}, {{two words}}, {{Name')).toEqual([]);
  });

  it('finds typos too, so they can be reported', () => {
    expect(findMergeFields('{{SchoolNmae}}')).toEqual(['SchoolNmae']);
  });
});

describe('unknownMergeFields', () => {
  it('lists only the names the product cannot fill', () => {
    expect(unknownMergeFields('{{SchoolName}} {{SchoolNmae}} {{schoolname}} {{LetterDate}}')).toEqual(['SchoolNmae', 'schoolname']);
  });

  it('is empty for a text that uses every known field', () => {
    expect(unknownMergeFields(MERGE_FIELDS.map(f => `{{${f}}}`).join(' '))).toEqual([]);
  });
});

describe('mergeSegments', () => {
  it('splits text and fields, with each field value', () => {
    expect(mergeSegments('At {{SchoolName}}, {{DSLName}} leads.', { SchoolName: 'Hill Primary', DSLName: 'Ms Khan' })).toEqual([
      { kind: 'text', text: 'At ' },
      { kind: 'field', field: 'SchoolName', value: 'Hill Primary', known: true },
      { kind: 'text', text: ', ' },
      { kind: 'field', field: 'DSLName', value: 'Ms Khan', known: true },
      { kind: 'text', text: ' leads.' }
    ]);
  });

  it('flags a field with no value, or only white space, as missing rather than blank', () => {
    expect(mergeSegments('{{DSLName}}{{SchoolName}}', { SchoolName: '   ' })).toEqual([
      { kind: 'field', field: 'DSLName', value: undefined, known: true },
      { kind: 'field', field: 'SchoolName', value: undefined, known: true }
    ]);
  });

  it('trims values', () => {
    expect(mergeSegments('{{SchoolName}}', { SchoolName: '  Hill Primary ' })).toEqual([{ kind: 'field', field: 'SchoolName', value: 'Hill Primary', known: true }]);
  });

  it('marks an unknown name as unknown, with no value', () => {
    expect(mergeSegments('Dear {{SchoolNmae}}', { SchoolName: 'Hill Primary' })).toEqual([
      { kind: 'text', text: 'Dear ' },
      { kind: 'field', field: 'SchoolNmae', value: undefined, known: false }
    ]);
  });

  it('gives plain text as one segment and nothing for empty text', () => {
    expect(mergeSegments('Plain.', {})).toEqual([{ kind: 'text', text: 'Plain.' }]);
    expect(mergeSegments('', {})).toEqual([]);
  });
});

describe('fillMergeFields', () => {
  it('fills every field that has a value', () => {
    expect(fillMergeFields('{{SchoolName}} reviews this by {{ReviewDate}}.', { SchoolName: 'Hill Primary', ReviewDate: '1 September 2027' }))
      .toEqual({ text: 'Hill Primary reviews this by 1 September 2027.', missing: [] });
  });

  it('fills fields written with white space inside the braces', () => {
    expect(fillMergeFields('Ask {{ DSLName }}.', { DSLName: 'Ms Khan' })).toEqual({ text: 'Ask Ms Khan.', missing: [] });
  });

  it('leaves a missing field visible and lists it once, never leaving a blank', () => {
    const result = fillMergeFields('{{DSLName}} and {{ DSLName }} at {{SchoolName}}', { SchoolName: 'Hill Primary', DSLName: '' });
    expect(result.text).toBe('{{DSLName}} and {{DSLName}} at Hill Primary');
    expect(result.missing).toEqual(['DSLName']);
  });

  it('leaves an unknown name as written, and the segments say it is not a known field', () => {
    const result = fillMergeFields('Dear {{SchoolNmae}}, {{SchoolName}}', { SchoolName: 'Hill Primary' });
    expect(result.text).toBe('Dear {{SchoolNmae}}, Hill Primary');
    // Nothing is left blank: the typo is listed as unfilled, but it is not a known field that lacks a value.
    expect(result.missing).toEqual(['SchoolNmae']);
    expect(result.missing.filter(isMergeField)).toEqual([]);
  });

  it('leaves text without fields alone', () => {
    expect(fillMergeFields('No {fields} here.', {})).toEqual({ text: 'No {fields} here.', missing: [] });
  });
});

describe('merge field and setting lists', () => {
  it('knows each merge field once', () => {
    expect(new Set(MERGE_FIELDS).size).toBe(MERGE_FIELDS.length);
    expect(isMergeField('SchoolName')).toBe(true);
    expect(isMergeField('schoolname')).toBe(false);
  });

  it('recognises settings only by their exact stored value', () => {
    expect(SCHOOL_SETTINGS).toEqual(['EarlyYears', 'Primary', 'Secondary', 'Special', 'Post16']);
    expect(isSchoolSetting('Primary')).toBe(true);
    expect(isSchoolSetting('primary')).toBe(false);
    expect(isSchoolSetting(3)).toBe(false);
  });
});
