/**
 * The host page's start-up, doing what a SharePoint page (or Teams' teamshostedapp.aspx) does with a web part:
 * load the component through its manifest's dependency graph, give the page a root service scope holding the
 * PageContext built from the page's context data, and let SPFx's own `ClientSideWebPartManager` construct the
 * WebPartContext, initialise the web part and render it. Runs in the browser; bundled by esbuild at test time.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { AmdLoader } from './amdLoader';
import { standIn } from './standIn';
import type { HostConfig, TeamsTabContext } from '../hostConfig';

declare global {
  interface Window {
    __shipHost?: HostConfig;
    __shipHostState?: HostState;
  }
}

/** What the host page reports to the test: its state, and what the web part asked of Teams. */
interface HostState { state: 'loading' | 'rendered' | 'failed'; error?: string; requested?: string[]; teamsContextReads: number; teamsLinks: string[] }

/* The slice of SPFx's API the host uses, typed here because the modules arrive through the loader at run time. */
interface ServiceScope { finish(): void; createAndProvide<T>(key: unknown, type: new (scope: ServiceScope) => T): T }
interface CoreLibrary {
  ServiceScope: { startNewRoot(): ServiceScope };
  DisplayMode: { Read: number };
  EnvironmentType: { SharePoint: number };
  Environment: { _initialize(data: { type: number }): void };
  Session: { _initialize(data: { clientSideApplicationId: string; applicationId: string }): void };
  _SPFlight: { initialize(flights: number[]): void; initializeEcs(flights: number[]): void };
  _SPKillSwitch: { initialize(killSwitches: Record<string, boolean>): void };
  _SPExperiment: { initialize(context: object): void };
}

/** The `ClientSideApplicationId` of every modern site page (SPStarter passes the page's to `Session._initialize`). */
const MODERN_PAGE_APPLICATION_ID = 'b6917cb1-93a0-4b97-a84d-7cf49975d4ec';
interface PageContextModule { PageContext: (new (scope: ServiceScope) => { initialize(data: unknown, legacy: unknown): void }) & { serviceKey: unknown } }
interface WebPartLike { context: Record<string, unknown> }
interface Manager {
  _initializeWebPart(component: unknown, context: Record<string, unknown>): WebPartLike;
  _renderWebPart(webPart: WebPartLike): Promise<unknown>;
}
interface WebPartBase {
  _MinimalWebPartHost: new (scope: ServiceScope) => object;
  _ClientSideWebPartManager: new (host: object) => Manager;
}

/**
 * Teams' side of teams-js as the web part calls it (`app.getContext`, theme changes, `app.openLink`). In Teams,
 * SPFx's TeamsAwareWebPartHost hands the web part the initialised teams-js; here the test plays the Teams client.
 */
function teamsJsFor(context: TeamsTabContext, state: HostState): unknown {
  return {
    app: {
      getContext: () => { state.teamsContextReads += 1; return Promise.resolve(context); },
      registerOnThemeChangeHandler: () => undefined,
      openLink: (link: string) => { state.teamsLinks.push(link); return Promise.resolve(); }
    }
  };
}

/** SPFx's MSGraphClientFactory hands out a Graph JS client (v3 for '3') with Entra ID tokens; this one calls the local Graph with the sign-in cookie. */
function localGraphFactory(baseUrl: string): { getClient(version: string): Promise<Client> } {
  return {
    getClient: (version: string) => {
      if (version !== '3') return Promise.reject(new Error(`The local host gives Graph client version 3 only, not ${version}.`));
      return Promise.resolve(Client.init({ baseUrl, defaultVersion: 'v1.0', authProvider: done => done(null, 'local'), fetchOptions: { credentials: 'same-origin' } }));
    }
  };
}

async function start(config: HostConfig): Promise<void> {
  const state = window.__shipHostState!;
  const loader = new AmdLoader(config.plans, standIn);
  state.requested = loader.requested;
  const core = await loader.load(config.runtime.coreLibrary) as CoreLibrary;
  const pageContextModule = await loader.load(config.runtime.pageContext) as PageContextModule;
  // What SharePoint's SPStarter does before anything else runs: the environment, the session, and the flights and
  // kill switches the server sent with the page (none here: every feature at its shipped default).
  core.Environment._initialize({ type: core.EnvironmentType.SharePoint });
  core.Session._initialize({ clientSideApplicationId: MODERN_PAGE_APPLICATION_ID, applicationId: '00000000-0000-4000-b000-000000000010' });
  core._SPFlight.initialize([]);
  core._SPKillSwitch.initialize({});
  core._SPFlight.initializeEcs([]);
  core._SPExperiment.initialize({});
  const webPartBase = await loader.load(config.runtime.webPartBase) as WebPartBase;
  const component = await loader.load(config.webPart.key);

  // The page's root scope holds the PageContext; each web part's context scope is a child of it.
  const root = core.ServiceScope.startNewRoot();
  const pageContext = root.createAndProvide(pageContextModule.PageContext.serviceKey, pageContextModule.PageContext);
  pageContext.initialize(config.pageContext, config.legacyPageContext);
  root.finish();

  const teams = config.teams;
  const BaseHost = webPartBase._MinimalWebPartHost;
  // As TeamsAwareWebPartHost does in Teams: the web part's `context.sdks.microsoftTeams` comes from the host.
  const host = teams
    ? Object.assign(new BaseHost(root), {
      getAdditionalContextProperties: () => ({ microsoftTeams: { teamsJs: teamsJsFor(teams, state), context: {} } }),
      getAdditionalContextPropertiesAsync: () => Promise.resolve({})
    })
    : new BaseHost(root);
  const manager = new webPartBase._ClientSideWebPartManager(host);
  const domElement = document.getElementById('webpart')!;
  const webPart = manager._initializeWebPart(component, {
    domElement,
    instanceId: config.webPart.instanceId,
    manifest: config.webPart.manifest,
    displayMode: core.DisplayMode.Read,
    addedFromPersistedData: true,
    webPartData: { id: config.webPart.manifest.id, instanceId: config.webPart.instanceId, title: 'e-Safety Policy Hub', dataVersion: '1.0', properties: config.webPart.properties }
  });
  // Before onInit runs (on first render): the Graph factory the web part will ask for its client.
  Object.defineProperty(webPart.context, 'msGraphClientFactory', { value: localGraphFactory(config.graphBaseUrl) });
  await manager._renderWebPart(webPart);
  state.state = 'rendered';
}

window.__shipHostState = { state: 'loading', teamsContextReads: 0, teamsLinks: [] };
start(window.__shipHost!).catch((error: Error) => {
  window.__shipHostState!.state = 'failed';
  window.__shipHostState!.error = `${error.message}\n${error.stack ?? ''}`;
});
