import type { Page, Request } from 'playwright-core';

/** What one screen cost on the wire, counted in the browser: SharePoint and Graph calls only (not the app's own files). */
export interface ScreenWire {
  requests: number;
  /** Response bodies as they crossed the wire (compressed when the server compressed them), plus headers. */
  wireBytes: number;
  /** Response bodies after decompression: what the browser had to parse. */
  decodedBytes: number;
  /**
   * Of `requests`, the `_api/contextinfo` calls for the page's own site. Should be none: a SharePoint page carries its
   * own web's digest (`legacyPageContext.formDigestValue`, which PnPjs's `SPFx` behavior uses) and so does the
   * workbench page (`workbench/src/pageDigest.ts`). Digests for other sites (the bank) are fetched, as on SharePoint.
   */
  pageDigestRequests: number;
  /** One line per request ("GET /sites/x/_api/web/lists(...)"), for a failing budget to say what was sent. */
  lines: string[];
}

/** SharePoint REST, its `$batch`, and Graph: what a tenant would count against the person (and throttle). */
export function isServiceCall(url: string): boolean {
  const { pathname } = new URL(url);
  // The local Graph answers under `/graph/v1.0/` (graph.microsoft.com serves `/v1.0/`): both are Graph calls.
  return /\/_api\/|\/_vti_bin\//.test(pathname) || /^(\/graph)?\/(v1\.0|beta)\//.test(pathname);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
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
  const seen: Promise<{ line: string; wire: number; decoded: number; pageDigest?: boolean }>[] = [];
  // The page's own site: its path before `/_layouts/` (the workbench page is `<site>/_layouts/15/workbench.aspx`).
  const pageSite = (): string => new URL(page.url()).pathname.split('/_layouts/')[0].toLowerCase();
  const onFinished = (request: Request): void => {
    if (!isServiceCall(request.url())) return;
    seen.push((async () => {
      const sizes = await request.sizes();
      const response = await request.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      const decoded = body.byteLength;
      const { pathname, search } = new URL(request.url());
      // A `$batch` names its parts in its body: listed under it with each answer's size, so a failing budget says
      // what was read together and what weighed.
      const parts = pathname.endsWith('/$batch') ? batchParts(request.postData() ?? '') : [];
      const answers = parts.length > 0 ? body.toString('utf8').split(/^--batchresponse_[^\r\n]*$/m).slice(1, parts.length + 1).map(a => Buffer.byteLength(a)) : [];
      const wire = sizes.responseBodySize + sizes.responseHeadersSize;
      return {
        line: [`${request.method()} ${decodeURIComponent(pathname + search).slice(0, 160)} [${kb(wire)} wire, ${kb(decoded)} decoded]`,
          ...parts.map((p, i) => `    · ${p}${answers[i] === undefined ? '' : ` [${kb(answers[i])}]`}`)].join('\n'),
        wire, decoded,
        pageDigest: request.method() === 'POST' && pathname.toLowerCase() === `${pageSite()}/_api/contextinfo`
      };
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
        pageDigestRequests: all.filter(r => r.pageDigest === true).length,
        lines: all.map(r => r.line)
      };
    }
  };
}
