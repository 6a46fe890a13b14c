import type { DraftBlock } from '../../domain/draft/DraftModel';
import type { BlockPatch } from '../../domain/draft/draftCommands';
import type { IItems } from '@pnp/sp/items';
import type { SPFI } from '../sharepoint/pnp';
import { Filter } from '../sharepoint/odataFilter';
import { isDuplicateValueError, PAGE_SIZE, readEveryPage } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { fitColumns } from '../sharepoint/schema/columnLimits';
import { BlockConflictError, type IBlockStore } from './IBlockStore';
import { partLeads, type PartLead } from './blockParts';
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
    const blocks = await this.readParts(draftId, this.partsOf(draftId), since);
    return { blocks, latest: latestModified(blocks, since) };
  }

  /**
   * One part's blocks (changed at or after `since`, when given): led by the part's indexed column, so SharePoint
   * narrows by it. `sp` may be a batched root, to read several parts (and more) in one `$batch`.
   */
  partQuery(sp: SPFI, lead: PartLead, since?: string): IItems {
    return sp.web.lists.getByTitle(SCHOOL_LISTS.blocks).items.select(...BLOCK_SELECT).expand('Editor')
      .filter(since ? Filter.and(Filter.eq(lead.field, lead.value), Filter.ge('Modified', new Date(since))) : Filter.eq(lead.field, lead.value));
  }

  /**
   * Every block of the draft's parts (changed since `since`, when given): the first page of every part in one
   * `$batch`, then, for a part whose first page came back full, the rest of it page by page (nothing past 5,000 cut).
   */
  async readParts(draftId: number, parts: number, since?: string): Promise<DraftBlock[]> {
    const leads = partLeads(draftId, parts);
    // One part (every ordinary draft): a plain GET, paged if need be; no $batch, so no digest request either.
    if (leads.length === 1) return (await readEveryPage<BlockItem>(this.partQuery(this.sp, leads[0], since))).map(toBlock);
    const [batched, execute] = this.sp.batched();
    const firstPages = leads.map(lead => this.partQuery(batched, lead, since).top(PAGE_SIZE)<BlockItem[]>());
    await execute();
    const pages = await Promise.all(firstPages.map(async (page, i) => {
      const items = await page;
      return items.length < PAGE_SIZE ? items : readEveryPage<BlockItem>(this.partQuery(this.sp, leads[i], since));
    }));
    return pages.flat().map(toBlock);
  }

  /** Led by the unique BlockKey (one item), not DraftId, which may match more than 5,000 in a large draft. */
  private async findByKey(draftId: number, key: string): Promise<DraftBlock | undefined> {
    // BlockKey (unique, so indexed) leads; DraftId after it keeps the look-up inside this draft.
    const items = await this.list.items.select(...BLOCK_SELECT).expand('Editor')
      .filter(Filter.and(Filter.eq('BlockKey', blockKeyColumn(draftId, key)), Filter.eq('DraftId', draftId))).top(1)<BlockItem[]>();
    return items[0] ? toBlock(items[0]) : undefined;
  }
}
