import type { ApprovalRound, DecisionKind, RoundOutcome, RoundTerms } from '../../domain/approval/ApprovalModel';
import { deriveRoundOutcome } from '../../domain/approval/deriveRound';
import { fingerprint } from '../../domain/approval/fingerprint';
import { withdrawalOf } from '../../domain/approval/rounds';
import { freezeDraft, snapshotHash, type DraftSnapshot } from '../../domain/approval/snapshot';
import type { SubEntity } from '../../domain/approval/deepLink';
import { validateDraft, type DraftIssue } from '../../domain/draft/validateDraft';
import { mergeValuesFor, type SchoolProfile } from '../../domain/school/SchoolProfile';
import type { ActivityType } from '../host/teamsApp';
import type { Delivery, INotificationService, Recipient } from '../notify/INotificationService';
import type { Notice } from '../notify/NotificationText';
import { AppError, isAppError } from '../errors/AppError';
import type { SPFI } from '../sharepoint/pnp';
import { Filter, pathText } from '../sharepoint/odataFilter';
import { isThresholdError, PAGE_SIZE, readEveryPage } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { fitLabel } from '../sharepoint/schema/columnLimits';
import { ACTIVITY_SELECT, ROUND_SELECT, toActivity, toRoundRecord, type ActivityItem, type RoundItem } from './approvalWire';
import type { ActivityEntry, ActivityKind } from '../../domain/approval/activity';
import type { IApprovalService, SubmitInput } from './IApprovalService';
import { secureApprovalLists } from './approvalPermissions';
import { currentElectorate, readBallotLists } from './ballotLists';
import { RoundReader, SnapshotTamperedError } from './RoundReader';
import type { Approver, RoundView } from '../../domain/approval/RoundView';
import type { LinkBuilder } from '../../domain/approval/LinkBuilder';
import { sortRoundRecords } from '../../domain/approval/rounds';
import { makeWordFile } from '../word/WordService';
import { formatDate } from '../../domain/time/formatDate';

export { SnapshotTamperedError } from './RoundReader';
/**
 * Submitting was refused: the checks found problems, each linked to its block (`approval.fixIssues`), or nobody can
 * approve yet (`approval.noElectorate`, `approval.noApproversGroup`).
 */
export class SubmitRefusedError extends AppError {
  constructor(code: 'approval.fixIssues' | 'approval.noElectorate' | 'approval.noApproversGroup', detail: string, readonly issues: DraftIssue[] = [], values: ReadonlyArray<string | number> = []) {
    super('invalid', code, detail, { values });
    this.name = 'SubmitRefusedError';
  }
}

export type { IApprovalService, SubmitInput } from './IApprovalService';

/**
 * The approvers group shows its members only to its members and the site's owners ("Who can view the membership of
 * the group"), so this person cannot see who approves: SharePoint answers 403 to reading its users.
 */
export class ApproversHiddenError extends AppError {
  constructor(readonly groupName: string) {
    // status 403: SharePoint's answer, kept so callers still see an access refusal (describeError, retries).
    super('accessDenied', 'approval.approversHidden', `The group "${groupName}" shows its members only to its members and the site's owners.`, { status: 403, values: [groupName] });
    this.name = 'ApproversHiddenError';
  }
}

