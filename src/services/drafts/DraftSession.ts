import type { DraftBlock } from '../../domain/draft/DraftModel';
import { applyPatch, type BlockPatch } from '../../domain/draft/draftCommands';
import { threeWayMerge } from '../../domain/draft/threeWayMerge';
import { BlockConflictError, type IBlockStore, type IKeyValueStore } from './IBlockStore';
import { describeError, type Failure } from '../errors/describeError';
import { EditQueueStorage, type BlockConflict, type PendingEdit, type TabIdentity } from './EditQueueStorage';
import { SavedEditWatch, type StatementChangedNotice } from './SavedEditWatch';

export type { BlockConflict, PendingEdit, TabIdentity } from './EditQueueStorage';
export type { StatementChangedNotice } from './SavedEditWatch';

/** Answers that mean "not this, not ever": bad request, not signed in, forbidden, gone, too large. */
const PERMANENT = new Set<number | undefined>([400, 401, 403, 404, 413]);

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}


/** What the person sees of saving: "all saved", "saving", "offline, will retry" or conflicts to settle. */
export type DraftSaveState =
  | { kind: 'saved' }
  | { kind: 'saving'; pending: number }
  /** `failure` is what the UI shows (FailureNotice); `message` is its technical detail, never for people. */
  | { kind: 'offline'; pending: number; message: string; failure: Failure }
  /** SharePoint refused some edits outright (too large, no permission): they are kept, not retried until asked. */
  | { kind: 'refused'; refused: number; pending: number; message: string; failure: Failure }
  | { kind: 'conflict'; conflicts: number; pending: number };

/** Timers, injectable so tests can run the retry loop fast. */
export interface SessionClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DraftSessionOptions {
  /** First retry delay after a failed save; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Wait this long after an edit before sending (typing sends one MERGE, not one per key). 0 sends at once. */
  flushDelayMs?: number;
  clock?: SessionClock;
  /**
   * This browser tab, so it keeps its own queue and adopts those of closed tabs (two tabs of one person lose
   * nothing). Without it the queue is one storage key, as for a single tab.
   */
  tab?: TabIdentity;
  /** The signed-in person's display name: their own saves from another tab are not reported as someone else's. */
  userName?: string;
}

const realClock: SessionClock = { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: h => clearTimeout(h as ReturnType<typeof setTimeout>) };

/**
 * One person's editing session of one draft. Edits apply on screen at once and join a queue kept in local
 * storage, so they survive a reload or a dropped network; the queue sends one MERGE per block with its ETag.
 * When someone saved first (412) it merges three-way against the text both started from and sends again, or,
 * when both changed the same words, shows both versions. Nothing acknowledged is dropped.
 */
export class DraftSession {
  private readonly server = new Map<string, DraftBlock>();
  private readonly pending = new Map<string, PendingEdit>();
  private readonly conflicts = new Map<string, BlockConflict>();
  private readonly listeners = new Set<() => void>();
  private readonly acknowledgedListeners = new Set<(key: string, saved: DraftBlock, seq: number) => void>();
  private flushing: Promise<void> | undefined;
  private followUp: Promise<void> | undefined;
  private retryHandle: unknown;
  private flushHandle: unknown;
  private retryDelay: number;
  private lastError: Failure | undefined;
  /** Edits SharePoint refused for good (by block key), with why: retrying them would only fail again. */
  private readonly refused = new Map<string, Failure>();
  private latestChange: string | undefined;
  private readonly clock: SessionClock;
  private readonly queue: EditQueueStorage;
  /** Texts this person saved, to tell them when someone else's save overwrote one. */
  private readonly watch: SavedEditWatch;

  constructor(
    private readonly store: IBlockStore,
    storage: IKeyValueStore,
    readonly draftId: number,
    storageKey: string,
    private readonly options: DraftSessionOptions = {}
  ) {
    this.clock = options.clock ?? realClock;
    this.retryDelay = options.retryMs ?? 1000;
    this.queue = new EditQueueStorage(storage, storageKey, options.tab);
    this.watch = new SavedEditWatch(this.queue, options.userName);
  }

