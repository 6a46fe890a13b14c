import fc from 'fast-check';
import {
  applyPatch, blocksOfSection, DraftEditError, isAmended, moveBlock, newCustomBlock, orderBetween, removeCustomBlock, setIncluded
} from '../../src/domain/draft/draftCommands';
import type { DraftBlock, DraftSection } from '../../src/domain/draft/DraftModel';

function block(key: string, sectionKey: string, order: number, patch: Partial<DraftBlock> = {}, content: Partial<DraftBlock['content']> = {}): DraftBlock {
  return {
    key, kind: 'Statement', sourceKey: key, sourceVersion: 1, baseText: `Text ${key}.`, mandatory: false,
    content: { text: `Text ${key}.`, included: true, note: '', sectionKey, order, removed: false, ...content }, ...patch
  };
}

const ROLES: DraftSection = { key: 'roles', title: 'Roles', order: 10 };
const keysIn = (blocks: DraftBlock[], section: string): string[] => blocksOfSection(blocks, section).map(b => b.key);

/** Applies a patch to the one block it is for (what the session does). */
function applyTo(blocks: DraftBlock[], key: string, patch: Parameters<typeof applyPatch>[1]): DraftBlock[] {
  return blocks.map(b => (b.key === key ? applyPatch(b, patch) : b));
}

describe('setIncluded', () => {
  it('refuses to leave out a mandatory statement, with the reason', () => {
    const mandatory = block('m', 'roles', 10, { mandatory: true });
    expect(() => setIncluded(mandatory, false)).toThrow(DraftEditError);
    expect(() => setIncluded(mandatory, false)).toThrow('This statement is mandatory: it cannot be left out. You can change its wording.');
    expect(setIncluded(mandatory, true)).toEqual({ included: true });
  });

  it('includes and excludes any other block', () => {
    expect(setIncluded(block('a', 'roles', 10), false)).toEqual({ included: false });
    expect(setIncluded(block('a', 'roles', 10, {}, { included: false }), true)).toEqual({ included: true });
  });
});

describe('orderBetween', () => {
  it('puts a block between, before or after its neighbours', () => {
    expect(orderBetween(undefined, undefined)).toBe(10);
    expect(orderBetween(undefined, 10)).toBe(0);
    expect(orderBetween(undefined, -5)).toBe(-15);
    expect(orderBetween(30, undefined)).toBe(40);
    expect(orderBetween(10, 20)).toBe(15);
    expect(orderBetween(10, 11)).toBe(10.5);
  });

  it('stays strictly between neighbours for many moves into the same gap', () => {
    let low = 10;
    const high = 20;
    for (let i = 0; i < 40; i++) {
      const next = orderBetween(low, high);
      expect(next).toBeGreaterThan(low);
      expect(next).toBeLessThan(high);
      low = next;
    }
  });
});

describe('moveBlock', () => {
  const blocks = [block('a', 'roles', 10), block('b', 'roles', 20), block('c', 'roles', 30), block('x', 'intro', 10), block('gone', 'roles', 25, { kind: 'Custom' }, { removed: true })];

  it('moves a block within its section by changing only its own order', () => {
    const patch = moveBlock(blocks, 'c', 'roles', 0);
    expect(patch).toEqual({ sectionKey: 'roles', order: 0 });
    expect(keysIn(applyTo(blocks, 'c', patch), 'roles')).toEqual(['c', 'a', 'b']);
    expect(keysIn(applyTo(blocks, 'a', moveBlock(blocks, 'a', 'roles', 1)), 'roles')).toEqual(['b', 'a', 'c']);
    expect(keysIn(applyTo(blocks, 'a', moveBlock(blocks, 'a', 'roles', 2)), 'roles')).toEqual(['b', 'c', 'a']);
  });

  it('moves a block to another section', () => {
    const patch = moveBlock(blocks, 'b', 'intro', 0);
    expect(patch).toEqual({ sectionKey: 'intro', order: 0 });
    const after = applyTo(blocks, 'b', patch);
    expect(keysIn(after, 'intro')).toEqual(['b', 'x']);
    expect(keysIn(after, 'roles')).toEqual(['a', 'c']);
    expect(keysIn(applyTo(blocks, 'b', moveBlock(blocks, 'b', 'intro', 5)), 'intro')).toEqual(['x', 'b']);
    expect(moveBlock(blocks, 'b', 'empty', 3)).toEqual({ sectionKey: 'empty', order: 10 });
  });

  it('clamps the position to the section, and ignores removed blocks when counting', () => {
    expect(keysIn(applyTo(blocks, 'a', moveBlock(blocks, 'a', 'roles', 99)), 'roles')).toEqual(['b', 'c', 'a']);
    expect(keysIn(applyTo(blocks, 'c', moveBlock(blocks, 'c', 'roles', -3)), 'roles')).toEqual(['c', 'a', 'b']);
    // Between b (20) and c (30): the removed block at 25 is not a neighbour.
    expect(moveBlock(blocks, 'a', 'roles', 1)).toEqual({ sectionKey: 'roles', order: 25 });
  });

  it('refuses to move a block that is not in the draft', () => {
    expect(() => moveBlock(blocks, 'nope', 'roles', 0)).toThrow(new DraftEditError('That statement is no longer in the draft.'));
  });

  it('puts the block where asked and leaves every other block as it was (property)', () => {
    const sectionArb = fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(sectionArb, sectionArb, fc.nat(), fc.integer({ min: -2, max: 12 }), fc.boolean(), (ordersA, ordersB, pick, index, across) => {
        const all = [...ordersA.map((o, i) => block(`a${i}`, 'A', o)), ...ordersB.map((o, i) => block(`b${i}`, 'B', o))];
        const moving = all[pick % ordersA.length];
        const target = across ? 'B' : 'A';
        const before = keysIn(all, target).filter(k => k !== moving.key);
        const patch = moveBlock(all, moving.key, target, index);
        expect(Object.keys(patch).sort()).toEqual(['order', 'sectionKey']);
        const after = applyTo(all, moving.key, patch);
        const expected = [...before];
        expected.splice(Math.max(0, Math.min(index, before.length)), 0, moving.key);
        expect(keysIn(after, target)).toEqual(expected);
        for (const b of after) if (b.key !== moving.key) expect(b).toBe(all.find(x => x.key === b.key));
      }),
      { numRuns: 300 }
    );
  });
});

