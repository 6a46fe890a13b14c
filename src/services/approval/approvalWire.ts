import type { ApprovalDecision, ApprovalRound, DecisionKind } from '../../domain/approval/ApprovalModel';

export interface RoundItem {
  Id: number;
  DraftId: number;
  RoundNumber: number;
  SnapshotHash: string | null;
  SnapshotUrl: string | null;
  DueDate: string | null;
  Created: string;
  AuthorId: number;
  Author?: { Title: string };
}
export const ROUND_SELECT = ['Id', 'DraftId', 'RoundNumber', 'SnapshotHash', 'SnapshotUrl', 'DueDate', 'Created', 'AuthorId', 'Author/Title'];

export interface DecisionItem {
  Id: number;
  RoundId: number;
  Decision: string | null;
  DecisionComment: string | null;
  SnapshotHash: string | null;
  Created: string;
  AuthorId: number;
  Author?: { Title: string };
}
export const DECISION_SELECT = ['Id', 'RoundId', 'Decision', 'DecisionComment', 'SnapshotHash', 'Created', 'AuthorId', 'Author/Title'];

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

/** The kinds of entry the activity log keeps. */
export type ActivityKind = 'Created' | 'Submitted' | 'Notified' | 'Decided' | 'Withdrawn' | 'Reminded' | 'Approved' | 'ChangesRequested' | 'Published';

/** One line of a document's timeline: who, what, when (server stamps) and what it says. */
export interface ActivityEntry {
  id: number;
  draftId: number;
  roundId?: number;
  kind: ActivityKind;
  summary: string;
  details?: string;
  by: string;
  byId: number;
  at: string;
}

export function toRound(item: RoundItem): ApprovalRound {
  return {
    id: item.Id, draftId: item.DraftId, number: item.RoundNumber, snapshotHash: item.SnapshotHash ?? '', snapshotUrl: item.SnapshotUrl ?? '',
    dueDate: item.DueDate ? item.DueDate.slice(0, 10) : undefined, submittedBy: item.Author?.Title ?? '', submittedById: item.AuthorId, created: item.Created
  };
}

export function toDecision(item: DecisionItem): ApprovalDecision {
  const decision: DecisionKind = item.Decision === 'Approve' ? 'Approve' : 'RequestChanges';
  return {
    id: item.Id, roundId: item.RoundId, authorId: item.AuthorId, authorName: item.Author?.Title ?? '', decision, comment: item.DecisionComment ?? '',
    snapshotHash: item.SnapshotHash ?? '', created: item.Created
  };
}

export function toActivity(item: ActivityItem): ActivityEntry {
  return {
    id: item.Id, draftId: item.DraftId, roundId: item.RoundId ?? undefined, kind: (item.ActivityKind ?? 'Created') as ActivityKind, summary: item.Title ?? '',
    details: item.Details ?? undefined, by: item.Author?.Title ?? '', byId: item.AuthorId, at: item.Created
  };
}
