import type { DraftBlock } from '../src/domain/draft/DraftModel';
import type { BlockPatch } from '../src/domain/draft/draftCommands';
import { BlockConflictError, type IBlockStore } from '../src/services/drafts/IBlockStore';

/** What one session's block store was asked to do, and how often SharePoint answered 412 (someone saved first). */
export interface BlockStoreCounts {
  saves: number;
  conflicts: number;
  reads: number;
}

/** Passes every call to the real store (SharePointBlockStore over PnPjs) and counts saves and 412s. */
export class CountingBlockStore implements IBlockStore {
  readonly counts: BlockStoreCounts = { saves: 0, conflicts: 0, reads: 0 };

  constructor(private readonly inner: IBlockStore) {}

  async updateBlock(itemId: number, version: number, patch: BlockPatch): Promise<number> {
    this.counts.saves++;
    try {
      return await this.inner.updateBlock(itemId, version, patch);
    } catch (error) {
      if (error instanceof BlockConflictError) this.counts.conflicts++;
      throw error;
    }
  }

  readBlock(itemId: number): Promise<DraftBlock> {
    this.counts.reads++;
    return this.inner.readBlock(itemId);
  }

  addBlock(draftId: number, block: DraftBlock): Promise<DraftBlock> {
    return this.inner.addBlock(draftId, block);
  }

  readChanges(draftId: number, since: string | undefined): Promise<{ blocks: DraftBlock[]; latest: string | undefined }> {
    return this.inner.readChanges(draftId, since);
  }
}