  /** Starts from the blocks as read, restoring any edits a previous page left unsent, and sends them. */
  load(blocks: DraftBlock[], latestChange?: string): void {
    for (const block of blocks) this.server.set(block.key, block);
    this.latestChange = latestChange ?? blocks.reduce<string | undefined>((max, b) => (b.modified && (!max || b.modified > max) ? b.modified : max), undefined);
    this.restore(this.queue.readOwn());
    // Saves overwritten while this person was away are told on the next open.
    this.watch.check(blocks);
    this.notify();
    if (this.options.tab) {
      // Queues of this person's closed tabs (and the single queue of before): taken over and sent from here.
      void this.queue.adoptOrphans().then(adopted => {
        if (adopted.edits.length === 0) return;
        this.restore(adopted);
        this.persist();
        this.notify();
        return this.flush();
      }, () => undefined);
    }
    void this.flush();
  }

  /** Takes in a stored queue: its edits (joined to any this tab holds for the same block) and its unsettled clashes. */
  private restore(stored: { edits: PendingEdit[]; conflicts: BlockConflict[] }): void {
    for (const edit of stored.edits) {
      const own = this.pending.get(edit.key);
      // Two queues changed one block: this tab's later typing wins field by field, the rest of the other's is kept.
      this.pending.set(edit.key, own ? { ...own, patch: { ...edit.patch, ...own.patch }, seq: own.seq + edit.seq } : edit);
    }
    for (const conflict of stored.conflicts) {
      if (!this.pending.has(conflict.key)) continue;
      const server = this.server.get(conflict.key);
      // Someone saved again since the clash was recorded: "theirs" is what the statement says now.
      const theirsBlock = server && (server.version ?? 0) > (conflict.theirsBlock.version ?? 0) ? server : conflict.theirsBlock;
      this.conflicts.set(conflict.key, { ...conflict, theirs: theirsBlock.content.text, theirsBlock });
    }
  }

  /** Statements this person saved that someone else has since changed, dropping their words (see `editSurvives`). */
  statementNotices(): StatementChangedNotice[] {
    return this.watch.list();
  }

  /** The person has read the notice. */
  dismissNotice(key: string): void {
    if (this.watch.dismiss(key)) this.notify();
  }

  /** The blocks as the person sees them: the server's, with their unsent edits applied. */
  blocks(): DraftBlock[] {
    const keys = new Set([...this.server.keys(), ...this.pending.keys()]);
    return [...keys].map(key => {
      const edit = this.pending.get(key);
      const base = this.server.get(key) ?? edit?.base;
      return edit ? applyPatch(base as DraftBlock, edit.patch) : (base as DraftBlock);
    });
  }

  /** The block as the server last confirmed it. */
  serverBlock(key: string): DraftBlock | undefined {
    return this.server.get(key);
  }

  saveState(): DraftSaveState {
    const pending = this.pending.size;
    if (this.conflicts.size > 0) return { kind: 'conflict', conflicts: this.conflicts.size, pending };
    if (pending === 0) return { kind: 'saved' };
    const [refusal] = this.refused.values();
    if (refusal) return { kind: 'refused', refused: this.refused.size, pending, message: refusal.detail, failure: refusal };
    if (this.lastError) return { kind: 'offline', pending, message: this.lastError.detail, failure: this.lastError };
    return { kind: 'saving', pending };
  }

  /** Tries the refused edits again (the person fixed the cause, e.g. was given access). */
  retryRefused(): Promise<void> {
    this.refused.clear();
    this.notify();
    return this.flush();
  }

