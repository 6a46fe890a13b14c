import type { ApprovalRecord } from '../../domain/document/buildDocument';
import type { PublishedDocument } from '../../domain/publish/PublishedDocument';
import type { RoundView } from '../../domain/approval/RoundView';
import { fingerprint } from '../../domain/approval/fingerprint';
import type { Draft, DocumentKind } from '../../domain/draft/DraftModel';
import { nextReviewDate, type SchoolProfile } from '../../domain/school/SchoolProfile';
import { formatDate } from '../../domain/time/formatDate';
import type { IApprovalService } from '../approval/IApprovalService';
import type { IPublishService } from './IPublishService';
import { AppError } from '../errors/AppError';
import type { SPFI } from '../sharepoint/pnp';
import { PAGE_SIZE } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { fitColumns, fitLabel } from '../sharepoint/schema/columnLimits';
import { slugify } from '../../domain/bank/bankCommands';
import { makeWordFile, type WordFile } from '../word/WordService';
import { approvedVersion, nextWholeVersion } from '../../domain/draft/versions';
import { startNextVersion } from '../drafts/draftVersions';
import { websiteCopy, websiteCopyFileName } from '../../domain/publish/websiteCopy';
import { describeError } from '../errors/describeError';
import type { PdfConversionService } from './pdfConversion';
import type { PublishOutcome } from './IPublishService';

interface PolicyItem {
  Id: number;
  Title: string | null;
  FileLeafRef: string;
  FileRef: string;
  DraftId: number | null;
  DocumentKind: string | null;
  DocumentVersion: string | null;
  ApprovedOn: string | null;
  ReviewDate: string | null;
  RoundNumber: number | null;
  SnapshotUrl: string | null;
}

const POLICY_SELECT = ['Id', 'Title', 'FileLeafRef', 'FileRef', 'DraftId', 'DocumentKind', 'DocumentVersion', 'ApprovedOn', 'ReviewDate', 'RoundNumber', 'SnapshotUrl'];

/** The library's Word files are the publications; the website copy and PDF sit beside each under the same name. */
function isWordFile(item: PolicyItem): boolean {
  return /\.docx$/i.test(item.FileLeafRef);
}

function sibling(url: string, extension: string): string {
  return url.replace(/\.docx$/i, extension);
}

function toPublished(item: PolicyItem, files: ReadonlySet<string>): PublishedDocument {
  const html = sibling(item.FileRef, '.html');
  const pdf = sibling(item.FileRef, '.pdf');
  return {
    ...(files.has(html.toLowerCase()) ? { websiteCopyUrl: html } : {}),
    ...(files.has(pdf.toLowerCase()) ? { pdfUrl: pdf } : {}),
    itemId: item.Id, draftId: item.DraftId ?? 0, title: item.Title ?? item.FileLeafRef, kind: (item.DocumentKind ?? 'Policy') as DocumentKind,
    version: item.DocumentVersion ?? '', approvedOn: item.ApprovedOn ?? undefined, reviewDate: item.ReviewDate ? item.ReviewDate.slice(0, 10) : undefined,
    roundNumber: item.RoundNumber ?? undefined, snapshotUrl: item.SnapshotUrl ?? undefined, url: item.FileRef, fileName: item.FileLeafRef
  };
}

/** The approval record a document prints: every approver of the round's frozen electorate, what they decided, when, and the fingerprint each decision was bound to. */
export function approvalRecord(view: RoundView): ApprovalRecord {
  return {
    round: view.round.number, rule: view.outcome.rule, approvedOn: view.outcome.decidedAt ?? view.round.created, fingerprint: fingerprint(view.round.snapshotHash),
    approvers: view.approvers.map(a => {
      const decision = view.outcome.approvals.find(d => d.authorId === a.id) ?? view.outcome.changesRequested.find(d => d.authorId === a.id);
      return {
        name: a.name, decision: decision ? (decision.decision === 'Approve' ? 'Approved' : 'Asked for changes') : 'Did not decide', date: decision?.created,
        fingerprint: decision ? fingerprint(decision.snapshotHash) : undefined
      };
    })
  };
}

/** Only an approved round has an approved copy, can be published or starts a new version. */
function notApproved(view: RoundView): AppError {
  return new AppError('invalid', 'publish.notApproved', `Round ${view.round.number} is ${view.outcome.state}, not Approved.`, { values: [view.round.number] });
}

