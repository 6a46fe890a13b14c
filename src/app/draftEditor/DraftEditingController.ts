import { Observable } from '../common/Observable';
import { realClock, TIMING, type Clock } from '../common/timing';
import { DEFAULT_SITE_ZONE } from '../../domain/time/siteZone';
import type { DraftBlock, RiskFields } from '../../domain/draft/DraftModel';
import { blocksOfSection, DraftEditError, moveBlock, newCustomBlock, removeCustomBlock, setIncluded, type BlockPatch } from '../../domain/draft/draftCommands';
import { acceptBankWording, keepSchoolWording, type Drift } from '../../domain/draft/drift';
import { additionFor, CoverageAddError } from '../../domain/coverage/addOffer';
import { activePeople } from '../../domain/draft/collaboration';
import { DraftSession } from '../../services/drafts/DraftSession';
import type { BrowserTab } from '../../services/drafts/browserTab';
import { describeError } from '../../services/errors/describeError';
import { editorView, knownRound, lockOf } from './editorView';
import { AdaptiveSync } from './AdaptiveSync';
import { takeDraftOpening } from './draftOpening';
import { RoundFollower } from './RoundFollower';
import { documentVisibility, type VisibilitySource } from './syncRate';
import type { DraftEditorContext, DraftEditorServices, DraftEditorState, EditorAction, EditorNotice } from './draftEditorState';

export interface DraftEditorOptions {
  /** Timers (the sync, the round's progress, the save queue's pause and retries): a hand-driven one in tests. */
  clock?: Clock;
  visibility?: VisibilitySource;
  /** Wall-clock time, to compare with SharePoint's stamps (presence leases, document dates). */
  now?: () => number;
  /** Makes a new statement's key (random in the app; predictable in tests). */
  newKey?: () => string;
  /**
   * This browser tab (`openBrowserTab` in the app), so two tabs of one person keep separate queues and lose nothing
   * (issue 16). Without it the draft's queue is one storage key, as for a single tab (tests of one session).
   */
  openTab?: () => Promise<BrowserTab>;
}

function randomKey(): string {
  const random = typeof globalThis.crypto?.randomUUID === 'function' ? globalThis.crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `c:${random}`;
}

/** Which notice a refused edit gives: each draft command has one reason to refuse (see `draftCommands`). */
type RefusalNotice = Extract<EditorNotice, { kind: 'mandatory' | 'blockGone' | 'emptyStatement' | 'onlyOwnRemovable' | 'cannotAddOffer' }>['kind'];

/**
 * The co-editing half of the draft editor (see `DraftEditorController` for the document's workflow): opens the
 * draft and its round (each read once; comments when a statement is first selected), runs the editing session (edits queue locally and save as one
 * MERGE per block; others' saves arrive by an adaptive sync), and guards every edit against the round's state.
 */
export class DraftEditingController extends Observable<DraftEditorState> {
  protected session: DraftSession | undefined;
  private readonly sync: AdaptiveSync;
  protected readonly round: RoundFollower;
  private readonly clock: Clock;
  protected readonly now: () => number;
  private readonly newKey: () => string;
  private readonly openTab: (() => Promise<BrowserTab>) | undefined;
  /** This tab's identity while the editor is open (let go of on dispose, so another tab may adopt its queue). */
  private tab: BrowserTab | undefined;
  private readonly stopWatchingVisibility: () => void;
  /** Whether every comment was read (the sync only brings those changed after the draft opened). */
  private commentsRead = false;
  /** The edit waiting for the open round to be withdrawn. */
  protected afterWithdraw: (() => void) | undefined;

  public constructor(protected readonly services: DraftEditorServices, protected readonly context: DraftEditorContext, options: DraftEditorOptions = {}) {
    super({
      opening: true, blocks: [], saveState: { kind: 'saved' }, conflicts: [], statementNotices: [], comments: [], people: [], round: { kind: 'loading' },
      zone: DEFAULT_SITE_ZONE, preview: false, syncIntervalMs: 0, syncs: 0, busy: {}, confirmingWithdraw: false
    });
    this.clock = options.clock ?? realClock;
    const visibility = options.visibility ?? documentVisibility();
    this.now = options.now ?? Date.now;
    this.newKey = options.newKey ?? randomKey;
    this.openTab = options.openTab;
    this.sync = new AdaptiveSync(this.clock, visibility, () => this.syncOnce(), error => this.syncFailed(error), ms => this.update({ syncIntervalMs: ms }));
    this.update({ syncIntervalMs: this.sync.intervalMs });
    this.round = new RoundFollower(services, context, this.clock, () => visibility.isVisible(), round => this.update({ round }));
    this.stopWatchingVisibility = visibility.onChange(() => {
      if (!this.session || this.isDisposed) return;
      this.sync.visibilityChanged();
      this.round.follow(visibility.isVisible());
    });
  }

