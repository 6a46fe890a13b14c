import { approvalsNeeded, deriveRoundOutcome, distinctRounds } from '../../src/domain/approval/deriveRound';
import type { ApprovalDecision, ApprovalRound, DecisionKind, IgnoredDecision, RoundOutcome, RoundWithdrawal } from '../../src/domain/approval/ApprovalModel';
import type { ApprovalRule } from '../../src/domain/school/SchoolProfile';

/**
 * The governors' approval rules: a round's outcome is derived from the decision records alone (server-stamped
 * author in the approvers group now, the round's snapshot hash, before any withdrawal, first per person, before
 * the outcome), replayed in server order (Created, then item id). Status fields a client writes take no part.
 */

const HASH = 'a1'.repeat(32);
const STALE_HASH = 'b2'.repeat(32);
const ROUND_ID = 40;
const OWNER = 9;
const OUTSIDER = 77;

const round: ApprovalRound = {
  id: ROUND_ID, draftId: 12, number: 2, snapshotHash: HASH, snapshotUrl: '/sites/oakfield/Snapshots/draft-12-round-2.json',
  dueDate: '2025-03-10', submittedBy: 'Olive Owner', submittedById: OWNER, created: '2025-03-03T09:00:00Z'
};

/** `2025-03-03T10:mm:ssZ`, the shape SharePoint stamps Created in. */
function at(minute: number, second: number = 0): string {
  return `2025-03-03T10:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}Z`;
}

let nextId = 1;
beforeEach(() => { nextId = 1; });

/** A decision item as SharePoint returns it; ids grow in the order the test writes them unless given. */
function decide(authorId: number, decision: DecisionKind, created: string, extra: Partial<ApprovalDecision> = {}): ApprovalDecision {
  return {
    id: nextId++, roundId: ROUND_ID, authorId, authorName: `Governor ${authorId}`, decision, comment: decision === 'Approve' ? 'Fine by me.' : 'Please reword 4.2.',
    snapshotHash: HASH, created, ...extra
  };
}

function withdrawalAt(created: string): RoundWithdrawal {
  return { roundId: ROUND_ID, byId: OWNER, created };
}

function derive(decisions: ApprovalDecision[], options: { approverIds?: number[]; rule?: ApprovalRule; withdrawal?: RoundWithdrawal; now?: Date; round?: ApprovalRound } = {}): RoundOutcome {
  return deriveRoundOutcome({
    round: options.round ?? round, decisions, approverIds: options.approverIds ?? [1, 2, 3], rule: options.rule ?? 'All',
    withdrawal: options.withdrawal, now: options.now ?? new Date('2025-03-04T12:00:00Z')
  });
}

function reasons(outcome: RoundOutcome): Array<[number, IgnoredDecision['reason']]> {
  return outcome.ignored.map(i => [i.decision.id, i.reason]);
}

function ids(decisions: ApprovalDecision[]): number[] {
  return decisions.map(d => d.id);
}

