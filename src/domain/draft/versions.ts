import type { RoundState } from '../approval/ApprovalModel';

/**
 * Approved means locked: the content governors approved lives in its frozen, hash-bound snapshot, and the draft
 * that produced it may no longer change in place. Changing it starts the next version of the same document,
 * based on the approved one, which needs its own approval; the approved snapshot and any published file stay as
 * they were until the next version is approved and published.
 */

/** Where a draft's editing stands against its latest approval round. */
export type EditLock =
  /** Never approved (or its latest round was withdrawn or sent back): the draft is edited freely. */
  | { kind: 'open' }
  /** The latest round is approved: the draft is read-only until someone starts the next version. */
  | { kind: 'locked'; approvedRound: number }
  /** The next version is being written, based on the approved round; it needs a new approval. */
  | { kind: 'nextVersion'; approvedRound: number };

/** The latest round of a draft, as far as locking cares. */
export interface LatestRound {
  number: number;
  state: RoundState;
}

/**
 * The lock from the latest round's derived state and the round the draft's next version was started from (if any).
 * An open round is "open" here: editing it withdraws the round first, as the editor already asks.
 */
export function editLock(latest: LatestRound | undefined, nextVersionOf: number | undefined): EditLock {
  if (!latest || latest.state !== 'Approved') return { kind: 'open' };
  return nextVersionOf === latest.number ? { kind: 'nextVersion', approvedRound: latest.number } : { kind: 'locked', approvedRound: latest.number };
}

/** A publication as versioning needs it. */
export interface VersionedPublication {
  version: string;
  roundNumber?: number;
}

function majorOf(version: string): number {
  return Number.parseInt(version, 10) || 0;
}

/**
 * The version an approved round is (or will be, once published): the version it was published as, otherwise the
 * next whole number after the document's publications ("1.0", "2.0", …), which publishing gives it.
 */
export function approvedVersion(publications: VersionedPublication[], roundNumber: number): string {
  const own = publications.filter(p => p.roundNumber === roundNumber && p.version).sort((a, b) => majorOf(b.version) - majorOf(a.version))[0];
  return own ? own.version : nextWholeVersion(publications);
}

/** The version the next publication of a document gets: the next whole number after its publications. */
export function nextWholeVersion(publications: VersionedPublication[]): string {
  return `${publications.reduce((max, p) => Math.max(max, majorOf(p.version)), 0) + 1}.0`;
}

/** The label of the version written after an approved one: "1.0" is followed by "1.1" until that is approved. */
export function nextVersionLabel(approved: string): string {
  return `${majorOf(approved)}.1`;
}

/** The parts of a frozen document that say what it says (not the merge values it was shown with). */
interface FrozenContent {
  title: string;
  sections: { key: string; title: string }[];
  blocks: { key: string; kind: string; sectionKey: string; text: string; baseText: string; sourceVersion?: number; risk?: unknown }[];
}

/**
 * True when a draft's working content, frozen, says what the approved snapshot says: same title, sections and
 * included statements in the same order with the same wording. Used to show that a locked draft was changed
 * after approval (outside the app), never to decide an approval.
 */
export function sameContent(working: FrozenContent, approved: FrozenContent): boolean {
  const shape = (c: FrozenContent): string => JSON.stringify({
    title: c.title, sections: c.sections.map(s => [s.key, s.title]),
    blocks: c.blocks.map(b => [b.key, b.kind, b.sectionKey, b.text, b.baseText, b.sourceVersion ?? null, b.risk ?? null])
  });
  return shape(working) === shape(approved);
}
