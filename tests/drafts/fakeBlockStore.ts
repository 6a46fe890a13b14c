import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import { applyPatch, type BlockPatch } from '../../src/domain/draft/draftCommands';
import type { SessionClock } from '../../src/services/drafts/DraftSession';
import { BlockConflictError, type IBlockStore } from '../../src/services/drafts/IBlockStore';

/**
 * An in-memory "Draft Blocks" list with SharePoint's ETag rules, for DraftSession tests:
 * a block's version starts at 1 and goes up by one per write; a write based on any other version throws
 * BlockConflictError (the 412) and changes nothing; `readChanges` returns the blocks modified at or after
 * `since`, with whole-second timestamps from a fake clock that only moves forward (so several writes can
 * share a second, as on the real server).
 *
 * Several connections share one table (`connection()`), each with its own fault switch, so one editor's
 * network can fail while the others' works. Faults: "before" throws a network error and writes nothing;
 * "after" lets the request land, then throws (a connection dropped after the server acted).
 */

/** What the next call of a connection does: succeed, fail before reaching the server, or fail after it acted. */
export type FaultMode = 'none' | 'before' | 'after';

/** A failed request (as fetch reports a dropped connection): not a 412, so the session retries later. */
export class NetworkError extends Error {
  constructor(readonly operation: string, readonly landed: boolean) {
    super(`Network error during ${operation} (${landed ? 'after the server acted' : 'before it reached the server'}).`);
    this.name = 'NetworkError';
  }
}

/** One call a connection made, and how it ended. */
export interface CallRecord {
  connection: string;
  operation: 'updateBlock' | 'readBlock' | 'addBlock' | 'readChanges';
  itemId?: number;
  key?: string;
  /** `ok`; `conflict` (412); `failedBefore` / `failedAfter` (injected network faults). */
  outcome: 'ok' | 'conflict' | 'failedBefore' | 'failedAfter';
}

interface StoredBlock {
  draftId: number;
  block: DraftBlock;
}

const EPOCH = Date.UTC(2026, 8, 1, 8, 0, 0);

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The shared state: items, the fake clock and every call made. */
class BlockTable {
  readonly items = new Map<number, StoredBlock>();
  readonly calls: CallRecord[] = [];
  /** Every write that changed an item, in order (adds and updates). */
  readonly writes: { itemId: number; version: number; text: string; by: string }[] = [];
  nextId = 1;
  nowMs = EPOCH;

  constructor(readonly msPerWrite: number) {}

