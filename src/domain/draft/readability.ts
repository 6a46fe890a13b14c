import type { AupAudience } from '../bank/AupAudience';

/** Readability of a text by the Flesch formulas (UK reading age ≈ US grade + 5). */
export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  readingEase: number;
  grade: number;
  readingAge: number;
}

/** Syllables in an English word, by vowel groups (good enough for short pupil-facing sentences). */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch Reading Ease and Flesch–Kincaid grade of a text (merge fields count as one short word). */
export function readability(text: string): Readability {
  const clean = text.replace(/\{\{[^}]*\}\}/g, 'name');
  const words = clean.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const sentences = Math.max(1, (clean.match(/[.!?]+(\s|$)/g) ?? []).length);
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  if (words.length === 0) return { words: 0, sentences, syllables: 0, readingEase: 100, grade: 0, readingAge: 5 };
  const wordsPerSentence = words.length / sentences;
  const syllablesPerWord = syllables / words.length;
  const readingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  const grade = Math.max(0, 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59);
  return { words: words.length, sentences, syllables, readingEase: Math.round(readingEase), grade: Math.round(grade * 10) / 10, readingAge: Math.round(grade + 5) };
}

/**
 * The hardest Flesch–Kincaid grade suited to each pupil audience: a target, not an official standard. Flesch–Kincaid
 * grades are US school grades (reading age ≈ grade + 5; an English year group is the US grade + 1). Early years and
 * key stage 1 (ages 4–7): grade 2, what a confident Year 2 reader manages. Key stage 2 (ages 7–11): grade 5, the end
 * of Year 6. Key stages 3 to 5 (ages 11–18): grade 8, the reading age of about 13 that plain-English guidance for the
 * general public aims at (GOV.UK's content design guidance writes for a reading age of 9 where it can; the stricter
 * reading for the youngest secondary pupils is to stay at or below 8). Change them here: the editor's flags, the
 * pupils' versions and their tests follow.
 */
export const GRADE_TARGETS: Partial<Record<AupAudience, number>> = { EarlyYearsKS1: 2, KS2: 5, KS3to5: 8 };

/** How a block reads for its audience: within the target, a little above, or well above. */
export function readingFit(text: string, audience: AupAudience): { readability: Readability; target: number; fit: 'good' | 'stretch' | 'hard' } | undefined {
  const target = GRADE_TARGETS[audience];
  if (target === undefined) return undefined;
  const result = readability(text);
  const fit = result.grade <= target ? 'good' : result.grade <= target + 2 ? 'stretch' : 'hard';
  return { readability: result, target, fit };
}

/** A statement that reads above its audience's target, for the list the editor and the pupils' version show. */
export interface OverTarget {
  key: string;
  text: string;
  grade: number;
  readingAge: number;
  target: number;
}

/**
 * The statements that read above the target for a pupil audience, hardest first (none for an audience without a
 * target, such as staff).
 */
export function statementsOverTarget(statements: readonly { key: string; text: string }[], audience: AupAudience): OverTarget[] {
  const target = GRADE_TARGETS[audience];
  if (target === undefined) return [];
  return statements
    .map(s => ({ ...s, result: readability(s.text) }))
    .filter(s => s.result.grade > target)
    .sort((a, b) => b.result.grade - a.result.grade || a.key.localeCompare(b.key))
    .map(s => ({ key: s.key, text: s.text, grade: s.result.grade, readingAge: s.result.readingAge, target }));
}

/** The editor's flag on a statement that reads above its audience's target: what it reads at and what it should. */
export interface ReadingFlag {
  audience: AupAudience;
  grade: number;
  readingAge: number;
  target: number;
  /** More than two grades above the target (the same line as `readingFit`'s 'hard'). */
  hard: boolean;
}

/**
 * How a statement reads for its audience, as the editor shows it while the person types: its reading age, and a flag
 * when it reads above the audience's target. Undefined for an audience without a target (staff, governors, visitors,
 * parents: their documents are not checked) and for an empty statement (nothing to judge yet).
 */
export function readingCheck(text: string, audience: AupAudience): { readingAge: number; flag?: ReadingFlag } | undefined {
  const fit = readingFit(text, audience);
  if (!fit || fit.readability.words === 0) return undefined;
  const { grade, readingAge } = fit.readability;
  if (fit.fit === 'good') return { readingAge };
  return { readingAge, flag: { audience, grade, readingAge, target: fit.target, hard: fit.fit === 'hard' } };
}
