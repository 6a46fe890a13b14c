import type { IList } from '@pnp/sp/lists';
import type { IItems } from '@pnp/sp/items';
import type { SPFI } from './pnp';

/** The most items one page asks for: SharePoint's own ceiling for `$top`. */
export const PAGE_SIZE = 5000;

/**
 * Reads every item of a list that matches `filter` (paging through `odata.nextLink` when there are more than
 * 5,000), selecting only `select`. Lists the product reads whole stay far below the view threshold.
 */
export async function readAllItems<T>(list: IList, select: string[], filter?: string, orderBy?: string): Promise<T[]> {
  let query = list.items.select(...select).top(PAGE_SIZE);
  if (filter) query = query.filter(filter);
  if (orderBy) query = query.orderBy(orderBy, true);
  const items: T[] = [];
  for await (const page of query) items.push(...(page as T[]));
  return items;
}

/**
 * Every item a query matches, page by page through `odata.nextLink` (PnPjs requests each link as given; PROTOCOL
 * "Paging"), so nothing past the first 5,000 is silently cut. Keeps the query's select, expand, filter and order.
 * Not for batched queries: each page is its own request.
 */
export async function readEveryPage<T>(query: IItems): Promise<T[]> {
  const items: T[] = [];
  for await (const page of query.top(PAGE_SIZE)) items.push(...(page as T[]));
  return items;
}

interface HttpFailureLike {
  status?: unknown;
  message?: unknown;
}

function failureParts(error: unknown): { status?: number; message: string } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpFailureLike;
  return { status: typeof e.status === 'number' ? e.status : undefined, message: typeof e.message === 'string' ? e.message : '' };
}

/**
 * SharePoint refused a query for the list view threshold: 500 with `SPQueryThrottledException` (PROTOCOL §2,
 * pnp/pnpjs#3149 shows the body). A real limit: the caller tells the person rather than show a part.
 */
export function isThresholdError(error: unknown): boolean {
  const { status, message } = failureParts(error);
  return status === 500 && /SPQueryThrottledException|list view threshold/i.test(message);
}

/** SharePoint refused a write because a unique column already holds the value (`SPDuplicateValuesFoundException`). */
export function isDuplicateValueError(error: unknown): boolean {
  const { status, message } = failureParts(error);
  return status === 400 && /duplicate values|SPDuplicateValuesFoundException/i.test(message);
}

/** Some requests of a batch failed (SharePoint batches are not transactional: the others were done). */
export class BatchWriteError extends Error {
  constructor(readonly failures: { index: number; error: unknown }[], total: number) {
    super(`${failures.length} of ${total} changes could not be saved: ${String((failures[0].error as Error)?.message ?? failures[0].error)}`);
    this.name = 'BatchWriteError';
  }
}

/**
 * Runs `operations` in PnPjs batches (PnPjs sends at most 20 requests per `$batch` call), waits for every one,
 * and returns their results in order; if any failed, throws a BatchWriteError listing which, after all settled.
 */
export async function inBatches<T>(sp: SPFI, operations: ((batched: SPFI) => Promise<T>)[], size = 100): Promise<T[]> {
  const settled = await settleInBatches(sp, operations, size);
  const failures = settled.flatMap((result, index) => (result.status === 'rejected' ? [{ index, error: result.reason as unknown }] : []));
  if (failures.length > 0) throw new BatchWriteError(failures, settled.length);
  return settled.map(result => (result as PromiseFulfilledResult<T>).value);
}

/** Runs `operations` in PnPjs batches and returns how each one settled, in order (none is left unfinished). */
export async function settleInBatches<T>(sp: SPFI, operations: ((batched: SPFI) => Promise<T>)[], size = 100): Promise<PromiseSettledResult<T>[]> {
  const settled: PromiseSettledResult<T>[] = [];
  for (let start = 0; start < operations.length; start += size) {
    const [batched, execute] = sp.batched();
    const promises = operations.slice(start, start + size).map(operation => operation(batched));
    // Observed before sending: when the $batch request itself fails, its parts reject too, and must not go unhandled.
    const outcomes = Promise.allSettled(promises);
    await execute();
    settled.push(...(await outcomes));
  }
  return settled;
}
