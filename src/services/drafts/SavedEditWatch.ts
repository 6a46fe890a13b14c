import type { DraftBlock } from '../../domain/draft/DraftModel';
import { editSurvives } from '../../domain/draft/clash';
import type { EditQueueStorage, SavedEdit } from './EditQueueStorage';

/**
 * A statement this person saved was changed since by someone else, and their words are no longer all there (e.g. the
 * other person settled a clash with their own or a combined version): what they wrote, what it says now, and who.
 */
export interface StatementChangedNotice {
  key: string;
  mine: string;
  now: string;
  /** The Editor of the block's current version (SharePoint stamps it: the session never writes it). */
  by: string;
}

/**
 * Remembers the texts this person saved (in the browser's storage, so it works across a reload) and compares them
 * with blocks read later. Uses only the block's saved fields: its version (the ETag, which only grows), its text and
 * its Editor. A later version by someone else in which the person's edit is no longer whole (`editSurvives`: their
 * change cannot be merged into the current text without changing it) becomes a notice, once; then it is forgotten.
 * Editor is only a name for the notice, never a decision (any contributor can write Editor: TENANT-FACTS).
 */
export class SavedEditWatch {
  private readonly saves: Map<string, SavedEdit>;
  private readonly notices = new Map<string, StatementChangedNotice>();

  constructor(private readonly queue: EditQueueStorage, private readonly userName?: string) {
    this.saves = queue.readSaves();
  }

  /** Records a save of a block's text: `baseText` is what the person's edit started from. */
  remember(key: string, baseText: string, saved: DraftBlock): void {
    if (saved.version === undefined) return;
    this.saves.set(key, { key, base: baseText, text: saved.content.text, version: saved.version });
    this.queue.writeSaves(this.saves, new Set());
  }

  /** Checks newly read blocks; returns whether a notice was added. */
  check(blocks: DraftBlock[]): boolean {
    const forgotten = new Set<string>();
    let added = false;
    for (const block of blocks) {
      const save = this.saves.get(block.key);
      if (!save || (block.version ?? 0) <= save.version) continue;
      // The person's own save from another tab: nothing to tell, and this save is no longer the latest.
      const byMe = this.userName !== undefined && block.modifiedBy === this.userName;
      const survives = editSurvives(save.base, save.text, block.content.text);
      if (!byMe && !survives) {
        this.notices.set(block.key, { key: block.key, mine: save.text, now: block.content.text, by: block.modifiedBy ?? '' });
        added = true;
      }
      if (byMe || !survives) forgotten.add(block.key);
    }
    for (const key of forgotten) this.saves.delete(key);
    if (forgotten.size > 0) this.queue.writeSaves(this.saves, forgotten);
    return added;
  }

  list(): StatementChangedNotice[] {
    return [...this.notices.values()];
  }

  /** Returns whether there was such a notice. */
  dismiss(key: string): boolean {
    return this.notices.delete(key);
  }
}
