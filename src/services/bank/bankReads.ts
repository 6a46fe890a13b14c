import { InjectHeaders, parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import type { SPFI } from '../sharepoint/pnp';
import { PAGE_SIZE } from '../sharepoint/listItems';

/** One list read whole: which list, which columns, and whether the answer may leave out OData metadata. */
export interface ListRead {
  list: string;
  select: string[];
  expand?: string[];
  /**
   * Ask for `odata=nometadata`: no `odata.type`/`odata.id`/`odata.etag`/`odata.editLink` per item (about 200 bytes
   * each). Only for reads that never write back, since the item's ETag comes with the metadata.
   */
  noMetadata?: boolean;
}

interface Page {
  value: { Id: number }[];
  more: boolean;
}

/** SharePoint's JSON light answer without metadata (its `Accept` value, "JSON Light support in REST SharePoint API"). */
export const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

/** Reads a page and whether SharePoint says there is another (`odata.nextLink`, or verbose `d.__next`). */
const PAGE_PARSER = parseBinderWithErrorCheck(async (response: Response): Promise<Page> => {
  const json = (await response.json()) as { 'odata.nextLink'?: unknown; d?: { __next?: unknown } };
  const next = json['odata.nextLink'] ?? json.d?.__next;
  return { value: parseODataJSON(json) as { Id: number }[], more: typeof next === 'string' && next.length > 0 };
});

function pageOf(sp: SPFI, read: ListRead, afterId: number | undefined): () => Promise<Page> {
  // No filter and no ordering: SharePoint walks the list in ID order through its ID index, which it allows on a
  // list of any size (the list view threshold applies to filters and sorts on other columns: "Manage large lists
  // and libraries"; PROTOCOL §1 "Paging").
  let query = sp.web.lists.getByTitle(read.list).items.select(...read.select).top(PAGE_SIZE);
  if (read.expand) query = query.expand(...read.expand);
  // The next page is the one SharePoint's own nextLink names: `$skiptoken=Paged=TRUE&p_ID=<last id>`.
  if (afterId !== undefined) query = query.skip(afterId);
  if (read.noMetadata) query = query.using(NO_METADATA);
  return query.using(PAGE_PARSER) as unknown as () => Promise<Page>;
}

/**
 * Reads every item of several lists, 5,000 a page, nothing cut: the first page of every list in one `$batch`,
 * then one `$batch` per further round for the lists that have more. A bank of 10,000 statements is two requests.
 */
export async function readLists(sp: SPFI, reads: ListRead[]): Promise<unknown[][]> {
  const results: unknown[][] = reads.map(() => []);
  let pending: { index: number; afterId?: number }[] = reads.map((_read, index) => ({ index }));
  while (pending.length > 0) {
    const [batched, execute] = sp.batched();
    const pages = pending.map(p => pageOf(batched, reads[p.index], p.afterId)());
    await execute();
    const answered = await Promise.all(pages);
    const next: typeof pending = [];
    answered.forEach((page, k) => {
      const { index } = pending[k];
      results[index].push(...page.value);
      const last = page.value[page.value.length - 1];
      if (page.more && last) next.push({ index, afterId: last.Id });
    });
    pending = next;
  }
  return results;
}