/**
 * Publishing: the approved snapshot (its hash checked) becomes a Word file with its approval record, stored in the
 * school's Policies library under one name per document, so each publication is a new version of the same file.
 */
export class PublishService implements IPublishService {
  constructor(
    private readonly sp: SPFI, private readonly approvals: Pick<IApprovalService, 'snapshot' | 'record' | 'view'>, private readonly timeZone: () => Promise<string>,
    /** The PDF through Graph's file conversion, and the site it converts on (absent: no PDF is made, and the outcome says so). */
    private readonly pdf?: { converter: Pick<PdfConversionService, 'pdfOf'>; siteUrl: string }
  ) {}

  /** `over`: a batched root that answers the read with others (`readTogether`). */
  async published(over: SPFI = this.sp): Promise<PublishedDocument[]> {
    const items = await over.web.lists.getByTitle(SCHOOL_LISTS.policies).items.select(...POLICY_SELECT).top(PAGE_SIZE)<PolicyItem[]>();
    // Only Word files are publications; the HTML copy and the PDF beside one are its downloads.
    const files = new Set(items.map(i => i.FileRef.toLowerCase()));
    return items.filter(isWordFile).map(item => toPublished(item, files));
  }

  /**
   * The approved copy of a document as Word: built from the approved round's frozen snapshot (its hash checked),
   * marked "Version N.0, approved <date>", with its approval record; with `showChanges`, the school's departures from
   * the authority's model as tracked changes. What every Word download of an approved draft gives.
   */
  async approvedCopy(draft: { id: number; kind: DocumentKind; audience?: Draft['audience'] }, view: RoundView, profile: SchoolProfile, showChanges: boolean): Promise<WordFile> {
    if (view.outcome.state !== 'Approved') throw notApproved(view);
    const [snapshot, zone, all] = await Promise.all([this.approvals.snapshot(view.round), this.timeZone(), this.published()]);
    const publications = all.filter(p => p.draftId === draft.id);
    const record = approvalRecord(view);
    const publication = publications.find(p => p.roundNumber === view.round.number);
    return makeWordFile(snapshot, {
      version: approvedVersion(publications, view.round.number), approval: record, showChanges, profile, signatureLines: draft.kind === 'Aup', audience: draft.audience,
      reviewDate: publication?.reviewDate ?? nextReviewDate(new Date(record.approvedOn), profile.reviewPeriodMonths),
      formatDate: iso => formatDate(iso, zone), now: record.approvedOn
    });
  }

  /** Starts the next version of an approved draft (see `startNextVersion`): the approved copy and any published file stay as they are. */
  async startNextVersion(draft: Pick<Draft, 'preamble'> & { id: number }, view: RoundView): Promise<void> {
    if (view.outcome.state !== 'Approved') throw notApproved(view);
    await startNextVersion(this.sp, draft, view.round.number);
    await this.approvals.record(draft.id, undefined, 'Created', `Started the next version, based on the version approved in round ${view.round.number}.`);
  }

