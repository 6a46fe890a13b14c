import { combine } from '@pnp/core';
import { RequestDigest } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { pageWebUrl } from './localHost';

/** The meta tag the local server writes into the workbench page (`PAGE_DIGEST_META` in local/server/createLocalServer.ts). */
const PAGE_DIGEST_META = 'esafety-page-form-digest';

/**
 * Uses the form digest the page carries for its own web, as PnPjs's SPFx behavior does with
 * `pageContext.legacyPageContext.formDigestValue` on a SharePoint page (pnp/pnpjs packages/sp/behaviors/spfx.ts):
 * only for that web's `_api`, and only until the digest's own time runs out (less 15 s, as PnPjs allows). Other
 * webs, or a page without a digest, ask `_api/contextinfo` as usual. Put it before `SPBrowser` so that its digest
 * is found first (PnPjs's RequestDigest skips a request that already has an `X-RequestDigest`).
 */
export function PageDigest(doc: Pick<Document, 'querySelector'>, location: Location): TimelinePipe<Queryable> {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${PAGE_DIGEST_META}"]`);
  const value = meta?.content;
  const timeoutSeconds = Number(meta?.dataset.timeoutSeconds ?? 0);
  const ownApi = combine(pageWebUrl(location), '/_api').toLowerCase();
  return RequestDigest(url => {
    if (!value || !url.toLowerCase().startsWith(ownApi)) return undefined;
    const issued = new Date(value.split(',')[1] ?? '');
    if (Number.isNaN(issued.getTime())) return undefined;
    return { value, expiration: new Date(issued.getTime() + ((timeoutSeconds || 1800) - 15) * 1000) };
  });
}