  /** The unsettled clashes (kept in the stored queue until settled, so they survive a reload). */
  conflictList(): BlockConflict[] {
    return [...this.conflicts.values()];
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when the server confirms a block's save (tests count acknowledged edits with it). */
  onAcknowledged(listener: (key: string, saved: DraftBlock, seq: number) => void): () => void {
    this.acknowledgedListeners.add(listener);
    return () => this.acknowledgedListeners.delete(listener);
  }

  /** Records an edit of a block and sends it. Returns the edit's sequence number. */
  edit(key: string, patch: BlockPatch): number {
    const existing = this.pending.get(key);
    const base = existing?.base ?? this.server.get(key);
    if (!base) throw new Error(`There is no block "${key}" in this draft.`);
    const edit: PendingEdit = existing ?? { key, base, patch: {}, isNew: false, seq: 0 };
    edit.patch = { ...edit.patch, ...patch };
    edit.seq++;
    this.pending.set(key, edit);
    // A new change to a refused block may be what makes it acceptable: it is tried again.
    this.refused.delete(key);
    // Typing on while a clash waits: the version offered as "mine" is always what the person has now.
    const conflict = this.conflicts.get(key);
    if (conflict && edit.patch.text !== undefined) this.conflicts.set(key, { ...conflict, mine: edit.patch.text });
    this.persist();
    this.notify();
    this.flushSoon();
    return edit.seq;
  }

  /** Adds a new block (the school's own statement) and sends it. */
  add(block: DraftBlock): void {
    this.pending.set(block.key, { key: block.key, base: block, patch: {}, isNew: true, seq: 1 });
    this.persist();
    this.notify();
    void this.flush();
  }

  /**
   * Settles a clash with the text the person chose: theirs, mine, or a combined text they edited (see
   * `combinedText`). It is saved on top of their version, so whoever wrote theirs is told if their words went.
   */
  resolveConflict(key: string, text: string): void {
    const conflict = this.conflicts.get(key);
    const edit = this.pending.get(key);
    if (!conflict || !edit) return;
    this.conflicts.delete(key);
    edit.base = conflict.theirsBlock;
    edit.patch = { ...edit.patch, text };
    edit.seq++;
    this.persist();
    this.notify();
    void this.flush();
  }

  /** Sends after the typing pause (the edit is already in the persisted queue, so a reload loses nothing). */
  private flushSoon(): void {
    const delay = this.options.flushDelayMs ?? 0;
    if (delay <= 0) {
      void this.flush();
      return;
    }
    if (this.flushHandle !== undefined) this.clock.clearTimeout(this.flushHandle);
    this.flushHandle = this.clock.setTimeout(() => {
      this.flushHandle = undefined;
      void this.flush();
    }, delay);
  }

  /** Sends every unsent edit (one at a time per block); safe to call at any moment. */
  flush(): Promise<void> {
    if (this.flushing) {
      // The pass under way may already have looked past what was queued just now: one more pass follows it
      // (unless that pass failed: then the retry timer sends it, keeping the back-off).
      this.followUp ??= this.flushing.then(() => {
        this.followUp = undefined;
        return this.retryHandle === undefined ? this.flush() : undefined;
      });
      return this.followUp;
    }
    this.flushing = this.sendAll().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** Takes in what others saved since the last sync (blocks with unsent edits keep them; the 412 path merges). */
  async sync(): Promise<number> {
    const { blocks, latest } = await this.store.readChanges(this.draftId, this.latestChange);
    return this.applyChanges(blocks, latest);
  }

  /** The time of the latest change seen, to ask for changes since. */
  changesSince(): string | undefined {
    return this.latestChange;
  }

  /** Takes in blocks read elsewhere (the editor's combined poll); returns how many were news. */
  applyChanges(blocks: DraftBlock[], latest: string | undefined): number {
    let changed = 0;
    const news: DraftBlock[] = [];
    for (const block of blocks) {
      const known = this.server.get(block.key);
      if (!known || (block.version ?? 0) > (known.version ?? 0)) {
        this.server.set(block.key, block);
        news.push(block);
        changed++;
        // A clash waiting to be settled shows the other side as it is now.
        const clash = this.conflicts.get(block.key);
        if (clash) this.conflicts.set(block.key, { ...clash, theirs: block.content.text, theirsBlock: block });
      }
    }
    // Someone's save may have overwritten this person's words: told through statementNotices().
    this.watch.check(news);
    if (news.some(block => this.conflicts.has(block.key))) this.persist();
    if (latest && (!this.latestChange || latest > this.latestChange)) this.latestChange = latest;
    if (changed > 0) this.notify();
    return changed;
  }

  /** Stops the retry timer (when the page closes). Unsent edits stay in storage. */
  dispose(): void {
    if (this.retryHandle !== undefined) this.clock.clearTimeout(this.retryHandle);
    if (this.flushHandle !== undefined) this.clock.clearTimeout(this.flushHandle);
    this.retryHandle = undefined;
    this.flushHandle = undefined;
    this.listeners.clear();
  }

  private async sendAll(): Promise<void> {
    for (;;) {
      const next = [...this.pending.values()].find(edit => !this.conflicts.has(edit.key) && !this.refused.has(edit.key));
      if (!next) break;
      try {
        await this.send(next);
        this.lastError = undefined;
        this.retryDelay = this.options.retryMs ?? 1000;
      } catch (error) {
        // Text longer than its column holds is refused before sending (TextTooLongError): retrying cannot help.
        if (PERMANENT.has(statusOf(error)) || (error as Error | null)?.name === 'TextTooLongError') {
          // Refused for good: keep the edit (nothing is lost), say why, and go on with the others.
          this.refused.set(next.key, describeError(error));
          this.notify();
          continue;
        }
        this.lastError = describeError(error);
        this.notify();
        this.scheduleRetry();
        return;
      }
    }
    this.notify();
  }

  private scheduleRetry(): void {
    if (this.retryHandle !== undefined) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.options.maxRetryMs ?? 30_000);
    this.retryHandle = this.clock.setTimeout(() => {
      this.retryHandle = undefined;
      void this.flush();
    }, delay);
  }

  private async send(edit: PendingEdit): Promise<void> {
    const seq = edit.seq;
    const patch = { ...edit.patch };
    if (edit.isNew) {
      const saved = await this.store.addBlock(this.draftId, applyPatch(edit.base, patch));
      this.acknowledge(edit, saved, seq);
      return;
    }
    const { itemId, version } = edit.base;
    if (itemId === undefined || version === undefined) throw new Error(`Block "${edit.key}" has not been saved yet.`);
    try {
      const newVersion = await this.store.updateBlock(itemId, version, patch);
      this.acknowledge(edit, { ...applyPatch(edit.base, patch), version: newVersion }, seq);
    } catch (error) {
      if (!(error instanceof BlockConflictError)) throw error;
      await this.rebase(edit, seq);
    }
  }

  /** Someone saved first: merge our change into theirs (or record a conflict), then it goes again. */
  private async rebase(edit: PendingEdit, seq: number): Promise<void> {
    const theirs = await this.store.readBlock(edit.base.itemId as number);
    this.server.set(edit.key, theirs);
    const merged: BlockPatch = { ...edit.patch };
    for (const field of ['text', 'note'] as const) {
      const mine = edit.patch[field];
      if (mine === undefined) continue;
      const result = threeWayMerge(edit.base.content[field], mine, theirs.content[field]);
      if (result.status === 'conflict') {
        if (field === 'text') {
          this.conflicts.set(edit.key, { key: edit.key, base: result.base, mine: result.mine, theirs: result.theirs, theirsBlock: theirs });
          this.persist();
          this.notify();
          return;
        }
        // Two notes written at once: keep both rather than choose.
        merged.note = `${theirs.content.note}\n${mine}`;
      } else {
        merged[field] = result.text;
      }
    }
    edit.base = theirs;
    edit.patch = merged;
    if (this.alreadySaved(theirs, merged)) {
      // Our write had landed before its answer was lost: the server already holds exactly this.
      this.acknowledge(edit, theirs, seq);
    }
    this.persist();
  }

  private alreadySaved(block: DraftBlock, patch: BlockPatch): boolean {
    const applied = applyPatch(block, patch);
    return JSON.stringify(applied.content) === JSON.stringify(block.content) && applied.baseText === block.baseText && applied.sourceVersion === block.sourceVersion;
  }

  private acknowledge(edit: PendingEdit, saved: DraftBlock, seq: number): void {
    if (edit.patch.text !== undefined) this.watch.remember(edit.key, edit.base.content.text, saved);
    this.server.set(edit.key, saved);
    if (edit.seq === seq) this.pending.delete(edit.key);
    else {
      // More was typed while the save was on its way: the rest goes next, based on what was just saved.
      edit.base = saved;
      edit.isNew = false;
    }
    this.persist();
    for (const listener of this.acknowledgedListeners) listener(edit.key, saved, seq);
    this.notify();
  }

  private persist(): void {
    this.queue.write([...this.pending.values()], this.conflicts);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
