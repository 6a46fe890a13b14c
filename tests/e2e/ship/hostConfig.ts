import type { ComponentPlan } from './browser/amdLoader';

/** Keys of the SPFx components the host page itself uses to build the web part's context (as SharePoint's page does). */
export interface RuntimeKeys {
  coreLibrary: string;
  pageContext: string;
  webPartBase: string;
}

/** The Teams context a Teams client gives a tab through teams-js `app.getContext()` (the fields the product reads). */
export interface TeamsTabContext {
  app: { locale: string; theme: string; host: { name: string; clientType: string } };
  page: { id: string; subPageId?: string; frameContext: string };
  user: { id: string; loginHint: string; userPrincipalName: string; tenant: { id: string } };
  team?: { groupId: string; displayName: string; internalId: string };
  channel?: { id: string; displayName: string };
  sharePointSite: { teamSiteUrl: string; teamSiteDomain: string; teamSitePath: string };
}

/**
 * What the host page gets from the test: the resolved component plans, the web part to place, the page
 * context SharePoint would serve with the page (`_spPageContextInfo`), and the Teams context in a Teams host.
 */
export interface HostConfig {
  plans: Record<string, ComponentPlan>;
  runtime: RuntimeKeys;
  webPart: { key: string; manifest: Record<string, unknown>; instanceId: string; properties: Record<string, unknown> };
  pageContext: Record<string, unknown>;
  legacyPageContext: Record<string, unknown>;
  /** Where the local Graph answers (the factory's client is pointed there instead of graph.microsoft.com). */
  graphBaseUrl: string;
  teams?: TeamsTabContext;
}
