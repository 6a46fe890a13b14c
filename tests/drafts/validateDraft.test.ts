import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import type { Draft, DraftBlock } from '../../src/domain/draft/DraftModel';
import { validateDraft, type DraftIssue } from '../../src/domain/draft/validateDraft';
import { emptyProfile, type SchoolProfile } from '../../src/domain/school/SchoolProfile';
import { issueText } from '../../src/components/draft/issueText';
import { enGB } from '../../src/loc/enGB';
import { starterBank } from './starterBank';

function fullProfile(): SchoolProfile {
  return {
    ...emptyProfile('Primary'), schoolName: 'Oakfield Primary School', headteacherName: 'Ms Head', dslName: 'Mr Dsl', deputyDslName: 'Ms Deputy',
    onlineSafetyLead: 'Mrs Lead', chairOfGovernors: 'Dr Chair', linkGovernor: 'Mr Link', itServiceProvider: 'County IT', website: 'https://oakfield.example',
    address: '1 School Lane', phone: '01234 567890', email: 'office@oakfield.example', localAuthority: 'Northshire'
  };
}

function block(key: string, text: string, patch: Partial<DraftBlock> = {}, content: Partial<DraftBlock['content']> = {}): DraftBlock {
  return {
    key, kind: 'Statement', sourceKey: key, sourceVersion: 1, baseText: text, mandatory: false,
    content: { text, included: true, note: '', sectionKey: 'roles', order: 10, removed: false, ...content }, ...patch
  };
}

function draftOf(blocks: DraftBlock[], patch: Partial<Draft> = {}): Draft {
  return { title: 'Policy', kind: 'Policy', templateKey: 't', templateVersion: 1, bankRelease: '2026.1', sections: [{ key: 'roles', title: 'Roles', order: 10 }], blocks, reviewDate: '2027-09-01', ...patch };
}

const kinds = (issues: DraftIssue[]): string[] => issues.map(i => `${i.kind}:${i.blockKey ?? ''}`);

