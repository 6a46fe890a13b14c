import { parseSubEntity } from '../../domain/approval/deepLink';
import { assembleDraft } from '../../domain/draft/assembleDraft';
import { duplicateDocumentName } from '../../domain/school/documentNames';
import { profileProblems } from '../../domain/school/profileValidation';
import { nextReviewDate, type SchoolProfile } from '../../domain/school/SchoolProfile';
import { latestReleaseLabel } from '../../domain/school/settingMatch';
import type { SetupStep } from '../../domain/school/setupSteps';
import type { ResourceItem } from '../../services/bank/IBankService';
import { AppError } from '../../services/errors/AppError';
import { describeError, type Failure } from '../../services/errors/describeError';
import { newCreationKey } from '../../services/school/DraftCreator';
import { Observable } from '../common/Observable';
import { loadSchoolHome, type SchoolHomeServices } from './loadSchoolHome';
import { sendDueReviewReminders } from './reviewReminders';
import type { ReminderOutcome } from '../../services/review/IReviewReminderService';
import type { DocumentRow, SchoolHomeData } from './schoolHomeModel';

/** What the school's side shows: its home, a draft in the editor, or a round. */
export type SchoolScreen = { kind: 'home' } | { kind: 'draft'; draftId: number } | { kind: 'round'; draftId: number; round?: number } | { kind: 'ack'; requestId: number };
export type SchoolTab = 'home' | 'acknowledge' | 'incident' | 'resources' | 'bank' | 'profile';
export type SchoolPanel = 'none' | 'new' | 'profile' | 'approvers';

export type SchoolHomeLoad =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | { status: 'notSetUp'; owners: string[] }
  | { status: 'ready'; data: SchoolHomeData };

export interface SchoolHomeState {
  load: SchoolHomeLoad;
  screen: SchoolScreen;
  tab: SchoolTab;
  panel: SchoolPanel;
  /** The open panel is saving; its failure, if the save failed (the panel stays open with what was typed). */
  panelBusy: boolean;
  panelFailure?: Failure;
  /** What the panel refused before asking SharePoint (its sentence is in `strings.school`). */
  panelIssue?: { kind: 'duplicateName'; existing: string } | { kind: 'invalidProfile' };
  /** What the long set-up step is doing, while it runs. */
  working?: { label: string; fraction?: number };
  setupFailure?: Failure;
  /** The owner chose to leave the guide for the app (possible once the lists exist). */
  setupLater: boolean;
  /** A command that finished with news for the person. */
  notice?: 'profileSaved' | 'reviewStarted';
  /** Opening a published file or starting its review failed. */
  actionFailure?: { action: 'openPublished' | 'startReview'; failure: Failure };
  resources: { status: 'idle' | 'loading' } | { status: 'loaded'; items: ResourceItem[] } | { status: 'failed'; failure: Failure };
}

/** A creation asked for and not yet finished: its key is reused on retry and after a reload (one draft, never two). */
interface PendingCreation {
  key: string;
  templateKey: string;
  title: string;
}

/**
 * The school's side of the app as plain TypeScript: reads the home (`loadSchoolHome`), takes an owner through the
 * first run (lists, then profile, approvers group and first draft), saves the profile, starts documents and reviews,
 * and says which screen is showing. Components render its state and call its commands; nothing here knows React.
 */
export class SchoolHomeController extends Observable<SchoolHomeState> {
  /** Only the newest load may land: an older answer arriving late is dropped. */
  private loadSeq = 0;
  /** The bank's content being read (see `ensureBank`). */
  private bankRead: Promise<void> | undefined;
  /** A creation left unfinished by a reload is finished once per screen, not on every refresh. */
  private resumeChecked = false;
  /** The review reminders sent after the first load (once per page: see `sendDueReviewReminders`). */
  private reminders: Promise<ReminderOutcome[]> | undefined;

  public constructor(private readonly services: SchoolHomeServices) {
    super({ load: { status: 'loading' }, screen: initialScreen(services), tab: 'home', panel: 'none', panelBusy: false, setupLater: false, resources: { status: 'idle' } });
  }

