import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { BlockPatch } from '../../domain/draft/draftCommands';
import type { SPFI } from '../sharepoint/pnp';
import { Filter } from '../sharepoint/odataFilter';
import { isDuplicateValueError, PAGE_SIZE, readEveryPage } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { fitColumns } from '../sharepoint/schema/columnLimits';
import { BlockConflictError, type IBlockStore } from './IBlockStore';
import { partFilters } from './blockParts';
import { BLOCK_SELECT, blockColumns, blockKeyColumn, patchColumns, toBlock, type BlockItem } from './draftWire';

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? (error as { status?: number }).status : undefined;
}

/** The latest Modified among blocks, or `since` when none is later. */
export function latestModified(blocks: DraftBlock[], since?: string): string | undefined {
  return blocks.reduce<string | undefined>((max, b) => (b.modified && (!max || b.modified > max) ? b.modified : max), since);
}

/**
 * The "Draft Blocks" list through PnPjs: one MERGE per save with the block's ETag; reads led by an indexed column
 * that matches at most one part of one draft (DraftId, or DraftPart for a draft spread over parts).
 */
export class SharePointBlockStore implements IBlockStore {
  /** How many parts each draft's blocks are spread over, as read from its draft item (absent: one). */
  private readonly parts = new Map<number, number>();

  constructor(private readonly sp: SPFI) {}

  private get list() {
    return this.sp.web.lists.getByTitle(SCHOOL_LISTS.blocks);
  }

  /** Records a draft's part count (from its item), so its reads and new blocks use its parts. */
  rememberParts(draftId: number, parts: number): void {
    this.parts.set(draftId, parts);
  }

  partsOf(draftId: number): number {
    return this.parts.get(draftId) ?? 1;
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
      const created = await this.list.items.add(fitColumns(SCHOOL_LISTS.blocks, blockColumns(draftId, block, this.partsOf(draftId)))) as BlockItem;
      return toBlock({ ...created, Modified: created.Modified });
    } catch (error) {
      // A retried add whose first try had landed meets the unique BlockKey: the block is there, so use it.
      if (isDuplicateValueError(error)) {
        const existing = await this.findByKey(draftId, block.key);
        if (existing) return existing;
      }
      throw error;
    }
  }

  async readChanges(draftId: number, since: string | undefined): Promise<{ blocks: DraftBlock[]; latest: string | undefined }> {
    const changed = since ? Filter.ge('Modified', new Date(since)) : undefined;
    const blocks = await this.readParts(partFilters(draftId, this.partsOf(draftId), changed));
    return { blocks, latest: latestModified(blocks, since) };
  }

  /**
   * Every block matching each filter (one per part): the first page of every part in one `$batch`, then, for a
   * part whose first page came back full, the rest of it page by page (nothing past 5,000 is cut).
   */
  async readParts(filters: string[]): Promise<DraftBlock[]> {
    const query = (sp: SPFI, filter: string) => sp.web.lists.getByTitle(SCHOOL_LISTS.blocks).items.select(...BLOCK_SELECT).expand('Editor').filter(filter);
    const [batched, execute] = this.sp.batched();
    const firstPages = filters.map(filter => query(batched, filter).top(PAGE_SIZE)<BlockItem[]>());
    await execute();
    const pages = await Promise.all(firstPages.map(async (page, i) => {
      const items = await page;
      return items.length < PAGE_SIZE ? items : readEveryPage<BlockItem>(query(this.sp, filters[i]));
    }));
    return pages.flat().map(toBlock);
  }

  /** Led by the unique BlockKey (one item), not DraftId, which may match more than 5,000 in a large draft. */
  private async findByKey(draftId: number, key: string): Promise<DraftBlock | undefined> {
    const items = await this.list.items.select(...BLOCK_SELECT).expand('Editor').filter(Filter.eq('BlockKey', blockKeyColumn(draftId, key))).top(1)<BlockItem[]>();
    return items[0] ? toBlock(items[0]) : undefined;
  }
}