/** A name already taken: the typed code, or SharePoint's own words when the error did not pass through TypedErrors. */
function alreadyExists(error: unknown): boolean {
  return isAppError(error) ? error.code === 'sharepoint.alreadyExists' : /already exists/i.test((error as Error | null)?.message ?? '');
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The frozen copy's file name: the draft and the start of its content hash, so a different copy never takes its name. */
function snapshotFileName(draftId: number, hash: string): string {
  return `draft-${draftId}-${hash.slice(0, 16)}.json`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

const RULE_SUMMARY = { All: 'all must approve', Majority: 'a majority must approve', Any: 'any one may approve' } as const;

/**
 * The approval flow over PnPjs and Graph. A round's terms (content, electorate, rule, due date) are frozen in
 * its hash-bound copy; each elector decides in their own ballot list; outcomes are derived from where ballots
 * sit and from item ids, never from Author, Editor, Created or Modified (see SECURITY.md).
 */
export class ApprovalService implements IApprovalService {
  private readonly reader: RoundReader;

  constructor(
    private readonly sp: SPFI,
    private readonly notifier: INotificationService,
    private readonly links: LinkBuilder
  ) {
    this.reader = new RoundReader(sp);
  }

  /**
   * Owners only: secures the approval lists, makes each approver's ballot list, and lets everyone on the site see
   * who the approvers are. Staff must list them to follow a round, and a group can hide its members from
   * non-members (TENANT-FACTS). Who approves a school's policies is no secret: schools publish their governors'
   * names (DfE, "What maintained schools must publish online").
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
    return (await this.myGroups()).some(title => title.toLowerCase() === wanted);
  }

  /** The titles of the signed-in person's own site groups. `over`: a batched root (`readTogether`). */
  async myGroups(over: SPFI = this.sp): Promise<string[]> {
    return (await over.web.currentUser.groups.select('Title')<{ Title: string }[]>()).map(g => g.Title);
  }

  /** The approvers a round submitted now would be put to: those with a secured ballot list. */
  async electorate(): Promise<Approver[]> {
    return (await currentElectorate(this.sp)).map(e => ({ id: e.id, name: e.name, login: e.login, email: e.email }));
  }

  /**
   * What a submission freezes: the draft with the round's terms (the approvers who have a ballot list now, the
   * profile's rule, the due date, the draft's newest rounds-list item) and the copy's hash, file name and text.
   */
  async prepareRound(input: SubmitInput): Promise<{ terms: RoundTerms; snapshot: DraftSnapshot; hash: string; name: string; text: string }> {
    const { draft, blocks, profile } = input;
    const issues = validateDraft({ ...draft, blocks }, profile);
    if (issues.length > 0) throw new SubmitRefusedError('approval.fixIssues', `The checks found ${issues.length} issue(s).`, issues, [issues.length]);
    const electorate = await currentElectorate(this.sp);
    if (electorate.length === 0) {
      throw profile.approversGroup
        ? new SubmitRefusedError('approval.noElectorate', `No ballot list exists for anyone in "${profile.approversGroup}".`, [], [profile.approversGroup])
        : new SubmitRefusedError('approval.noApproversGroup', 'The school profile names no approvers group.');
    }
    const [groupNow, items] = await Promise.all([
      this.approvers(profile.approversGroup).catch(() => [] as Approver[]),
      this.sp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.select('Id').filter(Filter.eq('DraftId', draft.id)).orderBy('Id', false).top(1)<{ Id: number }[]>()
    ]);
    const terms: RoundTerms = {
      rule: profile.approvalRule, dueDate: input.dueDate, approversGroup: profile.approversGroup, electorate,
      excludedOwners: groupNow.filter(a => !electorate.some(e => e.id === a.id)).map(a => a.name), follows: items[0]?.Id ?? 0
    };
    const snapshot: DraftSnapshot = { ...freezeDraft(draft, blocks, mergeValuesFor(profile, { reviewDate: draft.reviewDate })), terms };
    const hash = await snapshotHash(snapshot);
    return { terms, snapshot, hash, name: snapshotFileName(draft.id, hash), text: JSON.stringify(snapshot) };
  }

  /**
   * Freezes the draft with the round's terms (the approvers who have a ballot list now, the profile's rule, the
   * due date), stores the frozen copy, opens a round and notifies each approver. A later round supersedes an open
   * one by itself. Refuses when the checks fail or nobody can approve.
   */
  async submit(input: SubmitInput): Promise<{ round: ApprovalRound; deliveries: Delivery[] }> {
    const { draft, profile } = input;
    const { terms, hash, name, text, snapshot } = await this.prepareRound(input);
    // The files carry no columns of their own: members may add files but not edit them, so the round item names the file.
    const snapshotUrl = await this.addFrozen(name, text, async url => (await this.sp.web.getFileByServerRelativePath(url).getText()) === text);
    const word = await makeWordFile(snapshot, {
      version: 'for approval', showChanges: true, profile, signatureLines: draft.kind === 'Aup', audience: draft.audience, reviewDate: draft.reviewDate,
      formatDate: iso => formatDate(iso), now: new Date().toISOString()
    });
    await this.addFrozen(name.replace(/\.json$/, '.docx'), word.bytes, async url => sameBytes(new Uint8Array(await this.sp.web.getFileByServerRelativePath(url).getBuffer()), word.bytes));
    await this.sp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.add({
      Title: fitLabel(`${draft.title}: approval round`), DraftId: draft.id, SnapshotHash: hash, SnapshotUrl: snapshotUrl, DueDate: `${input.dueDate}T23:59:59Z`
    });
    const view = await this.view(draft.id, profile);
    if (!view || view.round.snapshotHash !== hash) throw new AppError('unexpected', 'approval.notReadBack', `Round with hash ${hash} was stored but is not the current round when read back.`);
    const round = view.round;
    await this.record(draft.id, round.id, 'Submitted', `Submitted round ${round.number} for approval (${RULE_SUMMARY[terms.rule]}; fingerprint ${fingerprint(hash)}), due ${input.dueDate}.`, { hash });
    const deliveries = await this.send(view.approvers.filter(a => a.id !== input.submitter.id), 'approvalRequested', draft.title, round, { kind: 'approvalRequested', due: input.dueDate });
    return { round, deliveries };
  }

  /**
   * Adds a frozen file without ever replacing one. A retry whose first try landed finds its own bytes under the
   * name and uses them; a name taken by anything else gets a fresh suffix.
   */
  private async addFrozen(name: string, content: string | Uint8Array, isOurs: (serverRelativeUrl: string) => Promise<boolean>): Promise<string> {
    const folder = this.sp.web.lists.getByTitle(SCHOOL_LISTS.snapshots).rootFolder;
    try {
      return (await folder.files.addUsingPath(name, content, { Overwrite: false }) as { ServerRelativeUrl: string }).ServerRelativeUrl;
    } catch (error) {
      if (!alreadyExists(error)) throw error;
      const existing = `${await this.reader.snapshotFolder()}/${name}`;
      if (await isOurs(existing)) return existing;
      const fresh = name.replace(/(\.\w+)$/, `-${Date.now().toString(36)}$1`);
      return (await folder.files.addUsingPath(fresh, content, { Overwrite: false }) as { ServerRelativeUrl: string }).ServerRelativeUrl;
    }
  }

  /** The draft's rounds, numbered by item id, oldest first (well-formed ones; their copies are checked when opened). */
  async rounds(draftId: number): Promise<ApprovalRound[]> {
    return (await this.reader.draftRounds(draftId)).rounds;
  }

  /**
   * A round with its frozen terms, ballots and derived outcome: the given one (refused with
   * SnapshotTamperedError when its frozen copy does not check out), or the newest whose copy does. With
   * `together` (a batched root, see `readTogether`; the newest round only), the first reads are queued there.
   */
  async view(draftId: number, _profile: SchoolProfile | undefined, roundNumber?: number, together?: SPFI): Promise<RoundView | undefined> {
    // The current round's first reads may ride in someone else's `$batch` (the draft editor's opening, issue 16).
    if (together && roundNumber === undefined) return this.reader.queuedView(draftId, together);
    const rounds = await this.reader.draftRounds(draftId);
    if (roundNumber !== undefined) {
      const round = rounds.rounds.find(r => r.number === roundNumber);
      if (!round) return undefined;
      const snapshot = await this.reader.verified(round);
      if (!snapshot) throw new SnapshotTamperedError();
      return this.reader.viewOf(rounds, round, snapshot, []);
    }
    const current = await this.reader.current(rounds);
    if (!current.round || !current.snapshot) return undefined;
    return this.reader.viewOf(rounds, current.round, current.snapshot, current.mismatched);
  }

  /** Every draft's current round and its derived outcome (the documents dashboard). */
  /**
   * Every draft's current round and its derived outcome (the documents dashboard), in two `$batch`es: the rounds,
   * the snapshots' folder and the ballot lists (in `together`'s `$batch` when given: see `readTogether`); then each
   * draft's newest round's frozen copy with every ballot list's ballots. The ballots count only once a copy checks
   * out and names its electorate; a newest copy that does not check out sends the reader back through older rounds.
   */
  async latestOutcomes(_profile: SchoolProfile | undefined, together?: SPFI): Promise<Map<number, { round: ApprovalRound; outcome: RoundOutcome }>> {
    const first = together ?? this.sp;
    const [items, folder, boxes] = await Promise.all([
      first.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.select(...ROUND_SELECT).expand('Author').orderBy('Id', true).top(PAGE_SIZE)<RoundItem[]>(),
      this.reader.snapshotFolder(together),
      readBallotLists(first)
    ]);
    const records = items.map(toRoundRecord);
    const sorted = [...new Set(records.map(r => r.round.draftId))].map(draftId => sortRoundRecords(records, draftId, folder));
    const [batched, execute] = this.sp.batched();
    const newest = sorted.map(rounds => {
      const last = rounds.rounds[rounds.rounds.length - 1];
      return last ? this.reader.verified(last, batched).then(snapshot => ({ round: last, snapshot }), () => undefined) : undefined;
    });
    const ballots = this.reader.queueBallots(sorted.some(r => r.rounds.length > 0) ? boxes.map(b => b.id) : [], batched);
    await execute();
    const currents = await Promise.all(sorted.map(async (rounds, i) => {
      const checked = await newest[i];
      return checked?.snapshot ? { rounds, ...checked } : { rounds, ...(await this.reader.current(rounds)) };
    }));
    const decisions = await this.reader.decisionsIn(currents.flatMap(c => c.snapshot?.terms.electorate ?? []), await ballots);
    const result = new Map<number, { round: ApprovalRound; outcome: RoundOutcome }>();
    for (const { rounds, round, snapshot } of currents) {
      if (!round || !snapshot) continue;
      const outcome = deriveRoundOutcome({ round, terms: snapshot.terms, decisions, withdrawal: withdrawalOf(rounds, round.id), now: new Date() });
      result.set(round.draftId, { round, outcome });
    }
    return result;
  }

  /** The frozen copy a round was opened with, checked against its hash. */
  async snapshot(round: ApprovalRound): Promise<DraftSnapshot> {
    const snapshot = await this.reader.verified(round);
    if (!snapshot) throw new SnapshotTamperedError();
    return snapshot;
  }

  /**
   * Records the signed-in approver's decision in their own ballot list, bound to the hash of the copy they were
   * shown; sends them a receipt with the fingerprint; and, when this decision settles the round, tells the
   * submitter and the approvers whose decision is no longer needed. SharePoint refuses anyone else's list.
   */
  async decide(draft: { id: number; title: string }, view: RoundView, profile: SchoolProfile, decision: DecisionKind, comment: string, shownHash: string, me?: { id: number }): Promise<RoundView> {
    if (decision === 'RequestChanges' && !comment.trim()) throw new AppError('invalid', 'approval.commentRequired', 'A request for changes came without a comment.');
    const myId = me?.id ?? (await this.sp.web.currentUser.select('Id')<{ Id: number }>()).Id;
    const elector = view.terms.electorate.find(e => e.id === myId);
    if (!elector) throw new AppError('accessDenied', 'approval.notAnElector', `User ${myId} is not in round ${view.round.number}'s electorate.`, { status: 403 });
    await this.sp.web.lists.getById(elector.ballotList).items.add({
      Title: `${decision} · round ${view.round.number}`, RoundId: view.round.id, DraftId: draft.id, Decision: decision, DecisionComment: comment.trim(), SnapshotHash: shownHash
    });
    await this.record(draft.id, view.round.id, 'Decided', decision === 'Approve' ? `Approved round ${view.round.number}.` : `Asked for changes to round ${view.round.number}: ${comment.trim()}`);
    const next = await this.view(draft.id, profile, view.round.number) as RoundView;
    const me2: Approver = { id: elector.id, name: elector.name, login: elector.login, email: elector.email };
    await this.send([me2], 'decisionRecorded', draft.title, view.round, { kind: 'decisionRecorded', round: view.round.number, decision, fingerprint: fingerprint(shownHash) });
    if (view.outcome.state === 'Open' && next.outcome.state !== 'Open') await this.announceClosed(draft, next, comment);
    return next;
  }

  private async announceClosed(draft: { id: number; title: string }, view: RoundView, comment: string): Promise<void> {
    const { round, outcome } = view;
    const submitter = await this.personById(round.submittedById);
    const owner = submitter ? [submitter] : [];
    if (outcome.state === 'Approved') {
      await this.record(draft.id, round.id, 'Approved', `Round ${round.number} approved (${outcome.approvals.map(a => a.authorName).join(', ')}).`);
      await this.send(owner, 'policyApproved', draft.title, round, { kind: 'policyApproved' });
    } else if (outcome.state === 'ChangesRequested') {
      await this.record(draft.id, round.id, 'ChangesRequested', `Changes requested on round ${round.number}.`);
      await this.send(owner, 'changesRequested', draft.title, round, { kind: 'changesRequested', comment: comment.trim() });
    }
    const notNeeded = view.approvers.filter(a => outcome.pending.includes(a.id));
    await this.send(notNeeded, 'roundClosed', draft.title, round, outcome.state === 'Approved'
      ? { kind: 'roundClosedApproved', approvals: outcome.approvals.length, rule: outcome.rule }
      : { kind: 'roundClosedUnreachable', requests: outcome.changesRequested.length, rule: outcome.rule });
  }

  /**
   * Withdraws an open round (editing a draft under review does this): an item of the rounds list naming the round,
   * which counts only because it comes after it (a greater item id). Decisions never carry over to changed content.
   */
  async withdraw(draft: { id: number; title: string }, view: RoundView, reason: string, byId: number): Promise<void> {
    await this.sp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.add({ Title: `Withdrawn: ${reason}`.slice(0, 250), DraftId: draft.id, WithdrawsRound: view.round.id });
    await this.record(draft.id, view.round.id, 'Withdrawn', `Round ${view.round.number} withdrawn: ${reason}`);
    await this.send(view.approvers.filter(a => a.id !== byId), 'approvalWithdrawn', draft.title, view.round, { kind: 'approvalWithdrawn', reason });
  }

  /** Reminds the approvers who have not decided yet. */
  async remind(draft: { id: number; title: string }, view: RoundView, byId: number): Promise<Delivery[]> {
    const waiting = view.approvers.filter(a => view.outcome.pending.includes(a.id) && a.id !== byId);
    const deliveries = await this.send(waiting, 'approvalReminder', draft.title, view.round, { kind: 'approvalReminder', due: view.terms.dueDate || undefined });
    await this.record(draft.id, view.round.id, 'Reminded', `Reminded ${waiting.map(w => w.name).join(', ') || 'nobody'}.`);
    return deliveries;
  }

  /** The document's timeline, newest first (for people: no outcome reads it). */
  async activity(draftId: number): Promise<ActivityEntry[]> {
    // Every page, not the first 5,000 (led by the indexed DraftId, so the Activity list may grow past the threshold).
    // More than 5,000 entries for one document is a real SharePoint limit (an indexed filter matching more than the
    // threshold is refused even when paged: pnp/pnpjs#1158): the person is told, nothing is shown cut.
    const items = await readEveryPage<ActivityItem>(this.sp.web.lists.getByTitle(SCHOOL_LISTS.activity).items.select(...ACTIVITY_SELECT).expand('Author')
      .filter(Filter.eq('DraftId', draftId)).orderBy('Id', false)).catch((error: unknown) => {
      throw isThresholdError(error) ? new AppError('invalid', 'activity.tooLarge', `The activity of draft ${draftId} exceeds the list view threshold.`, { status: 500 }) : error;
    });
    return items.map(toActivity);
  }

  /** Appends a line to the activity log. */
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

  private async send(recipients: Recipient[], type: ActivityType, title: string, round: ApprovalRound, notice: Notice): Promise<Delivery[]> {
    if (recipients.length === 0) return [];
    const target: SubEntity = { kind: 'round', draftId: round.draftId, round: round.number };
    const deliveries = await this.notifier.notify(recipients, {
      activityType: type, policy: title, notice, deepLink: this.links.deepLink(target, title), webUrl: this.links.webUrl(target)
    });
    await this.record(round.draftId, round.id, 'Notified', deliveries.map(d => `${d.recipient.name}: ${d.channel === 'teams' ? 'Teams' : d.channel === 'mail' ? 'e-mail' : 'not reached'}`).join('; '),
      deliveries.map(d => ({ name: d.recipient.name, channel: d.channel, detail: d.detail })));
    return deliveries;
  }
}