/** Approver ids 1..n. */
function group(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

describe('approvalsNeeded', () => {
  it.each<[ApprovalRule, number, number]>([
    ['All', 1, 1], ['All', 2, 2], ['All', 3, 3], ['All', 4, 4], ['All', 5, 5],
    ['Majority', 1, 1], ['Majority', 2, 2], ['Majority', 3, 2], ['Majority', 4, 3], ['Majority', 5, 3],
    ['Any', 1, 1], ['Any', 2, 1], ['Any', 3, 1], ['Any', 4, 1], ['Any', 5, 1]
  ])('%s of %i approvers needs %i', (rule, count, needed) => {
    expect(approvalsNeeded(rule, count)).toBe(needed);
  });

  it('a majority is more than half, never exactly half', () => {
    for (let count = 1; count <= 60; count++) {
      const needed = approvalsNeeded('Majority', count);
      expect(needed * 2).toBeGreaterThan(count);
      expect((needed - 1) * 2).toBeLessThanOrEqual(count);
    }
  });

  it.each<ApprovalRule>(['All', 'Majority', 'Any'])('an empty group can never be reached under %s', rule => {
    expect(approvalsNeeded(rule, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(approvalsNeeded(rule, -1)).toBe(Number.POSITIVE_INFINITY);
  });

  it.each<ApprovalRule>(['All', 'Majority', 'Any'])('a round with an empty group stays Open under %s, whoever decides', rule => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(OWNER, 'Approve', at(2)), decide(2, 'RequestChanges', at(3))], { approverIds: [], rule });
    expect(outcome.state).toBe('Open');
    expect(outcome.needed).toBe(Number.POSITIVE_INFINITY);
    expect(outcome.approvals).toEqual([]);
    expect(outcome.changesRequested).toEqual([]);
    expect(outcome.pending).toEqual([]);
    expect(reasons(outcome).map(([, reason]) => reason)).toEqual(['notAnApprover', 'notAnApprover', 'notAnApprover']);
    expect(outcome.decidedAt).toBeUndefined();
  });

  it('counts a member listed twice in the group once', () => {
    const outcome = derive([decide(1, 'Approve', at(1))], { approverIds: [1, 2, 1], rule: 'All' });
    expect(outcome.needed).toBe(2);
    expect(outcome.state).toBe('Open');
    expect(outcome.pending).toEqual([2]);
  });
});

describe('rule All', () => {
  it('stays Open until every approver has approved, then is Approved at the last approval', () => {
    const first = decide(1, 'Approve', at(1));
    const second = decide(3, 'Approve', at(2));
    const third = decide(2, 'Approve', at(3));
    const partial = derive([first, second]);
    expect(partial.state).toBe('Open');
    expect(partial.needed).toBe(3);
    expect(partial.pending).toEqual([2]);
    expect(partial.decidedAt).toBeUndefined();

    const all = derive([first, second, third]);
    expect(all).toMatchObject({ state: 'Approved', rule: 'All', needed: 3, pending: [], ignored: [], decidedAt: at(3) });
    expect(ids(all.approvals)).toEqual([first.id, second.id, third.id]);
  });

  it('a group of one is decided by its only member', () => {
    expect(derive([decide(1, 'Approve', at(1))], { approverIds: [1] }).state).toBe('Approved');
    expect(derive([decide(1, 'RequestChanges', at(1))], { approverIds: [1] }).state).toBe('ChangesRequested');
  });

  it('one request for changes closes the round, even from the last approver to decide', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'Approve', at(2)), decide(3, 'RequestChanges', at(3))]);
    expect(outcome.state).toBe('ChangesRequested');
    expect(outcome.approvals).toHaveLength(2);
    expect(ids(outcome.changesRequested)).toEqual([3]);
    expect(outcome.decidedAt).toBe(at(3));
    expect(outcome.pending).toEqual([]);
  });
});

describe('rule Majority', () => {
  it.each([1, 2, 3, 4, 5])('with %i approvers: one approval short of a majority is Open, a majority is Approved', n => {
    const needed = approvalsNeeded('Majority', n);
    const approvals = group(needed).map((id, i) => decide(id, 'Approve', at(i + 1)));
    const short = derive(approvals.slice(0, -1), { approverIds: group(n), rule: 'Majority' });
    expect(short.state).toBe('Open');
    expect(short.pending).toEqual(group(n).slice(needed - 1));

    const enough = derive(approvals, { approverIds: group(n), rule: 'Majority' });
    expect(enough.state).toBe('Approved');
    expect(enough.needed).toBe(needed);
    expect(enough.decidedAt).toBe(at(needed));
    expect(enough.pending).toEqual([]);
  });

  it.each([2, 4])('with %i approvers, exactly half approving is not a majority', n => {
    const half = group(n / 2).map((id, i) => decide(id, 'Approve', at(i + 1)));
    expect(derive(half, { approverIds: group(n), rule: 'Majority' }).state).toBe('Open');
  });

  it('a request for changes before the majority is reached closes the round', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'RequestChanges', at(2)), decide(3, 'Approve', at(3))], { rule: 'Majority' });
    expect(outcome.state).toBe('ChangesRequested');
    expect(outcome.decidedAt).toBe(at(2));
    expect(reasons(outcome)).toEqual([[3, 'afterOutcome']]);
  });

  it('a request for changes after the majority is reached changes nothing', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'Approve', at(2)), decide(3, 'RequestChanges', at(3))], { rule: 'Majority' });
    expect(outcome.state).toBe('Approved');
    expect(outcome.changesRequested).toEqual([]);
    expect(outcome.decidedAt).toBe(at(2));
    expect(reasons(outcome)).toEqual([[3, 'afterOutcome']]);
  });
});

