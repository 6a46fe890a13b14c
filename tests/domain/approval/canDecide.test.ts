import { canDecide, decisionStanding } from '../../../src/domain/approval/canDecide';
import type { ApprovalDecision, RoundState } from '../../../src/domain/approval/ApprovalModel';
import { ROUND_ID, ballot, resetIds, termsFor } from '../../approval/support/roundFixtures';

/**
 * What the approval screen offers a person: only an elector of the round decides, once, while the round is not
 * withdrawn. Their own decision is the one in their ballot list, whatever its Author field says.
 */
beforeEach(resetIds);

const standing = (userId: number, decisions: ApprovalDecision[] = [], state: RoundState = 'Open') =>
  decisionStanding({ userId, roundId: ROUND_ID, terms: termsFor(3), decisions, outcome: { state } });

describe('decisionStanding / canDecide', () => {
  it('lets an elector who has not decided decide an open round', () => {
    expect(standing(2)).toEqual({ isApprover: true, mine: undefined, canDecide: true });
  });

  it('refuses someone outside the frozen electorate, even with a ballot that names them as its author', () => {
    const forged = ballot(3, 'Approve', { authorId: 7 });
    expect(standing(7, [forged])).toEqual({ isApprover: false, canDecide: false });
  });

  it("finds an elector's decision by the ballot list it sits in, not by its author", () => {
    const inTheirList = ballot(2, 'RequestChanges', { authorId: 99 });
    const claimingThem = ballot(3, 'Approve', { authorId: 2 });
    const result = standing(2, [claimingThem, inTheirList]);
    expect(result.mine).toBe(inTheirList);
    expect(result.canDecide).toBe(false);
    // Elector 3's own list holds a ballot too, so they have decided (whatever its author says).
    expect(standing(3, [claimingThem]).canDecide).toBe(false);
  });

  it('takes their first ballot on this round and ignores ballots on other rounds', () => {
    const first = ballot(1, 'Approve', { id: 5 });
    const second = ballot(1, 'RequestChanges', { id: 9 });
    expect(standing(1, [second, first]).mine).toBe(first);
    expect(standing(1, [ballot(1, 'Approve', { roundId: ROUND_ID - 1 })]).canDecide).toBe(true);
  });

  it('matches ballot lists whatever their case (SharePoint list ids are GUIDs in either case)', () => {
    expect(standing(1, [ballot(1, 'Approve', { ballotList: 'LIST-1' })]).mine).toBeDefined();
  });

  it('still takes a decision for the record once the round is settled, but none on a withdrawn round', () => {
    expect(standing(1, [], 'Approved').canDecide).toBe(true);
    expect(standing(1, [], 'ChangesRequested').canDecide).toBe(true);
    expect(standing(1, [], 'Withdrawn').canDecide).toBe(false);
    expect(canDecide({ userId: 1, roundId: ROUND_ID, terms: termsFor(3), decisions: [], outcome: { state: 'Withdrawn' } })).toBe(false);
  });
});
