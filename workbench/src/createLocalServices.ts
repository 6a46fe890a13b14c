import { Client } from '@microsoft/microsoft-graph-client';
import { SPBrowser } from '@pnp/sp';
import { spfi } from '../../src/services/sharepoint/pnp';
import { GraphClientAdapter } from '../../src/services/graph/GraphClientAdapter';
import { createAppServices } from '../../src/app/createAppServices';
import type { AppServices } from '../../src/app/AppServices';
import type { HostInfo } from '../../src/services/host/HostInfo';
import { formatSubEntity, teamsDeepLink, type SubEntity } from '../../src/domain/approval/deepLink';
import { TEAMS_PERSONAL_ENTITY_ID } from '../../src/services/host/teamsApp';
import { teamsNavigation } from '../../src/services/host/teamsNavigation';

/** The app id the local Teams catalogue gives our app (deep links carry it; the local feed opens their web address). */
const LOCAL_TEAMS_APP_ID = 'esafety-policy-hub-local';
/** The local tenant's id as Teams would give it in the context. */
const LOCAL_TENANT_ID = '00000000-0000-4000-8000-000000000001';

/**
 * The local composition root's services: the same `createAppServices` as the web part, over PnPjs pointed at
 * the local SharePoint and a Graph client pointed at the local Graph. Identity travels in the local cookie.
 */
export function createLocalServices(host: HostInfo, bankSiteUrl: string): AppServices {
  const site = spfi().using(SPBrowser({ baseUrl: host.siteUrl }));
  const bank = bankSiteUrl === host.siteUrl ? site : spfi().using(SPBrowser({ baseUrl: bankSiteUrl }));
  const graph = Client.init({
    baseUrl: `${window.location.origin}/graph`,
    defaultVersion: 'v1.0',
    // The local Graph reads the sign-in cookie; the client attaches tokens only to https Graph hosts anyway.
    authProvider: done => done(null, 'local'),
    fetchOptions: { credentials: 'same-origin' }
  });
  // Links as the local Teams stands in for them: the web address opens this site's workbench as a Teams tab on the target.
  const webUrl = (target: SubEntity): string => `${host.siteUrl}/_layouts/15/workbench.aspx?host=teams&subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
  const links = { webUrl, deepLink: (target: SubEntity, label: string) => teamsDeepLink({ appId: LOCAL_TEAMS_APP_ID, entityId: TEAMS_PERSONAL_ENTITY_ID, webUrl: webUrl(target), label, subEntity: target }) };
  // As a Teams tab, documents go through the same file deep link the web part hands teams-js; with no Teams here,
  // the link is kept on the page (for tests and the curious) and the file opens from its objectUrl.
  const navigation = host.kind === 'Teams'
    ? teamsNavigation(site, { siteUrl: host.siteUrl, tenantId: LOCAL_TENANT_ID, groupId: host.teams?.groupId, channelId: host.teams?.channelId }, async link => {
      document.body.dataset.lastTeamsLink = link;
      const objectUrl = new URL(link).searchParams.get('objectUrl');
      if (objectUrl) window.open(objectUrl, '_blank', 'noopener');
    })
    : undefined;
  return createAppServices({ site, bank, bankSiteUrl }, new GraphClientAdapter(graph), host, { links, navigation });
}
