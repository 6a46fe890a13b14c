import type { AppServices } from '../AppServices';
import type { Bank } from '../../domain/bank/BankModel';
import type { DraftSnapshot } from '../../domain/approval/snapshot';
import type { Draft, DraftBlock } from '../../domain/draft/DraftModel';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { BlockConflict, DraftSaveState, StatementChangedNotice } from '../../services/drafts/DraftSession';
import type { Failure } from '../../services/errors/describeError';

/*
 * Contract types are taken from the service interfaces' own signatures, so this screen follows them wherever they
 * live (they are moving from the services to the domain, issue 15).
 */
/** A round as the editor shows it. */
export type RoundView = NonNullable<Awaited<ReturnType<AppServices['approvals']['view']>>>;
/** One of the approvers a submission would be put to. */
export type Approver = Awaited<ReturnType<AppServices['approvals']['electorate']>>[number];
/** A published file of this document. */
export type PublishedDocument = Awaited<ReturnType<AppServices['publishing']['published']>>[number];
type PollResult = Awaited<ReturnType<AppServices['school']['pollDraft']>>;
export type DraftComment = PollResult['comments'][number];
export type PresenceEntry = PollResult['people'][number];
/** What sending to approvers reached, per person. */
export type Delivery = Awaited<ReturnType<AppServices['approvals']['submit']>>['deliveries'][number];

/** The services the editor uses. */
export type DraftEditorServices = Pick<AppServices, 'strings' | 'school' | 'approvals' | 'publishing' | 'site' | 'keyValueStore'> & {
  host: Pick<AppServices['host'], 'siteUrl'>;
};

/** Which draft, for whom. */
export interface DraftEditorContext {
  draftId: number;
  bank: Bank;
  profile: SchoolProfile;
  /** The signed-in person's site user id and login. */
  userId: number;
  userLogin: string;
  /** Their display name (SharePoint's Title): their own saves from another tab are not told as someone else's. */
  userName?: string;
  /** May edit drafts on this site (members and owners). */
  canEdit: boolean;
}

/**
 * What the editor knows of the draft's latest approval round. A failed read keeps the round last seen, so a
 * failure never makes the editor forget that a round is open; with none seen, editing waits until it is known.
 */
export type RoundStatus =
  | { kind: 'loading' }
  | { kind: 'known'; view?: RoundView; publications: PublishedDocument[]; approvedSnapshot?: DraftSnapshot }
  | { kind: 'failed'; failure: Failure; last?: { view?: RoundView; publications: PublishedDocument[]; approvedSnapshot?: DraftSnapshot } };

/** The commands that can fail, so the view says which one did. */
export type EditorAction =
  | 'edit' | 'publish' | 'startNewVersion' | 'remind' | 'withdraw' | 'export' | 'comment' | 'resolveComment' | 'readComments' | 'readApprovers';

/** Something the editor tells the person (not a failure): the view picks the words. */
export type EditorNotice =
  /** Published; without a PDF when Graph could not make one (the Word file and website copy are published all the same). */
  | { kind: 'published'; version: string; pdfFailure?: Failure }
  | { kind: 'versionStarted'; next: string; approved: string }
  | { kind: 'reminded' }
  /** The approved version is read-only. */
  | { kind: 'locked' }
  /** The round could not be read, so it is not known whether editing would withdraw it. */
  | { kind: 'roundUnknown' }
  | { kind: 'mandatory' }
  | { kind: 'blockGone' }
  | { kind: 'emptyStatement' }
  | { kind: 'onlyOwnRemovable' }
  /** A statement the coverage check offered could not be added (left the published bank, or its section is not in the draft). */
  | { kind: 'cannotAddOffer' };

export interface DraftEditorState {
  /** Reading the draft (and its round) when the editor opens. */
  opening: boolean;
  /** Opening failed: nothing else can be shown. */
  openFailure?: Failure;
  draft?: Draft;
  /** The statements as the person sees them (their unsent edits applied), removed ones left out. */
  blocks: DraftBlock[];
  saveState: DraftSaveState;
  conflicts: BlockConflict[];
  /** Statements this person saved that someone else has since changed, dropping their words (until dismissed). */
  statementNotices: StatementChangedNotice[];
  comments: DraftComment[];
  /** Everyone whose presence lease is live (the signed-in person included). */
  people: PresenceEntry[];
  round: RoundStatus;
  /** The site's time zone (IANA), dates are shown in it. */
  zone: string;
  selectedSection?: string;
  selectedBlock?: string;
  preview: boolean;
  /** The last sync failed: others' changes are not arriving (the poll goes on and clears this when it works). */
  syncFailure?: Failure;
  /** The current wait between syncs (adapts to presence and visibility). */
  syncIntervalMs: number;
  /** How many syncs have finished (answered or failed): tests and the view can tell that one happened. */
  syncs: number;
  busy: Partial<Record<EditorAction, boolean>>;
  notice?: EditorNotice;
  actionFailure?: { action: EditorAction; failure: Failure };
  /** Editing asked to withdraw the open round first: the person confirms or cancels. */
  confirmingWithdraw: boolean;
  /** The submit panel is open; who would be asked (read once, when first needed). */
  submitPanel?: { approvers?: Approver[]; failure?: Failure };
}
