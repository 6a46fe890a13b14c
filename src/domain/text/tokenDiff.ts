import { diffArrays } from 'diff';

/** A stretch of a token-level diff: tokens both sides share, or a replacement of `removed` tokens by `added` ones. */
export type TokenRun =
  | { kind: 'equal'; tokens: string[] }
  | { kind: 'change'; removed: string[]; added: string[] };

/**
 * The largest middle (old tokens × new tokens, after the shared prefix and suffix) diffed token by token; beyond it
 * the middle is one replacement. The `diff` library's Myers diff is far cheaper than the O(n·m) table this cap was
 * made for, but the cap is part of what a reader sees (a long rewrite shows as one "old → new"), so it stays.
 */
const MAX_CELLS = 4_000_000;

/**
 * The most tokens a diff may insert plus delete before it is shown as one replacement. Myers' diff costs about
 * (n + m) × edits, so a wholesale rewrite of a long statement (2,000 tokens a side) took about a second; stopping
 * at 1,000 edits keeps it near 100 ms, and a change that large reads as a rewrite anyway.
 */
const MAX_EDIT_LENGTH = 1000;

/**
 * The shortest-edit-script diff of two token lists (the `diff` library's `diffArrays`), as equal runs and change
 * runs (a change run is a deletion, an insertion, or both: a replacement). Concatenating equal + removed gives `a`;
 * equal + added, `b`. Neighbouring changes between two equal runs form one change run.
 */
export function tokenRuns(a: readonly string[], b: readonly string[]): TokenRun[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const runs: TokenRun[] = [];
  const pushEqual = (tokens: string[]): void => {
    if (tokens.length === 0) return;
    const last = runs[runs.length - 1];
    if (last?.kind === 'equal') last.tokens.push(...tokens);
    else runs.push({ kind: 'equal', tokens: [...tokens] });
  };
  const pushChange = (removed: string[], added: string[]): void => {
    if (removed.length === 0 && added.length === 0) return;
    const last = runs[runs.length - 1];
    if (last?.kind === 'change') {
      last.removed.push(...removed);
      last.added.push(...added);
    } else runs.push({ kind: 'change', removed: [...removed], added: [...added] });
  };
  pushEqual(a.slice(0, start));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    pushChange(midA, midB);
  } else {
    const changes = diffArrays(midA, midB, { maxEditLength: MAX_EDIT_LENGTH });
    if (changes === undefined) pushChange(midA, midB);
    for (const change of changes ?? []) {
      if (change.added) pushChange([], change.value);
      else if (change.removed) pushChange(change.value, []);
      else pushEqual(change.value);
    }
  }
  pushEqual(a.slice(endA));
  return runs;
}
