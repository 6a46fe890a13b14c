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
  /** Server-relative URL of the website copy (HTML) beside the Word file, when it is there. */
  websiteCopyUrl?: string;
  /** Server-relative URL of the PDF beside the Word file, when Graph made one. */
  pdfUrl?: string;
}
