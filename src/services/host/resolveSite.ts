import { formatSubEntity, parseLinkTarget } from '../../domain/approval/deepLink';
import type { HostInfo } from './HostInfo';

/**
 * What the app works against once the link (if any) has been read:
 * - `ready`: the host, with `siteUrl` the school site to build the services for and `subEntityId` the bare target,
 *   and the bank site the link names (for the personal app, which has no web part settings to name it);
 * - `noSchool`: the personal app opened without a link naming a school site (the root site is nobody's school);
 * - `refused`: the link names a site that is not one of this tenant's sites, or one the signed-in person cannot read.
 */
export type SiteResolution =
  | { kind: 'ready'; host: HostInfo; bankSiteUrl?: string }
  | { kind: 'noSchool'; host: HostInfo }
  | { kind: 'refused'; host: HostInfo; siteUrl: string; reason: 'notThisTenant' | 'cannotRead' };

/** Two site URLs name the same site (case and a trailing slash aside). */
function sameSiteUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}

/**
 * Resolves the school site from the link the app was opened with. A link's site is only ever a path
 * (`/sites/<name>` or `/teams/<name>`, checked by `parseLinkTarget`) joined to the origin of the page's own web, so
 * it cannot leave this tenant; it is used only when `canRead` (a request to that site) succeeds. In the personal
 * app, which SPFx loads on the tenant's root site, a link without a site cannot be opened: the app explains instead
 * of reading the root site. Never throws.
 */
export async function resolveSite(host: HostInfo, canRead: (siteUrl: string) => Promise<boolean>): Promise<SiteResolution> {
  const link = parseLinkTarget(host.subEntityId ?? host.teams?.subEntityId);
  const bare = link ? formatSubEntity(link.target) : undefined;
  const withTarget = (siteUrl: string, sameTeam: boolean): HostInfo => ({
    ...host, siteUrl, subEntityId: bare,
    // Another site is another team: the channel's group and channel ids no longer describe it.
    teams: host.teams ? { ...host.teams, subEntityId: bare, ...(sameTeam ? {} : { groupId: undefined, channelId: undefined, entityId: undefined, teamName: undefined }) } : undefined
  });
  const pageWeb = host.pageWebUrl ?? host.siteUrl;
  const onRootSite = isRootSite(host.siteUrl);
  if (!link?.sitePath) {
    if (host.teams?.personal && onRootSite) return { kind: 'noSchool', host: withTarget(host.siteUrl, true) };
    return { kind: 'ready', host: withTarget(host.siteUrl, true) };
  }
  let siteUrl: string;
  let origin: string;
  try {
    origin = new URL(pageWeb).origin;
    siteUrl = new URL(link.sitePath, origin).toString().replace(/\/+$/, '');
    if (new URL(siteUrl).origin !== origin) return { kind: 'refused', host, siteUrl, reason: 'notThisTenant' };
  } catch {
    return { kind: 'refused', host, siteUrl: link.sitePath, reason: 'notThisTenant' };
  }
  // The bank is only ever a path too: it stays on this origin (whether the person may read it, the bank check says).
  const bankSiteUrl = link.bankPath ? new URL(link.bankPath, origin).toString().replace(/\/+$/, '') : undefined;
  if (sameSiteUrl(siteUrl, host.siteUrl)) return { kind: 'ready', host: withTarget(host.siteUrl, true), bankSiteUrl };
  let readable = false;
  try {
    readable = await canRead(siteUrl);
  } catch {
    readable = false;
  }
  return readable ? { kind: 'ready', host: withTarget(siteUrl, false), bankSiteUrl } : { kind: 'refused', host, siteUrl, reason: 'cannotRead' };
}

/** True for the tenant's root site (`https://contoso.sharepoint.com`), which is where the personal app loads. */
export function isRootSite(siteUrl: string): boolean {
  try {
    return new URL(siteUrl).pathname.replace(/\/+$/, '') === '';
  } catch {
    return false;
  }
}
