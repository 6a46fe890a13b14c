import type { DraftEditorContext, DraftEditorState } from '../../../src/app/draftEditor/draftEditorState';
import { editorView } from '../../../src/app/draftEditor/editorView';
import type { AupAudience } from '../../../src/domain/bank/AupAudience';
import type { Draft, DraftBlock } from '../../../src/domain/draft/DraftModel';
import { readability } from '../../../src/domain/draft/readability';
import { OAKFIELD_PROFILE } from '../../../workbench/seed/productSeed';

const EASY = 'I ask an adult before I go online. I keep my name and home safe.';
const HARD = 'I understand that inappropriate communications, including unsolicited messages, are investigated and recorded.';

function block(key: string, text: string, included = true): DraftBlock {
  return { key, kind: 'Custom', baseText: '', mandatory: false, content: { text, included, note: '', sectionKey: 'rules', order: key.length, removed: false } };
}

function draftFor(kind: Draft['kind'], audience: AupAudience | undefined, blocks: DraftBlock[]): Draft {
  return { title: 'Our online rules', kind, audience, templateKey: 'aup', templateVersion: 1, bankRelease: '2026.1', sections: [{ key: 'rules', title: 'Rules', order: 1 }], blocks };
}

const context: DraftEditorContext = { draftId: 1, bank: { sections: [], statements: [], templates: [], releases: [] }, profile: OAKFIELD_PROFILE, userId: 8, userLogin: 'helen', canEdit: true };

function stateOf(draft: Draft, blocks = draft.blocks): DraftEditorState {
  return {
    opening: false, draft, blocks, saveState: { kind: 'saved' }, conflicts: [], statementNotices: [], comments: [], people: [], zone: 'Europe/London',
    round: { kind: 'known', publications: [] }, preview: false, syncIntervalMs: 5000, syncs: 1, busy: {}, confirmingWithdraw: false
  };
}

describe("the editor's reading checks", () => {
  it('flags a KS2 statement above grade 5 with its grade, reading age and the target, and not one within it', () => {
    const draft = draftFor('Aup', 'KS2', [block('easy', EASY), block('hard', HARD)]);
    const view = editorView(stateOf(draft), context)!;
    expect(view.reading.easy).toEqual({ readingAge: readability(EASY).readingAge });
    const grade = readability(HARD).grade;
    expect(grade).toBeGreaterThan(5);
    expect(view.reading.hard).toEqual({ readingAge: readability(HARD).readingAge, flag: { audience: 'KS2', grade, readingAge: readability(HARD).readingAge, target: 5, hard: grade > 7 } });
  });

  it('follows the text as it is typed: the flag goes when the statement is made simpler', () => {
    const draft = draftFor('Aup', 'EarlyYearsKS1', [block('one', HARD)]);
    expect(editorView(stateOf(draft), context)!.reading.one.flag?.target).toBe(2);
    const typed = [block('one', EASY)];
    expect(editorView(stateOf(draft, typed), context)!.reading.one.flag).toBeUndefined();
  });

  it('judges the same words by each audience: a flag for KS1 is none for KS3 to 5', () => {
    const text = 'I keep my password secret and I tell a teacher if someone is unkind to me.';
    expect(editorView(stateOf(draftFor('Aup', 'EarlyYearsKS1', [block('one', text)])), context)!.reading.one.flag).toBeDefined();
    expect(editorView(stateOf(draftFor('Aup', 'KS3to5', [block('one', text)])), context)!.reading.one.flag).toBeUndefined();
  });

  it('checks nothing in policies, staff or parents agreements, empty statements or left-out ones', () => {
    expect(editorView(stateOf(draftFor('Policy', undefined, [block('one', HARD)])), context)!.reading).toEqual({});
    expect(editorView(stateOf(draftFor('Aup', 'StaffVolunteers', [block('one', HARD)])), context)!.reading).toEqual({});
    expect(editorView(stateOf(draftFor('Aup', 'ParentsCarers', [block('one', HARD)])), context)!.reading).toEqual({});
    expect(editorView(stateOf(draftFor('Aup', 'KS2', [block('empty', '  '), block('out', HARD, false)])), context)!.reading).toEqual({});
  });
});
