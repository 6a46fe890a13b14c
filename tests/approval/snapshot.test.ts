import fc from 'fast-check';
import { freezeDraft, snapshotHash } from '../../src/domain/approval/snapshot';
import type { DraftSnapshot } from '../../src/domain/approval/snapshot';
import { canonicalJson } from '../../src/domain/json/canonicalJson';
import { sha256Hex } from '../../src/domain/hash/sha256';
import type { BlockContent, Draft, DraftBlock } from '../../src/domain/draft/DraftModel';
import type { MergeField } from '../../src/domain/school/MergeField';

type Values = Partial<Record<MergeField, string>>;

function block(key: string, sectionKey: string, order: number, text: string, content: Partial<BlockContent> = {}, extra: Partial<DraftBlock> = {}): DraftBlock {
  return {
    key, kind: 'Statement', sourceKey: `bank.${key}`, sourceVersion: 3, baseText: `Bank wording of ${key}.`, mandatory: false,
    content: { text, included: true, note: '', sectionKey, order, removed: false, ...content }, itemId: 100 + order, version: 1, ...extra
  };
}

const draft: Draft & { id: number } = {
  id: 12, title: 'Online safety policy', kind: 'Policy', templateKey: 'policy-primary', templateVersion: 2, bankRelease: '2025.1',
  sections: [
    { key: 'roles', title: 'Roles and responsibilities', order: 2 },
    { key: 'intro', title: 'Introduction', order: 1 },
    { key: 'empty', title: 'Nothing included here', order: 3 },
    { key: 'bare', title: 'No blocks at all', order: 4 }
  ],
  blocks: [], reviewDate: '2026-03-01'
};

const blocks: DraftBlock[] = [
  block('r2', 'roles', 2, 'The DSL leads on online safety.'),
  block('i1', 'intro', 1, '{{SchoolName}} keeps children safe online.'),
  block('r1', 'roles', 1, 'Governors review this policy each year.', {}, { kind: 'Custom', sourceKey: undefined, sourceVersion: undefined, baseText: '' }),
  block('i2', 'intro', 2, 'Left out by the school.', { included: false }),
  block('r3', 'roles', 3, 'A custom block the school removed.', { removed: true }),
  block('e1', 'empty', 1, 'Not included.', { included: false }),
  block('e2', 'empty', 2, 'Removed.', { removed: true }),
  block('i0b', 'intro', 0, 'Tie broken by key (b).'),
  block('i0a', 'intro', 0, 'Tie broken by key (a).')
];

const values: Values = { SchoolName: 'Oakfield Primary', DSLName: 'Dee Ess', HeadteacherName: 'Hedda Teacher' };

function freeze(b: DraftBlock[] = blocks, v: Values = values, d: Draft & { id: number } = draft): DraftSnapshot {
  return freezeDraft(d, b, v);
}

function hashOf(b: DraftBlock[] = blocks, v: Values = values, d: Draft & { id: number } = draft): Promise<string> {
  return snapshotHash(freeze(b, v, d));
}

/** The same value with its object keys inserted in reverse order, at every level. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

/** The blocks with one block's content changed. */
function withContent(key: string, change: Partial<BlockContent>, from: DraftBlock[] = blocks): DraftBlock[] {
  return from.map(b => (b.key === key ? { ...b, content: { ...b.content, ...change } } : b));
}

