import { PermissionKind } from '@pnp/sp/security';
import type { AcknowledgementRecord, AcknowledgementRequest, AudienceMember } from '../../domain/acknowledgement/AcknowledgementModel';
import { changesSince } from '../../domain/acknowledgement/changesSince';
import { deriveRecord, lastAcknowledgedHash, stillWaiting } from '../../domain/acknowledgement/deriveRecord';
import type { ApprovalRound } from '../../domain/approval/ApprovalModel';
import type { DraftSnapshot } from '../../domain/approval/snapshot';
import { AppError } from '../errors/AppError';
import type { Delivery, INotificationService } from '../notify/INotificationService';
import type { SPFI } from '../sharepoint/pnp';
import {
  groupAudience, readAcknowledgementLists, readAcknowledgements, readReminders, readRequests, reminderFields, requestFields, REQUESTS_LIST, ACK_LIST_PREFIX, secureAcknowledgementLists, type TeamMembersReader
} from './acknowledgementLists';
import type { IAcknowledgementService, PublishedVersion, ReadingView, RequestOutcome } from './IAcknowledgementService';

/** The frozen, hash-checked copies of approval rounds (what `ApprovalService` gives). */
export interface SnapshotSource {
  rounds(draftId: number): Promise<ApprovalRound[]>;
  snapshot(round: ApprovalRound): Promise<DraftSnapshot>;
}

/** Where a notice about a request takes people (the composition root builds the Teams deep link and web address). */
export interface AcknowledgementLinks {
  forRequest(request: AcknowledgementRequest): { deepLink: string; webUrl: string };
}


/**
 * Read and acknowledge over PnPjs and Graph. Each acknowledgement is an item of its person's own list, bound to
 * the request and to the SHA-256 hash of the published version; the record reads where acknowledgements sit,
 * never Author, Editor, Created or Modified (SECURITY.md). Content comes from the approval round's hash-checked copy.
 */
export class AcknowledgementService implements IAcknowledgementService {
  private myId?: number;

  constructor(
    private readonly sp: SPFI,
    private readonly snapshots: SnapshotSource,
    private readonly notifier: INotificationService,
    private readonly links: AcknowledgementLinks,
    /** Lists a Team's members through Graph, where the tenant allows it (see `groupAudience`). */
    private readonly teamMembers?: TeamMembersReader
  ) {}

  async audienceGroups(): Promise<string[]> {
    const [members, groups] = await Promise.all([
      this.sp.web.associatedMemberGroup.select('Title')<{ Title: string }>().catch(() => undefined),
      this.sp.web.siteGroups.select('Title')<{ Title: string }[]>()
    ]);
    const titles = groups.map(g => g.Title).sort((a, b) => a.localeCompare(b));
    return members ? [members.Title, ...titles.filter(t => t !== members.Title)] : titles;
  }

  async request(document: PublishedVersion, audienceGroup: string): Promise<RequestOutcome> {
    if (document.roundNumber === undefined) throw new AppError('invalid', 'acknowledgement.notPublished', 'Only a version published from an approval round can be acknowledged.');
    const round = (await this.snapshots.rounds(document.draftId)).find(r => r.number === document.roundNumber);
    if (!round) throw new AppError('notFound', 'acknowledgement.roundMissing', `Round ${document.roundNumber} of document ${document.draftId} was not found.`);
    // Refused (SnapshotTamperedError) when the frozen copy no longer matches its hash: nobody is asked to read that.
    await this.snapshots.snapshot(round);
    const audience = await groupAudience(this.sp, audienceGroup, this.teamMembers);
    if (audience.length === 0) throw new AppError('invalid', 'acknowledgement.emptyAudience', `The group "${audienceGroup}" has no people in it.`, { values: [audienceGroup] });
    if (await this.canSecure()) await secureAcknowledgementLists(this.sp, audience);
    const fields = { draftId: document.draftId, title: document.title, version: document.version, roundNumber: round.number, snapshotHash: round.snapshotHash, audienceGroup, audience };
    const added = await this.sp.web.lists.getByTitle(REQUESTS_LIST).items.add(requestFields(fields)) as { Id?: number; data?: { Id: number } };
    const id = added.Id ?? added.data?.Id;
    const request = (await readRequests(this.sp)).find(r => r.id === id);
    if (!request) throw new AppError('unexpected', 'acknowledgement.notStored', 'The request was stored but could not be read back.');
    const lists = await readAcknowledgementLists(this.sp);
    const withoutList = audience.filter(p => !lists.some(l => l.personId === p.id && l.secured));
    const reachable = audience.filter(p => !withoutList.includes(p));
    const deliveries = await this.send(reachable, 'acknowledgementRequested', request);
    return { request, deliveries, withoutList };
  }

  async requests(): Promise<AcknowledgementRequest[]> {
    return readRequests(this.sp);
  }

