import { Client } from '@microsoft/microsoft-graph-client';
import { SPBrowser } from '@pnp/sp';
import { spfi } from '../../src/services/sharepoint/pnp';
import { GraphClientAdapter } from '../../src/services/graph/GraphClientAdapter';
import { createAppServices } from '../../src/app/createAppServices';
import type { AppServices } from '../../src/app/AppServices';
import type { HostInfo } from '../../src/services/host/HostInfo';

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
  return createAppServices({ site, bank, bankSiteUrl }, new GraphClientAdapter(graph), host);
}
