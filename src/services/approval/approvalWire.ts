import type { ApprovalDecision, ApprovalRound, DecisionKind, Elector } from '../../domain/approval/ApprovalModel';
import type { RoundRecord } from '../../domain/approval/rounds';
import type { ActivityEntry, ActivityKind } from '../../domain/approval/activity';

/** An item of the rounds list: a round, or (with `WithdrawsRound`) a withdrawal of an earlier round. */
export interface RoundItem {
  Id: number;
  DraftId: number;
  SnapshotHash: string | null;
  SnapshotUrl: string | null;
  DueDate: string | null;
  WithdrawsRound: number | null;
  Created: string;
  AuthorId: number;
  Author?: { Title: string };
  'odata.etag'?: string;
}
export const ROUND_SELECT = ['Id', 'DraftId', 'SnapshotHash', 'SnapshotUrl', 'DueDate', 'WithdrawsRound', 'Created', 'AuthorId', 'Author/Title'];

/** An item of an approver's ballot list. */
export interface BallotItem {
  Id: number;
  RoundId: number;
  Decision: string | null;
  DecisionComment: string | null;
  SnapshotHash: string | null;
  Created: string;
  'odata.etag'?: string;
}
export const BALLOT_SELECT = ['Id', 'RoundId', 'Decision', 'DecisionComment', 'SnapshotHash', 'Created'];

export interface ActivityItem {
  Id: number;
  DraftId: number;
  RoundId: number | null;
  ActivityKind: string | null;
  Title: string | null;
  Details: string | null;
  Created: string;
  AuthorId: number;
  Author?: { Title: string };
}
export const ACTIVITY_SELECT = ['Id', 'DraftId', 'RoundId', 'ActivityKind', 'Title', 'Details', 'Created', 'AuthorId', 'Author/Title'];

/** The version number in an ETag (`"3"`, `W/"3"`, or a file's `"{guid},3"`); 1 when absent. */
export function etagVersion(etag: string | undefined): number {
  const match = /(\d+)"?$/.exec(etag ?? '');
  return match ? Number(match[1]) : 1;
}

export function toRoundRecord(item: RoundItem): RoundRecord {
  const round: ApprovalRound = {
    id: item.Id, draftId: item.DraftId, number: 0, snapshotHash: item.SnapshotHash ?? '', snapshotUrl: item.SnapshotUrl ?? '',
    dueDate: item.DueDate ? item.DueDate.slice(0, 10) : undefined, submittedBy: item.Author?.Title ?? '', submittedById: item.AuthorId, created: item.Created,
    etag: etagVersion(item['odata.etag'])
  };
  return item.WithdrawsRound ? { round, withdraws: item.WithdrawsRound } : { round };
}

/** A ballot as a decision of the elector whose list holds it. */
export function toDecision(item: BallotItem, elector: Elector): ApprovalDecision {
  const decision: DecisionKind = item.Decision === 'Approve' ? 'Approve' : 'RequestChanges';
  return {
    id: item.Id, ballotList: elector.ballotList, roundId: item.RoundId, authorId: elector.id, authorName: elector.name, decision,
    comment: item.DecisionComment ?? '', snapshotHash: item.SnapshotHash ?? '', created: item.Created, etag: etagVersion(item['odata.etag'])
  };
}

export function toActivity(item: ActivityItem): ActivityEntry {
  return {
    id: item.Id, draftId: item.DraftId, roundId: item.RoundId ?? undefined, kind: (item.ActivityKind ?? 'Created') as ActivityKind, summary: item.Title ?? '',
    details: item.Details ?? undefined, by: item.Author?.Title ?? '', byId: item.AuthorId, at: item.Created
  };
}