describe('rule Any', () => {
  it('one approval approves', () => {
    const outcome = derive([decide(2, 'Approve', at(1))], { rule: 'Any', approverIds: group(5) });
    expect(outcome).toMatchObject({ state: 'Approved', needed: 1, decidedAt: at(1), pending: [] });
  });

  it('a request for changes before any approval closes the round', () => {
    const outcome = derive([decide(2, 'RequestChanges', at(1)), decide(1, 'Approve', at(2))], { rule: 'Any' });
    expect(outcome.state).toBe('ChangesRequested');
    expect(reasons(outcome)).toEqual([[2, 'afterOutcome']]);
  });

  it('a request for changes after the approval changes nothing', () => {
    const outcome = derive([decide(2, 'Approve', at(1)), decide(1, 'RequestChanges', at(2))], { rule: 'Any' });
    expect(outcome.state).toBe('Approved');
    expect(outcome.changesRequested).toEqual([]);
  });
});

describe('a second decision by the same person', () => {
  it('a second Approve is a repeat and counts once', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(1, 'Approve', at(2))], { approverIds: [1, 2] });
    expect(outcome.state).toBe('Open');
    expect(outcome.approvals).toHaveLength(1);
    expect(reasons(outcome)).toEqual([[2, 'repeat']]);
    expect(outcome.pending).toEqual([2]);
  });

  it('three approvals by one governor do not make a majority of three', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(1, 'Approve', at(2)), decide(1, 'Approve', at(3))], { rule: 'Majority' });
    expect(outcome.state).toBe('Open');
    expect(reasons(outcome)).toEqual([[2, 'repeat'], [3, 'repeat']]);
  });

  it('a flip from Approve to RequestChanges is a repeat: the first decision stands', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(1, 'RequestChanges', at(2)), decide(2, 'Approve', at(3)), decide(3, 'Approve', at(4))]);
    expect(outcome.state).toBe('Approved');
    expect(outcome.changesRequested).toEqual([]);
    expect(reasons(outcome)).toEqual([[2, 'repeat']]);
  });

  it('a flip from RequestChanges to Approve is a repeat: the round stays ChangesRequested', () => {
    const outcome = derive([decide(1, 'RequestChanges', at(1)), decide(1, 'Approve', at(2))], { rule: 'Any' });
    expect(outcome.state).toBe('ChangesRequested');
    expect(outcome.approvals).toEqual([]);
    expect(reasons(outcome)).toEqual([[2, 'repeat']]);
  });

  it('which decision is first is server order, not the order the items arrive in', () => {
    const later = decide(1, 'RequestChanges', at(5));
    const earlier = decide(1, 'Approve', at(1));
    const outcome = derive([later, earlier], { rule: 'Any' });
    expect(outcome.state).toBe('Approved');
    expect(ids(outcome.approvals)).toEqual([earlier.id]);
    expect(reasons(outcome)).toEqual([[later.id, 'repeat']]);
  });
});