describe('freezeDraft', () => {
  it('keeps only included, not-removed blocks, in section order then block order (ties by key)', () => {
    const snapshot = freeze();
    expect(snapshot.blocks.map(b => b.key)).toEqual(['i0a', 'i0b', 'i1', 'r1', 'r2']);
    expect(snapshot.blocks.map(b => b.sectionKey)).toEqual(['intro', 'intro', 'intro', 'roles', 'roles']);
  });

  it('drops sections with no included blocks, and lists the rest in order', () => {
    expect(freeze().sections).toEqual([{ key: 'intro', title: 'Introduction' }, { key: 'roles', title: 'Roles and responsibilities' }]);
  });

  it('does not depend on the order the blocks or sections come in', () => {
    const shuffled = freeze([...blocks].reverse(), values, { ...draft, sections: [...draft.sections].reverse() });
    expect(shuffled).toEqual(freeze());
  });

  it('carries what approvers read and what it is measured against, and nothing of the editing record', () => {
    const snapshot = freeze();
    expect(snapshot).toMatchObject({ draftId: 12, title: 'Online safety policy', kind: 'Policy', bankRelease: '2025.1', reviewDate: '2026-03-01', values });
    expect(snapshot.blocks[2]).toEqual({
      key: 'i1', kind: 'Statement', sectionKey: 'intro', text: '{{SchoolName}} keeps children safe online.', baseText: 'Bank wording of i1.',
      sourceKey: 'bank.i1', sourceVersion: 3, mandatory: false, risk: undefined
    });
    const json = JSON.stringify(snapshot);
    for (const hidden of ['Left out by the school.', 'A custom block the school removed.', 'itemId', 'modifiedBy', '"note"', 'templateKey']) {
      expect(json).not.toContain(hidden);
    }
  });

  it('keeps a risk row\'s fields', () => {
    const risk = { likelihood: 'Low', impact: 'High', mitigation: 'Filtering', owner: 'DSL', reviewDate: '2026-01-01' };
    const snapshot = freeze([block('x', 'intro', 1, 'Pupils meet strangers online.', { risk }, { kind: 'RiskRow' })]);
    expect(snapshot.blocks[0].risk).toEqual(risk);
  });

  it('freezes an empty draft to no sections and no blocks', () => {
    const snapshot = freeze([]);
    expect(snapshot.sections).toEqual([]);
    expect(snapshot.blocks).toEqual([]);
  });
});

