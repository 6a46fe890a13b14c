import { approvalsNeeded, deriveRoundOutcome } from '../../src/domain/approval/deriveRound';
import { settle } from '../../src/domain/approval/rule';
import type { ApprovalDecision, RoundOutcome, RoundTerms } from '../../src/domain/approval/ApprovalModel';
import { HASH, NOW, OTHER_HASH, ROUND_ID, ballot, elector, resetIds, round, termsFor } from './support/roundFixtures';

/**
 * A round's outcome comes from its frozen terms and from where ballots sit: a ballot counts for the elector
 * whose ballot list holds it, on the round's hash, first per elector. The rule settles the round as soon as its
 * outcome cannot change; withdrawals count only when added after the round (a greater item id).
 */

beforeEach(resetIds);

function derive(decisions: ApprovalDecision[], terms: RoundTerms = termsFor(3), extra: { withdrawalId?: number; superseded?: boolean } = {}): RoundOutcome {
  return deriveRoundOutcome({
    round, terms, decisions, now: NOW, superseded: extra.superseded,
    withdrawal: extra.withdrawalId === undefined ? undefined : { id: extra.withdrawalId, roundId: ROUND_ID, byId: 9, created: '2025-03-03T11:00:00Z' }
  });
}

describe('approvals needed and settling', () => {
  it('needs all, more than half, or one', () => {
    expect([1, 2, 3, 4, 5].map(n => approvalsNeeded('All', n))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map(n => approvalsNeeded('Majority', n))).toEqual([1, 2, 2, 3, 3]);
    expect([1, 2, 3, 4, 5].map(n => approvalsNeeded('Any', n))).toEqual([1, 1, 1, 1, 1]);
    expect(approvalsNeeded('Any', 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('under "all", one request for changes settles the round', () => {
    expect(settle('All', 3, 2, 0)).toBeUndefined();
    expect(settle('All', 3, 0, 1)).toBe('ChangesRequested');
    expect(settle('All', 3, 3, 0)).toBe('Approved');
  });

  it('under "majority", one request of five leaves it open; three make a majority unreachable', () => {
    expect(settle('Majority', 5, 0, 1)).toBeUndefined();
    expect(settle('Majority', 5, 2, 2)).toBeUndefined();
    expect(settle('Majority', 5, 0, 3)).toBe('ChangesRequested');
    expect(settle('Majority', 5, 3, 2)).toBe('Approved');
  });

  it('under "any", one approval settles it; requests settle it only when everyone asked', () => {
    expect(settle('Any', 3, 1, 2)).toBe('Approved');
    expect(settle('Any', 3, 0, 2)).toBeUndefined();
    expect(settle('Any', 3, 0, 3)).toBe('ChangesRequested');
  });
});

describe('deriveRoundOutcome', () => {
  it('counts a ballot for the elector whose list holds it, whatever else it says', () => {
    const outcome = derive([ballot(1, 'Approve'), ballot(2, 'Approve', { authorName: 'Someone typed' }), ballot(3, 'Approve')]);
    expect(outcome.state).toBe('Approved');
    expect(outcome.closedBecause).toBe('approvalsReached');
    expect(outcome.approvals.map(d => d.authorId)).toEqual([1, 2, 3]);
  });

  it('ignores ballots in lists outside the frozen electorate, on another hash, and an elector\'s second ballot', () => {
    const outsider = ballot(7, 'Approve');
    const stale = ballot(1, 'Approve', { snapshotHash: OTHER_HASH });
    const first = ballot(2, 'RequestChanges', { id: 10 });
    const second = ballot(2, 'Approve', { id: 11 });
    const outcome = derive([second, outsider, stale, first], termsFor(3, 'Majority'));
    expect(outcome.ignored.map(i => [i.decision.authorId, i.reason])).toEqual([[1, 'otherSnapshot'], [2, 'repeat'], [7, 'notInElectorate']]);
    expect(outcome.changesRequested.map(d => d.id)).toEqual([10]);
    expect(outcome.state).toBe('Open');
  });

  it('ignores a ballot whose claimed elector does not own the list it sits in', () => {
    const outcome = derive([ballot(1, 'Approve', { authorId: 2 })], termsFor(3, 'Any'));
    expect(outcome.state).toBe('Open');
    expect(outcome.ignored.map(i => i.reason)).toEqual(['notInElectorate']);
  });

  it('keeps counting under the frozen rule: a majority round stays open after one request and closes when a majority approves', () => {
    const terms = termsFor(3, 'Majority');
    expect(derive([ballot(1, 'RequestChanges')], terms).state).toBe('Open');
    const closed = derive([ballot(1, 'RequestChanges'), ballot(2, 'Approve'), ballot(3, 'Approve')], terms);
    expect(closed).toMatchObject({ state: 'Approved', needed: 2, pending: [] });
    expect(closed.changesRequested).toHaveLength(1);
  });

  it('closes as soon as the needed approvals are out of reach, and keeps the others as pending (they are told)', () => {
    const outcome = derive([ballot(1, 'RequestChanges'), ballot(2, 'RequestChanges')], termsFor(3, 'Majority'));
    expect(outcome).toMatchObject({ state: 'ChangesRequested', closedBecause: 'approvalsUnreachable', pending: [3] });
  });

  it('counts a withdrawal only when it came after the round (greater id); a settled round stays settled', () => {
    expect(derive([], termsFor(3), { withdrawalId: ROUND_ID + 5 })).toMatchObject({ state: 'Withdrawn', closedBecause: 'withdrawn' });
    expect(derive([], termsFor(3), { withdrawalId: ROUND_ID - 1 }).state).toBe('Open');
    const approved = derive([ballot(1, 'Approve')], termsFor(3, 'Any'), { withdrawalId: ROUND_ID + 5 });
    expect(approved.state).toBe('Approved');
  });

  it('is superseded by a later round only while unsettled', () => {
    expect(derive([], termsFor(2), { superseded: true })).toMatchObject({ state: 'Withdrawn', closedBecause: 'superseded' });
    expect(derive([ballot(1, 'RequestChanges')], termsFor(2), { superseded: true }).state).toBe('ChangesRequested');
  });

  it('is overdue after the frozen due date while open', () => {
    const terms = { ...termsFor(2), dueDate: '2025-03-01' };
    expect(derive([], terms).overdue).toBe(true);
    expect(derive([ballot(1, 'RequestChanges')], terms).overdue).toBe(false);
  });

  it('never reads a ballot\'s date to decide: the same ballots with any dates give the same outcome', () => {
    const a = derive([ballot(1, 'Approve', { created: '2031-01-01T00:00:00Z' }), ballot(2, 'RequestChanges', { created: '1999-01-01T00:00:00Z' })], termsFor(3, 'Majority'));
    resetIds();
    const b = derive([ballot(1, 'Approve'), ballot(2, 'RequestChanges')], termsFor(3, 'Majority'));
    expect([a.state, a.approvals.length, a.changesRequested.length]).toEqual([b.state, b.approvals.length, b.changesRequested.length]);
  });

  it('uses the electorate frozen in the terms: a seat nobody holds any more still counts, a newcomer does not', () => {
    const terms: RoundTerms = { ...termsFor(2, 'All'), electorate: [elector(1), elector(2)] };
    expect(derive([ballot(1, 'Approve'), ballot(2, 'Approve'), ballot(3, 'Approve')], terms)).toMatchObject({ state: 'Approved' });
    expect(HASH).toHaveLength(64);
  });
});