describe('blocksOfSection', () => {
  it('lists the live blocks of a section by order, ties by key', () => {
    const blocks = [block('b', 'roles', 10), block('a', 'roles', 10), block('c', 'roles', 5), block('d', 'roles', 1, {}, { removed: true }), block('e', 'intro', 0)];
    expect(keysIn(blocks, 'roles')).toEqual(['c', 'a', 'b']);
  });
});

describe('newCustomBlock', () => {
  it("adds the school's own words, trimmed, at the end of the section", () => {
    const blocks = [block('a', 'roles', 10), block('b', 'roles', 35), block('x', 'intro', 90), block('gone', 'roles', 80, { kind: 'Custom' }, { removed: true })];
    expect(newCustomBlock(blocks, ROLES, '  Our own rule.  ', 'c:1')).toEqual({
      key: 'c:1', kind: 'Custom', baseText: '', mandatory: false,
      content: { text: 'Our own rule.', included: true, note: '', sectionKey: 'roles', order: 45, removed: false }
    });
  });

  it('starts an empty section at 10', () => {
    expect(newCustomBlock([], ROLES, 'First.', 'c:2').content.order).toBe(10);
  });

  it('refuses an empty statement', () => {
    expect(() => newCustomBlock([], ROLES, '  \n ', 'c:3')).toThrow(new DraftEditError("Write the school's statement before adding it."));
  });

  it('has no bank source, so it is never "amended" and never drifts', () => {
    const own = newCustomBlock([], ROLES, 'Ours.', 'c:4');
    expect(own.sourceKey).toBeUndefined();
    expect(own.sourceVersion).toBeUndefined();
    expect(isAmended(own)).toBe(false);
  });
});

describe('removeCustomBlock', () => {
  it("removes one of the school's own blocks by marking it removed", () => {
    const own = newCustomBlock([], ROLES, 'Ours.', 'c:1');
    expect(removeCustomBlock(own)).toEqual({ removed: true });
    expect(blocksOfSection([applyPatch(own, removeCustomBlock(own))], 'roles')).toEqual([]);
  });

  it('refuses to remove a bank statement, letter paragraph or risk row', () => {
    for (const kind of ['Statement', 'Paragraph', 'RiskRow'] as const) {
      expect(() => removeCustomBlock(block('a', 'roles', 10, { kind }))).toThrow("Only the school's own statements can be removed; exclude a bank statement instead.");
    }
  });
});

describe('isAmended', () => {
  it('is true when the wording differs from the base, for any block from a template', () => {
    expect(isAmended(block('a', 'roles', 10))).toBe(false);
    expect(isAmended(block('a', 'roles', 10, {}, { text: 'Changed.' }))).toBe(true);
    expect(isAmended(block('a', 'roles', 10, { kind: 'Paragraph' }, { text: 'Changed.' }))).toBe(true);
    expect(isAmended(block('a', 'roles', 10, {}, { note: 'Only a note.', included: false, order: 99 }))).toBe(false);
  });

  it('counts white space as a change', () => {
    expect(isAmended(block('a', 'roles', 10, {}, { text: 'Text  a.' }))).toBe(true);
  });
});

describe('applyPatch', () => {
  it('sets content fields, base text and version, and leaves the original block alone', () => {
    const original = block('a', 'roles', 10);
    const copy = JSON.parse(JSON.stringify(original)) as DraftBlock;
    const after = applyPatch(original, { text: 'New.', note: 'n', baseText: 'Base.', sourceVersion: 4 });
    expect(after).toMatchObject({ baseText: 'Base.', sourceVersion: 4, content: { text: 'New.', note: 'n', order: 10, included: true } });
    expect(after.content).not.toHaveProperty('baseText');
    expect(after.content).not.toHaveProperty('sourceVersion');
    expect(original).toEqual(copy);
  });

  it('keeps base text and version when the patch does not set them', () => {
    expect(applyPatch(block('a', 'roles', 10), { order: 5 })).toMatchObject({ baseText: 'Text a.', sourceVersion: 1, content: { order: 5 } });
  });
});
