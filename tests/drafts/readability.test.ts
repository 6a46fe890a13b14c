import { countSyllables, GRADE_TARGETS, readability, readingCheck, readingFit } from '../../src/domain/draft/readability';

describe('countSyllables', () => {
  it.each([
    ['cat', 1], ['the', 1], ['a', 1], ['I', 1], ['school', 1], ['made', 1], ['played', 1], ["don't", 1],
    ['happy', 2], ['teacher', 2], ['online', 2], ['yellow', 2], ['people', 2], ['because', 2], ['adult', 2], ['password', 2], ['table', 2],
    ['computer', 3], ['internet', 3], ['designated', 3], ['information', 4], ['monitoring', 4], ['responsibility', 6]
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('ignores case and punctuation, and counts nothing for a non-word', () => {
    expect(countSyllables('Computer!')).toBe(3);
    expect(countSyllables('')).toBe(0);
    expect(countSyllables('123')).toBe(0);
    expect(countSyllables('—')).toBe(0);
  });
});

describe('readability', () => {
  it('scores a short Key Stage 1 sentence at grade 2 or below', () => {
    const result = readability('I ask an adult before I go online. I keep my name and home safe.');
    expect(result).toMatchObject({ words: 15, sentences: 2 });
    expect(result.grade).toBeLessThanOrEqual(2);
    expect(result.readingEase).toBeGreaterThan(90);
    expect(result.readingAge).toBeLessThanOrEqual(7);
  });

  it('scores a dense adult sentence far higher', () => {
    const result = readability('The designated safeguarding lead ensures that appropriate filtering and monitoring arrangements are implemented, documented and reviewed annually in accordance with statutory guidance.');
    expect(result.sentences).toBe(1);
    expect(result.grade).toBeGreaterThan(16);
    expect(result.readingEase).toBeLessThan(10);
    expect(result.readingAge).toBe(Math.round(result.grade + 5));
  });

  it('counts sentences by their end marks, and a text with none as one sentence', () => {
    expect(readability('Stop. Think! Tell?').sentences).toBe(3);
    expect(readability('Wait... then tell').sentences).toBe(1);
    expect(readability('no end mark').sentences).toBe(1);
  });

  it('counts a merge field as one short word', () => {
    const field = readability('Tell {{DSLName}} today.');
    const word = readability('Tell name today.');
    expect(field).toEqual(word);
  });

  it('scores an empty text as easiest', () => {
    expect(readability('')).toEqual({ words: 0, sentences: 1, syllables: 0, readingEase: 100, grade: 0, readingAge: 5 });
  });

  it('never gives a negative grade', () => {
    expect(readability('I am. I go. I do.').grade).toBe(0);
  });
});

describe('readingFit', () => {
  it('has targets for pupil audiences only', () => {
    expect(GRADE_TARGETS).toEqual({ EarlyYearsKS1: 2, KS2: 5, KS3to5: 8 });
    expect(readingFit('Anything.', 'StaffVolunteers')).toBeUndefined();
    expect(readingFit('Anything.', 'ParentsCarers')).toBeUndefined();
  });

  it('is good within the target, a stretch up to two grades above, hard beyond', () => {
    expect(readingFit('I ask an adult before I go online. I keep my name and home safe.', 'EarlyYearsKS1')).toMatchObject({ target: 2, fit: 'good' });
    const stretch = readingFit('I only talk to people I know when I play games online.', 'EarlyYearsKS1');
    expect(stretch?.fit).toBe('stretch');
    expect(stretch?.readability.grade).toBeGreaterThan(2);
    expect(stretch?.readability.grade).toBeLessThanOrEqual(4);
    const hard = readingFit('I keep my password secret and I tell a teacher if someone is unkind to me.', 'EarlyYearsKS1');
    expect(hard?.fit).toBe('hard');
    expect(hard?.readability.grade).toBeGreaterThan(4);
  });

  it('judges the same text by each audience', () => {
    const text = 'I keep my password secret and I tell a teacher if someone is unkind to me.';
    expect(readingFit(text, 'KS2')?.fit).toBe('stretch');
    expect(readingFit(text, 'KS3to5')?.fit).toBe('good');
  });
});

describe('readingCheck', () => {
  const HARD = 'I understand that inappropriate communications, including unsolicited messages, are investigated and recorded.';

  it('gives the reading age alone within the target, and a flag with grade, age and target above it', () => {
    expect(readingCheck('I ask an adult before I go online.', 'KS2')).toEqual({ readingAge: readability('I ask an adult before I go online.').readingAge });
    const result = readability(HARD);
    expect(readingCheck(HARD, 'KS2')).toEqual({ readingAge: result.readingAge, flag: { audience: 'KS2', grade: result.grade, readingAge: result.readingAge, target: 5, hard: true } });
  });

  it('marks a statement a little above the target as not hard', () => {
    expect(readingCheck('I keep my password secret and I tell a teacher if someone is unkind to me.', 'KS2')?.flag).toMatchObject({ target: 5, hard: false });
  });

  it('has nothing to say for an audience without a target or an empty statement', () => {
    expect(readingCheck(HARD, 'Governors')).toBeUndefined();
    expect(readingCheck('', 'KS2')).toBeUndefined();
  });
});
