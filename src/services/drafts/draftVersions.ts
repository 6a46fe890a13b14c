import type { Draft } from '../../domain/draft/DraftModel';
import type { SPFI } from '../sharepoint/pnp';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import { preambleColumn } from './draftWire';

/**
 * Starts the next version of an approved draft in place: the draft item remembers the approved round it is based
 * on, which unlocks editing (see `editLock`). Nothing approved moves: the approved round keeps its frozen snapshot,
 * and a published file stays the published version until the next version is approved and published. One MERGE of
 * the draft item; what it writes decides nothing about approval (decisions stay bound to snapshot hashes).
 */
export async function startNextVersion(sp: SPFI, draft: Pick<Draft, 'preamble'> & { id: number }, approvedRound: number): Promise<void> {
  await sp.web.lists.getByTitle(SCHOOL_LISTS.drafts).items.getById(draft.id).update({ Preamble: preambleColumn(draft.preamble, approvedRound) });
}
