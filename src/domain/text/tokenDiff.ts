/** A stretch of a token-level diff: tokens both sides share, or a replacement of `removed` tokens by `added` ones. */
export type TokenRun =
  | { kind: 'equal'; tokens: string[] }
  | { kind: 'change'; removed: string[]; added: string[] };

/** The largest problem diffed token by token; beyond it the middle is one replacement. */
const MAX_CELLS = 4_000_000;

/**
 * The longest-common-subsequence diff of two token lists, as equal runs and change runs (a change run is a
 * deletion, an insertion, or both: a replacement). Concatenating equal + removed gives `a`; equal + added, `b`.
 */
export function tokenRuns(a: readonly string[], b: readonly string[]): TokenRun[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const runs: TokenRun[] = [];
  const push = (run: TokenRun): void => {
    const last = runs[runs.length - 1];
    if (run.kind === 'equal') {
      if (run.tokens.length === 0) return;
      if (last?.kind === 'equal') last.tokens.push(...run.tokens);
      else runs.push({ kind: 'equal', tokens: [...run.tokens] });
    } else {
      if (run.removed.length === 0 && run.added.length === 0) return;
      if (last?.kind === 'change') {
        last.removed.push(...run.removed);
        last.added.push(...run.added);
      } else runs.push({ kind: 'change', removed: [...run.removed], added: [...run.added] });
    }
  };
  push({ kind: 'equal', tokens: a.slice(0, start) as string[] });
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    push({ kind: 'change', removed: midA as string[], added: midB as string[] });
  } else {
    const n = midA.length;
    const m = midB.length;
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] = midA[i] === midB[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push({ kind: 'equal', tokens: [midA[i]] });
        i++;
        j++;
      } else if (j >= m || (i < n && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
        push({ kind: 'change', removed: [midA[i]], added: [] });
        i++;
      } else {
        push({ kind: 'change', removed: [], added: [midB[j]] });
        j++;
      }
    }
  }
  push({ kind: 'equal', tokens: a.slice(endA) as string[] });
  return runs;
}
