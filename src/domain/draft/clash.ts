import { diffWords, type DiffRun } from '../text/wordDiff';
import { threeWayMerge } from './threeWayMerge';

/**
 * Two people changed the same words of a statement: the words of a clash as a person settles it. Pure functions
 * over the texts; the session keeps the clash, the view shows it.
 */

/**
 * The two versions as one word diff from theirs to mine, for highlighting: equal text plain, words only theirs has
 * as `delete`, words only mine has as `insert`. Shown as two labelled lines (theirs, then mine), never interleaved.
 */
export function clashRuns(mine: string, theirs: string): DiffRun[] {
  return diffWords(theirs, mine);
}

function joinSpaced(left: string, right: string): string {
  if (!left) return right;
  if (!right) return left;
  return /\s$/.test(left) || /^\s/.test(right) ? left + right : `${left} ${right}`;
}

/**
 * A starting point for the combined version the person edits before saving: every word either version has, in
 * reading order (where both replaced the same words, theirs then mine). It is a draft to edit, not a decision:
 * nothing either person wrote is dropped until the person removes it.
 */
export function combinedText(mine: string, theirs: string): string {
  let text = '';
  let pendingDelete = '';
  for (const run of clashRuns(mine, theirs)) {
    if (run.kind === 'delete') {
      pendingDelete += run.text;
    } else if (run.kind === 'insert') {
      text = pendingDelete ? joinSpaced(joinSpaced(text, pendingDelete.trim()), run.text.trim()) : text + run.text;
      pendingDelete = '';
    } else {
      text += pendingDelete + run.text;
      pendingDelete = '';
    }
  }
  return text + pendingDelete;
}

/**
 * Whether an edit someone saved is still whole in the text the statement has now: merging their edit (from the text
 * it started from to the text they saved) into the current text would change nothing. False when a later save,
 * such as a clash settled by someone else, removed or rewrote any of it.
 */
export function editSurvives(base: string, saved: string, now: string): boolean {
  if (saved === now || saved === base) return true;
  const merged = threeWayMerge(base, saved, now);
  return merged.status === 'merged' && merged.text === now;
}