  /** Reads (or reads again) everything the home shows; what is shown stays until the new answer arrives. */
  public async refresh(): Promise<void> {
    const seq = ++this.loadSeq;
    try {
      const result = await loadSchoolHome(this.services, { withBank: this.needsBank() });
      if (seq !== this.loadSeq) return;
      this.update({ load: 'notSetUp' in result ? { status: 'notSetUp', owners: result.owners } : { status: 'ready', data: result } });
      if (!('notSetUp' in result)) {
        void this.resumeCreation();
        // After the home has shown, not before: reminders never hold up the first screen.
        this.reminders ??= sendDueReviewReminders(this.services, result, new Date());
      }
    } catch (error) {
      if (seq === this.loadSeq) this.update({ load: { status: 'failed', failure: describeError(error) } });
    }
  }

  /** A draft, the new-document panel or the incident guide is showing: each is built from the bank's published content. */
  private needsBank(): boolean {
    return this.state.screen.kind === 'draft' || this.state.panel === 'new' || this.state.tab === 'incident';
  }

  /**
   * Reads the bank's published content once something needs it (the home shows only its release). A failure shows
   * where the bank's failures show (the bank step and the dashboard's notice), and the person is back home.
   */
  private ensureBank(): Promise<void> {
    if (this.bankRead) return this.bankRead;
    if (!this.data || this.data.bank) return Promise.resolve();
    const siteUrl = this.services.bank.siteUrl;
    this.bankRead = this.services.bank.loadPublished().then(bank => {
      const data = this.data;
      if (data) this.update({ load: { status: 'ready', data: { ...data, bank } } });
    }, (error: unknown) => {
      const data = this.data;
      if (data) this.update({ load: { status: 'ready', data: { ...data, bankCheck: { siteUrl, failure: describeError(error) } } }, screen: { kind: 'home' }, panel: 'none' });
    }).finally(() => { this.bankRead = undefined; });
    return this.bankRead;
  }

  /** The ready data, when loaded. */
  private get data(): SchoolHomeData | undefined {
    return this.state.load.status === 'ready' ? this.state.load.data : undefined;
  }

  /** What the review reminders sent after the first load came to (nothing due: an empty list). */
  public remindersSent(): Promise<ReminderOutcome[]> {
    return this.reminders ?? Promise.resolve([]);
  }

  /** A set-up step's action: the lists are created here; the others open their panel or read the bank again. */
  public async takeStep(step: SetupStep): Promise<void> {
    this.update({ setupFailure: undefined });
    if (step === 'lists') return this.setUpSite();
    if (step === 'bank') return this.refresh();
    this.showPanel(step === 'profile' ? 'profile' : step === 'approvers' ? 'approvers' : 'new');
    // The new-document panel is built from the bank's content: the step is taken once it is read.
    if (step === 'firstDraft') await this.ensureBank();
  }

  /**
   * Creates the school's lists, then secures the approval lists (no approvers group yet: owners only), then reads
   * the person's roles again (they changed with the lists) and the home. Needs a site owner; SharePoint refuses others.
   */
  public async setUpSite(): Promise<void> {
    this.update({ working: { label: '' }, setupFailure: undefined });
    try {
      await this.services.school.provision(p => this.update({ working: { label: p.step, fraction: p.done / Math.max(1, p.total) } }));
      await this.services.approvals.secure('');
      this.services.roles.refresh();
      this.update({ working: undefined });
      await this.refresh();
    } catch (error) {
      this.update({ working: undefined, setupFailure: describeError(error) });
    }
  }

  /** Saves the profile from the open panel; a failure keeps the panel open with its reason. True when saved. */
  public async saveProfile(profile: SchoolProfile): Promise<boolean> {
    const canProvision = this.data?.person.access.canProvision ?? false;
    // The form says why as it is typed; this refuses a profile that reached here anyway (never a `javascript:` website).
    if (Object.keys(profileProblems(profile)).length > 0) {
      this.update({ panelIssue: { kind: 'invalidProfile' } });
      return false;
    }
    return this.inPanel(async () => {
      await this.services.school.saveProfile(profile);
      // A site owner's save re-secures the approval lists for the group: each approver (new ones too) gets a ballot
      // list, and people who left it, or own the site, lose theirs (SECURITY.md).
      if (canProvision && profile.approversGroup) await this.services.approvals.secure(profile.approversGroup);
      this.services.roles.refresh();
      this.update({ panel: 'none', notice: 'profileSaved' });
      await this.refresh();
    });
  }

