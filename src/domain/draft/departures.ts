import type { DraftSnapshot, LeftOutBlock, SnapshotBlock } from '../approval/snapshot';
import type { Bank } from '../bank/BankModel';
import { diffWords, type DiffRun } from '../text/wordDiff';

/** One place where the school's document departs from the authority's model. */
export interface Departure {
  blockKey: string;
  sectionTitle: string;
  /** The authority's wording (for a bank update: the new wording the bank published). Empty for the school's own. */
  bankText: string;
  /** What the school's document says. Empty for a statement left out. */
  schoolText: string;
  /** Word diff from the bank's wording to the school's (amended and refused updates only). */
  diff: DiffRun[];
  /** The bank versions of an update the school took or refused. */
  fromVersion?: number;
  toVersion?: number;
}

/** The school's departures from the authority's model, grouped the way approvers read them. */
export interface Departures {
  /** Bank statements whose wording the school changed. */
  amended: Departure[];
  /** Bank statements the school left out. */
  leftOut: Departure[];
  /** Statements the school wrote itself. */
  added: Departure[];
  /** Newer bank wording the school took in since the draft was started. */
  updatesTaken: Departure[];
  /** Newer bank wording the school refused, keeping its own. */
  updatesRefused: Departure[];
}

/** True when nothing departs from the model. */
export function noDepartures(d: Departures): boolean {
  return d.amended.length + d.leftOut.length + d.added.length + d.updatesTaken.length + d.updatesRefused.length === 0;
}

/**
 * The version each statement had in a release: the highest version any release up to and including it published.
 * Undefined when the release is not in the bank's history (then no update can be told apart from the start).
 */
export function statementVersionsAt(bank: Bank, releaseLabel: string): Map<string, number> | undefined {
  const release = bank.releases.find(r => r.label === releaseLabel);
  if (!release) return undefined;
  const versions = new Map<string, number>();
  for (const r of bank.releases) {
    if (r.number > release.number) continue;
    for (const change of r.changes) {
      if (change.entity === 'statement') versions.set(change.key, Math.max(versions.get(change.key) ?? 0, change.toVersion));
    }
  }
  return versions;
}

/**
 * Where a frozen document departs from the authority's model: statements amended, left out or added by the
 * school, and (given the bank) the bank updates the school took or refused since the draft was started from
 * its release. Reads only the snapshot (and the bank's release history), so every approver sees the same list.
 */
export function departuresOf(snapshot: DraftSnapshot, bank?: Bank): Departures {
  const result: Departures = { amended: [], leftOut: [], added: [], updatesTaken: [], updatesRefused: [] };
  const titles = new Map(snapshot.sections.map(s => [s.key, s.title]));
  const startVersions = bank ? statementVersionsAt(bank, snapshot.bankRelease) : undefined;
  const entry = (block: SnapshotBlock | LeftOutBlock, bankText: string, schoolText: string, diff: DiffRun[] = []): Departure => ({
    blockKey: block.key, sectionTitle: titles.get(block.sectionKey) ?? '', bankText, schoolText, diff
  });
  for (const block of snapshot.blocks) {
    if (block.kind === 'Custom') {
      result.added.push(entry(block, '', block.text));
      continue;
    }
    const amended = block.text !== block.baseText;
    const started = block.kind === 'Statement' && block.sourceKey ? startVersions?.get(block.sourceKey) : undefined;
    const updated = started !== undefined && block.sourceVersion !== undefined && block.sourceVersion > started;
    if (updated) {
      const update = { ...entry(block, block.baseText, block.text, amended ? diffWords(block.baseText, block.text) : []), fromVersion: started, toVersion: block.sourceVersion };
      (amended ? result.updatesRefused : result.updatesTaken).push(update);
    } else if (amended) {
      result.amended.push(entry(block, block.baseText, block.text, diffWords(block.baseText, block.text)));
    }
  }
  for (const block of snapshot.leftOut ?? []) result.leftOut.push({ ...entry(block, block.baseText, ''), sectionTitle: block.sectionTitle });
  return result;
}
