import type { ApprovalRule } from '../school/SchoolProfile';
import type { ApprovalDecision, ApprovalRound, IgnoredDecision, RoundOutcome, RoundState, RoundWithdrawal } from './ApprovalModel';

/** How many approvals a rule needs from `count` approvers (a majority is more than half). */
export function approvalsNeeded(rule: ApprovalRule, count: number): number {
  if (count <= 0) return Number.POSITIVE_INFINITY;
  switch (rule) {
    case 'All': return count;
    case 'Majority': return Math.floor(count / 2) + 1;
    case 'Any': return 1;
  }
}

/** Server order: by the time SharePoint stamped, then by item id (ids only grow). Times compare as instants. */
function chronological(a: ApprovalDecision, b: ApprovalDecision): number {
  return Date.parse(a.created) - Date.parse(b.created) || a.id - b.id;
}

/**
 * A round's outcome, derived from the records alone, every time it is shown. A decision counts only if its
 * server-stamped author is a member of the approvers group now, it was made on this round's snapshot (same
 * hash), it came before any withdrawal, it is the author's first on this round, and the outcome was not already
 * reached. Counted decisions are replayed in server order: the first request for changes closes the round;
 * reaching the rule's number of approvals approves it. Nothing a client writes into a status field takes part.
 */
export function deriveRoundOutcome(input: {
  round: ApprovalRound;
  decisions: ApprovalDecision[];
  approverIds: number[];
  rule: ApprovalRule;
  withdrawal?: RoundWithdrawal;
  now: Date;
}): RoundOutcome {
  const { round, rule } = input;
  // Only this round's own withdrawal withdraws it.
  const withdrawal = input.withdrawal?.roundId === round.id ? input.withdrawal : undefined;
  const approvers = new Set(input.approverIds);
  const needed = approvalsNeeded(rule, approvers.size);
  const ignored: IgnoredDecision[] = [];
  const approvals: ApprovalDecision[] = [];
  const changesRequested: ApprovalDecision[] = [];
  const decided = new Set<number>();
  let state: RoundState = 'Open';
  let decidedAt: string | undefined;
  const mine = input.decisions.filter(d => d.roundId === round.id).sort(chronological);
  for (const decision of mine) {
    if (!approvers.has(decision.authorId)) { ignored.push({ decision, reason: 'notAnApprover' }); continue; }
    if (decision.snapshotHash !== round.snapshotHash) { ignored.push({ decision, reason: 'otherSnapshot' }); continue; }
    if (withdrawal && Date.parse(decision.created) >= Date.parse(withdrawal.created)) { ignored.push({ decision, reason: 'afterWithdrawal' }); continue; }
    if (decided.has(decision.authorId)) { ignored.push({ decision, reason: 'repeat' }); continue; }
    if (state !== 'Open') { ignored.push({ decision, reason: 'afterOutcome' }); continue; }
    decided.add(decision.authorId);
    if (decision.decision === 'RequestChanges') {
      changesRequested.push(decision);
      state = 'ChangesRequested';
      decidedAt = decision.created;
    } else {
      approvals.push(decision);
      if (approvals.length >= needed) {
        state = 'Approved';
        decidedAt = decision.created;
      }
    }
  }
  if (state === 'Open' && withdrawal) {
    state = 'Withdrawn';
    decidedAt = withdrawal.created;
  }
  const pending = state === 'Open' ? [...approvers].filter(id => !decided.has(id)) : [];
  const overdue = state === 'Open' && Boolean(round.dueDate) && input.now.getTime() > Date.parse(`${(round.dueDate as string).slice(0, 10)}T23:59:59Z`);
  return { state, rule, needed, approvals, changesRequested, pending, ignored, decidedAt, overdue };
}

/**
 * One round per draft and number: the first stored (lowest id). A retried add whose first try landed can store
 * a round twice; the copy nobody was told about is ignored, so it can never hang "open" on a dashboard.
 */
export function distinctRounds(rounds: ApprovalRound[]): ApprovalRound[] {
  const first = new Map<string, ApprovalRound>();
  for (const round of rounds) {
    const key = `${round.draftId}:${round.number}`;
    const known = first.get(key);
    if (!known || round.id < known.id) first.set(key, round);
  }
  return rounds.filter(r => first.get(`${r.draftId}:${r.number}`) === r);
}
