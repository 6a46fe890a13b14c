import fc from 'fast-check';
import { countChangedWords, diffAfter, diffBefore, diffWords, tokenize, type DiffRun } from '../../src/domain/text/wordDiff';

/** A lone UTF-16 surrogate: a diff of well-formed text must never cut a character in two. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The invariants every diff keeps, whatever the input. */
function expectWellFormed(runs: DiffRun[], before: string, after: string): void {
  expect(diffBefore(runs)).toBe(before);
  expect(diffAfter(runs)).toBe(after);
  for (const run of runs) expect(run.text).not.toBe('');
  for (let i = 1; i < runs.length; i++) {
    expect(runs[i].kind).not.toBe(runs[i - 1].kind);
    // A replacement reads "old → new": an insertion is never directly followed by a deletion.
    expect(runs[i - 1].kind === 'insert' && runs[i].kind === 'delete').toBe(false);
  }
}

describe('tokenize', () => {
  it('keeps words with apostrophes and hyphens whole and splits punctuation and white space', () => {
    expect(tokenize("Don't share e-safety  passwords, ever!")).toEqual(["Don't", ' ', 'share', ' ', 'e-safety', '  ', 'passwords', ',', ' ', 'ever', '!']);
  });

  it('covers every character of the text', () => {
    const text = 'Tab\there,\nnew line — “quotes” 😀 i’r 42%';
    expect(tokenize(text).join('')).toBe(text);
  });
});