describe('withdrawal', () => {
  it('ignores decisions after the withdrawal and reports the round Withdrawn at the withdrawal time', () => {
    const outcome = derive([decide(1, 'Approve', at(6)), decide(2, 'RequestChanges', at(7))], { withdrawal: withdrawalAt(at(5)), rule: 'Any' });
    expect(outcome.state).toBe('Withdrawn');
    expect(outcome.decidedAt).toBe(at(5));
    expect(outcome.approvals).toEqual([]);
    expect(outcome.changesRequested).toEqual([]);
    expect(reasons(outcome)).toEqual([[1, 'afterWithdrawal'], [2, 'afterWithdrawal']]);
    expect(outcome.pending).toEqual([]);
  });

  it('a decision stamped exactly at the withdrawal time does not count', () => {
    const outcome = derive([decide(1, 'Approve', at(5))], { withdrawal: withdrawalAt(at(5)), rule: 'Any' });
    expect(outcome.state).toBe('Withdrawn');
    expect(reasons(outcome)).toEqual([[1, 'afterWithdrawal']]);
  });

  it('a decision one second before the withdrawal counts', () => {
    const outcome = derive([decide(1, 'Approve', at(4, 59))], { withdrawal: withdrawalAt(at(5)), rule: 'Any' });
    expect(outcome.state).toBe('Approved');
    expect(outcome.decidedAt).toBe(at(4, 59));
  });

  it('a withdrawn round with no decisions at all is Withdrawn and not overdue', () => {
    const outcome = derive([], { withdrawal: withdrawalAt(at(5)), now: new Date('2025-04-01T00:00:00Z') });
    expect(outcome).toMatchObject({ state: 'Withdrawn', decidedAt: at(5), pending: [], overdue: false });
  });

  it('approvals short of the rule before the withdrawal are kept but the round is Withdrawn', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'Approve', at(2)), decide(3, 'Approve', at(6))], { withdrawal: withdrawalAt(at(5)) });
    expect(outcome.state).toBe('Withdrawn');
    expect(ids(outcome.approvals)).toEqual([1, 2]);
    expect(reasons(outcome)).toEqual([[3, 'afterWithdrawal']]);
  });

  it('an approval reached before the withdrawal still decides the round', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'Approve', at(2)), decide(3, 'RequestChanges', at(6))], { withdrawal: withdrawalAt(at(5)), rule: 'Majority' });
    expect(outcome.state).toBe('Approved');
    expect(outcome.decidedAt).toBe(at(2));
    expect(reasons(outcome)).toEqual([[3, 'afterWithdrawal']]);
  });

  it('a request for changes before the withdrawal still decides the round', () => {
    const outcome = derive([decide(1, 'RequestChanges', at(1)), decide(2, 'Approve', at(6))], { withdrawal: withdrawalAt(at(5)), rule: 'Any' });
    expect(outcome.state).toBe('ChangesRequested');
    expect(outcome.decidedAt).toBe(at(1));
  });
});

describe('a decision on another snapshot', () => {
  it('is ignored as otherSnapshot and does not use up the approver\'s decision', () => {
    const stale = decide(1, 'RequestChanges', at(1), { snapshotHash: STALE_HASH });
    const current = decide(1, 'Approve', at(2));
    const outcome = derive([stale, current], { approverIds: [1] });
    expect(outcome.state).toBe('Approved');
    expect(reasons(outcome)).toEqual([[stale.id, 'otherSnapshot']]);
  });

  it('approvals of an earlier snapshot never approve the current one', () => {
    const outcome = derive(group(3).map((id, i) => decide(id, 'Approve', at(i + 1), { snapshotHash: STALE_HASH })));
    expect(outcome.state).toBe('Open');
    expect(outcome.approvals).toEqual([]);
    expect(outcome.pending).toEqual([1, 2, 3]);
    expect(outcome.ignored.every(i => i.reason === 'otherSnapshot')).toBe(true);
  });

  it('an empty hash is another snapshot', () => {
    const outcome = derive([decide(1, 'Approve', at(1), { snapshotHash: '' })], { rule: 'Any' });
    expect(reasons(outcome)).toEqual([[1, 'otherSnapshot']]);
  });
});

