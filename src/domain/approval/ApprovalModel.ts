import type { ApprovalRule } from '../school/SchoolProfile';

/** What an approver decides. */
export type DecisionKind = 'Approve' | 'RequestChanges';

/**
 * One approver of a round, frozen at submission: who they are (site user id and sign-in name) and their ballot
 * list, the list only they may add to. Where a ballot sits says whose it is; its Author column never does.
 */
export interface Elector {
  id: number;
  login: string;
  name: string;
  email: string;
  /** The id (GUID) of the approver's ballot list. */
  ballotList: string;
}

/** A round's terms, frozen inside its hash-bound snapshot: later changes to the profile or the group change nothing. */
export interface RoundTerms {
  rule: ApprovalRule;
  /** `yyyy-mm-dd`. */
  dueDate: string;
  approversGroup: string;
  electorate: Elector[];
  /** Members of the approvers group without a ballot list: site owners (an owner can write anyone's ballot), or people added since the last set-up. */
  excludedOwners: string[];
  /**
   * The id of the draft's newest rounds-list item when frozen (0 for none): makes every submission's copy its own,
   * even of unchanged content, while a retry of the same submission freezes the same copy (and so counts once).
   */
  follows?: number;
}

/**
 * An approval round as its list item records it. `number` is derived from item ids (the round's place among
 * the draft's rounds), never read from a column; who submitted and when are display only (client-writable).
 */
export interface ApprovalRound {
  id: number;
  draftId: number;
  number: number;
  /** SHA-256 of the frozen snapshot the approvers are asked about (content and terms). */
  snapshotHash: string;
  /** Server-relative URL of the frozen snapshot file. */
  snapshotUrl: string;
  dueDate?: string;
  submittedBy: string;
  submittedById: number;
  created: string;
  /** The item's ETag version: 1 unless someone changed the round item after it was added. */
  etag: number;
}

/**
 * A decision: an item in an elector's ballot list. `authorId`/`authorName` are the elector whose list holds
 * it (never the item's Author column); `created` is display only.
 */
export interface ApprovalDecision {
  id: number;
  ballotList: string;
  roundId: number;
  authorId: number;
  authorName: string;
  decision: DecisionKind;
  comment: string;
  /** The hash of the snapshot the approver was shown when deciding. */
  snapshotHash: string;
  created: string;
  /** The item's ETag version: 1 unless the ballot was changed after it was cast. */
  etag: number;
}

/** A withdrawal: an item of the rounds list naming an earlier round (its id is greater than the round's). */
export interface RoundWithdrawal {
  id: number;
  roundId: number;
  byId: number;
  created: string;
}

/** Where a round stands, derived every time from the records. */
export type RoundState = 'Open' | 'Approved' | 'ChangesRequested' | 'Withdrawn';

/** Why a closed round closed (the sentence the round screen and the notification give). */
export type ClosedBecause = 'approvalsReached' | 'approvalsUnreachable' | 'withdrawn' | 'superseded';

/** A decision that did not count, and why (shown so nothing looks arbitrary). */
export interface IgnoredDecision {
  decision: ApprovalDecision;
  reason: 'notInElectorate' | 'otherSnapshot' | 'repeat';
}

/** The derived outcome of a round. */
export interface RoundOutcome {
  state: RoundState;
  rule: ApprovalRule;
  /** Approvals needed under the rule. */
  needed: number;
  approvals: ApprovalDecision[];
  changesRequested: ApprovalDecision[];
  /** Electors who have not decided (site user ids). Kept after the round closes: they are told they need not. */
  pending: number[];
  ignored: IgnoredDecision[];
  closedBecause?: ClosedBecause;
  /** For display only (taken from client-writable dates): the latest counted decision's time once settled. */
  decidedAt?: string;
  overdue: boolean;
}