describe('validateDraft', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(validateDraft(draftOf([block('a', 'Contact {{DSLName}} at {{SchoolName}}.')]), fullProfile())).toEqual([]);
  });

  it('refuses a mandatory statement left out, naming it', () => {
    const issues = validateDraft(draftOf([block('a', 'Everyone reports concerns to the DSL.', { mandatory: true }, { included: false }), block('b', 'Other.')]), fullProfile());
    expect(issues).toEqual([{ kind: 'mandatoryExcluded', blockKey: 'a', values: ['"Everyone reports concerns to the DSL."'], message: '"Everyone reports concerns to the DSL." is mandatory: include it again.' }]);
  });

  it('names a merge field the profile has not filled and says to fill it in the school profile', () => {
    const profile = { ...fullProfile(), dslName: '  ', deputyDslName: '' };
    const issues = validateDraft(draftOf([block('a', 'Contact {{DSLName}} or {{ DeputyDSLName }}.')]), profile);
    expect(kinds(issues)).toEqual(['missingMergeField:a', 'missingMergeField:a']);
    expect(issues[0].message).toBe('"Contact {{DSLName}} or {{ DeputyDSLName }}." needs {{DSLName}}: fill it in the school profile.');
    expect(issues[1].message).toContain('{{DeputyDSLName}}');
    for (const issue of issues) expect(issue.message).toContain('school profile');
  });

  it('lists a missing field once per block however often it is used', () => {
    const issues = validateDraft(draftOf([block('a', '{{DSLName}} and {{DSLName}} again.')]), { ...fullProfile(), dslName: '' });
    expect(kinds(issues)).toEqual(['missingMergeField:a']);
  });

  it("needs the draft's review date for {{ReviewDate}}, from the draft or from the dates given", () => {
    const text = 'We review this policy by {{ReviewDate}}.';
    expect(kinds(validateDraft(draftOf([block('a', text)], { reviewDate: undefined }), fullProfile()))).toEqual(['missingMergeField:a']);
    expect(validateDraft(draftOf([block('a', text)]), fullProfile())).toEqual([]);
    expect(validateDraft(draftOf([block('a', text)], { reviewDate: undefined }), fullProfile(), { reviewDate: '2027-01-01' })).toEqual([]);
  });

  it('leaves the approval and letter dates open: they are filled when the document is approved or printed', () => {
    expect(validateDraft(draftOf([block('a', 'Approved on {{ApprovalDate}}; sent {{LetterDate}}.')]), fullProfile())).toEqual([]);
  });

  it('refuses a merge field the app cannot fill', () => {
    const issues = validateDraft(draftOf([block('a', 'At {{SchoolNmae}} we care.')]), fullProfile());
    expect(issues).toEqual([{ kind: 'unknownMergeField', blockKey: 'a', field: 'SchoolNmae', values: ['"At {{SchoolNmae}} we care."', '{{SchoolNmae}}'], message: '"At {{SchoolNmae}} we care." uses {{SchoolNmae}}, which the app cannot fill: correct or remove it.' }]);
    expect(issueText(enGB, issues[0])).toBe(issues[0].message);
  });

  it('refuses an empty included block (empty or only white space), and checks nothing else in it', () => {
    const issues = validateDraft(draftOf([block('a', ''), block('b', ' \n\t '), block('c', 'Fine.')]), fullProfile());
    expect(kinds(issues)).toEqual(['emptyBlock:a', 'emptyBlock:b']);
    expect(issues[0].message).toBe('A statement is empty: write it, or exclude or remove it.');
  });

  it('refuses a gap the template left for the school, quoting it', () => {
    const issues = validateDraft(draftOf([block('a', 'We use [name the platforms] for homework, reviewed on [date].')]), fullProfile());
    expect(kinds(issues)).toEqual(['unfilledGap:a', 'unfilledGap:a']);
    expect(issues[0].message).toContain('still has the gap [name the platforms]');
    expect(issues[1].message).toContain('[date]');
  });

  it('does not mistake a link or empty brackets for a gap', () => {
    expect(validateDraft(draftOf([block('a', 'See the page (online) and the list [] of apps.')]), fullProfile())).toEqual([]);
  });

  it('ignores what is in excluded blocks: gaps, merge fields, empty text', () => {
    const issues = validateDraft(draftOf([
      block('gap', 'Reviewed on [date] by {{DSLName}} at {{SchoolNmae}}.', {}, { included: false }),
      block('empty', '', {}, { included: false }),
      block('ok', 'Fine.')
    ]), { ...fullProfile(), dslName: '' });
    expect(issues).toEqual([]);
  });

  it("ignores removed blocks altogether (the school's own statements it deleted)", () => {
    const issues = validateDraft(draftOf([
      block('c:1', '', { kind: 'Custom', mandatory: true }, { removed: true, included: false }),
      block('c:2', 'Reviewed on [date].', { kind: 'Custom' }, { removed: true }),
      block('ok', 'Fine.')
    ]), fullProfile());
    expect(issues).toEqual([]);
  });

  it('needs at least one included block', () => {
    expect(validateDraft(draftOf([]), fullProfile())).toEqual([{ kind: 'noBlocks', values: [], message: 'The draft has no statements included. Include at least one.' }]);
    // People read the loc sentence for the kind, filled with the values: the same words as the English detail.
    expect(issueText(enGB, validateDraft(draftOf([]), fullProfile())[0])).toBe(enGB.draft.issueText.noBlocks);
    expect(kinds(validateDraft(draftOf([block('a', 'x', {}, { included: false }), block('b', 'y', {}, { removed: true })]), fullProfile()))).toEqual(['noBlocks:']);
  });

  it('quotes a long statement by its first words', () => {
    const long = `Everyone   at the school\nreports ${'every concern '.repeat(10)}to the DSL.`;
    const [issue] = validateDraft(draftOf([block('a', long, { mandatory: true }, { included: false }), block('b', 'x')]), fullProfile());
    const quoted = /^"(.*)" is mandatory/.exec(issue.message)?.[1] ?? '';
    expect(quoted).toHaveLength(58);
    expect(quoted.startsWith('Everyone at the school reports every concern')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);
  });

  it('lists the issues of each block in block order', () => {
    const issues = validateDraft(draftOf([block('a', '{{Nope}} [gap]'), block('b', '', { mandatory: true }, { included: false })]), fullProfile());
    expect(kinds(issues)).toEqual(['unknownMergeField:a', 'unfilledGap:a', 'mandatoryExcluded:b']);
  });

  it('finds, in the starter primary policy, only the missing profile fields of an empty profile, each named', () => {
    const draft = assembleDraft(starterBank(), 'policy-primary', { setting: 'Primary', schoolName: '' });
    const withFull = validateDraft({ ...draft, reviewDate: '2027-09-01' }, fullProfile());
    expect(withFull.filter(i => i.kind !== 'unfilledGap')).toEqual([]);
    const withEmpty = validateDraft({ ...draft, reviewDate: '2027-09-01' }, emptyProfile('Primary'));
    expect(withEmpty.length).toBeGreaterThan(0);
    expect(new Set(withEmpty.filter(i => i.kind !== 'unfilledGap').map(i => i.kind))).toEqual(new Set(['missingMergeField']));
    expect(withEmpty.some(i => i.message.includes('{{SchoolName}}'))).toBe(true);
  });
});
