import { diff3Merge } from 'node-diff3';
import { tokenize } from '../text/wordDiff';

/** The outcome of merging two people's edits of the same text. */
export type MergeResult =
  | { status: 'merged'; text: string }
  | { status: 'conflict'; base: string; mine: string; theirs: string };

/**
 * A three-way merge of two edits of the same text (word by word, against the text both started from), by
 * `node-diff3`. When the edits change different words they are both kept; when they touch the same words
 * differently the result is a conflict carrying both versions, so a person chooses. Identical edits on both sides
 * are taken once (`excludeFalseConflicts`). Nothing either side wrote is dropped silently.
 */
export function threeWayMerge(base: string, mine: string, theirs: string): MergeResult {
  if (mine === theirs) return { status: 'merged', text: mine };
  if (mine === base) return { status: 'merged', text: theirs };
  if (theirs === base) return { status: 'merged', text: mine };
  const regions = diff3Merge(tokenize(mine), tokenize(base), tokenize(theirs), { excludeFalseConflicts: true });
  const out: string[] = [];
  for (const region of regions) {
    if (region.conflict) return { status: 'conflict', base, mine, theirs };
    if (region.ok) out.push(...region.ok);
  }
  return { status: 'merged', text: out.join('') };
}
