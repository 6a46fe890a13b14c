import type { ApprovalRule } from '../school/SchoolProfile';

/** How many approvals a rule needs from `count` electors (a majority is more than half). */
export function approvalsNeeded(rule: ApprovalRule, count: number): number {
  if (count <= 0) return Number.POSITIVE_INFINITY;
  switch (rule) {
    case 'All': return count;
    case 'Majority': return Math.floor(count / 2) + 1;
    case 'Any': return 1;
  }
}

/**
 * Whether the rule's outcome is settled by `approvals` and `requests` out of `electors`: approved once the
 * needed approvals are in; changes requested once they can no longer be reached (under "all" one request does
 * it, under "majority" enough requests, under "any" only everyone's). Both tallies only grow, so a settled
 * outcome never changes and the order decisions arrived in does not matter (no dates, no cross-list ordering).
 */
export function settle(rule: ApprovalRule, electors: number, approvals: number, requests: number): 'Approved' | 'ChangesRequested' | undefined {
  const needed = approvalsNeeded(rule, electors);
  if (approvals >= needed) return 'Approved';
  const undecided = Math.max(0, electors - approvals - requests);
  if (approvals + undecided < needed) return 'ChangesRequested';
  return undefined;
}
