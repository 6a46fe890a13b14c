/** One run of a word-level diff: text both sides share, text only the new side has, or text only the old side had. */
export interface DiffRun {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Splits text into words, runs of white space and single punctuation marks, so a diff reads naturally. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}'’_-]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** The largest problem diffed token by token (old tokens × new tokens); beyond it the diff is one replace. */
const MAX_CELLS = 4_000_000;

function merge(runs: DiffRun[]): DiffRun[] {
  const out: DiffRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === run.kind) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/**
 * A word-level diff from `before` to `after` (longest common subsequence of tokens), as runs in reading order
 * with deletions before insertions where text was replaced. Concatenating the equal and delete runs gives
 * `before`; the equal and insert runs give `after`.
 */
export function diffWords(before: string, after: string): DiffRun[] {
  if (before === after) return before === '' ? [] : [{ kind: 'equal', text: before }];
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const prefix = a.slice(0, start).join('');
  const suffix = a.slice(endA).join('');
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const runs: DiffRun[] = [{ kind: 'equal', text: prefix }];
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    runs.push({ kind: 'delete', text: midA.join('') }, { kind: 'insert', text: midB.join('') });
  } else {
    runs.push(...lcsRuns(midA, midB));
  }
  runs.push({ kind: 'equal', text: suffix });
  return merge(runs);
}

function lcsRuns(a: string[], b: string[]): DiffRun[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lengths[i * width + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const runs: DiffRun[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      runs.push({ kind: 'equal', text: a[i] });
      i++;
      j++;
    } else if (j >= m || (i < n && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
      runs.push({ kind: 'delete', text: a[i] });
      i++;
    } else {
      runs.push({ kind: 'insert', text: b[j] });
      j++;
    }
  }
  return groupReplacements(merge(runs));
}

/** Puts each stretch of deletions before the insertions that replace it, so "old → new" reads in one place. */
function groupReplacements(runs: DiffRun[]): DiffRun[] {
  const out: DiffRun[] = [];
  let i = 0;
  while (i < runs.length) {
    if (runs[i].kind === 'equal') {
      out.push(runs[i]);
      i++;
      continue;
    }
    let deleted = '';
    let inserted = '';
    while (i < runs.length && runs[i].kind !== 'equal') {
      if (runs[i].kind === 'delete') deleted += runs[i].text;
      else inserted += runs[i].text;
      i++;
    }
    if (deleted) out.push({ kind: 'delete', text: deleted });
    if (inserted) out.push({ kind: 'insert', text: inserted });
  }
  return out;
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
