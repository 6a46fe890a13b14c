import { combine } from '@pnp/core';
import { RequestDigest } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';

/** The meta tag the local server writes into the workbench page (`PAGE_DIGEST_META` in local/server/createLocalServer.ts). */
const PAGE_DIGEST_META = 'esafety-page-form-digest';

/** The page's own web: `https://host/sites/<name>` for a site's workbench page, the origin for the root site's. */
export function pageWebUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  const site = /^\/sites\/[^/]+/i.exec(location.pathname)?.[0];
  return `${location.origin}${site ?? ''}`;
}

/**
 * Uses the form digest the page carries for its own web, as PnPjs's SPFx behavior does with
 * `pageContext.legacyPageContext.formDigestValue` on a SharePoint page (pnp/pnpjs packages/sp/behaviors/spfx.ts):
 * only for that web's `_api`, and only until the digest's own time runs out (less 15 s, as PnPjs allows). Other
 * webs, or a page without a digest, ask `_api/contextinfo` as usual. Put it before `SPBrowser` so that its digest
 * is found first (PnPjs's RequestDigest skips a request that already has an `X-RequestDigest`).
 */
export function PageDigest(doc: Pick<Document, 'querySelector'>, location: Pick<Location, 'origin' | 'pathname'>): TimelinePipe<Queryable> {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${PAGE_DIGEST_META}"]`);
  const value = meta?.content;
  const timeoutSeconds = Number(meta?.dataset.timeoutSeconds ?? 0);
  const own = new RegExp(`^${escapeRegExp(combine(pageWebUrl(location), '/_api'))}`, 'i');
  return RequestDigest(url => {
    if (!value || !own.test(url)) return undefined;
    const issued = new Date(value.split(',')[1] ?? '');
    if (Number.isNaN(issued.getTime())) return undefined;
    return { value, expiration: new Date(issued.getTime() + ((timeoutSeconds || 1800) - 15) * 1000) };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