describe('a decision by someone outside the approvers group', () => {
  it('is ignored as notAnApprover', () => {
    const outcome = derive([decide(OUTSIDER, 'Approve', at(1)), decide(OUTSIDER, 'RequestChanges', at(2))], { rule: 'Any' });
    expect(outcome.state).toBe('Open');
    expect(reasons(outcome)).toEqual([[1, 'notAnApprover'], [2, 'notAnApprover']]);
    expect(outcome.pending).toEqual([1, 2, 3]);
  });

  it('the draft owner, not in the group, cannot approve their own draft', () => {
    const outcome = derive([decide(OWNER, 'Approve', at(1))], { rule: 'Any' });
    expect(outcome.state).toBe('Open');
    expect(reasons(outcome)).toEqual([[1, 'notAnApprover']]);
  });

  it('someone removed from the group no longer counts, even for a decision made while a member', () => {
    const removed = decide(3, 'RequestChanges', at(1));
    const approvals = [decide(1, 'Approve', at(2)), decide(2, 'Approve', at(3))];
    expect(derive([removed, ...approvals], { approverIds: [1, 2, 3] }).state).toBe('ChangesRequested');
    const now = derive([removed, ...approvals], { approverIds: [1, 2] });
    expect(now.state).toBe('Approved');
    expect(now.needed).toBe(2);
    expect(reasons(now)).toEqual([[removed.id, 'notAnApprover']]);
  });

  it('membership is the server-stamped author id: a forged author name of a governor does not help', () => {
    const forged = decide(OUTSIDER, 'Approve', at(1), { authorName: 'Governor 1' });
    const outcome = derive([forged], { rule: 'Any' });
    expect(outcome.state).toBe('Open');
    expect(reasons(outcome)).toEqual([[forged.id, 'notAnApprover']]);
  });
});

describe('status fields a client writes', () => {
  it('extra properties on decisions, the round and the withdrawal have no effect on the outcome', () => {
    const decisions = [decide(1, 'Approve', at(1)), decide(2, 'RequestChanges', at(2)), decide(OUTSIDER, 'Approve', at(3))];
    const forgedDecisions = decisions.map(d => ({ ...d, status: 'Approved', state: 'Approved', approved: true, outcome: 'Approved', counted: true }));
    const forgedRound = { ...round, status: 'Approved', state: 'Approved', approved: true, approvals: 99, outcome: 'Approved', decidedAt: at(0) };
    const plain = derive(decisions, { rule: 'Majority' });
    const forged = derive(forgedDecisions, { rule: 'Majority', round: forgedRound });
    expect(plain.state).toBe('ChangesRequested');
    expect(forged.state).toBe(plain.state);
    expect(forged.decidedAt).toBe(plain.decidedAt);
    expect(ids(forged.approvals)).toEqual(ids(plain.approvals));
    expect(ids(forged.changesRequested)).toEqual(ids(plain.changesRequested));
    expect(reasons(forged)).toEqual(reasons(plain));
    expect(forged.pending).toEqual(plain.pending);
  });

  it('a round marked approved with no decisions is Open', () => {
    const forgedRound = { ...round, status: 'Approved', state: 'Approved', approved: true };
    expect(derive([], { round: forgedRound, rule: 'Any' }).state).toBe('Open');
  });

  it('a withdrawal marked as not withdrawing still withdraws, and a forged state on it changes nothing', () => {
    const withdrawal = { ...withdrawalAt(at(5)), status: 'Cancelled', state: 'Open', active: false };
    const outcome = derive([decide(1, 'Approve', at(6))], { withdrawal, rule: 'Any' });
    expect(outcome.state).toBe('Withdrawn');
  });

  it('a comment that says "Approved" on a request for changes is still a request for changes', () => {
    const outcome = derive([decide(1, 'RequestChanges', at(1), { comment: 'Approved' })], { rule: 'Any' });
    expect(outcome.state).toBe('ChangesRequested');
  });
});

