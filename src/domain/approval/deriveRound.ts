import type { ApprovalDecision, ApprovalRound, ClosedBecause, IgnoredDecision, RoundOutcome, RoundState, RoundTerms, RoundWithdrawal } from './ApprovalModel';
import { approvalsNeeded, settle } from './rule';

export { approvalsNeeded } from './rule';

/**
 * A round's outcome, derived from the records alone, every time it is shown, under the round's own frozen terms.
 * A decision counts when it sits in the ballot list of an elector of this round (where it sits says whose it is:
 * only that elector may add there), was made on this round's snapshot (same hash) and is that elector's first
 * for the round (lowest item id in their list). The rule settles the round (see `settle`); a withdrawal or a
 * later round closes it only while the rule has not settled it. Author, Editor, Created and Modified take no part.
 */
export function deriveRoundOutcome(input: {
  round: ApprovalRound;
  terms: RoundTerms;
  decisions: ApprovalDecision[];
  /** This round's first valid withdrawal (an item added after the round: greater id), if any. */
  withdrawal?: RoundWithdrawal;
  /** True when a later valid round of the same draft exists. */
  superseded?: boolean;
  now: Date;
}): RoundOutcome {
  const { round, terms } = input;
  const electors = new Map(terms.electorate.map(e => [e.ballotList.toLowerCase(), e]));
  const needed = approvalsNeeded(terms.rule, terms.electorate.length);
  const ignored: IgnoredDecision[] = [];
  const approvals: ApprovalDecision[] = [];
  const changesRequested: ApprovalDecision[] = [];
  const decided = new Set<number>();
  const mine = input.decisions.filter(d => d.roundId === round.id).sort((a, b) => a.ballotList.localeCompare(b.ballotList) || a.id - b.id);
  for (const decision of mine) {
    const elector = electors.get(decision.ballotList.toLowerCase());
    if (!elector || elector.id !== decision.authorId) { ignored.push({ decision, reason: 'notInElectorate' }); continue; }
    if (decision.snapshotHash !== round.snapshotHash) { ignored.push({ decision, reason: 'otherSnapshot' }); continue; }
    if (decided.has(elector.id)) { ignored.push({ decision, reason: 'repeat' }); continue; }
    decided.add(elector.id);
    (decision.decision === 'Approve' ? approvals : changesRequested).push(decision);
  }
  const settled = settle(terms.rule, terms.electorate.length, approvals.length, changesRequested.length);
  let state: RoundState = settled ?? 'Open';
  let closedBecause: ClosedBecause | undefined = settled === 'Approved' ? 'approvalsReached' : settled ? 'approvalsUnreachable' : undefined;
  const withdrawal = input.withdrawal && input.withdrawal.roundId === round.id && input.withdrawal.id > round.id ? input.withdrawal : undefined;
  if (!settled && (withdrawal || input.superseded)) {
    state = 'Withdrawn';
    closedBecause = withdrawal ? 'withdrawn' : 'superseded';
  }
  const pending = terms.electorate.map(e => e.id).filter(id => !decided.has(id));
  const counted = [...approvals, ...changesRequested];
  const decidedAt = settled && counted.length > 0 ? counted.map(d => d.created).sort().slice(-1)[0] : undefined;
  const due = terms.dueDate || round.dueDate;
  const overdue = state === 'Open' && Boolean(due) && input.now.getTime() > Date.parse(`${(due as string).slice(0, 10)}T23:59:59Z`);
  return { state, rule: terms.rule, needed, approvals, changesRequested, pending, ignored, closedBecause, decidedAt, overdue };
}
