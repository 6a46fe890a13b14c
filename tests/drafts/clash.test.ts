import { clashRuns, combinedText, editSurvives } from '../../src/domain/draft/clash';
import { diffAfter, diffBefore, tokenize } from '../../src/domain/text/wordDiff';

const words = (text: string): string[] => tokenize(text).filter(t => /\S/.test(t));

describe('a clash between two versions of a statement', () => {
  it('highlights the two versions as one diff from theirs to mine', () => {
    const runs = clashRuns('Pupils use own tablets safely.', 'Pupils use school tablets safely.');
    expect(diffBefore(runs)).toBe('Pupils use school tablets safely.');
    expect(diffAfter(runs)).toBe('Pupils use own tablets safely.');
    expect(runs.filter(r => r.kind !== 'equal').map(r => [r.kind, r.text])).toEqual([['delete', 'school'], ['insert', 'own']]);
  });

  it('offers a combined text holding every word of both versions, theirs first where both replaced the same words', () => {
    expect(combinedText('Pupils use own tablets safely.', 'Pupils use school tablets safely.')).toBe('Pupils use school own tablets safely.');
    expect(combinedText('Pupils use tablets.', 'Pupils use tablets in class.')).toBe('Pupils use tablets in class.');
    expect(combinedText('Pupils use tablets always.', 'Pupils use tablets.')).toBe('Pupils use tablets always.');
  });

  it.each([
    ['Staff check devices weekly.', 'Staff check laptops every month.'],
    ['', 'Only theirs.'],
    ['Only mine.', ''],
    ['Pupils must not share passwords, ever.', 'Pupils must never share their passwords with anyone.']
  ])('keeps every word of %j and %j', (mine, theirs) => {
    const combined = words(combinedText(mine, theirs));
    for (const word of [...words(mine), ...words(theirs)]) expect(combined).toContain(word);
  });

  it("tells whether someone's saved edit is still whole in the statement's text now", () => {
    const base = 'Pupils use tablets.';
    const saved = 'Pupils use school tablets.';
    expect(editSurvives(base, saved, saved)).toBe(true);
    // Someone else added words elsewhere: the edit is still there.
    expect(editSurvives(base, saved, 'Pupils use school tablets in class.')).toBe(true);
    // A settled clash replaced the edit's words: it is gone.
    expect(editSurvives(base, saved, 'Pupils use their own tablets.')).toBe(false);
    expect(editSurvives(base, saved, base)).toBe(false);
  });
});