  /**
   * Fills empty profile fields from where a document shows them (its things to fix), without leaving it: saved over
   * the profile as read, checked as the profile form checks it. The editor has the new profile at once (its checks
   * clear); the home is read again behind it. A failure to show, or undefined when saved.
   */
  public async fillProfile(details: Partial<SchoolProfile>): Promise<Failure | undefined> {
    const data = this.data;
    if (!data?.profile) return undefined;
    const profile: SchoolProfile = { ...data.profile, ...details };
    if (Object.keys(profileProblems(profile)).length > 0) return describeError(new AppError('invalid', 'draft.fillDetails.invalid', 'The profile with these details fails its checks (profileProblems).'));
    try {
      await this.services.school.saveProfile(profile);
    } catch (error) {
      return describeError(error);
    }
    const now = this.data;
    if (now) this.update({ load: { status: 'ready', data: { ...now, profile } } });
    void this.refresh();
    return undefined;
  }

  /** Starts a draft from a published template for the school's setting and opens it. Its id, or undefined on failure. */
  public async createDocument(templateKey: string, title: string): Promise<number | undefined> {
    // The bank's content is read when the panel opens; a document asked for before it arrived waits for it.
    await this.ensureBank();
    const data = this.data;
    if (!data?.profile || !data.bank) return undefined;
    const { bank, profile } = data;
    let id: number | undefined;
    await this.inPanel(async () => {
      const assembled = assembleDraft(bank, templateKey, profile, title);
      // Two documents with one name cannot be told apart on the home, in Teams or in the Policies library.
      const existing = duplicateDocumentName(assembled.title, data.rows);
      if (existing !== undefined) {
        this.update({ panelIssue: { kind: 'duplicateName', existing } });
        return;
      }
      // The draft is built from the bank as published now: its release is the newest one, not the release that last
      // changed the template (which said "2026.1" for every draft while its statements came from 2026.2).
      const draft = { ...assembled, bankRelease: latestReleaseLabel(bank) ?? assembled.bankRelease, reviewDate: nextReviewDate(new Date(), profile.reviewPeriodMonths) };
      const key = this.creationKeyFor(templateKey, title);
      id = await this.services.school.createDraft(draft, key);
      // Only once the draft is whole (DraftCreator cleared CreationPending) is the key let go.
      this.services.keyValueStore.remove(this.creationStorageKey);
      this.update({ panel: 'none', screen: { kind: 'draft', draftId: id } });
    });
    return id;
  }

  /** Where the unfinished creation is kept (the browser's storage, per site: it survives a reload). */
  private get creationStorageKey(): string {
    return `esafety:${this.services.host.siteUrl}:creatingDraft`;
  }

  private pendingCreation(): PendingCreation | undefined {
    try {
      const stored = JSON.parse(this.services.keyValueStore.get(this.creationStorageKey) ?? 'null') as Partial<PendingCreation> | null;
      return stored && typeof stored.key === 'string' && typeof stored.templateKey === 'string' && typeof stored.title === 'string'
        ? { key: stored.key, templateKey: stored.templateKey, title: stored.title } : undefined;
    } catch {
      return undefined; // unreadable: a new creation gets a new key
    }
  }

  /**
   * The key of this creation: the one kept from an unfinished try of the same document (a retry, or after a reload),
   * else a new one, kept before anything is sent so a reload mid-creation finds it. A different document gets a new
   * key; an earlier unfinished one stays hidden (CreationPending), never shown half made.
   */
  private creationKeyFor(templateKey: string, title: string): string {
    const pending = this.pendingCreation();
    if (pending && pending.templateKey === templateKey && pending.title === title) return pending.key;
    const created: PendingCreation = { key: newCreationKey(), templateKey, title };
    this.services.keyValueStore.set(this.creationStorageKey, JSON.stringify(created));
    return created.key;
  }

  /**
   * A reload (or closed tab) stopped a creation part-way: the new-document panel opens and finishes the same draft
   * with the same key (DraftCreator carries on with the hidden item), then opens it. Once per screen.
   */
  private async resumeCreation(): Promise<void> {
    if (this.resumeChecked) return;
    this.resumeChecked = true;
    const pending = this.pendingCreation();
    if (!pending || !this.data?.profile || this.state.screen.kind !== 'home') return;
    // Finished, but the page closed before the key was let go: the document is listed, nothing to finish.
    if (duplicateDocumentName(pending.title, this.data.rows) !== undefined) {
      this.services.keyValueStore.remove(this.creationStorageKey);
      return;
    }
    this.showPanel('new');
    await this.ensureBank();
    if (this.state.panel === 'new') await this.createDocument(pending.templateKey, pending.title);
  }

