import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { BlockPatch } from '../../domain/draft/draftCommands';

/** Someone saved the block first (SharePoint's 412): the edit must be merged with theirs before it is sent again. */
export class BlockConflictError extends Error {
  constructor(readonly itemId: number) {
    super(`Block ${itemId} was changed by someone else since it was read.`);
    this.name = 'BlockConflictError';
  }
}

/**
 * Where a draft's blocks live (the "Draft Blocks" list). Every write carries the version it was based on;
 * a write based on an old version throws BlockConflictError and changes nothing.
 */
export interface IBlockStore {
  /** MERGEs the patch with the block's ETag; returns the new version. */
  updateBlock(itemId: number, version: number, patch: BlockPatch): Promise<number>;
  readBlock(itemId: number): Promise<DraftBlock>;
  /** Adds a block; if a retry finds it already added (same key), returns the one that exists. */
  addBlock(draftId: number, block: DraftBlock): Promise<DraftBlock>;
  /** Blocks of the draft changed at or after `since` (server time), and the latest change time seen. */
  readChanges(draftId: number, since: string | undefined): Promise<{ blocks: DraftBlock[]; latest: string | undefined }>;
}

/** Somewhere small to keep unsent edits across a reload (the browser's localStorage; memory in tests). */
export interface IKeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** The stored keys that start with `prefix` (to find the queues other tabs left). */
  keys(prefix: string): string[];
}

/** An in-memory key-value store (tests and Node tools). */
export class MemoryKeyValueStore implements IKeyValueStore {
  private readonly values = new Map<string, string>();
  get(key: string): string | undefined { return this.values.get(key); }
  set(key: string, value: string): void { this.values.set(key, value); }
  remove(key: string): void { this.values.delete(key); }
  keys(prefix: string): string[] { return [...this.values.keys()].filter(key => key.startsWith(prefix)); }
}
