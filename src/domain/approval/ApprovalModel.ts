import type { ApprovalRule } from '../school/SchoolProfile';

/** What an approver decides. */
export type DecisionKind = 'Approve' | 'RequestChanges';

/** An approval round as its list item records it (who submitted and when are SharePoint's stamps). */
export interface ApprovalRound {
  id: number;
  draftId: number;
  number: number;
  /** SHA-256 of the frozen snapshot the approvers are asked about. */
  snapshotHash: string;
  /** Server-relative URL of the frozen snapshot file. */
  snapshotUrl: string;
  dueDate?: string;
  submittedBy: string;
  submittedById: number;
  created: string;
}

/** A decision as its list item records it: the author is SharePoint's stamp, never a field a client writes. */
export interface ApprovalDecision {
  id: number;
  roundId: number;
  authorId: number;
  authorName: string;
  decision: DecisionKind;
  comment: string;
  /** The hash of the snapshot the approver was shown when deciding. */
  snapshotHash: string;
  created: string;
}

/** A withdrawal of a round (an append-only activity record). */
export interface RoundWithdrawal {
  roundId: number;
  byId: number;
  created: string;
}

/** Where a round stands, derived every time from the records. */
export type RoundState = 'Open' | 'Approved' | 'ChangesRequested' | 'Withdrawn';

/** A decision that did not count, and why (shown to owners so nothing looks arbitrary). */
export interface IgnoredDecision {
  decision: ApprovalDecision;
  reason: 'notAnApprover' | 'otherSnapshot' | 'afterWithdrawal' | 'repeat' | 'afterOutcome';
}

/** The derived outcome of a round. */
export interface RoundOutcome {
  state: RoundState;
  rule: ApprovalRule;
  /** Approvals needed under the rule. */
  needed: number;
  approvals: ApprovalDecision[];
  changesRequested: ApprovalDecision[];
  /** Approvers who have not decided (site user ids). */
  pending: number[];
  ignored: IgnoredDecision[];
  /** When the outcome was reached (the deciding decision's time). */
  decidedAt?: string;
  overdue: boolean;
}
