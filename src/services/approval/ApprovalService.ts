import type { ApprovalDecision, ApprovalRound, DecisionKind, RoundOutcome, RoundWithdrawal } from '../../domain/approval/ApprovalModel';
import { deriveRoundOutcome, distinctRounds } from '../../domain/approval/deriveRound';
import { freezeDraft, snapshotHash, type DraftSnapshot } from '../../domain/approval/snapshot';
import type { SubEntity } from '../../domain/approval/deepLink';
import type { Draft, DraftBlock } from '../../domain/draft/DraftModel';
import { validateDraft, type DraftIssue } from '../../domain/draft/validateDraft';
import { mergeValuesFor, type SchoolProfile } from '../../domain/school/SchoolProfile';
import type { ActivityType } from '../host/teamsApp';
import type { Delivery, INotificationService, Recipient } from '../notify/INotificationService';
import type { SPFI } from '../sharepoint/pnp';
import { Filter, pathText } from '../sharepoint/odataFilter';
import { PAGE_SIZE } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { fitLabel } from '../sharepoint/schema/columnLimits';
import {
  ACTIVITY_SELECT, DECISION_SELECT, ROUND_SELECT, toActivity, toDecision, toRound, type ActivityEntry, type ActivityItem, type ActivityKind, type DecisionItem, type RoundItem
} from './approvalWire';
import { secureApprovalLists } from './approvalPermissions';
import { makeWordFile } from '../word/WordService';
import { formatDate } from '../../domain/time/formatDate';

/** A person of the approvers group. */
export interface Approver extends Recipient {
  id: number;
}

/** A round as its screens show it: the records, the derived outcome and the approvers. */
export interface RoundView {
  round: ApprovalRound;
  outcome: RoundOutcome;
  approvers: Approver[];
  decisions: ApprovalDecision[];
  withdrawal?: RoundWithdrawal;
}

/** Submitting was refused: the checks found problems, each linked to its block. */
export class SubmitRefusedError extends Error {
  constructor(message: string, readonly issues: DraftIssue[] = []) {
    super(message);
    this.name = 'SubmitRefusedError';
  }
}

/** The frozen copy does not match the hash its round was opened with: it was changed after submission. */
export class SnapshotTamperedError extends Error {
  constructor() {
    super('The frozen copy of this round was changed after it was submitted, so it cannot be approved. Ask the owner to submit the draft again.');
    this.name = 'SnapshotTamperedError';
  }
}

/**
 * The approvers group shows its members only to its members and the site's owners ("Who can view the membership of
 * the group"), so this person cannot see who approves: SharePoint answers 403 to reading its users.
 */
export class ApproversHiddenError extends Error {
  /** SharePoint's answer, kept so callers still see an access refusal (describeError, retries). */
  readonly status = 403;

