import type { SPFI } from '../sharepoint/pnp';
import type { ActivityEntry, ActivityKind } from '../../domain/approval/activity';
import type { ApprovalRound, DecisionKind, RoundOutcome, RoundTerms } from '../../domain/approval/ApprovalModel';
import type { Approver, RoundView } from '../../domain/approval/RoundView';
import type { DraftSnapshot } from '../../domain/approval/snapshot';
import type { Draft, DraftBlock } from '../../domain/draft/DraftModel';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import type { Delivery } from '../notify/INotificationService';

/** What a submission takes. */
export interface SubmitInput {
  draft: Draft & { id: number };
  blocks: DraftBlock[];
  profile: SchoolProfile;
  dueDate: string;
  submitter: { id: number; login: string };
}

/**
 * Approval rounds, decisions and the activity log of a school site (`ApprovalService` over PnPjs and Graph).
 * Failures are `AppError`s: `approval.*` codes for refusals, `sharepoint.*` for what SharePoint answered.
 */
export interface IApprovalService {
  /** Owners only: secures the approval lists and makes each approver's ballot list. */
  secure(approversGroup: string): Promise<void>;
  /** The people of the approvers group (`ApproversHiddenError` when the group hides them from this person). */
  approvers(groupName: string): Promise<Approver[]>;
  /** Whether the signed-in person is in the approvers group. */
  isApprover(groupName: string): Promise<boolean>;
  /** The approvers a round submitted now would be put to: those with a secured ballot list. */
  electorate(): Promise<Approver[]>;
  /** What a submission freezes: the round's terms, the frozen copy, its hash, file name and text. */
  prepareRound(input: SubmitInput): Promise<{ terms: RoundTerms; snapshot: DraftSnapshot; hash: string; name: string; text: string }>;
  /** Freezes the draft, opens a round and notifies each approver (`SubmitRefusedError` when the checks fail). */
  submit(input: SubmitInput): Promise<{ round: ApprovalRound; deliveries: Delivery[] }>;
  /** The draft's rounds, numbered by item id, oldest first. */
  rounds(draftId: number): Promise<ApprovalRound[]>;
  /**
   * A round with its frozen terms, ballots and derived outcome: the given one, or the newest whose copy checks out.
   * `together`: a batched root (see `readTogether`) that carries the newest round's first reads.
   */
  view(draftId: number, profile: SchoolProfile | undefined, roundNumber?: number, together?: SPFI): Promise<RoundView | undefined>;
  /** Every draft's current round and its derived outcome (the documents dashboard). */
  /** `together`: a batched root whose `$batch` carries the first reads (see `readTogether`). */
  latestOutcomes(profile: SchoolProfile | undefined, together?: SPFI): Promise<Map<number, { round: ApprovalRound; outcome: RoundOutcome }>>;
  /** Titles of the SharePoint groups the signed-in person belongs to. */
  myGroups(over?: SPFI): Promise<string[]>;
  /** The frozen copy a round was opened with, checked against its hash (`SnapshotTamperedError` otherwise). */
  snapshot(round: ApprovalRound): Promise<DraftSnapshot>;
  /** Records the signed-in approver's decision, bound to the hash of the copy they were shown. */
  decide(draft: { id: number; title: string }, view: RoundView, profile: SchoolProfile, decision: DecisionKind, comment: string, shownHash: string, me?: { id: number }): Promise<RoundView>;
  /** Withdraws an open round (editing a draft under review does this). */
  withdraw(draft: { id: number; title: string }, view: RoundView, reason: string, byId: number): Promise<void>;
  /** Reminds the approvers who have not decided yet. */
  remind(draft: { id: number; title: string }, view: RoundView, byId: number): Promise<Delivery[]>;
  /** The document's timeline, newest first (for people: no outcome reads it). */
  activity(draftId: number): Promise<ActivityEntry[]>;
  /** Appends a line to the activity log. */
  record(draftId: number, roundId: number | undefined, kind: ActivityKind, summary: string, details?: unknown): Promise<void>;
}