  /** Opens the draft and its round (each read once), then starts syncing. */
  public async open(): Promise<void> {
    const { school } = this.services;
    if (this.session) return; // open already: one session per screen
    this.update({ opening: true, openFailure: undefined });
    // Opened from a deep link, the draft and its round were queued in the home's opening `$batch` (`draftOpening`).
    const queued = takeDraftOpening(this.services, this.context.draftId);
    const round = this.round.refresh(queued?.round.catch(() => this.services.approvals.view(this.context.draftId, this.context.profile)));
    // Read once per site (the site service keeps it); it falls back to London itself and records why.
    const zone = this.services.site.timeZone().then(value => this.update({ zone: value }), (error: unknown) => console.warn('Site time zone unread; dates show in', DEFAULT_SITE_ZONE, error));
    let opened: Awaited<ReturnType<typeof school.openDraft>>;
    try {
      // A queued read that failed is read again here, as if nothing had been queued.
      opened = await (queued?.draft.catch(() => school.openDraft(this.context.draftId)) ?? school.openDraft(this.context.draftId));
    } catch (error) {
      this.update({ opening: false, openFailure: describeError(error) });
      return;
    }
    const [tab] = await Promise.all([this.establishTab(), round, zone]);
    if (this.isDisposed) {
      tab?.dispose();
      return;
    }
    this.tab = tab;
    const storageKey = `esafety:${this.services.host.siteUrl}:draft:${this.context.draftId}:${this.context.userLogin}`;
    const session = new DraftSession(school.blocks(), this.services.keyValueStore, this.context.draftId, storageKey, {
      flushDelayMs: TIMING.draftFlushMs, retryMs: TIMING.draftRetryMs, clock: this.clock, tab, userName: this.context.userName
    });
    this.session = session;
    session.subscribe(() => this.takeSession());
    const first = [...opened.draft.sections].sort((a, b) => a.order - b.order)[0];
    const people = activePeople(opened.people ?? [], this.now());
    this.update({ opening: false, draft: opened.draft, selectedSection: first?.key, people });
    session.load(opened.draft.blocks, opened.latestChange);
    this.takeSession();
    // The first sync waits one interval (issue 16: the opening's requests): the blocks and who is here were read
    // just now, so it would bring nothing new. Others see this person from that sync's heartbeat: within the fast
    // interval when someone else is here (read with the draft), and nobody needs telling when no one is.
    this.sync.setOthersPresent(people.some(p => p.userId !== this.context.userId));
    this.sync.start(false);
    this.round.follow();
  }

  /** This tab's identity; without one (no tab service, or it failed) the session keeps the single shared queue. */
  private async establishTab(): Promise<BrowserTab | undefined> {
    if (!this.openTab) return undefined;
    try {
      return await this.openTab();
    } catch (error) {
      // Storage or Web Locks refused (a locked-down browser): one queue per draft, as before issue 16.
      console.warn('This tab could not be told apart from others; unsent edits share one queue.', error);
      return undefined;
    }
  }

  /** Opens again after a failed open. */
  public retryOpen(): Promise<void> {
    return this.open();
  }

  public dispose(): void {
    this.sync.stop();
    this.round.stop();
    this.stopWatchingVisibility();
    this.session?.dispose();
    this.tab?.dispose();
    this.tab = undefined;
    super.dispose();
  }

  // ---- sync ------------------------------------------------------------------------------------------------

  /** Asks for others' changes now (and keeps the rhythm). */
  public syncNow(): Promise<void> {
    return this.sync.runNow();
  }

  /** One request: heartbeat, blocks and comments changed since the last sync, and who is here. */
  private async syncOnce(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const result = await this.services.school.pollDraft(this.context.draftId, session.changesSince(), this.state.selectedBlock);
    session.applyChanges(result.blocks, result.latest);
    const known = this.state.comments.filter(c => !result.comments.some(n => n.id === c.id));
    this.update({
      comments: result.comments.length > 0 ? [...known, ...result.comments] : this.state.comments,
      people: activePeople(result.people, this.now()), syncFailure: undefined, syncs: this.state.syncs + 1
    });
    this.sync.setOthersPresent(this.state.people.some(p => p.userId !== this.context.userId));
  }

  private syncFailed(error: unknown): void {
    this.update({ syncFailure: describeError(error), syncs: this.state.syncs + 1 });
  }

  private takeSession(): void {
    const session = this.session;
    if (!session) return;
    this.update({
      blocks: session.blocks().filter(b => !b.content.removed), saveState: session.saveState(), conflicts: session.conflictList(),
      statementNotices: session.statementNotices()
    });
  }