describe('diffWords examples', () => {
  it('shows an inserted word', () => {
    expect(diffWords('the cat sat', 'the black cat sat')).toEqual([
      { kind: 'equal', text: 'the ' }, { kind: 'insert', text: 'black ' }, { kind: 'equal', text: 'cat sat' }
    ]);
  });

  it('shows a deleted word', () => {
    expect(diffWords('the black cat sat', 'the cat sat')).toEqual([
      { kind: 'equal', text: 'the ' }, { kind: 'delete', text: 'black ' }, { kind: 'equal', text: 'cat sat' }
    ]);
  });

  it('shows a replaced word as a deletion then an insertion', () => {
    expect(diffWords('Staff tell the DSL.', 'Staff tell the headteacher.')).toEqual([
      { kind: 'equal', text: 'Staff tell the ' }, { kind: 'delete', text: 'DSL' }, { kind: 'insert', text: 'headteacher' }, { kind: 'equal', text: '.' }
    ]);
  });

  it('groups a replaced phrase into one deletion and one insertion', () => {
    const runs = diffWords('Report it to the DSL today.', 'Report it to someone today.');
    expect(runs).toEqual([
      { kind: 'equal', text: 'Report it to ' }, { kind: 'delete', text: 'the DSL' }, { kind: 'insert', text: 'someone' }, { kind: 'equal', text: ' today.' }
    ]);
  });

  it('gives one equal run for identical texts and nothing for two empty texts', () => {
    expect(diffWords('Same text.', 'Same text.')).toEqual([{ kind: 'equal', text: 'Same text.' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('handles an empty side', () => {
    expect(diffWords('', 'New statement.')).toEqual([{ kind: 'insert', text: 'New statement.' }]);
    expect(diffWords('Old statement.', '')).toEqual([{ kind: 'delete', text: 'Old statement.' }]);
  });

  it('diffs punctuation on its own, leaving the words equal', () => {
    expect(diffWords('Hello, world.', 'Hello; world!')).toEqual([
      { kind: 'equal', text: 'Hello' }, { kind: 'delete', text: ',' }, { kind: 'insert', text: ';' },
      { kind: 'equal', text: ' world' }, { kind: 'delete', text: '.' }, { kind: 'insert', text: '!' }
    ]);
  });

  it('diffs Welsh, accented and emoji text without cutting characters', () => {
    const runs = diffWords('Croeso i’r ysgol 😀 café', 'Croeso i’r coleg 😀 café');
    expect(runs).toEqual([
      { kind: 'equal', text: 'Croeso i’r ' }, { kind: 'delete', text: 'ysgol' }, { kind: 'insert', text: 'coleg' }, { kind: 'equal', text: ' 😀 café' }
    ]);
    const family = diffWords('Family: 👨‍👩‍👧 online', 'Family: 👨‍👩‍👦 online');
    expectWellFormed(family, 'Family: 👨‍👩‍👧 online', 'Family: 👨‍👩‍👦 online');
    for (const run of family) expect(LONE_SURROGATE.test(run.text)).toBe(false);
  });

  it('falls back to one deletion and one insertion beyond the cell cap', () => {
    // 1,100 shared words plus spaces: about 2,200 tokens a side, so (n + 1)(m + 1) > 4,000,000.
    const shared = Array.from({ length: 1100 }, (_, i) => `word${i}`).join(' ');
    const before = `Alpha ${shared} Omega`;
    const after = `Beta ${shared} Zeta`;
    const started = Date.now();
    const runs = diffWords(before, after);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(runs).toEqual([{ kind: 'delete', text: before }, { kind: 'insert', text: after }]);
  });

  it('still finds the shared words of long texts below the cell cap', () => {
    const shared = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    const runs = diffWords(`Alpha ${shared} Omega`, `Beta ${shared} Zeta`);
    expect(runs).toEqual([
      { kind: 'delete', text: 'Alpha' }, { kind: 'insert', text: 'Beta' }, { kind: 'equal', text: ` ${shared} ` },
      { kind: 'delete', text: 'Omega' }, { kind: 'insert', text: 'Zeta' }
    ]);
  });

  it('keeps a shared prefix and suffix equal around a capped middle', () => {
    const oldMiddle = Array.from({ length: 1100 }, (_, i) => `old${i}`).join(' ');
    const newMiddle = Array.from({ length: 1100 }, (_, i) => `new${i}`).join(' ');
    const runs = diffWords(`Start. ${oldMiddle} End.`, `Start. ${newMiddle} End.`);
    expect(runs).toEqual([
      { kind: 'equal', text: 'Start. ' }, { kind: 'delete', text: oldMiddle }, { kind: 'insert', text: newMiddle }, { kind: 'equal', text: ' End.' }
    ]);
  });
});

describe('countChangedWords', () => {
  it('counts words, not spaces or punctuation', () => {
    expect(countChangedWords(diffWords('Tell the DSL.', 'Tell a trusted adult!'))).toEqual({ inserted: 3, deleted: 2 });
    expect(countChangedWords(diffWords('Hello, world.', 'Hello; world!'))).toEqual({ inserted: 0, deleted: 0 });
  });

  it('counts a new statement as all inserted and a removed one as all deleted', () => {
    expect(countChangedWords(diffWords('', 'Pupils use school devices safely.'))).toEqual({ inserted: 5, deleted: 0 });
    expect(countChangedWords(diffWords('Pupils use school devices safely.', ''))).toEqual({ inserted: 0, deleted: 5 });
  });
});

describe('diffWords properties', () => {
  /** Texts built from a few shared words, so random pairs have much in common. */
  const wordSoup = fc.array(fc.constantFrom('the', 'DSL', 'pupils', 'staff', "don't", 'e-safety', ' ', '  ', '\n', ',', '.', '😀', 'café', '{{SchoolName}}'), { maxLength: 40 })
    .map(tokens => tokens.join(''));
  const anyText = fc.string({ unit: 'binary', maxLength: 60 });

  it('rebuilds both sides from any pair of unicode strings, with no empty or repeated runs', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => {
      expectWellFormed(diffWords(a, b), a, b);
    }));
  });

  it('rebuilds both sides from texts that share many words', () => {
    fc.assert(fc.property(wordSoup, wordSoup, (a, b) => {
      const runs = diffWords(a, b);
      expectWellFormed(runs, a, b);
      for (const run of runs) expect(LONE_SURROGATE.test(run.text)).toBe(false);
    }));
  });

  it('finds nothing changed between a text and itself', () => {
    fc.assert(fc.property(fc.oneof(anyText, wordSoup), a => {
      const runs = diffWords(a, a);
      expect(runs.every(r => r.kind === 'equal')).toBe(true);
      expect(countChangedWords(runs)).toEqual({ inserted: 0, deleted: 0 });
    }));
  });

  it('counts no more changed words than the two texts hold', () => {
    const words = (text: string): number => tokenize(text).filter(t => /[\p{L}\p{N}]/u.test(t)).length;
    fc.assert(fc.property(wordSoup, wordSoup, (a, b) => {
      const { inserted, deleted } = countChangedWords(diffWords(a, b));
      expect(inserted).toBeLessThanOrEqual(words(b));
      expect(deleted).toBeLessThanOrEqual(words(a));
    }));
  });
});
