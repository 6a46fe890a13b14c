import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { BlockPatch } from '../../domain/draft/draftCommands';
import type { SPFI } from '../sharepoint/pnp';
import { Filter } from '../sharepoint/odataFilter';
import { PAGE_SIZE } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { fitColumns } from '../sharepoint/schema/columnLimits';
import { BlockConflictError, type IBlockStore } from './IBlockStore';
import { BLOCK_SELECT, blockColumns, blockKeyColumn, patchColumns, toBlock, type BlockItem } from './draftWire';

interface HttpErrorLike {
  status?: number;
  message?: string;
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? (error as HttpErrorLike).status : undefined;
}

/** The "Draft Blocks" list through PnPjs: one MERGE per save with the block's ETag, reads by the indexed DraftId. */
export class SharePointBlockStore implements IBlockStore {
  constructor(private readonly sp: SPFI) {}

  private get list() {
    return this.sp.web.lists.getByTitle(SCHOOL_LISTS.blocks);
  }

  async updateBlock(itemId: number, version: number, patch: BlockPatch): Promise<number> {
    try {
      const result = await this.list.items.getById(itemId).update(fitColumns(SCHOOL_LISTS.blocks, patchColumns(patch)), `"${version}"`);
      return Number(/(\d+)/.exec(result.etag ?? '')?.[1] ?? version + 1);
    } catch (error) {
      if (statusOf(error) === 412) throw new BlockConflictError(itemId);
      throw error;
    }
  }

  async readBlock(itemId: number): Promise<DraftBlock> {
    return toBlock(await this.list.items.getById(itemId).select(...BLOCK_SELECT).expand('Editor')<BlockItem>());
  }

  async addBlock(draftId: number, block: DraftBlock): Promise<DraftBlock> {
    try {
      const created = await this.list.items.add(fitColumns(SCHOOL_LISTS.blocks, blockColumns(draftId, block))) as BlockItem;
      return toBlock({ ...created, Modified: created.Modified });
    } catch (error) {
      // A retried add whose first try had landed meets the unique BlockKey: the block is there, so use it.
      if (statusOf(error) === 400 && /duplicate values/i.test((error as HttpErrorLike).message ?? '')) {
        const existing = await this.findByKey(draftId, block.key);
        if (existing) return existing;
      }
      throw error;
    }
  }

  async readChanges(draftId: number, since: string | undefined): Promise<{ blocks: DraftBlock[]; latest: string | undefined }> {
    const filter = since ? Filter.and(Filter.eq('DraftId', draftId), Filter.ge('Modified', new Date(since))) : Filter.eq('DraftId', draftId);
    const items = await this.list.items.select(...BLOCK_SELECT).expand('Editor').filter(filter).top(PAGE_SIZE)<BlockItem[]>();
    const blocks = items.map(toBlock);
    return { blocks, latest: blocks.reduce<string | undefined>((max, b) => (b.modified && (!max || b.modified > max) ? b.modified : max), since) };
  }

  private async findByKey(draftId: number, key: string): Promise<DraftBlock | undefined> {
    const items = await this.list.items.select(...BLOCK_SELECT).expand('Editor')
      .filter(Filter.and(Filter.eq('DraftId', draftId), Filter.eq('BlockKey', blockKeyColumn(draftId, key)))).top(1)<BlockItem[]>();
    return items[0] ? toBlock(items[0]) : undefined;
  }
}
