import type { TestTenant } from './testTenant';

/** A request as the client sent it: the verb SharePoint acts on (`X-HTTP-Method` when tunnelled) and its ETag. */
export interface SentRequest { verb: string; url: string; ifMatch: string | null }

export interface Counted<T> {
  result: T;
  /** Requests the local server itself answered while `work` ran (the budget's unit). */
  requests: number;
  /** What the client sent, in order. */
  sent: SentRequest[];
  /** Every answer's body as the client read it (bytes and metadata checks). */
  bodies: string[];
}

/**
 * Runs `work` and counts what it cost: requests as the server counted them, and what the client's `fetch` sent and
 * read. Restores `fetch` afterwards. The budget tests, the size tests and `readTogether`'s test share it.
 */
export async function countRequests<T>(tenant: TestTenant, work: () => Promise<T>): Promise<Counted<T>> {
  const original = globalThis.fetch;
  const sent: SentRequest[] = [];
  const bodies: string[] = [];
  globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const headers = new Headers(init?.headers);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ verb: headers.get('x-http-method') ?? init?.method ?? 'GET', url, ifMatch: headers.get('if-match') });
    const response = await original(input, init);
    bodies.push(await response.clone().text());
    return response;
  };
  const before = tenant.server.faults.counters.counts.requests;
  try {
    const result = await work();
    return { result, requests: tenant.server.faults.counters.counts.requests - before, sent, bodies };
  } finally {
    globalThis.fetch = original;
  }
}
