import type { RoundState } from '../approval/ApprovalModel';

/** Where a document stands, as the documents dashboard shows it. */
export type DocumentState = 'Draft' | 'InReview' | 'ChangesRequested' | 'Approved' | 'Published' | 'NextVersion';

/** Whether a published document's review is overdue or due within the warning window. */
export type ReviewStatus = 'none' | 'ok' | 'dueSoon' | 'overdue';

/** How many days ahead a review counts as "due soon". */
export const DUE_SOON_DAYS = 60;

/**
 * A document's state from its latest round's derived outcome and its latest publication: a round that is open is
 * "in review"; an approved round already published is "published"; otherwise its outcome; no round at all is a
 * draft, unless it was published from an earlier round. Once someone starts the next version of an approved
 * document (`nextVersionOf` names the approved round), it is "next version in progress": the approved copy and
 * its publication still stand, and the changes need a new approval.
 */
export function documentState(latestRound: { number: number; state: RoundState } | undefined, published: { roundNumber?: number } | undefined, nextVersionOf?: number): DocumentState {
  if (!latestRound) return published ? 'Published' : 'Draft';
  switch (latestRound.state) {
    case 'Open': return 'InReview';
    case 'ChangesRequested': return 'ChangesRequested';
    case 'Approved':
      if (nextVersionOf === latestRound.number) return 'NextVersion';
      return published?.roundNumber === latestRound.number ? 'Published' : 'Approved';
    case 'Withdrawn': return published ? 'Published' : 'Draft';
  }
}

/** Overdue once the review date has passed; due soon within DUE_SOON_DAYS of it. */
export function reviewStatus(reviewDate: string | undefined, now: Date): ReviewStatus {
  if (!reviewDate) return 'none';
  const due = Date.parse(`${reviewDate.slice(0, 10)}T23:59:59Z`);
  if (Number.isNaN(due)) return 'none';
  if (now.getTime() > due) return 'overdue';
  return due - now.getTime() <= DUE_SOON_DAYS * 86_400_000 ? 'dueSoon' : 'ok';
}
