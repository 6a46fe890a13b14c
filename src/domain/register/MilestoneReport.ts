import type { DocumentKind } from '../draft/DraftModel';

/**
 * What a school tells its authority about its policies: school-level facts only. A report carries no statement
 * text, no document title and no person's name (issue 18: "no text, no personal data"), only bank keys, release
 * labels, dates and counts, so it can sit on the authority's bank site or travel by mail as a report pack.
 */

/** What the school did with one of the bank's statements. */
export type StatementOutcome = 'kept' | 'amended' | 'leftOut' | 'refusedUpdate';

export const STATEMENT_OUTCOMES: readonly StatementOutcome[] = ['kept', 'amended', 'leftOut', 'refusedUpdate'];

/** The milestones of one of the school's documents (one draft and what became of it). */
export interface DocumentMilestones {
  /** The draft's item id on the school's site: a number, never its title. */
  documentId: number;
  kind: DocumentKind;
  /** The bank template it was started from. */
  templateKey: string;
  /** The bank release the document follows. */
  release: string;
  /** Dates (ISO, UTC) of each step reached; absent until reached. */
  started?: string;
  submitted?: string;
  approved?: string;
  published?: string;
  /** The review date the published document carries (ISO date). */
  reviewDue?: string;
  /** Share of staff who acknowledged the published policy (0 to 1), once the school counts it. */
  staffAcknowledged?: number;
  /** Each bank statement the document uses, by key, and what the school did with it. */
  statements: Record<string, StatementOutcome>;
}

/** A release the school adopted (started a document from, or took into one), and when. */
export interface Adoption {
  release: string;
  adoptedOn: string;
}

/**
 * One report: the school's whole position when it was made (not a change since the last one), so the newest
 * report alone answers "where is this school now", and a lost or late report leaves nothing inconsistent.
 */
export interface MilestoneReport {
  /** Counts up from 1 for each report the school makes: an import refuses one it has already seen. */
  sequence: number;
  /** When the school made the report (ISO, UTC): shown beside it, never used to order reports. */
  reportedOn: string;
  /** Every release the school has adopted, oldest first (kept from one report to the next). */
  adoptions: Adoption[];
  documents: DocumentMilestones[];
}
