import type { PathSegment } from '../apiPath';
import { entityResponse } from '../odataShape';
import { selectProps } from '../plainQuery';
import type { SpContext } from '../SpContext';
import { type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { notSupported, requireGet, requireNoKey, SITE_MEMBERS_NOT_IMPLEMENTED } from '../unsupported';
import { handleWeb, webEntity } from './webResource';

/**
 * `_api/site` (SP.Site): GET, and `site/rootWeb/…`, which is the site's one web. Anything else SharePoint offers on a
 * site is 501 here, and an unknown member 404: before issue 13 every `site/<anything>` answered the site itself.
 */
export function handleSite(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  requireNoKey(segment);
  const [first, ...tail] = rest;
  if (!first) {
    requireGet(ctx.request.method, 'a site');
    const site = ctx.site;
    return entityResponse(ctx, selectProps(ctx, {
      meta: { type: 'SP.Site', path: 'Site', id: `${ctx.apiUrl}/Site` },
      // GroupId is the connected Microsoft 365 group (the Team), or the empty GUID, as SharePoint answers.
      props: { Id: site.id, ServerRelativeUrl: site.serverRelativeUrl, Url: ctx.webUrl, RootWeb: webEntity(ctx).props.Id, GroupId: site.groupId ?? '00000000-0000-0000-0000-000000000000' }
    }), 'SP.Site');
  }
  if (first.name === 'rootweb') {
    requireNoKey(first);
    return handleWeb(ctx, tail);
  }
  if (SITE_MEMBERS_NOT_IMPLEMENTED.has(first.name)) throw notSupported(`Site/${first.raw}`);
  throw SpErrors.notFound(`Site/${first.raw}`);
}
