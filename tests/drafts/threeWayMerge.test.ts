import fc from 'fast-check';
import { threeWayMerge, type MergeResult } from '../../src/domain/draft/threeWayMerge';
import { tokenize } from '../../src/domain/text/wordDiff';

function merged(result: MergeResult): string {
  if (result.status !== 'merged') throw new Error(`Expected a merge, got a conflict: ${JSON.stringify(result)}`);
  return result.text;
}

describe('threeWayMerge: examples', () => {
  const base = 'Pupils use school devices only with an adult present.';

  it('keeps both edits when they change different words', () => {
    const mine = 'All pupils use school devices only with an adult present.';
    const theirs = 'Pupils use school laptops only with an adult present.';
    expect(merged(threeWayMerge(base, mine, theirs))).toBe('All pupils use school laptops only with an adult present.');
  });

  it('keeps a deletion on one side and an insertion far from it on the other', () => {
    const mine = 'Pupils use devices only with an adult present.';
    const theirs = 'Pupils use school devices only with an adult present, always.';
    expect(merged(threeWayMerge(base, mine, theirs))).toBe('Pupils use devices only with an adult present, always.');
  });

  it('takes the same edit made on both sides once', () => {
    const both = 'Pupils use school tablets only with an adult present.';
    expect(merged(threeWayMerge(base, both, both))).toBe(both);
  });

  it('takes the same change once when each side also changed something else', () => {
    const mine = 'Pupils use school tablets only with a teacher present.';
    const theirs = 'Young pupils use school tablets only with an adult present.';
    expect(merged(threeWayMerge(base, mine, theirs))).toBe('Young pupils use school tablets only with a teacher present.');
  });

  it('takes the same inserted word once, wherever the diff put the space around it (found by the soak)', () => {
    expect(threeWayMerge('Pupils use devices safely.', 'Pupils use school devices safely.', 'All pupils use school devices safely.'))
      .toEqual({ status: 'merged', text: 'All pupils use school devices safely.' });
    expect(threeWayMerge('Staff check the filter weekly.', 'Staff check the web filter weekly.', 'All staff check the web filter weekly.'))
      .toEqual({ status: 'merged', text: 'All staff check the web filter weekly.' });
  });

  it('takes the other side when one side is unchanged', () => {
    const edited = 'Pupils never use school devices alone.';
    expect(merged(threeWayMerge(base, base, edited))).toBe(edited);
    expect(merged(threeWayMerge(base, edited, base))).toBe(edited);
    expect(merged(threeWayMerge(base, base, base))).toBe(base);
  });

  it('reports a conflict carrying base, mine and theirs when both replace the same words differently', () => {
    const mine = 'Pupils use school tablets only with an adult present.';
    const theirs = 'Pupils use school laptops only with an adult present.';
    expect(threeWayMerge(base, mine, theirs)).toEqual({ status: 'conflict', base, mine, theirs });
  });

  it('reports a conflict when one side deletes words the other side rewords', () => {
    const mine = 'Pupils use school devices with an adult present.';
    const theirs = 'Pupils use school devices solely with an adult present.';
    expect(threeWayMerge(base, mine, theirs)).toEqual({ status: 'conflict', base, mine, theirs });
  });

  it('reports a conflict when both insert at the same place, since the order is a choice', () => {
    const mine = 'Pupils use school devices only with an adult present nearby.';
    const theirs = 'Pupils use school devices only with an adult present today.';
    expect(threeWayMerge(base, mine, theirs)).toEqual({ status: 'conflict', base, mine, theirs });
  });

  it('reports a conflict when one side inserts right next to words the other replaced', () => {
    const mine = 'Pupils use school devices only with an adult nearby present.';
    const theirs = 'Pupils use school devices only with an adult watching.';
    expect(threeWayMerge(base, mine, theirs).status).toBe('conflict');
  });

  it('merges punctuation changes like words', () => {
    const text = 'Staff report concerns to the DSL, who decides next steps.';
    const mine = 'Staff report concerns to the DSL; who decides next steps.';
    const theirs = 'Staff report all concerns to the DSL, who decides next steps!';
    expect(merged(threeWayMerge(text, mine, theirs))).toBe('Staff report all concerns to the DSL; who decides next steps!');
  });

  it('conflicts on the same punctuation mark changed two ways', () => {
    const text = 'Ask the DSL.';
    expect(threeWayMerge(text, 'Ask the DSL!', 'Ask the DSL?').status).toBe('conflict');
  });

  it('keeps runs of several spaces and new lines exactly as each side left them', () => {
    const text = 'First  line of text.\n\nSecond   line here.';
    const mine = 'First  line of the text.\n\nSecond   line here.';
    const theirs = 'First  line of text.\n\nSecond   line  here  now.';
    expect(merged(threeWayMerge(text, mine, theirs))).toBe('First  line of the text.\n\nSecond   line  here  now.');
  });

  it('treats a change of white space as an edit of its own', () => {
    const text = 'one two three four';
    expect(merged(threeWayMerge(text, 'one  two three four', 'one two three FOUR'))).toBe('one  two three FOUR');
    expect(threeWayMerge(text, 'one  two three four', 'one\ntwo three four').status).toBe('conflict');
  });

  it('handles empty texts', () => {
    expect(merged(threeWayMerge('', '', 'added'))).toBe('added');
    expect(merged(threeWayMerge('', 'same', 'same'))).toBe('same');
    expect(threeWayMerge('', 'mine', 'theirs').status).toBe('conflict');
    expect(merged(threeWayMerge('gone', '', 'gone'))).toBe('');
  });

  it('keeps merge fields as they are', () => {
    const text = 'Contact {{DSLName}} at {{SchoolName}}.';
    expect(merged(threeWayMerge(text, 'Contact {{DSLName}} or {{DeputyDSLName}} at {{SchoolName}}.', 'Please contact {{DSLName}} at {{SchoolName}}.')))
      .toBe('Please contact {{DSLName}} or {{DeputyDSLName}} at {{SchoolName}}.');
  });
});

