import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import { fillMergeFields } from '../../src/domain/school/mergeFields';
import { mergeValuesFor } from '../../src/domain/school/SchoolProfile';
import { bodyOf, checkPackage, child, descendants, isStatement, paragraphNumbering, statementNumber, textOf } from './docxXml';
import { APPROVAL, contextFor, draftFrom, freeze, PROFILE, render } from './wordFixtures';

/**
 * The copies governors and readers get: the approved copy says which version was approved and when; the copy a
 * round's governors download marks the school's changes, left-out statements included (as deletions), and no copy
 * ever prints a raw merge code such as {{ApprovalDate}}.
 */

// Each test renders a real .docx: explicit, generous time on a shared machine.
jest.setTimeout(60_000);

const TITLE = 'Online safety policy';

/** The starter primary policy with one optional statement left out, and every statement of one section left out. */
function withLeftOut(): { draft: ReturnType<typeof draftFrom>; one: DraftBlock; section: { key: string; title: string }; sectionTexts: string[] } {
  const draft = draftFrom('policy-primary', TITLE);
  const optional = draft.blocks.filter(b => !b.mandatory && !b.baseText.includes('{{'));
  const one = optional[0];
  one.content.included = false;
  // A section whose statements are all optional: leaving every one out drops it from the clean copy.
  const section = draft.sections.find(s => s.key !== one.content.sectionKey && draft.blocks.filter(b => b.content.sectionKey === s.key).every(b => !b.mandatory));
  if (!section) throw new Error('The starter policy has no all-optional section: choose another test.');
  const inSection = draft.blocks.filter(b => b.content.sectionKey === section.key);
  for (const b of inSection) b.content.included = false;
  const filled = (text: string): string => fillMergeFields(text, mergeValuesFor(PROFILE)).text;
  return { draft, one, section, sectionTexts: inSection.map(b => filled(b.baseText)) };
}

describe('Word copies of an approved policy and of a round', () => {
  it('the approved copy says "Version 1.0, approved <date>" and fills {{ApprovalDate}} with the approval date', async () => {
    const draft = draftFrom('policy-primary', TITLE);
    expect(draft.blocks.some(b => b.baseText.includes('{{ApprovalDate}}'))).toBe(true);
    const { parts } = await render(freeze(draft), contextFor());
    checkPackage(parts);
    const text = textOf(bodyOf(parts.document));
    expect(text).toContain('Version 1.0, approved 26 November 2026');
    expect(text).toContain('approved this policy on 26 November 2026');
    expect(text).not.toContain('not yet approved');
    expect(parts.document).not.toContain('{{');
  });

  it("the governors' marked copy (no approval yet) prints no raw merge code: {{ApprovalDate}} says it is filled on approval", async () => {
    const { parts } = await render(freeze(draftFrom('policy-primary', TITLE)), contextFor({ approval: undefined, version: 'round 1', showChanges: true, approvalDatePending: '[the date the governors approve it]' }));
    expect(parts.document).not.toContain('{{');
    expect(textOf(bodyOf(parts.document))).toContain('approved this policy on [the date the governors approve it]');
  });

  it('without wording of its own, a copy not yet approved still fills {{ApprovalDate}} (never a raw code)', async () => {
    const { parts } = await render(freeze(draftFrom('policy-primary', TITLE)), contextFor({ approval: undefined, version: 'Draft' }));
    expect(parts.document).not.toContain('{{');
  });

  it('the marked copy shows each left-out statement as a tracked deletion, a wholly left-out section under its heading', async () => {
    const { draft, one, section, sectionTexts } = withLeftOut();
    const snapshot = freeze(draft);
    expect(snapshot.sections.some(s => s.key === section.key)).toBe(false);
    const { parts } = await render(snapshot, contextFor({ approval: undefined, version: 'round 1', showChanges: true }));
    checkPackage(parts);
    const body = bodyOf(parts.document);
    const deleted = descendants(body, 'w:del').map(d => textOf(d, { deleted: true }));
    expect(deleted).toContain(one.baseText);
    for (const text of sectionTexts) expect(deleted).toContain(text);
    // Deleted, not printed: a reader who accepts every change reads neither.
    const accepted = textOf(body);
    expect(accepted).not.toContain(one.baseText);
    expect(accepted).toContain(section.title);
    expect(parts.document).not.toContain('{{');
  });

  it('the marked copy numbers only the statements kept: a left-out statement takes no number, so no number is shown as changed', async () => {
    const { draft, one } = withLeftOut();
    const snapshot = freeze(draft);
    const { parts } = await render(snapshot, contextFor({ approval: undefined, version: 'round 1', showChanges: true }));
    const paragraphs = descendants(bodyOf(parts.document), 'w:p');
    const leftOut = paragraphs.find(p => textOf(p, { deleted: true, inserted: false }) === one.baseText)!;
    expect(leftOut).toBeDefined();
    expect(paragraphNumbering(leftOut)).toBeUndefined();
    // Indented like a statement's text, under the statements of its section.
    expect(child(child(leftOut, 'w:pPr')!, 'w:ind')?.attributes['w:left']).toBe('720');
    // The marked copy types each statement's final number (see renderDocx): 1.1, 1.2 … in each section, none skipped.
    const numbered = paragraphs.filter(isStatement);
    expect(numbered).toHaveLength(snapshot.blocks.length);
    const expected = snapshot.sections.flatMap((s, i) => snapshot.blocks.filter(b => b.sectionKey === s.key).map((_, j) => `${i + 1}.${j + 1}`));
    expect(numbered.map(statementNumber)).toEqual(expected);
  });

  it('the clean copy leaves left-out statements out altogether', async () => {
    const { draft, one, section } = withLeftOut();
    const { parts } = await render(freeze(draft), contextFor({ approval: APPROVAL }));
    expect(descendants(bodyOf(parts.document), 'w:del')).toHaveLength(0);
    expect(parts.document).not.toContain(one.baseText.slice(0, 40));
    expect(textOf(bodyOf(parts.document))).not.toContain(section.title);
  });
});