  async pendingForMe(): Promise<AcknowledgementRequest[]> {
    const me = await this.me();
    const [requests, lists] = await Promise.all([readRequests(this.sp), readAcknowledgementLists(this.sp)]);
    const mine = lists.filter(l => l.personId === me && l.secured);
    const acks = await readAcknowledgements(this.sp, mine);
    return requests.filter(r => r.audience.some(p => p.id === me) && !acks.some(a => a.draftId === r.draftId && a.snapshotHash === r.snapshotHash));
  }

  async record(requestId: number): Promise<AcknowledgementRecord> {
    const request = await this.find(requestId);
    const [allLists, reminders] = await Promise.all([readAcknowledgementLists(this.sp), readReminders(this.sp, requestId)]);
    const lists = allLists.filter(l => request.audience.some(p => p.id === l.personId));
    return deriveRecord(request, lists, await readAcknowledgements(this.sp, lists.filter(l => l.secured)), reminders);
  }

  async reading(requestId: number): Promise<ReadingView> {
    const [request, me, lists] = await Promise.all([this.find(requestId), this.me(), readAcknowledgementLists(this.sp)]);
    const mine = lists.find(l => l.personId === me && l.secured);
    const acks = mine ? await readAcknowledgements(this.sp, [mine]) : [];
    const rounds = await this.snapshots.rounds(request.draftId);
    const full = await this.snapshotOf(rounds, request.roundNumber, request.snapshotHash);
    const last = lastAcknowledgedHash(acks, me, request.draftId, request.snapshotHash);
    const lastRound = last ? rounds.find(r => r.snapshotHash === last.snapshotHash) : undefined;
    const previous = lastRound ? await this.snapshots.snapshot(lastRound) : undefined;
    return {
      request, changes: changesSince(previous, full), full, canAcknowledge: mine !== undefined,
      acknowledged: acks.some(a => a.draftId === request.draftId && a.snapshotHash === request.snapshotHash)
    };
  }

  async acknowledge(requestId: number): Promise<void> {
    const [request, me] = await Promise.all([this.find(requestId), this.me()]);
    const list = (await readAcknowledgementLists(this.sp)).find(l => l.personId === me && l.secured);
    if (!list) throw new AppError('accessDenied', 'acknowledgement.noList', `There is no secured list "${ACK_LIST_PREFIX}${me}" yet.`, { status: 403 });
    await this.sp.web.lists.getById(list.id).items.add({ Title: `${request.title} ${request.version}`.slice(0, 255), RequestId: request.id, DraftId: request.draftId, SnapshotHash: request.snapshotHash });
  }

  async remind(requestId: number): Promise<Delivery[]> {
    const record = await this.record(requestId);
    const people = stillWaiting(record);
    const deliveries = await this.send(people, 'acknowledgementReminder', record.request);
    // Kept after sending, so the record's "reminded on" never claims a reminder that was not sent.
    if (people.length > 0) await this.keepReminder(record.request, people);
    return deliveries;
  }

  /**
   * Adds the reminder to the requests list. A list made before reminders were kept has no `ReminderOf` column until
   * an owner next asks (SharePoint answers 400 "Column 'ReminderOf' does not exist"): the notices have gone, so the
   * reminder stands and only its date is not kept. Any other failure is reported.
   */
  private async keepReminder(request: AcknowledgementRequest, people: AudienceMember[]): Promise<void> {
    try {
      await this.sp.web.lists.getByTitle(REQUESTS_LIST).items.add(reminderFields(request, people));
    } catch (error) {
      const status = (error as { status?: number } | undefined)?.status;
      if (status !== 400) throw error;
    }
  }

  private async snapshotOf(rounds: ApprovalRound[], roundNumber: number, hash: string): Promise<DraftSnapshot> {
    const round = rounds.find(r => r.number === roundNumber && r.snapshotHash === hash);
    if (!round) throw new AppError('notFound', 'acknowledgement.roundMissing', `Round ${roundNumber} with the request's hash was not found.`);
    return this.snapshots.snapshot(round);
  }

  private async find(requestId: number): Promise<AcknowledgementRequest> {
    const request = (await readRequests(this.sp)).find(r => r.id === requestId);
    if (!request) throw new AppError('notFound', 'acknowledgement.requestMissing', `Request ${requestId} was not found.`);
    return request;
  }

  private async me(): Promise<number> {
    this.myId ??= (await this.sp.web.currentUser.select('Id')<{ Id: number }>()).Id;
    return this.myId;
  }

  private async canSecure(): Promise<boolean> {
    const mask = await this.sp.web.getCurrentUserEffectivePermissions();
    return this.sp.web.hasPermissions(mask, PermissionKind.ManagePermissions);
  }

  /** The words come from the notification service's text (src/loc, given by the composition root): this picks none. */
  private async send(people: AudienceMember[], type: 'acknowledgementRequested' | 'acknowledgementReminder', request: AcknowledgementRequest): Promise<Delivery[]> {
    if (people.length === 0) return [];
    const { deepLink, webUrl } = this.links.forRequest(request);
    return this.notifier.notify(people, { activityType: type, policy: request.title, notice: { kind: type, version: request.version }, deepLink, webUrl });
  }
}
