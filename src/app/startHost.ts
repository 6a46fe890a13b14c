import type { IGraphClient } from '../services/graph/IGraphClient';
import type { HostInfo } from '../services/host/HostInfo';
import type { HostNavigation } from '../services/host/HostNavigation';
import { linkBuilder } from '../services/host/linkBuilder';
import { resolveSite, type SiteResolution } from '../services/host/resolveSite';
import { canReadSite } from '../services/host/siteAccess';
import { lookUpTeamsAppId, type SmallCache } from '../services/host/teamsCatalogue';
import type { SPFI } from '../services/sharepoint/pnp';
import type { AppServices } from './AppServices';
import type { GraphFilesClientLike } from '../services/publish/pdfConversion';
import { createAppServices, sameSite } from './createAppServices';

/** What a composition root gives: how it reaches SharePoint and Graph, and the facts of its host. */
export interface HostStartInput {
  /** The host as read from SPFx and teams-js (`hostFromTeamsContext` / `hostFromSharePointPage`). */
  host: HostInfo;
  graph: IGraphClient;
  /** The Graph client itself, for file content (the PDF of a published document: `content?format=pdf`). */
  graphFiles?: GraphFilesClientLike;
  /** The Teams app manifest's id (the web part's component id), looked up in the org catalogue. */
  manifestId: string;
  /** Where the catalogue look-up is kept for the page (sessionStorage). */
  cache?: SmallCache;
  /** A PnPjs root for a site of the tenant (the page's own web, or the school site a link names). */
  spFor: (siteUrl: string) => SPFI;
  /**
   * The bank site the web part's settings name, if any. Without one, the bank the link names (the personal app has
   * no settings), else the site itself (the bank site runs with the setting empty).
   */
  bankSiteUrlFor: (siteUrl: string) => string | undefined;
  /** How documents open in this host, once the site is known (Teams keeps them in Teams). */
  navigationFor?: (site: SPFI, host: HostInfo) => HostNavigation | undefined;
  /** The page that hosts the app on the school site, for mail links (default: see `linkBuilder`). */
  appPageUrlFor?: (host: HostInfo) => string | undefined;
}

/** The app's services for the resolved school site, or the notice to show instead. */
export type HostStart =
  | { kind: 'app'; services: AppServices; linksNeedCopying: boolean }
  | { kind: 'notice'; resolution: Exclude<SiteResolution, { kind: 'ready' }> };

/**
 * Starts the app the same way in the web part and the workbench: looks the Teams app id up in the org catalogue,
 * resolves the school site from the link the app was opened with (the personal app runs on the root site), then
 * builds the services for that site. Never throws for a bad link or a site the person cannot read.
 */
export async function startHost(input: HostStartInput): Promise<HostStart> {
  const [identity, resolution] = await Promise.all([
    lookUpTeamsAppId(input.graph, input.manifestId, input.cache),
    resolveSite(input.host, siteUrl => canReadSite(input.spFor(siteUrl)))
  ]);
  if (resolution.kind !== 'ready') return { kind: 'notice', resolution };
  const host = resolution.host;
  const site = input.spFor(host.siteUrl);
  const bankSiteUrl = input.bankSiteUrlFor(host.siteUrl) ?? resolution.bankSiteUrl ?? host.siteUrl;
  const bank = sameSite(bankSiteUrl, host.siteUrl) ? site : input.spFor(bankSiteUrl);
  const links = linkBuilder({ teamsAppId: identity.appId, host, appPageUrl: input.appPageUrlFor?.(host), bankSiteUrl });
  const services = createAppServices({ site, bank, bankSiteUrl, spFor: input.spFor }, input.graph, host, {
    links, teamsAppId: identity.fromCatalogue ? identity.appId : undefined, navigation: input.navigationFor?.(site, host), graphFiles: input.graphFiles
  });
  return { kind: 'app', services, linksNeedCopying: !identity.fromCatalogue };
}
