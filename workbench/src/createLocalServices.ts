import { Client } from '@microsoft/microsoft-graph-client';
import { SPBrowser } from '@pnp/sp';
import { spfi, TypedErrors } from '../../src/services/sharepoint/pnp';
import { GraphClientAdapter } from '../../src/services/graph/GraphClientAdapter';
import { startHost, type HostStart } from '../../src/app/startHost';
import type { HostInfo } from '../../src/services/host/HostInfo';
import { teamsNavigation } from '../../src/services/host/teamsNavigation';
import { sessionCache } from '../../src/services/host/teamsCatalogue';
import { PageDigest } from './pageDigest';
import webPartManifest from '../../src/webparts/eSafetyPolicyHub/ESafetyPolicyHubWebPart.manifest.json';

/**
 * The local composition root: the same `startHost` as the web part (catalogue look-up, the school site resolved from
 * the link, the web part's own link builder), over PnPjs pointed at the local SharePoint and a Graph client pointed
 * at the local Graph. Identity travels in the local cookie. Only what differs is passed: how sites are reached, the
 * bank site, and the app page (this site's workbench page) that mail links open.
 */
export async function startLocalHost(host: HostInfo, bankSiteUrl: string | undefined): Promise<HostStart> {
  const graph = Client.init({
    baseUrl: `${window.location.origin}/graph`,
    defaultVersion: 'v1.0',
    // The local Graph reads the sign-in cookie; the client attaches tokens only to https Graph hosts anyway.
    authProvider: done => done(null, 'local'),
    fetchOptions: { credentials: 'same-origin' }
  });
  return startHost({
    host, graph: new GraphClientAdapter(graph), graphFiles: graph, manifestId: webPartManifest.id, cache: sessionCache(),
    // The page's own web takes the digest the page carries, as on SharePoint (see PageDigest).
    spFor: siteUrl => spfi().using(PageDigest(document, window.location), SPBrowser({ baseUrl: siteUrl }), TypedErrors()),
    bankSiteUrlFor: () => bankSiteUrl,
    appPageUrlFor: resolved => `${resolved.siteUrl}/_layouts/15/workbench.aspx`,
    // In Teams, documents go through the same file deep link the web part hands teams-js; with no Teams here,
    // the link is kept on the page (for tests and the curious) and the file opens from its objectUrl.
    navigationFor: (site, resolved) => resolved.kind === 'Teams'
      ? teamsNavigation(site, { siteUrl: resolved.siteUrl, tenantId: resolved.teams?.tenantId, groupId: resolved.teams?.groupId, channelId: resolved.teams?.channelId }, async link => {
        document.body.dataset.lastTeamsLink = link;
        const objectUrl = new URL(link).searchParams.get('objectUrl');
        if (objectUrl) window.open(objectUrl, '_blank', 'noopener');
      })
      : undefined
  });
}