describe('decisions of another round', () => {
  it('take no part and are not listed as ignored', () => {
    const other = [decide(1, 'Approve', at(1), { roundId: ROUND_ID + 1 }), decide(2, 'RequestChanges', at(2), { roundId: ROUND_ID - 1 })];
    const outcome = derive(other, { rule: 'Any' });
    expect(outcome.state).toBe('Open');
    expect(outcome.approvals).toEqual([]);
    expect(outcome.changesRequested).toEqual([]);
    expect(outcome.ignored).toEqual([]);
    expect(outcome.pending).toEqual([1, 2, 3]);
  });

  it('a decision on another round does not use up the approver\'s decision on this one', () => {
    const outcome = derive([decide(1, 'RequestChanges', at(1), { roundId: ROUND_ID + 1 }), decide(1, 'Approve', at(2))], { rule: 'Any' });
    expect(outcome.state).toBe('Approved');
  });
});

describe('server order', () => {
  it('is by Created first, whatever the item ids', () => {
    const approve = decide(1, 'Approve', at(1), { id: 900 });
    const requestChanges = decide(2, 'RequestChanges', at(2), { id: 100 });
    const outcome = derive([requestChanges, approve], { rule: 'Any' });
    expect(outcome.state).toBe('Approved');
    expect(reasons(outcome)).toEqual([[100, 'afterOutcome']]);
  });

  it('breaks a same-second tie by item id', () => {
    const approve = decide(1, 'Approve', at(3), { id: 21 });
    const requestChanges = decide(2, 'RequestChanges', at(3), { id: 20 });
    expect(derive([approve, requestChanges], { rule: 'Any' }).state).toBe('ChangesRequested');
    expect(derive([requestChanges, approve], { rule: 'Any' }).state).toBe('ChangesRequested');

    const approveFirst = { ...approve, id: 19 };
    expect(derive([approveFirst, requestChanges], { rule: 'Any' }).state).toBe('Approved');
    expect(derive([requestChanges, approveFirst], { rule: 'Any' }).state).toBe('Approved');
  });

  it('the order the items arrive in never matters', () => {
    const decisions = [decide(1, 'Approve', at(1)), decide(2, 'Approve', at(2)), decide(3, 'RequestChanges', at(2)), decide(OUTSIDER, 'Approve', at(0))];
    const forward = derive(decisions, { rule: 'All' });
    expect(derive([...decisions].reverse(), { rule: 'All' })).toEqual(forward);
    expect(derive([decisions[2], decisions[0], decisions[3], decisions[1]], { rule: 'All' })).toEqual(forward);
  });

  it('does not reorder the caller\'s array', () => {
    const decisions = [decide(1, 'Approve', at(5)), decide(2, 'Approve', at(1))];
    const before = ids(decisions);
    derive(decisions);
    expect(ids(decisions)).toEqual(before);
  });
});

describe('once the outcome is reached', () => {
  it('later decisions of approvers who had not decided are ignored as afterOutcome (Approved)', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'Approve', at(2)), decide(3, 'RequestChanges', at(3))], { rule: 'Majority' });
    expect(outcome.state).toBe('Approved');
    expect(outcome.changesRequested).toEqual([]);
    expect(reasons(outcome)).toEqual([[3, 'afterOutcome']]);
  });

  it('later decisions of approvers who had not decided are ignored as afterOutcome (ChangesRequested)', () => {
    const outcome = derive([decide(1, 'RequestChanges', at(1)), decide(2, 'Approve', at(2)), decide(3, 'Approve', at(3))]);
    expect(outcome.state).toBe('ChangesRequested');
    expect(outcome.approvals).toEqual([]);
    expect(reasons(outcome)).toEqual([[2, 'afterOutcome'], [3, 'afterOutcome']]);
  });

  it('approvals counted before a request for changes are kept in the record', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'RequestChanges', at(2))]);
    expect(ids(outcome.approvals)).toEqual([1]);
    expect(ids(outcome.changesRequested)).toEqual([2]);
  });
});