  // ---- selection and view ----------------------------------------------------------------------------------

  public selectSection(key: string): void {
    this.update({ selectedSection: key });
  }

  /** Selects a statement; the first selection reads the draft's comments (only the side panel shows them). */
  public selectBlock(key: string): void {
    if (key === this.state.selectedBlock) return;
    this.update({ selectedBlock: key });
    if (!this.commentsRead) void this.readComments();
  }

  /** Shows a statement: its section and the statement selected (from an issue or a check). */
  public jumpTo(blockKey: string): void {
    const block = this.state.blocks.find(b => b.key === blockKey);
    if (block) this.update({ selectedSection: block.content.sectionKey, selectedBlock: block.key });
  }

  public togglePreview(): void {
    this.update({ preview: !this.state.preview });
  }

  public dismissNotice(): void {
    this.update({ notice: undefined });
  }

  public dismissFailure(): void {
    this.update({ actionFailure: undefined });
  }

  // ---- editing ---------------------------------------------------------------------------------------------

  public editText(key: string, text: string): void {
    this.editBlock(key, () => ({ text }), 'blockGone');
  }

  public setNote(key: string, note: string): void {
    this.editBlock(key, () => ({ note }), 'blockGone');
  }

  public setRisk(key: string, risk: RiskFields): void {
    this.editBlock(key, () => ({ risk }), 'blockGone');
  }

  public include(key: string, included: boolean): void {
    this.editBlock(key, block => setIncluded(block, included), 'mandatory');
  }

  /** Moves a statement up (-1) or down (+1) within its section. */
  public move(key: string, delta: -1 | 1): void {
    this.editBlock(key, block => {
      const index = blocksOfSection(this.state.blocks, block.content.sectionKey).findIndex(b => b.key === key);
      return moveBlock(this.state.blocks, key, block.content.sectionKey, index + delta);
    }, 'blockGone');
  }

  /** Moves a statement to the end of another section. */
  public moveToSection(key: string, sectionKey: string): void {
    this.editBlock(key, () => moveBlock(this.state.blocks, key, sectionKey, Number.MAX_SAFE_INTEGER), 'blockGone');
  }

  public removeOwn(key: string): void {
    this.editBlock(key, block => removeCustomBlock(block), 'onlyOwnRemovable');
  }

  public acceptBankWording(key: string): void {
    this.applyDrifts([key], drift => acceptBankWording(drift));
  }

  public keepSchoolWording(key: string): void {
    this.applyDrifts([key], drift => keepSchoolWording(drift));
  }

  /** Takes every newer bank wording at once (one confirmation if the round must be withdrawn). */
  public acceptAllBankWording(): void {
    this.applyDrifts(undefined, drift => acceptBankWording(drift));
  }

  public keepAllSchoolWording(): void {
    this.applyDrifts(undefined, drift => keepSchoolWording(drift));
  }

  /** Adds the school's own statement at the end of the shown section; false when it was refused (empty). */
  public addOwnStatement(text: string): boolean {
    const section = editorView(this.state, this.context)?.section;
    if (!section) return false;
    let added = false;
    this.guarded(() => {
      this.session?.add(newCustomBlock(this.state.blocks, section, text, this.newKey()));
      added = true;
    }, 'emptyStatement');
    return added;
  }

  /**
   * Takes a bank statement the coverage check offers: includes the block the draft left out, or adds the published
   * statement at the end of its section. A statement whose section the draft lacks, or that left the published
   * bank, is refused with a notice (sections are fixed when a draft is made from its template).
   */
  public addFromCoverage(statementKey: string): void {
    const draft = this.state.draft;
    if (!draft) return;
    this.guarded(() => {
      let addition;
      try {
        addition = additionFor({ blocks: this.state.blocks, sections: draft.sections }, this.context.bank, statementKey);
      } catch (error) {
        if (error instanceof CoverageAddError) throw new DraftEditError(error.message);
        throw error;
      }
      if (addition.kind === 'include') this.session?.edit(addition.blockKey, setIncluded(this.requireBlock(addition.blockKey), true));
      else if (addition.section) throw new DraftEditError(`Section ${addition.section.key} is not in this draft`);
      else this.session?.add(addition.block);
    }, 'cannotAddOffer');
  }

  private requireBlock(key: string): DraftBlock {
    const block = this.state.blocks.find(b => b.key === key);
    if (!block) throw new DraftEditError(`No block ${key}`);
    return block;
  }

  /**
   * Settles a clash with the text the person chose (mine, theirs, or the combined text they edited). Not guarded:
   * the clash's edit was already accepted by `guarded`, and settling it only picks what that edit says.
   */
  public settleClash(key: string, text: string): void {
    this.session?.resolveConflict(key, text);
  }

