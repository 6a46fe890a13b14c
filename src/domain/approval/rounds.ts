import type { ApprovalRound, RoundWithdrawal } from './ApprovalModel';

/** An item of the rounds list as read: a round, or a withdrawal naming one (`withdraws`). */
export interface RoundRecord {
  round: ApprovalRound;
  /** The round item id this record withdraws; absent for a round. */
  withdraws?: number;
}

/** Why an item of the rounds list took no part. */
export type IgnoredRecordReason = 'malformed' | 'duplicateSnapshot' | 'snapshotMismatch' | 'withdrawalBeforeRound';

export interface IgnoredRecord {
  itemId: number;
  reason: IgnoredRecordReason;
}

/** A draft's rounds, numbered by item id, with their withdrawals and the items that took no part. */
export interface DraftRounds {
  rounds: ApprovalRound[];
  withdrawals: RoundWithdrawal[];
  ignored: IgnoredRecord[];
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Sorts a draft's rounds-list items out. A round is numbered by its place among the draft's well-formed rounds
 * in item-id order (ids only grow; nothing a member types sets the number). A round repeating an earlier
 * round's frozen copy is ignored (a retried add, or a replay of an approved round meant to hide it). A
 * withdrawal counts only for a round that existed before it: its own id is greater than the round's.
 */
export function sortRoundRecords(records: RoundRecord[], draftId: number, snapshotFolder: string): DraftRounds {
  const ordered = records.filter(r => r.round.draftId === draftId).sort((a, b) => a.round.id - b.round.id);
  const rounds: ApprovalRound[] = [];
  const withdrawals: RoundWithdrawal[] = [];
  const ignored: IgnoredRecord[] = [];
  const seen = new Set<string>();
  const folder = snapshotFolder.toLowerCase().replace(/\/$/, '');
  for (const { round, withdraws } of ordered) {
    if (withdraws !== undefined) {
      if (withdraws < round.id && ordered.some(r => r.withdraws === undefined && r.round.id === withdraws)) {
        withdrawals.push({ id: round.id, roundId: withdraws, byId: round.submittedById, created: round.created });
      } else ignored.push({ itemId: round.id, reason: 'withdrawalBeforeRound' });
      continue;
    }
    const url = round.snapshotUrl.toLowerCase();
    if (!HASH.test(round.snapshotHash) || !url.startsWith(`${folder}/`) || url.slice(folder.length + 1).includes('/')) {
      ignored.push({ itemId: round.id, reason: 'malformed' });
      continue;
    }
    if (seen.has(round.snapshotHash) || seen.has(url)) {
      ignored.push({ itemId: round.id, reason: 'duplicateSnapshot' });
      continue;
    }
    seen.add(round.snapshotHash);
    seen.add(url);
    rounds.push({ ...round, number: rounds.length + 1 });
  }
  // Only the round's first withdrawal is its withdrawal.
  withdrawals.sort((a, b) => a.id - b.id);
  return { rounds, withdrawals, ignored };
}

/** The round's withdrawal, if a valid one exists. */
export function withdrawalOf(rounds: DraftRounds, roundId: number): RoundWithdrawal | undefined {
  return rounds.withdrawals.find(w => w.roundId === roundId);
}
