import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { BlockPatch } from '../../domain/draft/draftCommands';
import type { IKeyValueStore } from './IBlockStore';

/** An edit not yet saved: the server block it started from and everything changed since (latest values). */
export interface PendingEdit {
  key: string;
  base: DraftBlock;
  patch: BlockPatch;
  isNew: boolean;
  /** Counts local edits, so an answer acknowledges only what it carried. */
  seq: number;
}

/** Two people changed the same words: both versions, for a person to choose. */
export interface BlockConflict {
  key: string;
  base: string;
  mine: string;
  theirs: string;
  theirsBlock: DraftBlock;
}

/** A queued edit as stored: with its unsettled clash, so a clash survives a reload until the person settles it. */
type StoredEdit = PendingEdit & { clash?: BlockConflict };

/** A text this person saved to a block: what it started from and what they wrote, at the version it made. */
export interface SavedEdit {
  key: string;
  base: string;
  text: string;
  version: number;
}

/**
 * One browser tab: an id that lasts as long as the tab (kept in sessionStorage) and a way to know which tabs are
 * open now, so a tab adopts only the queues of tabs that closed (see `browserTab.ts`).
 */
export interface TabIdentity {
  readonly id: string;
  /** Ids of the tabs open now (this one included). */
  openTabs(): Promise<Set<string>>;
}

/** The most saved edits remembered per draft (to tell the person when one was overwritten). */
const MAX_SAVES = 200;

function parseEdits(text: string): StoredEdit[] {
  const parsed = JSON.parse(text) as unknown;
  if (!Array.isArray(parsed)) throw new Error('Not a queue.');
  return parsed as StoredEdit[];
}

/**
 * Where a session's unsent edits, unsettled clashes and remembered saves live in the browser's storage. Without a
 * tab identity the queue is one key (one tab per draft, as before). With one, each tab has its own queue
 * (`<key>:tab:<id>`), so two tabs of one person never overwrite each other's unsent edits, and a tab adopts the
 * queues of tabs that are no longer open (and the single-key queue of before) so nothing they held is lost.
 */
export class EditQueueStorage {
  constructor(private readonly storage: IKeyValueStore, private readonly storageKey: string, private readonly tab?: TabIdentity) {}

  /** This tab's queue key. */
  get key(): string {
    return this.tab ? `${this.storageKey}:tab:${this.tab.id}` : this.storageKey;
  }

  private get savesKey(): string {
    return `${this.storageKey}:saves`;
  }

  /** This tab's queue (an unreadable one is kept under another key, never dropped, and an empty queue returned). */
  readOwn(): { edits: PendingEdit[]; conflicts: BlockConflict[] } {
    return this.readKey(this.key) ?? { edits: [], conflicts: [] };
  }

  write(edits: PendingEdit[], conflicts: Map<string, BlockConflict>): void {
    if (edits.length === 0) {
      this.storage.remove(this.key);
      return;
    }
    const stored: StoredEdit[] = edits.map(edit => {
      const clash = conflicts.get(edit.key);
      return clash ? { ...edit, clash } : edit;
    });
    this.storage.set(this.key, JSON.stringify(stored));
  }

  /**
   * Takes over the queues no open tab owns: the single-key queue of before and those of closed tabs. Each is
   * removed as it is read, so two tabs opening at once rarely both take one (and if they do, the second save of
   * the same change is recognised as already saved).
   */
  async adoptOrphans(): Promise<{ edits: PendingEdit[]; conflicts: BlockConflict[] }> {
    if (!this.tab) return { edits: [], conflicts: [] };
    const prefix = `${this.storageKey}:tab:`;
    // Keys first, then who is open: a tab writes its queue only while open, so a queue seen here whose tab is
    // still open is in the answer that follows (the other order could take a queue a tab opened meanwhile wrote).
    const keys = this.storage.keys(prefix);
    const open = await this.tab.openTabs();
    const orphans = [this.storageKey, ...keys.filter(key => {
      const id = key.slice(prefix.length);
      return !id.includes(':') && id !== this.tab?.id && !open.has(id);
    })];
    const edits: PendingEdit[] = [];
    const conflicts: BlockConflict[] = [];
    for (const key of orphans) {
      const adopted = this.readKey(key);
      if (!adopted) continue;
      this.storage.remove(key);
      edits.push(...adopted.edits);
      conflicts.push(...adopted.conflicts);
    }
    return { edits, conflicts };
  }

  readSaves(): Map<string, SavedEdit> {
    try {
      const saves = JSON.parse(this.storage.get(this.savesKey) ?? '[]') as SavedEdit[];
      return new Map(saves.map(save => [save.key, save]));
    } catch {
      return new Map();
    }
  }

  /** Stores the remembered saves (the newest `MAX_SAVES`), merged with what another tab stored meanwhile. */
  writeSaves(saves: Map<string, SavedEdit>, forgotten: Set<string>): void {
    const merged = this.readSaves();
    for (const key of forgotten) merged.delete(key);
    for (const save of saves.values()) {
      const other = merged.get(save.key);
      if (!other || other.version <= save.version) merged.set(save.key, save);
    }
    const newest = [...merged.values()].sort((a, b) => b.version - a.version).slice(0, MAX_SAVES);
    if (newest.length === 0) this.storage.remove(this.savesKey);
    else this.storage.set(this.savesKey, JSON.stringify(newest));
  }

  private readKey(key: string): { edits: PendingEdit[]; conflicts: BlockConflict[] } | undefined {
    const text = this.storage.get(key);
    if (!text) return undefined;
    try {
      const stored = parseEdits(text);
      return {
        edits: stored.map(({ clash: _clash, ...edit }) => edit),
        conflicts: stored.flatMap(edit => (edit.clash ? [edit.clash] : []))
      };
    } catch {
      // An unreadable queue cannot be sent; it is left in storage under another key rather than lost.
      this.storage.set(`${key}:unreadable:${Date.now()}`, text);
      this.storage.remove(key);
      return undefined;
    }
  }
}
