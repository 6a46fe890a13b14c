import type { ApprovalDecision, ApprovalRound, DecisionKind, Elector, RoundTerms } from '../../../src/domain/approval/ApprovalModel';
import type { ApprovalRule } from '../../../src/domain/school/SchoolProfile';

/** Shared records for the approval domain tests: a round, its frozen terms, and ballots in electors' lists. */
export const HASH = 'a1'.repeat(32);
export const OTHER_HASH = 'b2'.repeat(32);
export const ROUND_ID = 40;
export const NOW = new Date('2025-03-04T12:00:00Z');

export const round: ApprovalRound = {
  id: ROUND_ID, draftId: 12, number: 2, snapshotHash: HASH, snapshotUrl: '/sites/oakfield/Approval Snapshots/draft-12-a1a1.json',
  dueDate: '2025-03-10', submittedBy: 'Olive Owner', submittedById: 9, created: '2025-03-03T09:00:00Z', etag: 1
};

/** Elector `id`, whose ballot list is `list-<id>`. */
export function elector(id: number): Elector {
  return { id, login: `governor${id}@school.example`, name: `Governor ${id}`, email: `governor${id}@school.example`, ballotList: `list-${id}` };
}

/** Terms with electors 1..n. */
export function termsFor(n: number, rule: ApprovalRule = 'All'): RoundTerms {
  return { rule, dueDate: '2025-03-10', approversGroup: 'Governors', electorate: Array.from({ length: n }, (_, i) => elector(i + 1)), excludedOwners: [] };
}

let nextId = 1;
/** A ballot in elector `id`'s list (item ids grow per test unless given). */
export function ballot(id: number, decision: DecisionKind, extra: Partial<ApprovalDecision> = {}): ApprovalDecision {
  return {
    id: nextId++, ballotList: `list-${id}`, roundId: ROUND_ID, authorId: id, authorName: `Governor ${id}`, decision,
    comment: decision === 'Approve' ? 'Fine by me.' : 'Please reword 4.2.', snapshotHash: HASH, created: '2025-03-03T10:00:00Z', etag: 1, ...extra
  };
}

export function resetIds(): void {
  nextId = 1;
}
