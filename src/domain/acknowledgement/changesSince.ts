import type { DraftSnapshot, SnapshotBlock } from '../approval/snapshot';
import { fillMergeFields } from '../school/mergeFields';
import { diffWords, type DiffRun } from '../text/wordDiff';

/** How a statement differs from the version the person last acknowledged. */
export type StatementChangeKind = 'added' | 'changed' | 'removed';

/** One statement that changed, with its section and a word-level diff of what it said and says. */
export interface StatementChange {
  key: string;
  kind: StatementChangeKind;
  sectionTitle: string;
  /** What it says now (empty when removed). */
  text: string;
  /** What it said in the acknowledged version (empty when added). */
  previousText: string;
  runs: DiffRun[];
}

/** What a person is shown before acknowledging: only the changes, or everything when they never acknowledged. */
export interface ChangesToRead {
  /** The person acknowledged an earlier version: `changes` is what differs since. */
  sinceEarlier: boolean;
  changes: StatementChange[];
}

function sectionTitle(snapshot: DraftSnapshot, block: SnapshotBlock): string {
  return snapshot.sections.find(s => s.key === block.sectionKey)?.title ?? '';
}

/** The statement as a person reads it: merge codes filled with the values the version was frozen with. */
function shown(snapshot: DraftSnapshot, block: SnapshotBlock): string {
  return fillMergeFields(block.text, snapshot.values).text;
}

/**
 * The statements of `current` that differ from `previous` (the version the person last acknowledged), in the
 * current document's order, then the removed ones in the old order. Statements are matched by their key, which
 * stays with a statement from version to version (draft blocks keep their keys). Without a previous version every
 * statement is new to the person: they read the whole document.
 */
export function changesSince(previous: DraftSnapshot | undefined, current: DraftSnapshot): ChangesToRead {
  if (!previous) {
    return { sinceEarlier: false, changes: current.blocks.map(b => ({ key: b.key, kind: 'added', sectionTitle: sectionTitle(current, b), text: shown(current, b), previousText: '', runs: [{ kind: 'insert', text: shown(current, b) }] })) };
  }
  const changes: StatementChange[] = [];
  for (const block of current.blocks) {
    const before = previous.blocks.find(b => b.key === block.key);
    const text = shown(current, block);
    if (!before) {
      changes.push({ key: block.key, kind: 'added', sectionTitle: sectionTitle(current, block), text, previousText: '', runs: [{ kind: 'insert', text }] });
      continue;
    }
    const previousText = shown(previous, before);
    if (previousText !== text) changes.push({ key: block.key, kind: 'changed', sectionTitle: sectionTitle(current, block), text, previousText, runs: diffWords(previousText, text) });
  }
  for (const before of previous.blocks.filter(b => !current.blocks.some(c => c.key === b.key))) {
    const previousText = shown(previous, before);
    changes.push({ key: before.key, kind: 'removed', sectionTitle: sectionTitle(previous, before), text: '', previousText, runs: [{ kind: 'delete', text: previousText }] });
  }
  return { sinceEarlier: true, changes };
}
