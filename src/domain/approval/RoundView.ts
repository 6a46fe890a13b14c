import type { Recipient } from '../people/Recipient';
import type { ApprovalDecision, ApprovalRound, RoundOutcome, RoundTerms, RoundWithdrawal } from './ApprovalModel';
import type { DraftSnapshot } from './snapshot';
import type { RoundWarning } from './warnings';

/** An approver of a round (one of its frozen electorate). */
export interface Approver extends Recipient {
  id: number;
}

/** A round as its screens show it: the records, its frozen terms and copy, the derived outcome and what to warn about. */
export interface RoundView {
  round: ApprovalRound;
  terms: RoundTerms;
  snapshot: DraftSnapshot;
  outcome: RoundOutcome;
  /** The round's electorate, frozen at submission. */
  approvers: Approver[];
  decisions: ApprovalDecision[];
  withdrawal?: RoundWithdrawal;
  warnings: RoundWarning[];
}
