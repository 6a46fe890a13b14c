import { applyPatch, isAmended } from '../../src/domain/draft/draftCommands';
import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import { acceptBankWording, findDrift, keepSchoolWording } from '../../src/domain/draft/drift';
import { diffAfter, diffBefore, diffWords } from '../../src/domain/text/wordDiff';
import { bank, published, statement } from '../domain/bankFixtures';

const V1 = 'Staff report concerns to the DSL.';
const V2 = 'Staff report every concern to the DSL the same day.';

function blockFrom(key: string, text = V1, patch: Partial<DraftBlock> = {}): DraftBlock {
  return {
    key: `s:${key}`, kind: 'Statement', sourceKey: key, sourceVersion: 1, baseText: V1, mandatory: false,
    content: { text, included: true, note: '', sectionKey: 'roles', order: 10, removed: false }, ...patch
  };
}

const bankAt = (version: number, text: string, retired = false): ReturnType<typeof bank> =>
  bank({ statements: [published(statement('report', { text, retired }), version, `2026.${version}`)] });

describe('findDrift', () => {
  it('finds a newer published version, with the word diff from the base wording and the release', () => {
    const drifts = findDrift([blockFrom('report')], bankAt(2, V2));
    expect(drifts).toEqual([{
      blockKey: 's:report', sourceKey: 'report', fromVersion: 1, toVersion: 2, releaseLabel: '2026.2', newText: V2, retired: false,
      diff: diffWords(V1, V2), schoolAmended: false
    }]);
    expect(diffBefore(drifts[0].diff)).toBe(V1);
    expect(diffAfter(drifts[0].diff)).toBe(V2);
    expect(drifts[0].diff.some(r => r.kind === 'insert' && r.text.includes('every'))).toBe(true);
  });

  it('flags that the school changed the wording itself (accepting would replace it)', () => {
    const [drift] = findDrift([blockFrom('report', 'Staff tell the DSL about concerns.')], bankAt(2, V2));
    expect(drift.schoolAmended).toBe(true);
    // The diff is still from the base wording, not from the school's.
    expect(diffBefore(drift.diff)).toBe(V1);
  });

  it('finds nothing when the block is at the published version, or ahead of it', () => {
    expect(findDrift([blockFrom('report')], bankAt(1, V1))).toEqual([]);
    expect(findDrift([blockFrom('report', V1, { sourceVersion: 3 })], bankAt(2, V2))).toEqual([]);
  });

  it('reports a statement retired in a newer release', () => {
    expect(findDrift([blockFrom('report')], bankAt(2, V1, true))).toEqual([{
      blockKey: 's:report', sourceKey: 'report', fromVersion: 1, toVersion: 2, releaseLabel: '2026.2', newText: '', retired: true, diff: [], schoolAmended: false
    }]);
  });

  it('reports a statement gone from the published bank as retired', () => {
    const amended = blockFrom('report', 'Our own words.');
    expect(findDrift([amended], bank({}))).toEqual([{
      blockKey: 's:report', sourceKey: 'report', fromVersion: 1, toVersion: 1, releaseLabel: '', newText: '', retired: true, diff: [], schoolAmended: true
    }]);
    expect(findDrift([blockFrom('report')], bank({ statements: [statement('report')] }))[0].retired).toBe(true);
  });

  it("ignores the school's own blocks, letter paragraphs, risk rows and removed blocks", () => {
    const blocks: DraftBlock[] = [
      blockFrom('report', V1, { kind: 'Custom', sourceKey: undefined }),
      blockFrom('report', V1, { kind: 'Paragraph', key: 'p:1' }),
      blockFrom('report', V1, { kind: 'RiskRow', key: 'r:x' }),
      blockFrom('report', V1, { content: { ...blockFrom('report').content, removed: true } })
    ];
    expect(findDrift(blocks, bankAt(2, V2))).toEqual([]);
  });

  it('treats a block with no version as older than any published one', () => {
    expect(findDrift([blockFrom('report', V1, { sourceVersion: undefined })], bankAt(1, V1))).toMatchObject([{ fromVersion: 0, toVersion: 1 }]);
  });

  it('still reports an excluded block (it may be included again)', () => {
    expect(findDrift([blockFrom('report', V1, { content: { ...blockFrom('report').content, included: false } })], bankAt(2, V2))).toHaveLength(1);
  });
});

describe('accepting or keeping after drift', () => {
  it("accepting takes the bank's wording as text and base, at the new version: no drift, not amended", () => {
    const block = blockFrom('report', 'Staff tell the DSL about concerns.');
    const [drift] = findDrift([block], bankAt(2, V2));
    const patch = acceptBankWording(drift);
    expect(patch).toEqual({ text: V2, baseText: V2, sourceVersion: 2 });
    const after = applyPatch(block, patch);
    expect(after).toMatchObject({ baseText: V2, sourceVersion: 2, content: { text: V2 } });
    expect(isAmended(after)).toBe(false);
    expect(findDrift([after], bankAt(2, V2))).toEqual([]);
  });

  it("keeping changes only the base and version: the school's text stays, marked amended against the new wording", () => {
    const block = blockFrom('report', 'Staff tell the DSL about concerns.');
    const [drift] = findDrift([block], bankAt(2, V2));
    const patch = keepSchoolWording(drift);
    expect(patch).toEqual({ baseText: V2, sourceVersion: 2 });
    expect(Object.keys(patch)).not.toContain('text');
    const after = applyPatch(block, patch);
    expect(after.content.text).toBe('Staff tell the DSL about concerns.');
    expect(isAmended(after)).toBe(true);
    expect(findDrift([after], bankAt(2, V2))).toEqual([]);
  });

  it('keeping an unamended statement leaves it amended only if the wording now differs', () => {
    const [drift] = findDrift([blockFrom('report')], bankAt(2, V2));
    const after = applyPatch(blockFrom('report'), keepSchoolWording(drift));
    expect(after.content.text).toBe(V1);
    expect(isAmended(after)).toBe(true);
  });
});
