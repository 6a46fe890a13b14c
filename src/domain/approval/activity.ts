/** The kinds of entry the activity log keeps (a timeline for people: no outcome reads it). */
export type ActivityKind = 'Created' | 'Submitted' | 'Notified' | 'Decided' | 'Withdrawn' | 'Reminded' | 'Approved' | 'ChangesRequested' | 'Published';

/** One line of a document's timeline: who, what, when (as SharePoint shows them) and what it says. */
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
