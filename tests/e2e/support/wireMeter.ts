import type { Page, Request } from 'playwright-core';

/** What one screen cost on the wire, counted in the browser: SharePoint and Graph calls only (not the app's own files). */
export interface ScreenWire {
  requests: number;
  /** Response bodies as they crossed the wire (compressed when the server compressed them), plus headers. */
  wireBytes: number;
  /** Response bodies after decompression: what the browser had to parse. */
  decodedBytes: number;
  /** One line per request ("GET /sites/x/_api/web/lists(...)"), for a failing budget to say what was sent. */
  lines: string[];
}

/** SharePoint REST, its `$batch`, and Graph: what a tenant would count against the person (and throttle). */
export function isServiceCall(url: string): boolean {
  const { pathname } = new URL(url);
  // The local Graph answers under `/graph/v1.0/` (graph.microsoft.com serves `/v1.0/`): both are Graph calls.
  return /\/_api\/|\/_vti_bin\//.test(pathname) || /^(\/graph)?\/(v1\.0|beta)\//.test(pathname);
}

/** The requests inside a `$batch` body ("GET /sites/x/_api/web/lists..."), as the multipart parts name them. */
function batchParts(body: string): string[] {
  return [...body.matchAll(/^(GET|POST|PATCH|MERGE|PUT|DELETE) (\S+) HTTP\/1\.1/gm)].map(m => {
    const url = new URL(m[2]);
    return `${m[1]} ${decodeURIComponent(url.pathname + url.search).slice(0, 150)}`;
  });
}

/**
 * Counts the service calls a page makes from now until `stop()`: requests, bytes on the wire and decoded bytes.
 * Sizes come from Chromium's own accounting (`request.sizes()`), so compression is counted as the network saw it.
 */
export function meterPage(page: Page): { stop(): Promise<ScreenWire> } {
  const seen: Promise<{ line: string; wire: number; decoded: number }>[] = [];
  const onFinished = (request: Request): void => {
    if (!isServiceCall(request.url())) return;
    seen.push((async () => {
      const sizes = await request.sizes();
      const response = await request.response();
      const decoded = response ? (await response.body().catch(() => Buffer.alloc(0))).byteLength : 0;
      const { pathname, search } = new URL(request.url());
      // A `$batch` names its parts in its body: listed under it, so a failing budget says what was read together.
      const parts = pathname.endsWith('/$batch') ? batchParts(request.postData() ?? '') : [];
      return { line: [`${request.method()} ${decodeURIComponent(pathname + search).slice(0, 160)}`, ...parts.map(p => `    · ${p}`)].join('\n'), wire: sizes.responseBodySize + sizes.responseHeadersSize, decoded };
    })());
  };
  const onFailed = (request: Request): void => {
    if (isServiceCall(request.url())) seen.push(Promise.resolve({ line: `FAILED ${request.method()} ${request.url()}`, wire: 0, decoded: 0 }));
  };
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  return {
    async stop() {
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
      const all = await Promise.all(seen);
      return {
        requests: all.length,
        wireBytes: all.reduce((sum, r) => sum + r.wire, 0),
        decodedBytes: all.reduce((sum, r) => sum + r.decoded, 0),
        lines: all.map(r => r.line)
      };
    }
  };
}
