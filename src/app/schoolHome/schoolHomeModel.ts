import type { ApprovalRound, RoundOutcome } from '../../domain/approval/ApprovalModel';
import type { Bank } from '../../domain/bank/BankModel';
import { documentState, reviewStatus, type DocumentState, type ReviewStatus } from '../../domain/publish/documentStatus';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { SchoolSetting } from '../../domain/school/SchoolSetting';
import { mismatchedSetting } from '../../domain/school/settingMatch';
import type { SetupStep } from '../../domain/school/setupSteps';
import type { Failure } from '../../services/errors/describeError';
import type { PublishedDocument } from '../../domain/publish/PublishedDocument';
import type { CurrentPerson } from '../../services/roles/RoleService';
import type { DraftSummary } from '../../services/school/ISchoolService';

/** A dashboard row: the draft, its state, its published file and review date. */
export interface DocumentRow extends DraftSummary {
  state: DocumentState;
  review: ReviewStatus;
  reviewDate?: string;
  publishedUrl?: string;
  publishedVersion?: string;
  /** The approval round the published version was made from (what a request to acknowledge is bound to). */
  publishedRound?: number;
  /** The published version's website copy (HTML) and PDF, when they sit beside its Word file. */
  websiteCopyUrl?: string;
  pdfUrl?: string;
  /** The setting the document's template was written for, when it is not the school's (flagged on the home). */
  settingMismatch?: { template: SchoolSetting; school: SchoolSetting };
}

/** A round waiting for the signed-in approver's decision. */
export interface PendingDecision {
  draftId: number;
  title: string;
  round: number;
  approvals: number;
  needed: number;
  dueDate?: string;
  overdue: boolean;
}

/** What the bank step knows: where the bank is, and whether it answered with a release. */
export interface BankCheck {
  siteUrl: string;
  release?: string;
  failure?: Failure;
}

/** Everything the school's home shows, read when the page opens (and again after a change). */
export interface SchoolHomeData {
  person: CurrentPerson;
  siteTitle: string;
  /** Undefined until the lists exist. */
  profile?: SchoolProfile;
  rows: DocumentRow[];
  published: PublishedDocument[];
  pending: PendingDecision[];
  /** The authority's published bank; undefined when the bank site could not be read (see bankCheck). */
  bank?: Bank;
  bankCheck: BankCheck;
  groups: string[];
  zone: string;
  /** The site's owners, read only when someone who cannot finish setting up needs to know whom to ask. */
  owners: string[];
  /** Which first-run steps the site has done (by what it holds), and the next one. */
  progress: Record<SetupStep, boolean>;
  nextStep?: SetupStep;
}

/** The latest round of each draft with its derived outcome, as `ApprovalService.latestOutcomes` gives them. */
export type LatestOutcomes = Map<number, { round: ApprovalRound; outcome: RoundOutcome }>;

/** The school's setting and the bank, to flag documents whose template is for another setting. */
export interface SettingCheck {
  setting: SchoolSetting;
  bank?: Bank;
}

/** The dashboard's rows: each draft with its derived state, its latest publication, its review date and setting flag. */
export function documentRows(drafts: DraftSummary[], outcomes: LatestOutcomes, published: PublishedDocument[], now = new Date(), check?: SettingCheck): DocumentRow[] {
  return drafts.map(draft => {
    const latest = outcomes.get(draft.id);
    const publication = [...published].filter(p => p.draftId === draft.id).sort((a, b) => (Number.parseFloat(b.version) || 0) - (Number.parseFloat(a.version) || 0))[0];
    return {
      ...draft,
      state: documentState(latest ? { number: latest.round.number, state: latest.outcome.state } : undefined, publication, draft.nextVersionOf),
      review: reviewStatus(publication?.reviewDate, now), reviewDate: publication?.reviewDate, publishedUrl: publication?.url, publishedVersion: publication?.version, publishedRound: publication?.roundNumber, websiteCopyUrl: publication?.websiteCopyUrl, pdfUrl: publication?.pdfUrl,
      settingMismatch: settingMismatchOf(draft, check)
    };
  });
}

function settingMismatchOf(draft: DraftSummary, check?: SettingCheck): DocumentRow['settingMismatch'] {
  // The home reads the bank's content only when a panel needs it: without it, a policy's own setting (its
  // template's, stored on the draft) says the same; AUPs and letters are for every setting.
  const ownSetting = draft.kind === 'Policy' && draft.setting !== check?.setting ? draft.setting : undefined;
  const template = check && (check.bank ? mismatchedSetting(draft.templateKey, check.bank, check.setting) : ownSetting);
  return check && template ? { template, school: check.setting } : undefined;
}

/** Open rounds still waiting for this person's decision (derived outcomes: pending approvers are live group members). */
export function pendingDecisions(userId: number, drafts: DraftSummary[], outcomes: LatestOutcomes): PendingDecision[] {
  return [...outcomes.entries()]
    .filter(([, { outcome }]) => outcome.state === 'Open' && outcome.pending.includes(userId))
    .map(([draftId, { round, outcome }]) => ({
      draftId, title: drafts.find(d => d.id === draftId)?.title ?? `#${draftId}`, round: round.number,
      approvals: outcome.approvals.length, needed: outcome.needed, dueDate: round.dueDate, overdue: outcome.overdue
    }));
}
