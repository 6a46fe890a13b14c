import { tokenRuns } from './tokenDiff';

/** One run of a word-level diff: text both sides share, text only the new side has, or text only the old side had. */
export interface DiffRun {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Splits text into words, runs of white space and single punctuation marks, so a diff reads naturally. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}'’_-]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/**
 * A word-level diff from `before` to `after` (the `diff` library over our tokens, see `tokenRuns`), as runs in
 * reading order with deletions before insertions where text was replaced. Concatenating the equal and delete runs
 * gives `before`; the equal and insert runs give `after`.
 */
export function diffWords(before: string, after: string): DiffRun[] {
  if (before === after) return before === '' ? [] : [{ kind: 'equal', text: before }];
  const runs: DiffRun[] = [];
  for (const run of tokenRuns(tokenize(before), tokenize(after))) {
    if (run.kind === 'equal') {
      runs.push({ kind: 'equal', text: run.tokens.join('') });
      continue;
    }
    const deleted = run.removed.join('');
    const inserted = run.added.join('');
    if (deleted) runs.push({ kind: 'delete', text: deleted });
    if (inserted) runs.push({ kind: 'insert', text: inserted });
  }
  return runs;
}

/** The text a diff starts from (equal + delete runs). */
export function diffBefore(runs: DiffRun[]): string {
  return runs.filter(r => r.kind !== 'insert').map(r => r.text).join('');
}

/** The text a diff ends at (equal + insert runs). */
export function diffAfter(runs: DiffRun[]): string {
  return runs.filter(r => r.kind !== 'delete').map(r => r.text).join('');
}

/** How many words a diff adds and removes (for "12 words changed" badges). */
export function countChangedWords(runs: DiffRun[]): { inserted: number; deleted: number } {
  const words = (text: string): number => tokenize(text).filter(t => /[\p{L}\p{N}]/u.test(t)).length;
  return {
    inserted: runs.filter(r => r.kind === 'insert').reduce((sum, r) => sum + words(r.text), 0),
    deleted: runs.filter(r => r.kind === 'delete').reduce((sum, r) => sum + words(r.text), 0)
  };
}
