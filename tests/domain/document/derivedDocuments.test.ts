import { buildPolicyStatement, buildPupilVersion, firstSentence, sectionSummary, SUMMARY_WORDS } from '../../../src/domain/document/derivedDocuments';
import type { DocBlock } from '../../../src/domain/document/DocumentModel';
import { GRADE_TARGETS, readability } from '../../../src/domain/draft/readability';
import { contextFor, draftFrom, freeze } from '../../word/wordFixtures';

const policy = freeze(draftFrom('policy-primary', 'Online safety policy'));

function text(block: DocBlock): string {
  return 'inlines' in block ? block.inlines.map(i => i.text).join('') : 'text' in block ? block.text : '';
}

describe('a section\'s summary', () => {
  it('is the first sentence of the first statement that says it in few words', () => {
    expect(firstSentence('We do this. And that.')).toBe('We do this.');
    expect(firstSentence('Version 1.0 is here. Next.')).toBe('Version 1.0 is here.');
    const long = `${'word '.repeat(50).trim()}.`;
    expect(sectionSummary([long, 'Short one. Another.'])).toBe('Short one.');
  });

  it('cuts a long first statement at the word limit, with an ellipsis, when no statement is short enough', () => {
    const summary = sectionSummary([`${'word '.repeat(60).trim()}.`]);
    expect(summary.split(' ')).toHaveLength(SUMMARY_WORDS);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('the two-page policy statement', () => {
  const model = buildPolicyStatement(policy, contextFor());

  it('is titled as the policy\'s statement and says the school, version, approval and review dates', () => {
    expect(model.title).toBe('Online safety policy: policy statement');
    expect(text(model.blocks[0])).toBe('Online safety policy: policy statement');
    expect(text(model.blocks[1])).toBe('Oakfield Primary School · Version 1.0, approved 26 November 2026 · next review by 26 November 2027');
    expect(model.header).toBe('Oakfield Primary School');
  });

  it('summarises each section in one paragraph, its name in bold, in the policy\'s order and in at most 40 words', () => {
    const summaries = model.blocks.filter((b): b is Extract<DocBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.inlines[0]?.kind === 'text' && b.inlines[0].bold === true);
    expect(summaries.map(s => s.inlines[0].text)).toEqual(policy.sections.map(s => `${s.title}. `));
    for (const s of summaries) expect(s.inlines[1].text.split(/\s+/).length).toBeLessThanOrEqual(SUMMARY_WORDS);
    expect(JSON.stringify(model.blocks)).not.toContain('{{');
  });

  it('is short enough for about two pages (under 1,000 words) and ends with the approval record', () => {
    const words = model.blocks.map(text).join(' ').split(/\s+/).length;
    expect(words).toBeLessThan(1000);
    const record = model.blocks.findIndex(b => b.kind === 'heading' && b.text === 'Approval record');
    expect(record).toBeGreaterThan(0);
    expect(text(model.blocks[record + 1])).toBe('Approved on 26 November 2026 in approval round 2, when a majority of approvers had to approve.');
    expect(model.blocks[record + 2].kind).toBe('table');
  });

  it('says it is not yet approved for a draft', () => {
    const draft = buildPolicyStatement(policy, contextFor({ approval: undefined, version: 'Draft', reviewDate: undefined }));
    expect(text(draft.blocks[1])).toBe('Oakfield Primary School · Version Draft, not yet approved');
    expect(draft.blocks.map(text)).toContain('This is a draft: it has not been approved.');
  });
});

describe('a version for pupils', () => {
  const aup = freeze(draftFrom('aup-template-ks2'));

  it('prints each chosen statement under its section, large print only for the youngest', () => {
    const { model } = buildPupilVersion(aup, contextFor(), 'KS2');
    expect(model.title).toMatch(/: for pupils in key stage 2$/);
    expect(model.largePrint).toBe(false);
    expect(model.blocks.filter(b => b.kind === 'paragraph').slice(1).map(text)).toEqual(aup.blocks.map(b => b.text.replace(/\{\{SchoolName\}\}/g, 'Oakfield Primary School')));
    expect(buildPupilVersion(aup, contextFor(), 'EarlyYearsKS1').model.largePrint).toBe(true);
  });

  it('lists exactly the statements that read above the audience\'s target, hardest first', () => {
    const { overTarget } = buildPupilVersion(policy, contextFor(), 'KS2');
    const target = GRADE_TARGETS.KS2!;
    expect(target).toBe(5);
    expect(overTarget.length).toBeGreaterThan(0);
    for (const o of overTarget) expect(o.grade).toBeGreaterThan(target);
    expect(overTarget.map(o => o.grade)).toEqual([...overTarget.map(o => o.grade)].sort((a, b) => b - a));
    const within = policy.blocks.filter(b => !overTarget.some(o => o.key === b.key));
    for (const b of within) expect(readability(b.text.replace(/\{\{[^}]*\}\}/g, 'name')).grade).toBeLessThanOrEqual(target + 0.5);
  });

  it('checks against each audience\'s own target: a simple statement passes for key stage 2 but not for key stage 1', () => {
    const simple = { ...aup, blocks: [{ ...aup.blocks[0], key: 's:simple', text: 'I only talk to people I know when I play games online.' }] };
    expect(buildPupilVersion(simple, contextFor(), 'KS2').overTarget).toEqual([]);
    const ks1 = buildPupilVersion(simple, contextFor(), 'EarlyYearsKS1').overTarget;
    expect(ks1.map(o => [o.key, o.target])).toEqual([['s:simple', 2]]);
  });

  it('takes only the statements asked for, and refuses an audience that is not pupils', () => {
    const keys = [aup.blocks[0].key];
    expect(buildPupilVersion(aup, contextFor(), 'KS2', keys).model.blocks.filter(b => b.kind === 'paragraph')).toHaveLength(2);
    expect(() => buildPupilVersion(aup, contextFor(), 'StaffVolunteers')).toThrow(/not one/);
  });
});
