import type { ApprovalDecision, RoundOutcome, RoundTerms } from './ApprovalModel';

/** Where the signed-in person stands on a round: an approver or not, and their own decision if they gave one. */
export interface DecisionStanding {
  /** One of the round's frozen electorate. */
  isApprover: boolean;
  /** Their first decision on this round, read from their own ballot list. */
  mine?: ApprovalDecision;
  /** May give a decision now. */
  canDecide: boolean;
}

/**
 * Whether `userId` (the site-local id SharePoint gives the signed-in person) may decide the round now.
 *
 * Their decision is found by the ballot list it sits in, never by its Author: only the approver may add to their own
 * ballot list (SharePoint item permissions, SECURITY.md), whereas Author can be written by any contributor through
 * the validate endpoints (pnp/pnpjs#3265). Every decision is kept: an approver whose vote is no longer needed may still
 * give it, for the record; only a withdrawn round takes none. This decides what the screen offers; SharePoint decides
 * what is stored, and the round's outcome is derived from the ballots (`deriveRoundOutcome`).
 */
export function decisionStanding(input: { userId: number; roundId: number; terms: RoundTerms; decisions: readonly ApprovalDecision[]; outcome: Pick<RoundOutcome, 'state'> }): DecisionStanding {
  const elector = input.terms.electorate.find(e => e.id === input.userId);
  if (!elector) return { isApprover: false, canDecide: false };
  const mine = input.decisions.filter(d => d.ballotList.toLowerCase() === elector.ballotList.toLowerCase() && d.roundId === input.roundId).sort((a, b) => a.id - b.id)[0];
  return { isApprover: true, mine, canDecide: !mine && input.outcome.state !== 'Withdrawn' };
}

/** True when `userId` may give a decision on the round now (see `decisionStanding`). */
export function canDecide(input: Parameters<typeof decisionStanding>[0]): boolean {
  return decisionStanding(input).canDecide;
}