  /** The current time as SharePoint stamps Modified: whole seconds, ISO, UTC. */
  stamp(): string {
    return new Date(Math.floor(this.nowMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  }

  tick(): void {
    this.nowMs += this.msPerWrite;
  }
}

/** One connection to the fake list (one editor's network), implementing IBlockStore. */
export class FakeBlockStore implements IBlockStore {
  private readonly table: BlockTable;
  private faults: FaultMode[] = [];
  private always: FaultMode = 'none';
  private held: { promise: Promise<void>; release: () => void } | undefined;

  /** `msPerWrite`: how far the fake clock moves per write (500 by default: two writes per second). */
  constructor(readonly name = 'store', options: { msPerWrite?: number } = {}, table?: BlockTable) {
    this.table = table ?? new BlockTable(options.msPerWrite ?? 500);
  }

  /** Another connection to the same list (its own faults and name). */
  connection(name: string): FakeBlockStore {
    return new FakeBlockStore(name, {}, this.table);
  }

  // ---- Test controls ----

  /** The next calls of this connection, one mode each (then back to the standing mode). */
  failNext(...modes: FaultMode[]): void {
    this.faults.push(...modes);
  }

  /** A standing fault mode for every call of this connection until set back to 'none'. */
  failAlways(mode: FaultMode): void {
    this.always = mode;
  }

  /** Clears queued and standing faults. */
  clearFaults(): void {
    this.faults = [];
    this.always = 'none';
  }

  /** Holds every call of this connection in flight (sent, not yet answered) until `release()`. */
  hold(): void {
    if (this.held) return;
    let release: () => void = () => undefined;
    const promise = new Promise<void>(resolve => { release = resolve; });
    this.held = { promise, release };
  }

  release(): void {
    const held = this.held;
    this.held = undefined;
    held?.release();
  }

  /** Moves the fake clock on (whole seconds appear in Modified). */
  advanceClock(ms: number): void {
    this.table.nowMs += ms;
  }

  get calls(): readonly CallRecord[] {
    return this.table.calls;
  }

  get writes(): readonly { itemId: number; version: number; text: string; by: string }[] {
    return this.table.writes;
  }

  /** Puts blocks in the list directly (no faults, no calls recorded) and returns them as saved. */
  seed(draftId: number, blocks: DraftBlock[]): DraftBlock[] {
    return blocks.map(block => copy(this.insert(draftId, block, 'seed')));
  }

  /** The block with this key as the list holds it now. */
  current(draftId: number, key: string): DraftBlock | undefined {
    const found = [...this.table.items.values()].find(s => s.draftId === draftId && s.block.key === key);
    return found ? copy(found.block) : undefined;
  }

  /** Every block of a draft as the list holds it now. */
  blocksOf(draftId: number): DraftBlock[] {
    return [...this.table.items.values()].filter(s => s.draftId === draftId).map(s => copy(s.block));
  }

  /** The latest Modified of a draft's blocks. */
  latestChange(draftId: number): string | undefined {
    return this.blocksOf(draftId).reduce<string | undefined>((max, b) => (b.modified && (!max || b.modified > max) ? b.modified : max), undefined);
  }

  // ---- IBlockStore ----

  async updateBlock(itemId: number, version: number, patch: BlockPatch): Promise<number> {
    return this.call('updateBlock', { itemId }, () => {
      const stored = this.table.items.get(itemId);
      if (!stored) throw new Error(`Item ${itemId} does not exist.`);
      if (stored.block.version !== version) throw new BlockConflictError(itemId);
      this.table.tick();
      const next = (stored.block.version ?? 0) + 1;
      stored.block = { ...applyPatch(stored.block, copy(patch)), version: next, modified: this.table.stamp(), modifiedBy: this.name };
      this.table.writes.push({ itemId, version: next, text: stored.block.content.text, by: this.name });
      return next;
    });
  }

  async readBlock(itemId: number): Promise<DraftBlock> {
    return this.call('readBlock', { itemId }, () => {
      const stored = this.table.items.get(itemId);
      if (!stored) throw new Error(`Item ${itemId} does not exist.`);
      return copy(stored.block);
    });
  }

  async addBlock(draftId: number, block: DraftBlock): Promise<DraftBlock> {
    return this.call('addBlock', { key: block.key }, () => {
      // The list's BlockKey is unique: a retried add whose first try landed finds the block that is there.
      const existing = [...this.table.items.values()].find(s => s.draftId === draftId && s.block.key === block.key);
      if (existing) return copy(existing.block);
      return copy(this.insert(draftId, block, this.name));
    });
  }

  async readChanges(draftId: number, since: string | undefined): Promise<{ blocks: DraftBlock[]; latest: string | undefined }> {
    return this.call('readChanges', {}, () => {
      const blocks = this.blocksOf(draftId).filter(b => !since || (b.modified ?? '') >= since);
      return { blocks, latest: blocks.reduce<string | undefined>((max, b) => (b.modified && (!max || b.modified > max) ? b.modified : max), since) };
    });
  }

  // ---- Internals ----

  private insert(draftId: number, block: DraftBlock, by: string): DraftBlock {
    this.table.tick();
    const itemId = this.table.nextId++;
    const saved: DraftBlock = { ...copy(block), itemId, version: 1, modified: this.table.stamp(), modifiedBy: by };
    this.table.items.set(itemId, { draftId, block: saved });
    this.table.writes.push({ itemId, version: 1, text: saved.content.text, by });
    return saved;
  }

  private async call<T>(operation: CallRecord['operation'], target: { itemId?: number; key?: string }, act: () => T): Promise<T> {
    const mode = this.faults.shift() ?? this.always;
    const record: CallRecord = { connection: this.name, operation, ...target, outcome: 'ok' };
    this.table.calls.push(record);
    // The request is on the wire: nothing happens on the server until the next turn (or until released).
    await (this.held ? this.held.promise : Promise.resolve());
    if (mode === 'before') {
      record.outcome = 'failedBefore';
      throw new NetworkError(operation, false);
    }
    let result: T;
    try {
      result = act();
    } catch (error) {
      if (error instanceof BlockConflictError) record.outcome = 'conflict';
      throw error;
    }
    if (mode === 'after') {
      record.outcome = 'failedAfter';
      throw new NetworkError(operation, true);
    }
    return result;
  }
}

/** A retry clock the test drives by hand: nothing fires until `fireAll()`. */
export class ManualClock implements SessionClock {
  private readonly timers = new Map<number, () => void>();
  private nextHandle = 1;
  /** Every delay asked for, in order (to check the back-off). */
  readonly delays: number[] = [];

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.timers.set(handle, callback);
    this.delays.push(ms);
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** How many timers are waiting. */
  get waiting(): number {
    return this.timers.size;
  }

  /** Fires every waiting timer once (timers they set wait for the next call). */
  fireAll(): void {
    const due = [...this.timers.values()];
    this.timers.clear();
    for (const callback of due) callback();
  }
}
