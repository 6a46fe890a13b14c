import type { DraftSnapshot } from '../../domain/approval/snapshot';
import type { ApprovalRecord } from '../../domain/document/buildDocument';
import { fingerprint } from '../../domain/approval/fingerprint';
import type { Draft, DraftBlock, DocumentKind } from '../../domain/draft/DraftModel';
import { nextReviewDate, type SchoolProfile } from '../../domain/school/SchoolProfile';
import { formatDate } from '../../domain/time/formatDate';
import type { ApprovalService, RoundView } from '../approval/ApprovalService';
import type { ISchoolService } from '../school/ISchoolService';
import type { SPFI } from '../sharepoint/pnp';
import { PAGE_SIZE } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { slugify } from '../../domain/bank/bankCommands';
import { makeWordFile } from '../word/WordService';

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

function toPublished(item: PolicyItem): PublishedDocument {
  return {
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

/**
 * Publishing: the approved snapshot (its hash checked) becomes a Word file with its approval record, stored in the
 * school's Policies library under one name per document, so each publication is a new version of the same file.
 */
export class PublishService {
  constructor(private readonly sp: SPFI, private readonly approvals: ApprovalService, private readonly timeZone: () => Promise<string>) {}

  async published(): Promise<PublishedDocument[]> {
    const items = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.policies).items.select(...POLICY_SELECT).top(PAGE_SIZE)<PolicyItem[]>();
    return items.map(toPublished);
  }

  /** Publishes a round whose derived outcome is Approved; refuses anything else. */
  async publish(draft: { id: number; title: string; kind: DocumentKind; audience?: Draft['audience'] }, view: RoundView, profile: SchoolProfile): Promise<PublishedDocument> {
    if (view.outcome.state !== 'Approved') throw new Error('Only an approved round can be published. This round is not approved.');
    const snapshot = await this.approvals.snapshot(view.round);
    const zone = await this.timeZone();
    const all = await this.published();
    const previous = all.filter(p => p.draftId === draft.id);
    const major = previous.reduce((max, p) => Math.max(max, Number.parseInt(p.version, 10) || 0), 0) + 1;
    const record = approvalRecord(view);
    const reviewDate = nextReviewDate(new Date(record.approvedOn), profile.reviewPeriodMonths);
    const version = `${major}.0`;
    const file = await makeWordFile(snapshot, {
      version, approval: record, reviewDate, showChanges: false, profile, signatureLines: draft.kind === 'Aup', audience: draft.audience,
      formatDate: iso => formatDate(iso, zone), now: new Date().toISOString()
    });
    // One file per document: a name another document's file already has (two titles can make the same name) gets
    // this document's id added, so publishing one document never overwrites another's file.
    const stem = slugify(draft.title, 8) || `document-${draft.id}`;
    const taken = (name: string): boolean => all.some(p => p.draftId !== draft.id && p.fileName.toLowerCase() === name.toLowerCase());
    let fileName = `${stem}.docx`;
    for (let n = 1; taken(fileName); n++) fileName = `${stem}-${draft.id}${n > 1 ? `-${n}` : ''}.docx`;
    const added = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.policies).rootFolder.files.addUsingPath(fileName, file.bytes, { Overwrite: true }) as { ServerRelativeUrl: string };
    const item = await this.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>('Id');
    await item.update({
      Title: draft.title, DraftId: draft.id, DocumentKind: draft.kind, DocumentVersion: version, ApprovedOn: record.approvedOn,
      ReviewDate: `${reviewDate}T00:00:00Z`, RoundNumber: view.round.number, SnapshotUrl: view.round.snapshotUrl
    });
    await this.approvals.record(draft.id, view.round.id, 'Published', `Published version ${version} (${fileName}); review by ${formatDate(reviewDate, zone)}.`);
    return { itemId: item.Id, draftId: draft.id, title: draft.title, kind: draft.kind, version, approvedOn: record.approvedOn, reviewDate, roundNumber: view.round.number, snapshotUrl: view.round.snapshotUrl, url: added.ServerRelativeUrl, fileName };
  }

  /** Starts the review of a published document: a new draft with the content exactly as it was approved. */
  async startReview(document: PublishedDocument, school: ISchoolService, original: Draft, profile: SchoolProfile): Promise<number> {
    if (!document.snapshotUrl) throw new Error(`"${document.title}" has no approved snapshot recorded, so it cannot be reviewed from here.`);
    const text = await this.sp.web.getFileByServerRelativePath(document.snapshotUrl).getText();
    const snapshot = JSON.parse(text) as DraftSnapshot;
    const blocks: DraftBlock[] = snapshot.blocks.map((b, i) => ({
      key: b.key, kind: b.kind, sourceKey: b.sourceKey, sourceVersion: b.sourceVersion, baseText: b.baseText, mandatory: b.mandatory,
      content: { text: b.text, included: true, note: '', sectionKey: b.sectionKey, order: (i + 1) * 10, risk: b.risk, removed: false }
    }));
    const sections = snapshot.sections.map((s, i) => ({ key: s.key, title: s.title, order: (i + 1) * 10 }));
    const year = new Date().getFullYear();
    return school.createDraft({
      ...original, id: undefined, title: `${snapshot.title} (review ${year})`, sections, blocks, preamble: snapshot.preamble,
      reviewDate: nextReviewDate(new Date(), profile.reviewPeriodMonths)
    });
  }

}