  /** Publishes a round whose derived outcome is Approved; refuses anything else. */
  async publish(draft: { id: number; title: string; kind: DocumentKind; audience?: Draft['audience'] }, view: RoundView, profile: SchoolProfile): Promise<PublishOutcome> {
    if (view.outcome.state !== 'Approved') throw notApproved(view);
    const snapshot = await this.approvals.snapshot(view.round);
    const zone = await this.timeZone();
    const all = await this.published();
    const previous = all.filter(p => p.draftId === draft.id);
    const record = approvalRecord(view);
    const reviewDate = nextReviewDate(new Date(record.approvedOn), profile.reviewPeriodMonths);
    // Each publication is the next whole version, even of a round published before (the app offers Publish once per
    // round; a repeat through the API still makes a new, distinct version rather than a second "1.0").
    const version = nextWholeVersion(previous);
    const context = {
      version, approval: record, reviewDate, showChanges: false, profile, signatureLines: draft.kind === 'Aup', audience: draft.audience,
      formatDate: (iso: string) => formatDate(iso, zone), now: new Date().toISOString()
    };
    const file = await makeWordFile(snapshot, context);
    // One file per document: a name another document's file already has (two titles can make the same name) gets
    // this document's id added, so publishing one document never overwrites another's file.
    const stem = slugify(draft.title, 8) || `document-${draft.id}`;
    const taken = (name: string): boolean => all.some(p => p.draftId !== draft.id && p.fileName.toLowerCase() === name.toLowerCase());
    let fileName = `${stem}.docx`;
    for (let n = 1; taken(fileName); n++) fileName = `${stem}-${draft.id}${n > 1 ? `-${n}` : ''}.docx`;
    const added = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.policies).rootFolder.files.addUsingPath(fileName, file.bytes, { Overwrite: true }) as { ServerRelativeUrl: string };
    const item = await this.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>('Id');
    await item.update(fitColumns(SCHOOL_LISTS.policies, {
      Title: fitLabel(draft.title), DraftId: draft.id, DocumentKind: draft.kind, DocumentVersion: version, ApprovedOn: record.approvedOn,
      ReviewDate: `${reviewDate}T00:00:00Z`, RoundNumber: view.round.number, SnapshotUrl: view.round.snapshotUrl
    }));
    await this.approvals.record(draft.id, view.round.id, 'Published', `Published version ${version} (${fileName}); review by ${formatDate(reviewDate, zone)}.`);
    const published: PublishedDocument = { itemId: item.Id, draftId: draft.id, title: draft.title, kind: draft.kind, version, approvedOn: record.approvedOn, reviewDate, roundNumber: view.round.number, snapshotUrl: view.round.snapshotUrl, url: added.ServerRelativeUrl, fileName };
    // The website copy: the same document model as the Word file, as one accessible HTML page beside it.
    const html = await this.upload(websiteCopyFileName(fileName), new TextEncoder().encode(websiteCopy(snapshot, context).html));
    const withCopy: PublishedDocument = { ...published, websiteCopyUrl: html };
    // The PDF through Graph's conversion of the Word file just stored. Graph may refuse (a tenant without the
    // permission, an unsupported conversion: learn.microsoft.com/graph/api/driveitem-get-content-format): the Word
    // file and its copy are published all the same, and the outcome keeps the failure to say so.
    try {
      if (!this.pdf) throw new AppError('invalid', 'documents.pdfNotSupported', 'No Graph file conversion is configured for this host.');
      const list = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.policies).select('Id')<{ Id: string }>();
      const pdf = await this.pdf.converter.pdfOf({ siteUrl: this.pdf.siteUrl, listId: list.Id, itemId: item.Id }, fileName);
      return { ...withCopy, pdfUrl: await this.upload(pdf.fileName, pdf.bytes) };
    } catch (error) {
      // An earlier version's PDF must not stand beside the new Word file as if it were this version's.
      await this.recycleIfThere(sibling(added.ServerRelativeUrl, '.pdf'));
      return { ...withCopy, pdfFailure: describeError(error) };
    }
  }

  /**
   * Moves a file of the library to the recycle bin when it is there. Best effort: a file that is not there (404) is the
   * usual case, and any other refusal leaves it in place rather than failing a publication already made.
   */
  private async recycleIfThere(url: string): Promise<void> {
    try {
      const item = await this.sp.web.getFileByServerRelativePath(url).getItem();
      await item.recycle();
    } catch {
      // Nothing to remove, or it could not be removed: the publication stands either way.
    }
  }

  /** Stores a file in the Policies library (a new version of it when it is there), returning its server-relative URL. */
  private async upload(name: string, bytes: Uint8Array): Promise<string> {
    const added = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.policies).rootFolder.files.addUsingPath(name, bytes, { Overwrite: true }) as { ServerRelativeUrl: string };
    return added.ServerRelativeUrl;
  }

  /**
   * Starts the review of a published document: the next version of the same draft, based on the approved one (see
   * `startNextVersion`), so its approval and publication continue the document's versions (2.0 after 1.0) in the same
   * file. Returns the draft to open. Nothing changes when the next version is already under way.
   */
  async startReview(document: PublishedDocument, original: Draft, profile: SchoolProfile): Promise<number> {
    const view = await this.approvals.view(document.draftId, profile);
    if (view?.outcome.state === 'Approved' && original.nextVersionOf !== view.round.number) {
      await this.startNextVersion({ id: document.draftId, preamble: original.preamble }, view);
    }
    return document.draftId;
  }
}
