import type { HostInfo, HostTheme } from '../../src/services/host/HostInfo';
import { hostFromSharePointPage, hostFromTeamsContext, type TeamsContextLike } from '../../src/services/host/hostContext';
import { TEAMS_PERSONAL_ENTITY_ID } from '../../src/services/host/teamsApp';

/** The hosts the workbench emulates, as `?host=` names them. */
export type LocalHostKind = 'page' | 'channel' | 'personal';

/** `?host=teams` is a channel tab (on the team's site), `?host=teams-personal` the personal app (on the root site). */
export function localHostKind(search: string): LocalHostKind {
  const host = new URLSearchParams(search).get('host');
  return host === 'teams' ? 'channel' : host === 'teams-personal' ? 'personal' : 'page';
}

/** The workbench page that hosts `kind`: the personal app always loads on the root site, as SPFx loads it in Teams. */
export function hostPageUrl(location: Location, kind: LocalHostKind): string {
  const url = new URL(location.href);
  if (kind === 'personal') url.pathname = '/_layouts/15/workbench.aspx';
  if (kind === 'page') url.searchParams.delete('host');
  else url.searchParams.set('host', kind === 'channel' ? 'teams' : 'teams-personal');
  return url.toString();
}

/** The local tenant's id as Teams gives it in the context. */
const LOCAL_TENANT_ID = '00000000-0000-4000-8000-000000000001';
/** The entity id of our channel tab in the local Teams (a configured tab's `page.id`). */
const LOCAL_CHANNEL_TAB_ENTITY_ID = 'esafety-policy-hub-tab';

/** The local Teams' channel id of a team's General channel (the local server's `/l/entity` reads the same shape). */
export function localChannelId(groupId: string): string {
  return `19:${groupId.replace(/-/g, '')}@thread.tacv2`;
}

/** The web SPFx would load the web part on: the site in the page's path, or the root site. */
export function pageWebUrl(location: Location): string {
  const match = /^(\/sites\/[^/]+)/i.exec(location.pathname);
  return `${location.origin}${match ? match[1] : ''}`;
}

/** Reads the team behind a site as Teams knows it (the site's M365 group); undefined for a site with no team. */
async function teamGroupOf(siteUrl: string): Promise<string | undefined> {
  const response = await fetch(`${siteUrl}/_api/site?$select=GroupId`, { headers: { accept: 'application/json;odata=nometadata' }, credentials: 'same-origin' });
  if (!response.ok) return undefined;
  const groupId = ((await response.json()) as { GroupId?: string }).GroupId;
  return groupId && !/^0{8}-/.test(groupId) ? groupId : undefined;
}

/**
 * What teams-js's `app.getContext()` gives the web part in each Teams host (PROTOCOL §4, TENANT-FACTS "Teams hosting
 * an SPFx web part"): a channel tab on the team's site with `team.groupId`, `channel.id` and `sharePointSite.teamSiteUrl`;
 * the personal app with no team or channel and `teamSiteUrl` `''` (as teams-js 2.58 may give it).
 */
export async function localTeamsContext(location: Location, kind: 'channel' | 'personal', theme: HostTheme): Promise<TeamsContextLike> {
  const params = new URLSearchParams(location.search);
  const base = {
    app: { locale: 'en-GB', theme },
    user: { tenant: { id: LOCAL_TENANT_ID } }
  };
  if (kind === 'personal') {
    return { ...base, page: { id: TEAMS_PERSONAL_ENTITY_ID, subPageId: params.get('subEntityId') ?? '' }, sharePointSite: { teamSiteUrl: '' } };
  }
  const siteUrl = pageWebUrl(location);
  const groupId = await teamGroupOf(siteUrl);
  return {
    ...base,
    page: { id: LOCAL_CHANNEL_TAB_ENTITY_ID, subPageId: params.get('subEntityId') ?? '' },
    team: groupId ? { groupId, displayName: params.get('team') ?? undefined } : undefined,
    channel: groupId ? { id: localChannelId(groupId) } : undefined,
    sharePointSite: { teamSiteUrl: siteUrl }
  };
}

/** The host the web part would read here, through the web part's own mapping (so the workbench is no kinder than Teams). */
export async function readLocalHost(location: Location, theme: HostTheme): Promise<HostInfo> {
  const kind = localHostKind(location.search);
  if (kind === 'page') return hostFromSharePointPage({ pageWebUrl: pageWebUrl(location), pageUrl: location.href, locale: 'en-GB' });
  return hostFromTeamsContext(await localTeamsContext(location, kind, theme), pageWebUrl(location));
}