  /** Starts the next version of a published document (a new draft from the approved one) and opens it. */
  public async startReview(row: DocumentRow): Promise<void> {
    const data = this.data;
    const publication = data?.published.find(p => p.draftId === row.id);
    if (!data?.profile || !publication) return;
    this.update({ actionFailure: undefined });
    try {
      const { draft } = await this.services.school.openDraft(row.id);
      const id = await this.services.publishing.startReview(publication, draft, data.profile);
      this.update({ notice: 'reviewStarted', screen: { kind: 'draft', draftId: id } });
      void this.ensureBank();
    } catch (error) {
      this.update({ actionFailure: { action: 'startReview', failure: describeError(error) } });
    }
  }

  /** Opens a published Word file, or its website copy or PDF, the way the host does (Teams keeps it in Teams). */
  public async openPublished(row: DocumentRow, file: 'word' | 'websiteCopy' | 'pdf' = 'word'): Promise<void> {
    const url = file === 'websiteCopy' ? row.websiteCopyUrl : file === 'pdf' ? row.pdfUrl : row.publishedUrl;
    if (!url) return;
    this.update({ actionFailure: undefined });
    try {
      await this.services.navigation.openDocument(url);
    } catch (error) {
      this.update({ actionFailure: { action: 'openPublished', failure: describeError(error) } });
    }
  }

  public openDraft(draftId: number): void {
    this.update({ screen: { kind: 'draft', draftId } });
    void this.ensureBank();
  }

  public openRound(draftId: number, round?: number): void {
    this.update({ screen: { kind: 'round', draftId, round } });
  }

  /** The person's reading screen for a request to read and acknowledge (from "To read and acknowledge" or a link). */
  public openAcknowledge(requestId: number): void {
    this.update({ screen: { kind: 'ack', requestId } });
  }

  /** Back from a draft or round: the home, read again (the draft or round may have changed). */
  public async backHome(): Promise<void> {
    this.update({ screen: { kind: 'home' } });
    await this.refresh();
  }

  /** Shows a tab; the resources are read the first time their tab opens. */
  public showTab(tab: SchoolTab): void {
    this.update({ tab });
    if (tab === 'incident') void this.ensureBank();
    if (tab === 'resources' && (this.state.resources.status === 'idle' || this.state.resources.status === 'failed')) void this.loadResources();
  }

  public async loadResources(): Promise<void> {
    this.update({ resources: { status: 'loading' } });
    try {
      this.update({ resources: { status: 'loaded', items: await this.services.bank.resources() } });
    } catch (error) {
      this.update({ resources: { status: 'failed', failure: describeError(error) } });
    }
  }

  public showPanel(panel: SchoolPanel): void {
    this.update({ panel, panelBusy: false, panelFailure: undefined, panelIssue: undefined });
    if (panel === 'new') void this.ensureBank();
  }

  public setSetupLater(later: boolean): void {
    this.update({ setupLater: later });
  }

  public dismissNotice(): void {
    this.update({ notice: undefined, actionFailure: undefined });
  }

  /** Runs a panel's save: busy while it runs; a failure stays on the panel as a `Failure`. True when it succeeded. */
  private async inPanel(work: () => Promise<void>): Promise<boolean> {
    this.update({ panelBusy: true, panelFailure: undefined, panelIssue: undefined });
    try {
      await work();
      this.update({ panelBusy: false });
      return true;
    } catch (error) {
      this.update({ panelBusy: false, panelFailure: describeError(error) });
      return false;
    }
  }
}

/** A deep link (Teams' sub-entity, or `?subEntityId=` on a page) opens its draft, round or request to acknowledge straight away. */
function initialScreen(services: SchoolHomeServices): SchoolScreen {
  const target = parseSubEntity(services.host.subEntityId ?? services.host.teams?.subEntityId);
  if (target?.kind === 'draft') return { kind: 'draft', draftId: target.draftId };
  if (target?.kind === 'round') return { kind: 'round', draftId: target.draftId, round: target.round };
  if (target?.kind === 'ack') return { kind: 'ack', requestId: target.requestId };
  return { kind: 'home' };
}
