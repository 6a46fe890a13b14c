import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { initializeIcons } from '@fluentui/react';
import { SPFx } from '@pnp/sp';
import { spfi, TypedErrors, type SPFI } from '../../services/sharepoint/pnp';
import { sameSite } from '../../app/createAppServices';
import { GraphClientAdapter } from '../../services/graph/GraphClientAdapter';
import { toHostTheme, type HostInfo, type HostTheme, type SectionTheme } from '../../services/host/HostInfo';
import { hostFromSharePointPage, hostFromTeamsContext } from '../../services/host/hostContext';
import { teamsNavigation } from '../../services/host/teamsNavigation';
import { startHost, type HostStart } from '../../app/startHost';
import { sessionCache } from '../../services/host/teamsCatalogue';
import { resolveStrings } from '../../loc/strings';
import { HostFrame } from '../../components/host/HostFrame';
import { buildPropertyPane, type ESafetyPolicyHubWebPartProps } from './propertyPane';

/**
 * The composition root in SharePoint and Teams: builds PnPjs over the SPFx context, the Graph adapter over
 * SPFx's Graph client, reads the Teams context when hosted in Teams, and renders the app with them.
 * Nothing else lives here.
 */
export default class ESafetyPolicyHubWebPart extends BaseClientSideWebPart<ESafetyPolicyHubWebPartProps> {
  private start: HostStart | undefined;
  /** The host as SPFx and teams-js describe it (before a link's school site is resolved). */
  private host: HostInfo | undefined;
  /** The host's theme now: Teams tells us when it changes. */
  private theme: HostTheme = 'default';
  /** On a SharePoint page: the section's theme, which changes when an author re-themes the section. */
  private sectionTheme: SectionTheme | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // Fluent's icons are ours to register: Teams-hosted pages register none and SharePoint pages only some
    // (SharePoint/sp-dev-docs#3844, microsoft/fluentui#15188). Fonts come from Fluent's CDN; re-registering is harmless.
    initializeIcons(undefined, { disableWarnings: true });
    const host = await this.readHost();
    this.host = host;
    this.theme = host.theme;
    if (host.kind === 'SharePoint') this.followSectionTheme();
    await this.buildServices(host);
  }

  /** Follows the theme of the page section the web part sits in (SPFx's ThemeProvider service). */
  private followSectionTheme(): void {
    const provider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.sectionTheme = toSectionTheme(provider.tryGetTheme());
    provider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.sectionTheme = toSectionTheme(args.theme);
      this.render();
    });
  }

  /**
   * Builds the services for the school site: the page's own site, or in the personal app (which SPFx loads on the
   * tenant's root site) the school site the link names, once checked (see `startHost`).
   */
  private async buildServices(host: HostInfo): Promise<void> {
    const pageWeb = this.context.pageContext.web.absoluteUrl;
    // TypedErrors: every failed request rejects with an AppError (kind, code, status) the UI explains from loc.
    const spFor = (siteUrl: string): SPFI => (sameSite(siteUrl, pageWeb) ? spfi() : spfi(siteUrl)).using(SPFx(this.context), TypedErrors());
    const graphClient = await this.context.msGraphClientFactory.getClient('3');
    const graph = new GraphClientAdapter(graphClient);
    const teams = this.context.sdks.microsoftTeams;
    this.start = await startHost({
      host, graph, graphFiles: graphClient, manifestId: this.manifest.id, cache: sessionCache(), spFor,
      bankSiteUrlFor: () => this.properties.bankSiteUrl?.trim() || undefined,
      // In Teams, documents open in Teams' file viewer (a file deep link through teams-js), not a browser tab.
      navigationFor: (site, resolved) => teams && resolved.teams
        ? teamsNavigation(site, { siteUrl: resolved.siteUrl, tenantId: resolved.teams.tenantId, channelId: resolved.teams.channelId, groupId: resolved.teams.groupId }, link => teams.teamsJs.app.openLink(link))
        : undefined
    });
  }

  protected onPropertyPaneFieldChanged(): void {
    // A new bank site address needs new services: rebuild them on the next render.
    if (this.host) void this.buildServices(this.host).then(() => this.render());
  }

  /** Where we are: a SharePoint page, or a Teams tab or personal app, through the same mapping the workbench uses. */
  private async readHost(): Promise<HostInfo> {
    const page = this.context.pageContext;
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return hostFromSharePointPage({ pageWebUrl: page.web.absoluteUrl, pageUrl: window.location.href, locale: page.cultureInfo.currentUICultureName });
    const context = await teams.teamsJs.app.getContext();
    // Teams changes its theme while the tab is open: re-theme in place (services and unsaved edits stay as they are).
    teams.teamsJs.app.registerOnThemeChangeHandler(theme => {
      this.theme = toHostTheme(theme);
      this.render();
    });
    return hostFromTeamsContext(context, page.web.absoluteUrl);
  }

  public render(): void {
    if (!this.start) return;
    ReactDom.render(React.createElement(HostFrame, { start: this.start, theme: this.theme, sectionTheme: this.sectionTheme }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(resolveStrings(this.context.pageContext.cultureInfo.currentUICultureName));
  }
}

/** SPFx's section theme as plain colour maps (undefined when the page has none to give). */
function toSectionTheme(theme: IReadonlyTheme | undefined): SectionTheme | undefined {
  if (!theme?.palette) return undefined;
  return {
    palette: { ...theme.palette } as Record<string, string>,
    semanticColors: theme.semanticColors ? { ...theme.semanticColors } as Record<string, string> : undefined,
    isInverted: theme.isInverted
  };
}