  constructor(readonly groupName: string) {
    super(`Only members of "${groupName}" and the site's owners can see who is in it, so the approvers cannot be listed for you. Ask a site owner to open the app on this site: setting up approval lets staff see who the approvers are.`);
    this.name = 'ApproversHiddenError';
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** How the app builds links to a round or a draft (Teams deep links and browser links). */
export interface LinkBuilder {
  deepLink(target: SubEntity, label: string): string;
  webUrl(target: SubEntity): string;
}

/** The frozen copy's file name: the round and the start of its content hash, so a different copy never takes its name. */
function snapshotFileName(draftId: number, round: number, hash: string): string {
  return `draft-${draftId}-round-${round}-${hash.slice(0, 12)}.json`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * The approval flow over PnPjs and Graph. Every outcome is derived from the records SharePoint stamps
 * (decisions' authors, activity's withdrawals) and the current members of the approvers group.
 */
export class ApprovalService {
  constructor(
    private readonly sp: SPFI,
    private readonly notifier: INotificationService,
    private readonly links: LinkBuilder
  ) {}

  /**
   * Owners only: gives the approval lists their permissions (approvers add decisions; nobody but owners edits), and
   * lets everyone on the site see who the approvers are. Staff must list them to submit a draft (each is notified)
   * and to follow a round (a majority is counted among them), and a group can hide its members from non-members
   * (TENANT-FACTS). Who approves a school's policies is no secret: schools publish their governors' names (DfE,
   * "What maintained schools must publish online").
   */
  async secure(approversGroup: string): Promise<void> {
    await secureApprovalLists(this.sp, approversGroup);
    if (!approversGroup.trim()) return;
    const group = this.sp.web.siteGroups.getByName(pathText(approversGroup));
    const settings = await group.select('OnlyAllowMembersViewMembership')<{ OnlyAllowMembersViewMembership?: boolean }>();
    if (settings.OnlyAllowMembersViewMembership) await group.update({ OnlyAllowMembersViewMembership: false });
  }

  /**
   * The people of the approvers group, as approvers (groups nested in it are not expanded). Throws
   * ApproversHiddenError when the group hides its members from this person.
   */
  async approvers(groupName: string): Promise<Approver[]> {
    if (!groupName.trim()) return [];
    type GroupUser = { Id: number; Title: string; Email: string; UserPrincipalName: string | null; PrincipalType: number };
    let users: GroupUser[];
    try {
      users = await this.sp.web.siteGroups.getByName(pathText(groupName)).users.select('Id', 'Title', 'Email', 'UserPrincipalName', 'PrincipalType')<GroupUser[]>();
    } catch (error) {
      // A 403 is a hidden membership only when the group says so; anything else (no access to the site) stays as is.
      if (statusOf(error) === 403 && await this.hidesMembers(groupName)) throw new ApproversHiddenError(groupName);
      throw error;
    }
    return users.filter(u => u.PrincipalType === 1).map(u => ({ id: u.Id, name: u.Title, login: u.UserPrincipalName || u.Email, email: u.Email }));
  }

  private async hidesMembers(groupName: string): Promise<boolean> {
    try {
      const group = await this.sp.web.siteGroups.getByName(pathText(groupName)).select('OnlyAllowMembersViewMembership')<{ OnlyAllowMembersViewMembership?: boolean }>();
      return group.OnlyAllowMembersViewMembership === true;
    } catch {
      return false;
    }
  }

  /**
   * Whether the signed-in person is in the approvers group, read from their own groups (`web/currentUser/groups`),
   * which SharePoint shows them whoever may see the group's other members.
   */
  async isApprover(groupName: string): Promise<boolean> {
    const wanted = groupName.trim().toLowerCase();
    if (!wanted) return false;
    const groups = await this.sp.web.currentUser.groups.select('Title')<{ Title: string }[]>();
    return groups.some(g => g.Title.toLowerCase() === wanted);
  }

  /**
   * Freezes the draft, stores the frozen copy, opens a round and notifies each approver (Teams, or mail where
   * Teams cannot deliver). Refuses when the checks fail or the approvers group is empty.
   */
  async submit(input: { draft: Draft & { id: number }; blocks: DraftBlock[]; profile: SchoolProfile; dueDate: string; submitter: { id: number; login: string } }): Promise<{ round: ApprovalRound; deliveries: Delivery[] }> {
    const { draft, blocks, profile } = input;
    const issues = validateDraft({ ...draft, blocks }, profile);
    if (issues.length > 0) throw new SubmitRefusedError(`Fix ${issues.length} thing${issues.length === 1 ? '' : 's'} before submitting.`, issues);
    const approvers = await this.approvers(profile.approversGroup);
    if (approvers.length === 0) {
      throw new SubmitRefusedError(profile.approversGroup
        ? `The approvers group "${profile.approversGroup}" has no members. Ask a site owner to add the governors to it.`
        : 'No approvers group is set. A site owner chooses it in the school profile.');
    }
    const snapshot = freezeDraft(draft, blocks, mergeValuesFor(profile, { reviewDate: draft.reviewDate }));
    const hash = snapshotHash(snapshot);
    const previous = await this.rounds(draft.id);
    const number = previous.reduce((max, r) => Math.max(max, r.number), 0) + 1;
    // A round still open is superseded: its decisions were about other content.
    const current = previous.length > 0 ? await this.view(draft.id, profile) : undefined;
    if (current?.outcome.state === 'Open') await this.record(draft.id, current.round.id, 'Withdrawn', `Round ${current.round.number} withdrawn: superseded by round ${number}.`);
    // The files carry no columns of their own: members may add files to this library but not edit them (their
    // columns included), so the round item below is what names the draft, the round, the hash and the file.
    const name = snapshotFileName(draft.id, number, hash);
    const text = JSON.stringify(snapshot);
    const snapshotUrl = await this.addFrozen(name, text, async url => (await this.sp.web.getFileByServerRelativePath(url).getText()) === text);
    // A Word rendering of the frozen copy is kept with the round, with the school's changes from the bank as tracked changes.
    const word = await makeWordFile(snapshot, {
      version: `round ${number}`, showChanges: true, profile, signatureLines: draft.kind === 'Aup', audience: draft.audience, reviewDate: draft.reviewDate,
      formatDate: iso => formatDate(iso), now: new Date().toISOString()
    });
    await this.addFrozen(name.replace(/\.json$/, '.docx'), word.bytes, async url => sameBytes(new Uint8Array(await this.sp.web.getFileByServerRelativePath(url).getBuffer()), word.bytes));
    const created = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.add({
      Title: fitLabel(`${draft.title}, round ${number}`), DraftId: draft.id, RoundNumber: number, SnapshotHash: hash, SnapshotUrl: snapshotUrl,
      DueDate: `${input.dueDate}T23:59:59Z`
    }) as RoundItem;
    const round = toRound({ ...created, AuthorId: created.AuthorId ?? input.submitter.id });
    await this.record(draft.id, round.id, 'Submitted', `Submitted round ${number} for approval (${profile.approvalRule === 'All' ? 'all must approve' : profile.approvalRule === 'Any' ? 'any one may approve' : 'a majority must approve'}), due ${input.dueDate}.`, { hash });
    const deliveries = await this.send(approvers.filter(a => a.id !== input.submitter.id), 'approvalRequested', draft.title, round,
      `Please review and approve ${draft.title} by ${input.dueDate}.`, [`You are asked to approve "${draft.title}" by ${input.dueDate}.`, 'Open it to read the frozen draft and approve it or ask for changes.']);
    return { round, deliveries };
  }

  /**
   * Adds a frozen file without ever replacing one. A retry whose first try landed (its answer lost) finds its own
   * bytes under the name and uses them; a name taken by anything else gets a fresh suffix, so nobody can block a
   * submission by putting a file where the next one will go.
   */
  private async addFrozen(name: string, content: string | Uint8Array, isOurs: (serverRelativeUrl: string) => Promise<boolean>): Promise<string> {
    const folder = this.sp.web.lists.getByTitle(SCHOOL_LISTS.snapshots).rootFolder;
    try {
      return (await folder.files.addUsingPath(name, content, { Overwrite: false }) as { ServerRelativeUrl: string }).ServerRelativeUrl;
    } catch (error) {
      if (!/already exists/i.test((error as Error).message)) throw error;
      const folderUrl = (await folder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()).ServerRelativeUrl;
      const existing = `${folderUrl}/${name}`;
      if (await isOurs(existing)) return existing;
      const fresh = name.replace(/(\.\w+)$/, `-${Date.now().toString(36)}$1`);
      return (await folder.files.addUsingPath(fresh, content, { Overwrite: false }) as { ServerRelativeUrl: string }).ServerRelativeUrl;
    }
  }

  /** The draft's rounds, oldest first. */
  async rounds(draftId: number): Promise<ApprovalRound[]> {
    const items = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.select(...ROUND_SELECT).expand('Author')
      .filter(Filter.eq('DraftId', draftId)).orderBy('RoundNumber', true).top(PAGE_SIZE)<RoundItem[]>();
    return distinctRounds(items.map(toRound));
  }

  /** A round with its decisions, withdrawal, approvers and derived outcome (one batched read). */
  async view(draftId: number, profile: SchoolProfile, roundNumber?: number): Promise<RoundView | undefined> {
    const [batched, execute] = this.sp.batched();
    const roundsQuery = batched.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.select(...ROUND_SELECT).expand('Author').filter(Filter.eq('DraftId', draftId)).orderBy('RoundNumber', true).top(PAGE_SIZE)<RoundItem[]>();
    const decisionsQuery = batched.web.lists.getByTitle(SCHOOL_LISTS.decisions).items.select(...DECISION_SELECT).expand('Author').filter(Filter.eq('DraftId', draftId)).top(PAGE_SIZE)<DecisionItem[]>();
    const activityQuery = batched.web.lists.getByTitle(SCHOOL_LISTS.activity).items.select(...ACTIVITY_SELECT).expand('Author').filter(Filter.and(Filter.eq('DraftId', draftId), Filter.eq('ActivityKind', 'Withdrawn'))).top(PAGE_SIZE)<ActivityItem[]>();
    const approversQuery = this.approvers(profile.approversGroup);
    // Awaited together, so a refused batch does not leave the approvers' read rejecting unhandled.
    await Promise.all([execute(), approversQuery]);
    const rounds = distinctRounds((await roundsQuery).map(toRound));
    const round = roundNumber === undefined ? rounds[rounds.length - 1] : rounds.find(r => r.number === roundNumber);
    if (!round) return undefined;
    const decisions = (await decisionsQuery).map(toDecision).filter(d => d.roundId === round.id);
    const withdrawals = (await activityQuery).map(toActivity).filter(a => a.roundId === round.id).sort((a, b) => a.at.localeCompare(b.at));
    const withdrawal = withdrawals[0] ? { roundId: round.id, byId: withdrawals[0].byId, created: withdrawals[0].at } : undefined;
    const approvers = await approversQuery;
    const outcome = deriveRoundOutcome({ round, decisions, approverIds: approvers.map(a => a.id), rule: profile.approvalRule, withdrawal, now: new Date() });
    return { round, outcome, approvers, decisions, withdrawal };
  }

  /** Every draft's latest round and its derived outcome, in one batched read (the documents dashboard). */
  async latestOutcomes(profile: SchoolProfile): Promise<Map<number, { round: ApprovalRound; outcome: RoundOutcome }>> {
    const [batched, execute] = this.sp.batched();
    const roundsQuery = batched.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.select(...ROUND_SELECT).expand('Author').orderBy('Id', true).top(PAGE_SIZE)<RoundItem[]>();
    const decisionsQuery = batched.web.lists.getByTitle(SCHOOL_LISTS.decisions).items.select(...DECISION_SELECT).expand('Author').top(PAGE_SIZE)<DecisionItem[]>();
    const withdrawalsQuery = batched.web.lists.getByTitle(SCHOOL_LISTS.activity).items.select(...ACTIVITY_SELECT).expand('Author').filter(Filter.eq('ActivityKind', 'Withdrawn')).top(PAGE_SIZE)<ActivityItem[]>();
    const approversQuery = this.approvers(profile.approversGroup);
    // Awaited together, so a refused batch does not leave the approvers' read rejecting unhandled.
    await Promise.all([execute(), approversQuery]);
    const latest = new Map<number, ApprovalRound>();
    for (const round of distinctRounds((await roundsQuery).map(toRound))) {
      const known = latest.get(round.draftId);
      if (!known || round.number > known.number) latest.set(round.draftId, round);
    }
    const decisions = (await decisionsQuery).map(toDecision);
    const withdrawals = (await withdrawalsQuery).map(toActivity);
    const approverIds = (await approversQuery).map(a => a.id);
    const result = new Map<number, { round: ApprovalRound; outcome: RoundOutcome }>();
    for (const [draftId, round] of latest) {
      const withdrawn = withdrawals.filter(w => w.roundId === round.id).sort((a, b) => a.at.localeCompare(b.at))[0];
      const outcome = deriveRoundOutcome({
        round, decisions, approverIds, rule: profile.approvalRule, now: new Date(),
        withdrawal: withdrawn ? { roundId: round.id, byId: withdrawn.byId, created: withdrawn.at } : undefined
      });
      result.set(draftId, { round, outcome });
    }
    return result;
  }

  /** The frozen copy a round was opened with, checked against its hash. */
  async snapshot(round: ApprovalRound): Promise<DraftSnapshot> {
    const text = await this.sp.web.getFileByServerRelativePath(round.snapshotUrl).getText();
    try {
      const snapshot = JSON.parse(text) as DraftSnapshot;
      if (snapshotHash(snapshot) === round.snapshotHash) return snapshot;
    } catch {
      // A file that is not a snapshot at all (a round can name any file) is no more the frozen copy than a changed one.
    }
    throw new SnapshotTamperedError();
  }

  /**
   * Records the signed-in approver's decision on the snapshot they were shown (its hash binds the decision), then
   * tells the owner when the round has an outcome. SharePoint refuses anyone outside the approvers group.
   */
  async decide(draft: { id: number; title: string }, view: RoundView, profile: SchoolProfile, decision: DecisionKind, comment: string, shownHash: string): Promise<RoundView> {
    if (decision === 'RequestChanges' && !comment.trim()) throw new Error('Say what should change, so the owner knows what to do.');
    await this.sp.web.lists.getByTitle(SCHOOL_LISTS.decisions).items.add({
      Title: `${decision} · round ${view.round.number}`, RoundId: view.round.id, DraftId: draft.id, Decision: decision, DecisionComment: comment.trim(), SnapshotHash: shownHash
    });
    await this.record(draft.id, view.round.id, 'Decided', decision === 'Approve' ? `Approved round ${view.round.number}.` : `Asked for changes to round ${view.round.number}: ${comment.trim()}`);
    const next = await this.view(draft.id, profile, view.round.number) as RoundView;
    if (view.outcome.state === 'Open' && next.outcome.state !== 'Open') {
      const owner: Recipient[] = [{ name: view.round.submittedBy, login: '', email: '' }];
      const submitter = await this.personById(view.round.submittedById);
      if (submitter) owner.splice(0, 1, submitter);
      if (next.outcome.state === 'Approved') {
        await this.record(draft.id, view.round.id, 'Approved', `Round ${view.round.number} approved (${next.outcome.approvals.map(a => a.authorName).join(', ')}).`);
        await this.send(owner.filter(o => o.login), 'policyApproved', draft.title, view.round, `${draft.title} has been approved.`, [`"${draft.title}" has been approved. You can now publish it.`]);
      } else if (next.outcome.state === 'ChangesRequested') {
        await this.record(draft.id, view.round.id, 'ChangesRequested', `Changes requested on round ${view.round.number}.`);
        await this.send(owner.filter(o => o.login), 'changesRequested', draft.title, view.round, `Changes were asked for on ${draft.title}.`, [`Changes were asked for on "${draft.title}":`, comment.trim()]);
      }
    }
    return next;
  }

  /** Withdraws an open round (editing a draft under review does this): decisions never carry over to changed content. */
  async withdraw(draft: { id: number; title: string }, view: RoundView, reason: string, byId: number): Promise<void> {
    await this.record(draft.id, view.round.id, 'Withdrawn', `Round ${view.round.number} withdrawn: ${reason}`);
    await this.send(view.approvers.filter(a => a.id !== byId), 'approvalWithdrawn', draft.title, view.round, `${draft.title} was withdrawn from approval.`, [`"${draft.title}" was withdrawn from approval: ${reason}`, 'You do not need to do anything now.']);
  }

  /** Reminds the approvers who have not decided yet. */
  async remind(draft: { id: number; title: string }, view: RoundView, byId: number): Promise<Delivery[]> {
    const waiting = view.approvers.filter(a => view.outcome.pending.includes(a.id) && a.id !== byId);
    const deliveries = await this.send(waiting, 'approvalReminder', draft.title, view.round, `${draft.title} is waiting for your decision.`, [`"${draft.title}" is still waiting for your decision${view.round.dueDate ? ` (due ${view.round.dueDate})` : ''}.`]);
    await this.record(draft.id, view.round.id, 'Reminded', `Reminded ${waiting.map(w => w.name).join(', ') || 'nobody'}.`);
    return deliveries;
  }

  /** The document's timeline, newest first. */
  async activity(draftId: number): Promise<ActivityEntry[]> {
    const items = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.activity).items.select(...ACTIVITY_SELECT).expand('Author')
      .filter(Filter.eq('DraftId', draftId)).orderBy('Id', false).top(PAGE_SIZE)<ActivityItem[]>();
    return items.map(toActivity);
  }

  /** Appends a line to the activity log (SharePoint stamps who and when). */
  async record(draftId: number, roundId: number | undefined, kind: ActivityKind, summary: string, details?: unknown): Promise<void> {
    await this.sp.web.lists.getByTitle(SCHOOL_LISTS.activity).items.add({
      Title: fitLabel(summary), DraftId: draftId, RoundId: roundId ?? null, ActivityKind: kind, Details: details === undefined ? '' : JSON.stringify(details)
    });
  }

  private async personById(id: number): Promise<Recipient | undefined> {
    try {
      const user = await this.sp.web.getUserById(id).select('Title', 'Email', 'UserPrincipalName')<{ Title: string; Email: string; UserPrincipalName: string | null }>();
      return { name: user.Title, login: user.UserPrincipalName || user.Email, email: user.Email };
    } catch {
      return undefined;
    }
  }

  private async send(recipients: Recipient[], type: ActivityType, title: string, round: ApprovalRound, preview: string, lines: string[]): Promise<Delivery[]> {
    if (recipients.length === 0) return [];
    const target: SubEntity = { kind: 'round', draftId: round.draftId, round: round.number };
    const deliveries = await this.notifier.notify(recipients, {
      activityType: type, policy: title, preview, deepLink: this.links.deepLink(target, title), webUrl: this.links.webUrl(target),
      mailSubject: `${title}: ${preview}`, mailLines: lines
    });
    await this.record(round.draftId, round.id, 'Notified', deliveries.map(d => `${d.recipient.name}: ${d.channel === 'teams' ? 'Teams' : d.channel === 'mail' ? 'e-mail' : 'not reached'}`).join('; '),
      deliveries.map(d => ({ name: d.recipient.name, channel: d.channel, detail: d.detail })));
    return deliveries;
  }
}
