import type { SPFI } from '../sharepoint/pnp';
import type { RoundView } from '../../domain/approval/RoundView';
import type { Draft, DocumentKind } from '../../domain/draft/DraftModel';
import type { PublishedDocument } from '../../domain/publish/PublishedDocument';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { WordFile } from '../word/WordService';
import type { Failure } from '../errors/describeError';

/** What publishing did: the published document (with its website copy, and its PDF when Graph made one). */
export type PublishOutcome = PublishedDocument & {
  /** Why there is no PDF this time (the Word file and website copy are published all the same). */
  pdfFailure?: Failure;
};

/**
 * Publishing approved documents to the Policies library, and starting their reviews (`PublishService`).
 * A round that is not approved is refused with the `AppError` code `publish.notApproved`.
 */
export interface IPublishService {
  /** The documents of the Policies library. */
  published(over?: SPFI): Promise<PublishedDocument[]>;
  /** The approved copy of a document as Word, marked with its version and approval record. */
  approvedCopy(draft: { id: number; kind: DocumentKind; audience?: Draft['audience'] }, view: RoundView, profile: SchoolProfile, showChanges: boolean): Promise<WordFile>;
  /** Starts the next version of an approved draft; the approved copy and any published file stay as they are. */
  startNextVersion(draft: Pick<Draft, 'preamble'> & { id: number }, view: RoundView): Promise<void>;
  /** Publishes a round whose derived outcome is Approved. */
  publish(draft: { id: number; title: string; kind: DocumentKind; audience?: Draft['audience'] }, view: RoundView, profile: SchoolProfile): Promise<PublishOutcome>;
  /** Starts the review of a published document: the next version of its draft. Returns the draft to open. */
  startReview(document: PublishedDocument, original: Draft, profile: SchoolProfile): Promise<number>;
}
