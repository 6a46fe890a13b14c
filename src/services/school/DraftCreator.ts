import type { Draft } from '../../domain/draft/DraftModel';
import type { SPFI } from '../sharepoint/pnp';
import { AppError } from '../errors/AppError';
import { describeError } from '../errors/describeError';
import { Filter } from '../sharepoint/odataFilter';
import { isDuplicateValueError, settleInBatches } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { fitColumns } from '../sharepoint/schema/columnLimits';
import { partsFor } from '../drafts/blockParts';
import type { SharePointBlockStore } from '../drafts/SharePointBlockStore';
import { blockColumns, draftColumns } from '../drafts/draftWire';

/** Blocks sent per `sp.batched()` round. */
const CHUNK = 100;

/** A fresh creation key: the client picks it once per "create" and reuses it for every retry of that creation. */
export function newCreationKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Makes a draft so that nobody sees half of it and a retry never makes a second one:
 * 1. the draft item is added with the client's creation key (a unique column) and `CreationPending: true`; a retry
 *    meets the unique key (SharePoint's SPDuplicateValuesFoundException) and carries on with the item that is there;
 * 2. the blocks are added in batches (each block's key is unique too, so a block whose answer was lost is not
 *    doubled; on a retry only the blocks not yet there are sent);
 * 3. last, `CreationPending` is cleared: only now do lists show the draft.
 * SharePoint batches are not transactional (pnp/pnpcore#284), so completeness is this last write, not the batch.
 */
export class DraftCreator {
  constructor(private readonly sp: SPFI, private readonly blocks: SharePointBlockStore) {}

  async create(draft: Draft, key: string, ownerId: number | undefined): Promise<number> {
    const parts = partsFor(draft.blocks.length);
    // Every value is checked against its column before anything is written, so a refusal leaves nothing behind.
    const columns = fitColumns(SCHOOL_LISTS.drafts, draftColumns(draft, ownerId, { key, parts }));
    for (const block of draft.blocks) fitColumns(SCHOOL_LISTS.blocks, blockColumns(0, block, parts));
    // Refused before anything was made (no permission, offline): SharePoint's own error, nothing to finish.
    const { id, resumed } = await this.draftItem(columns, key);
    try {
      const storedParts = resumed ? resumed.parts : parts;
      this.blocks.rememberParts(id, storedParts);
      const present = resumed ? new Set((await this.blocks.readParts(id, storedParts)).map(b => b.key)) : new Set<string>();
      await this.addBlocks(id, draft, storedParts, present);
      await this.sp.web.lists.getByTitle(SCHOOL_LISTS.drafts).items.getById(id).update({ CreationPending: false });
      return id;
    } catch (error) {
      // The draft item exists but is hidden (CreationPending): the same key finishes it.
      const failure = describeError(error);
      throw new AppError(failure.kind, 'draft.creationInterrupted', `Creating "${draft.title}" (item ${id}) stopped part-way: ${failure.detail}`,
        { status: failure.status, values: [draft.title], cause: error });
    }
  }

  /** Adds the draft item, or finds the one a previous try of this creation added. */
  private async draftItem(columns: Record<string, unknown>, key: string): Promise<{ id: number; resumed?: { parts: number } }> {
    const list = this.sp.web.lists.getByTitle(SCHOOL_LISTS.drafts);
    try {
      return { id: (await list.items.add(columns) as { Id: number }).Id };
    } catch (error) {
      if (!isDuplicateValueError(error)) throw error;
      // Led by the unique (so indexed) CreationKey: one item, whatever the list's size.
      const found = await list.items.select('Id', 'BlockParts', 'CreationPending').filter(Filter.eq('CreationKey', key)).top(1)<{ Id: number; BlockParts: number | null }[]>();
      if (!found[0]) throw error;
      return { id: found[0].Id, resumed: { parts: found[0].BlockParts ?? 1 } };
    }
  }

  private async addBlocks(draftId: number, draft: Draft, parts: number, present: Set<string>): Promise<void> {
    const missing = draft.blocks.filter(block => !present.has(block.key));
    for (let start = 0; start < missing.length; start += CHUNK) {
      const settled = await settleInBatches(this.sp, missing.slice(start, start + CHUNK).map(block => (batched: SPFI) =>
        batched.web.lists.getByTitle(SCHOOL_LISTS.blocks).items.add(fitColumns(SCHOOL_LISTS.blocks, blockColumns(draftId, block, parts)))));
      // A block whose first add landed (its answer lost, then retried by PnPjs) meets its unique key: it is there.
      const failed = settled.find(result => result.status === 'rejected' && !isDuplicateValueError(result.reason));
      // Stop at the first failed chunk: the rest would most likely fail too, and a retry sends only what is missing.
      if (failed) throw (failed as PromiseRejectedResult).reason;
    }
  }
}