describe('pending', () => {
  it('lists the approvers yet to decide, in group order, while Open', () => {
    const outcome = derive([decide(2, 'Approve', at(1)), decide(OUTSIDER, 'Approve', at(2)), decide(4, 'Approve', at(3), { snapshotHash: STALE_HASH })], { approverIds: [4, 1, 2, 3, 5] });
    expect(outcome.state).toBe('Open');
    expect(outcome.pending).toEqual([4, 1, 3, 5]);
  });

  it('is empty once Approved, ChangesRequested or Withdrawn', () => {
    expect(derive([decide(1, 'Approve', at(1))], { rule: 'Any' }).pending).toEqual([]);
    expect(derive([decide(1, 'RequestChanges', at(1))], { rule: 'All' }).pending).toEqual([]);
    expect(derive([], { withdrawal: withdrawalAt(at(1)) }).pending).toEqual([]);
  });
});

describe('overdue', () => {
  const late = decide(1, 'Approve', at(1));

  it('is false up to the end of the due date and true after it, while Open', () => {
    expect(derive([late], { now: new Date('2025-03-10T12:00:00Z') }).overdue).toBe(false);
    expect(derive([late], { now: new Date('2025-03-10T23:59:59Z') }).overdue).toBe(false);
    expect(derive([late], { now: new Date('2025-03-11T00:00:00Z') }).overdue).toBe(true);
  });

  it('reads a due date stored with a time as its day', () => {
    const withTime = { ...round, dueDate: '2025-03-10T23:59:59Z' };
    expect(derive([], { round: withTime, now: new Date('2025-03-10T23:59:59Z') }).overdue).toBe(false);
    expect(derive([], { round: withTime, now: new Date('2025-03-11T00:00:01Z') }).overdue).toBe(true);
  });

  it('is never true once the round is decided or withdrawn', () => {
    const after = new Date('2025-04-01T00:00:00Z');
    expect(derive([decide(1, 'Approve', at(1))], { rule: 'Any', now: after }).overdue).toBe(false);
    expect(derive([decide(1, 'RequestChanges', at(1))], { now: after }).overdue).toBe(false);
    expect(derive([], { withdrawal: withdrawalAt(at(1)), now: after }).overdue).toBe(false);
  });

  it('is false with no due date', () => {
    const noDue: ApprovalRound = { ...round, dueDate: undefined };
    expect(derive([], { round: noDue, now: new Date('2030-01-01T00:00:00Z') }).overdue).toBe(false);
  });
});

describe('decidedAt', () => {
  it('is the time of the approval that reached the rule, not of any later decision', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'Approve', at(4)), decide(3, 'Approve', at(9))], { rule: 'Majority' });
    expect(outcome.decidedAt).toBe(at(4));
  });

  it('is the time of the request for changes that closed the round', () => {
    const outcome = derive([decide(1, 'Approve', at(1)), decide(2, 'RequestChanges', at(7)), decide(3, 'RequestChanges', at(8))]);
    expect(outcome.decidedAt).toBe(at(7));
  });

  it('is unset while Open', () => {
    expect(derive([decide(1, 'Approve', at(1))]).decidedAt).toBeUndefined();
  });
});

describe('distinctRounds', () => {
  const round = (id: number, draftId: number, number: number): ApprovalRound => ({
    id, draftId, number, snapshotHash: 'h', snapshotUrl: '/x.json', submittedBy: 'Helen Carter', submittedById: 7, created: '2026-11-26T10:00:00Z'
  });

  it('keeps the first stored copy of a round a retried add stored twice, and every other round', () => {
    const rounds = [round(1, 1, 1), round(2, 1, 2), round(3, 1, 2), round(4, 2, 2)];
    expect(distinctRounds(rounds).map(r => r.id)).toEqual([1, 2, 4]);
    expect(distinctRounds([round(9, 1, 3), round(5, 1, 3)]).map(r => r.id)).toEqual([5]);
  });
});
