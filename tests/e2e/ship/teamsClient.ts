import type { TeamsTabContext } from './hostConfig';
import type { ShippedPackage } from './shippedPackage';
import type { ShipProfile } from './shipTenant';

/**
 * The test's Teams client: it opens our tabs the way Teams does for an SPFx app, from the Teams manifest the
 * package ships (SharePoint syncs `ClientSideAssets/TeamsSPFxApp.zip` to Teams): the tab's URL is the manifest's
 * `TeamsLogon.aspx?dest=…` target with `{teamSitePath}`/`{locale}` filled in, and the tab gets its context from
 * teams-js `app.getContext()`. A personal app has no team: Teams fills `{teamSitePath}` with nothing, so the
 * page is the tenant's root site, and teams-js may give `sharePointSite.teamSiteUrl` as `''`.
 */

/** The local tenant's id as Teams gives it in the context. */
export const LOCAL_TENANT_ID = '00000000-0000-4000-8000-000000000001';

export interface Person { id: string; userPrincipalName: string }
export interface TeamOfSite { groupId: string; displayName: string; sitePath: string; channel: { id: string; displayName: string } }

/** The page a tab's manifest URL sends the browser to: the `dest` of SharePoint's TeamsLogon.aspx bounce. */
export function tabPageUrl(manifestUrl: string, tenantUrl: string, sitePath: string): string {
  const filled = manifestUrl.replace('{teamSiteDomain}', new URL(tenantUrl).host).replace(/\{teamSitePath\}/g, sitePath).replace(/\{locale\}/g, 'en-gb');
  const dest = new URL(filled.replace(/^https:/, 'http:')).searchParams.get('dest');
  if (!dest || !dest.startsWith('/')) throw new Error(`The Teams manifest's tab URL has no SharePoint destination: ${manifestUrl}`);
  return `${tenantUrl}${dest}`;
}

function baseContext(person: Person, pageId: string, subPageId: string | undefined, frameContext: string): Omit<TeamsTabContext, 'sharePointSite'> {
  return {
    app: { locale: 'en-GB', theme: 'default', host: { name: 'Teams', clientType: 'web' } },
    page: { id: pageId, subPageId, frameContext },
    user: { id: person.id, loginHint: person.userPrincipalName, userPrincipalName: person.userPrincipalName, tenant: { id: LOCAL_TENANT_ID } }
  };
}

/** Opens the app's channel tab in `team`'s channel, optionally on a sub-entity. */
export async function openChannelTab(profile: ShipProfile, pkg: ShippedPackage, tenantUrl: string, person: Person, team: TeamOfSite, subPageId?: string): Promise<void> {
  const tab = pkg.teams.configurableTabs[0];
  if (!tab) throw new Error('The Teams manifest declares no channel tab.');
  profile.host.teams = {
    ...baseContext(person, pkg.manifest.id, subPageId, 'content'),
    team: { groupId: team.groupId, displayName: team.displayName, internalId: team.channel.id },
    channel: { id: team.channel.id, displayName: team.channel.displayName },
    sharePointSite: { teamSiteUrl: `${tenantUrl}${team.sitePath}`, teamSiteDomain: new URL(tenantUrl).host, teamSitePath: team.sitePath }
  };
  await profile.page.goto(tabPageUrl(tab.configurationUrl, tenantUrl, team.sitePath));
}

/** Opens the app's personal tab (`entityId`), optionally on a sub-entity: no team, no channel, the root site. */
export async function openPersonalApp(profile: ShipProfile, pkg: ShippedPackage, tenantUrl: string, person: Person, entityId: string, subPageId?: string): Promise<void> {
  const tab = pkg.teams.staticTabs.find(t => t.entityId === entityId && t.scopes.includes('personal'));
  if (!tab) throw new Error(`The Teams manifest has no personal tab "${entityId}": Teams would not open this link.`);
  profile.host.teams = {
    ...baseContext(person, entityId, subPageId, 'content'),
    sharePointSite: { teamSiteUrl: '', teamSiteDomain: new URL(tenantUrl).host, teamSitePath: '' }
  };
  await profile.page.goto(tabPageUrl(tab.contentUrl, tenantUrl, ''));
}

/** The id Teams knows our app by in the org catalogue (`appCatalogs/teamsApps?$filter=externalId eq '<manifest id>'`). */
export async function orgCatalogueId(tenantUrl: string, login: string, manifestId: string): Promise<string> {
  const response = await fetch(`${tenantUrl}/graph/v1.0/appCatalogs/teamsApps?$filter=${encodeURIComponent(`externalId eq '${manifestId}'`)}`, { headers: { 'X-Local-User': login } });
  const apps = (await response.json() as { value?: { id: string }[] }).value ?? [];
  if (!response.ok || apps.length !== 1) throw new Error(`The org catalogue has no single app with externalId ${manifestId} (HTTP ${response.status}).`);
  return apps[0].id;
}

/**
 * What Teams does with a deep link `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":…}`:
 * finds the app by the id it has in the org catalogue (TENANT-FACTS: the appId must be that id) and opens that
 * personal tab with the link's sub-entity as `page.subPageId`.
 */
export async function openDeepLink(profile: ShipProfile, pkg: ShippedPackage, tenantUrl: string, person: Person, link: string): Promise<void> {
  const url = new URL(link);
  const match = /^\/l\/entity\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (url.host !== 'teams.microsoft.com' || !match) throw new Error(`Not a Teams entity deep link: ${link}`);
  const [appId, entityId] = [decodeURIComponent(match[1]), decodeURIComponent(match[2])];
  const catalogueId = await orgCatalogueId(tenantUrl, person.userPrincipalName, pkg.teams.id);
  if (appId !== catalogueId) throw new Error(`The link names app ${appId}; Teams knows the app as ${catalogueId} (org catalogue), so it would not open it.`);
  const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId?: string };
  await openPersonalApp(profile, pkg, tenantUrl, person, entityId, context.subEntityId);
}