// ---- Properties over random sentences and random edit scripts ----

const VOCABULARY = [
  'pupils', 'staff', 'school', 'devices', 'online', 'safety', 'report', 'concerns', 'filtering', 'monitoring', 'governors', 'parents',
  'learning', 'images', 'accounts', 'passwords', 'phones', 'lessons', 'training', 'review', 'policy', 'leaders', 'records', 'incidents'
];

/** A base sentence of distinct words, some followed by a punctuation mark. */
const baseArb = fc
  .tuple(fc.shuffledSubarray(VOCABULARY, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom('', '', '', ',', '.', ';'), { minLength: 12, maxLength: 12 }))
  .map(([words, marks]) => words.map((word, i) => `${word}${marks[i]}`));

/** One side's edit: base words it deletes (by index) and boundaries where it inserts marker words. */
interface EditScript {
  deletes: number[];
  inserts: number[];
}

const scriptArb: fc.Arbitrary<EditScript> = fc.record({
  deletes: fc.uniqueArray(fc.nat({ max: 11 }), { maxLength: 3 }),
  inserts: fc.array(fc.nat({ max: 40 }), { maxLength: 3 })
});

interface Edited {
  text: string;
  words: string[];
  markers: string[];
  deleted: string[];
}

function bareWord(word: string): string {
  return word.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Applies a script to the base words: deletions first, then each marker at a boundary of what is left. */
function applyScript(base: string[], script: EditScript, side: string): Edited {
  const deleted = script.deletes.filter(i => i < base.length).map(i => base[i]);
  const words = base.filter((_, i) => !script.deletes.includes(i));
  const markers = script.inserts.map((_, i) => `${side}marker${i}`);
  script.inserts.forEach((at, i) => words.splice(at % (words.length + 1), 0, markers[i]));
  return { text: words.join(' '), words, markers, deleted: deleted.map(bareWord) };
}

/** The word tokens of a text (punctuation and spaces dropped). */
function wordsIn(text: string): string[] {
  return tokenize(text).filter(t => /[\p{L}\p{N}]/u.test(t));
}

describe('threeWayMerge: properties', () => {
  const cases = fc.tuple(baseArb, scriptArb, scriptArb);

  it('keeps every inserted word, drops every deleted word and keeps every untouched word when it merges; a conflict carries both inputs', () => {
    const seen = { merged: 0, conflict: 0 };
    fc.assert(
      fc.property(cases, ([baseWords, mineScript, theirScript]) => {
        const base = baseWords.join(' ');
        const mine = applyScript(baseWords, mineScript, 'mine');
        const theirs = applyScript(baseWords, theirScript, 'their');
        const result = threeWayMerge(base, mine.text, theirs.text);
        seen[result.status]++;
        if (result.status === 'conflict') {
          expect(result.mine).toBe(mine.text);
          expect(result.theirs).toBe(theirs.text);
          expect(result.base).toBe(base);
          return;
        }
        const out = wordsIn(result.text);
        for (const marker of [...mine.markers, ...theirs.markers]) expect(out).toContain(marker);
        for (const word of [...mine.deleted, ...theirs.deleted]) expect(out).not.toContain(word);
        const untouched = baseWords.map(bareWord).filter(w => !mine.deleted.includes(w) && !theirs.deleted.includes(w));
        for (const word of untouched) expect(out).toContain(word);
        // Nothing appears that neither side wrote, and the base words keep their order.
        expect(out.length).toBe(untouched.length + mine.markers.length + theirs.markers.length);
        expect(out.filter(w => untouched.includes(w))).toEqual(untouched);
      }),
      { numRuns: 400 }
    );
    // The generator reaches both outcomes often (so the properties above say something about each).
    expect(seen.merged).toBeGreaterThan(100);
    expect(seen.conflict).toBeGreaterThan(40);
  });

  it('puts each inserted word between the same neighbours its side put it between', () => {
    fc.assert(
      fc.property(cases, ([baseWords, mineScript, theirScript]) => {
        const mine = applyScript(baseWords, mineScript, 'mine');
        const theirs = applyScript(baseWords, theirScript, 'their');
        const result = threeWayMerge(baseWords.join(' '), mine.text, theirs.text);
        if (result.status === 'conflict') return;
        const out = wordsIn(result.text);
        for (const side of [mine, theirs]) {
          const sideWords = side.words.map(bareWord);
          for (const marker of side.markers) {
            const at = sideWords.indexOf(marker);
            const before = sideWords.slice(0, at).reverse().find(w => !w.includes('marker'));
            const after = sideWords.slice(at + 1).find(w => !w.includes('marker'));
            if (before !== undefined && out.includes(before)) expect(out.indexOf(before)).toBeLessThan(out.indexOf(marker));
            if (after !== undefined && out.includes(after)) expect(out.indexOf(after)).toBeGreaterThan(out.indexOf(marker));
          }
        }
      }),
      { numRuns: 300 }
    );
  });

  it('gives the same outcome whichever side is called mine', () => {
    fc.assert(
      fc.property(cases, ([baseWords, mineScript, theirScript]) => {
        const base = baseWords.join(' ');
        const mine = applyScript(baseWords, mineScript, 'mine').text;
        const theirs = applyScript(baseWords, theirScript, 'their').text;
        const forward = threeWayMerge(base, mine, theirs);
        const backward = threeWayMerge(base, theirs, mine);
        expect(backward.status).toBe(forward.status);
        if (forward.status === 'merged' && backward.status === 'merged') expect(backward.text).toBe(forward.text);
      }),
      { numRuns: 300 }
    );
  });

  it('returns the edit itself when both sides made the same edit', () => {
    fc.assert(
      fc.property(baseArb, scriptArb, (baseWords, script) => {
        const edited = applyScript(baseWords, script, 'both').text;
        expect(threeWayMerge(baseWords.join(' '), edited, edited)).toEqual({ status: 'merged', text: edited });
      }),
      { numRuns: 200 }
    );
  });

  it('returns x for merge(base, x, x) for arbitrary strings too', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (base, x) => {
        expect(threeWayMerge(base, x, x)).toEqual({ status: 'merged', text: x });
      }),
      { numRuns: 200 }
    );
  });

  it('returns the changed side when the other is unchanged, for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (base, other) => {
        expect(threeWayMerge(base, base, other)).toEqual({ status: 'merged', text: other });
        expect(threeWayMerge(base, other, base)).toEqual({ status: 'merged', text: other });
      }),
      { numRuns: 200 }
    );
  });
});