describe('snapshotHash', () => {
  it('is the SHA-256 of the snapshot\'s canonical JSON, as 64 lower-case hex digits', async () => {
    const snapshot = freeze();
    expect(await snapshotHash(snapshot)).toMatch(/^[0-9a-f]{64}$/);
    expect(await snapshotHash(snapshot)).toBe(sha256Hex(canonicalJson(snapshot)));
  });

  it('gives the same hex as before it moved to Web Crypto, so rounds stored earlier still check out', async () => {
    // Computed with the pure-TypeScript sha256.ts the fingerprint used until it moved to Web Crypto.
    expect(await hashOf()).toBe('d7ca0187138a9dfc22f603bcaf2316db869056524deffb6e68c2c49a7eb2593a');
    const stored = JSON.parse(JSON.stringify(freeze(blocks.slice(0, 4)))) as DraftSnapshot;
    expect(await snapshotHash(stored)).toBe(sha256Hex(canonicalJson(stored)));
  });

  it('is the same for the stored file read back (JSON round trip drops undefined fields the same way)', async () => {
    const snapshot = freeze();
    const stored = JSON.parse(JSON.stringify(snapshot)) as DraftSnapshot;
    expect(await snapshotHash(stored)).toBe(await snapshotHash(snapshot));
  });

  it('is stable for equal content regardless of object key order', async () => {
    expect(await hashOf(reverseKeys(blocks), reverseKeys(values), reverseKeys(draft))).toBe(await hashOf());
    expect(await snapshotHash(reverseKeys(freeze()))).toBe(await hashOf());
    const reordered: Values = { HeadteacherName: 'Hedda Teacher', DSLName: 'Dee Ess', SchoolName: 'Oakfield Primary' };
    expect(await hashOf(blocks, reordered)).toBe(await hashOf());
  });

  it('is the same when only editing metadata changes (note, item id, version, modified)', async () => {
    const edited = blocks.map(b => ({ ...b, itemId: (b.itemId ?? 0) + 1000, version: 9, modified: '2025-03-03T10:00:00Z', modifiedBy: 'someone', content: { ...b.content, note: 'internal note' } }));
    expect(await hashOf(edited)).toBe(await hashOf());
    expect(await hashOf(blocks, values, { ...draft, templateVersion: 99 })).toBe(await hashOf());
  });

  it('is the same when an excluded or removed block\'s text changes (approvers never see it)', async () => {
    expect(await hashOf(withContent('i2', { text: 'Changed while excluded.' }))).toBe(await hashOf());
    expect(await hashOf(withContent('r3', { text: 'Changed while removed.' }))).toBe(await hashOf());
  });

  it.each<[string, () => Promise<string>]>([
    ['editing a block\'s text', () => hashOf(withContent('r2', { text: 'The DSL leads on online safety!' }))],
    ['editing a block\'s bank wording', () => hashOf(blocks.map(b => (b.key === 'i1' ? { ...b, baseText: `${b.baseText} ` } : b)))],
    ['changing a merge value', () => hashOf(blocks, { ...values, SchoolName: 'Oakfield Primary School' })],
    ['adding a merge value', () => hashOf(blocks, { ...values, ChairOfGovernors: 'Chair' })],
    ['dropping a merge value', () => hashOf(blocks, { SchoolName: values.SchoolName, DSLName: values.DSLName })],
    ['including a block', () => hashOf(withContent('i2', { included: true }))],
    ['excluding a block', () => hashOf(withContent('i1', { included: false }))],
    ['removing a block', () => hashOf(withContent('r2', { removed: true }))],
    ['restoring a removed block', () => hashOf(withContent('r3', { removed: false }))],
    ['moving a block within its section', () => hashOf(withContent('r1', { order: 5 }))],
    ['moving a block to another section', () => hashOf(withContent('r1', { sectionKey: 'intro' }))],
    ['renaming a section', () => hashOf(blocks, values, { ...draft, sections: draft.sections.map(s => (s.key === 'roles' ? { ...s, title: 'Roles' } : s)) })],
    ['reordering the sections', () => hashOf(blocks, values, { ...draft, sections: draft.sections.map(s => (s.key === 'roles' ? { ...s, order: 0 } : s)) })],
    ['retitling the draft', () => hashOf(blocks, values, { ...draft, title: 'Online safety policy 2025' })],
    ['changing the review date', () => hashOf(blocks, values, { ...draft, reviewDate: '2026-09-01' })],
    ['adding a preamble', () => hashOf(blocks, values, { ...draft, preamble: { subject: 'To parents' } })],
    ['making a block mandatory', () => hashOf(blocks.map(b => (b.key === 'r2' ? { ...b, mandatory: true } : b)))],
    ['adding risk fields', () => hashOf(withContent('r2', { risk: { likelihood: 'Low', impact: 'Low', mitigation: '', owner: '', reviewDate: '' } }))]
  ])('changes after %s', async (_, changed) => {
    expect(await changed()).not.toBe(await hashOf());
  });

  it('changes for any single-character change to any included block\'s text', async () => {
    const arb = fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 5 })
      .chain(texts => fc.record({
        texts: fc.constant(texts),
        index: fc.nat({ max: texts.length - 1 }),
        at: fc.nat({ max: 40 }),
        edit: fc.constantFrom<'replace' | 'insert' | 'delete'>('replace', 'insert', 'delete'),
        char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
      }));
    await fc.assert(fc.asyncProperty(arb, async ({ texts, index, at, edit, char }) => {
      const chars = Array.from(texts[index]);
      const position = Math.min(at, edit === 'insert' ? chars.length : chars.length - 1);
      fc.pre(edit === 'insert' || chars.length > 0);
      fc.pre(edit !== 'replace' || chars[position] !== char);
      const changed = [...chars];
      if (edit === 'replace') changed[position] = char;
      else if (edit === 'insert') changed.splice(position, 0, char);
      else changed.splice(position, 1);
      const original = texts.map((text, i) => block(`k${i}`, 'intro', i, text));
      const edited = original.map((b, i) => (i === index ? { ...b, content: { ...b.content, text: changed.join('') } } : b));
      expect(await hashOf(edited)).not.toBe(await hashOf(original));
    }), { numRuns: 400 });
  });
});
