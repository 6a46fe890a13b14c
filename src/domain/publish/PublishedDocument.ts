import type { DocumentKind } from '../draft/DraftModel';

/** A published document of the "Policies" library. */
export interface PublishedDocument {
  itemId: number;
  draftId: number;
  title: string;
  kind: DocumentKind;
  version: string;
  approvedOn?: string;
  reviewDate?: string;
  roundNumber?: number;
  snapshotUrl?: string;
  /** Server-relative URL of the Word file. */
  url: string;
  fileName: string;
}