  /** The person read that someone else changed a statement they had saved. */
  public dismissStatementNotice(key: string): void {
    this.session?.dismissNotice(key);
  }

  /** Sends unsent edits now (the "retry" of an offline draft). */
  public flush(): Promise<void> {
    return this.session?.flush() ?? Promise.resolve();
  }

  /** Tries edits SharePoint refused again (the person fixed the cause). */
  public retryRefused(): Promise<void> {
    return this.session?.retryRefused() ?? Promise.resolve();
  }

  private applyDrifts(keys: string[] | undefined, make: (drift: Drift) => BlockPatch): void {
    this.guarded(() => {
      const drifts = (editorView(this.state, this.context)?.drifts ?? []).filter(d => !d.retired && (!keys || keys.includes(d.blockKey)));
      for (const drift of drifts) this.session?.edit(drift.blockKey, make(drift));
    }, 'blockGone');
  }

  private editBlock(key: string, make: (block: DraftBlock) => BlockPatch, refusal: RefusalNotice): void {
    this.guarded(() => {
      const block = this.state.blocks.find(b => b.key === key);
      if (!block) throw new DraftEditError(`No block ${key}`);
      this.session?.edit(key, make(block));
    }, refusal);
  }

  /**
   * Every change goes through here: refused while the round is unknown or the draft is approved (locked); while a
   * round is open, the person first confirms withdrawing it (decisions never carry over to changed content).
   */
  private guarded(change: () => void, refusal: RefusalNotice): void {
    const { draft } = this.state;
    if (!draft || !this.session) return;
    const known = knownRound(this.state.round);
    if (!known) {
      this.update({ notice: { kind: 'roundUnknown' } });
      return;
    }
    if (lockOf(draft, this.state.round).kind === 'locked') {
      this.update({ notice: { kind: 'locked' } });
      return;
    }
    if (known.view?.outcome.state === 'Open') {
      this.afterWithdraw = () => this.guarded(change, refusal);
      this.update({ confirmingWithdraw: true });
      return;
    }
    try {
      change();
      if (this.state.notice) this.update({ notice: undefined });
    } catch (error) {
      if (error instanceof DraftEditError) this.update({ notice: { kind: refusal } });
      else this.fail('edit', error);
    }
  }

  // ---- comments and history --------------------------------------------------------------------------------

  /** Posts a comment on the selected statement; false when it failed (the text stays for another try). */
  public async addComment(text: string, parentId?: number): Promise<boolean> {
    const key = this.state.selectedBlock;
    if (!key) return false;
    const added = await this.run('comment', () => this.services.school.addComment(this.context.draftId, key, text, parentId));
    if (!added) return false;
    this.update({ comments: [...this.state.comments.filter(c => c.id !== added.value.id), added.value] });
    return true;
  }

  public async resolveComment(id: number, resolved: boolean): Promise<void> {
    if (await this.run('resolveComment', () => this.services.school.resolveComment(id, resolved))) {
      this.update({ comments: this.state.comments.map(c => (c.id === id ? { ...c, resolved } : c)) });
    }
  }

  /** A statement's saved versions, newest first (the side panel loads them when shown). */
  public history(block: DraftBlock): ReturnType<DraftEditorServices['school']['blockHistory']> {
    return this.services.school.blockHistory(block.itemId as number);
  }

  /** Reads every comment of the draft (the sync brings only those changed after opening). */
  public async readComments(): Promise<void> {
    this.commentsRead = true;
    const read = await this.run('readComments', () => this.services.school.comments(this.context.draftId));
    if (!read) {
      this.commentsRead = false;
      return;
    }
    // A sync may have brought a newer copy of a comment while this read was on its way: the newer one stays.
    const byId = new Map(read.value.map(c => [c.id, c]));
    for (const known of this.state.comments) {
      const other = byId.get(known.id);
      if (!other || known.modified > other.modified) byId.set(known.id, known);
    }
    this.update({ comments: [...byId.values()] });
  }

  /**
   * Runs a command, marking it busy. Its result comes wrapped (`{ value }`, so a command answering nothing still
   * reads as done); a failure is kept in the state (a `Failure`, never raw text) and gives undefined.
   */
  protected async run<T>(action: EditorAction, task: () => Promise<T>): Promise<{ value: T } | undefined> {
    this.update({ busy: { ...this.state.busy, [action]: true }, actionFailure: this.state.actionFailure?.action === action ? undefined : this.state.actionFailure });
    try {
      return { value: await task() };
    } catch (error) {
      this.fail(action, error);
      return undefined;
    } finally {
      this.update({ busy: { ...this.state.busy, [action]: false } });
    }
  }

  protected fail(action: EditorAction, error: unknown): void {
    this.update({ actionFailure: { action, failure: describeError(error) } });
  }
}
