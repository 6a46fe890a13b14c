import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { initializeIcons } from '@fluentui/react';
import { SPFx } from '@pnp/sp';
import { spfi } from '../../services/sharepoint/pnp';
import { GraphClientAdapter } from '../../services/graph/GraphClientAdapter';
import { toHostTheme, type HostInfo, type HostTheme, type SectionTheme } from '../../services/host/HostInfo';
import { teamsNavigation } from '../../services/host/teamsNavigation';
import { createAppServices, sameSite } from '../../app/createAppServices';
import type { AppServices } from '../../app/AppServices';
import { resolveStrings } from '../../loc/strings';
import { App } from '../../components/App';
import { buildPropertyPane, type ESafetyPolicyHubWebPartProps } from './propertyPane';
import { linkBuilder } from './linkBuilder';

/**
 * The composition root in SharePoint and Teams: builds PnPjs over the SPFx context, the Graph adapter over
 * SPFx's Graph client, reads the Teams context when hosted in Teams, and renders the app with them.
 * Nothing else lives here.
 */
export default class ESafetyPolicyHubWebPart extends BaseClientSideWebPart<ESafetyPolicyHubWebPartProps> {
  private services: AppServices | undefined;
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

  private async buildServices(host: HostInfo): Promise<void> {
    const site = spfi().using(SPFx(this.context));
    const bankSiteUrl = this.properties.bankSiteUrl?.trim() || host.siteUrl;
    // The bank may be another site of the tenant: its own PnPjs root, with the same SPFx behaviour (and digests per web).
    const bank = sameSite(bankSiteUrl, this.context.pageContext.web.absoluteUrl) ? site : spfi(bankSiteUrl).using(SPFx(this.context));
    const graph = new GraphClientAdapter(await this.context.msGraphClientFactory.getClient('3'));
    const teamsAppId = this.properties.teamsAppId?.trim() || this.manifest.id;
    const teams = this.context.sdks.microsoftTeams;
    // In Teams, documents open in Teams' file viewer (a file deep link through teams-js), not a browser tab.
    const navigation = teams && host.teams
      ? teamsNavigation(site, { siteUrl: host.siteUrl, tenantId: host.teams.tenantId, channelId: host.teams.channelId, groupId: host.teams.groupId }, link => teams.teamsJs.app.openLink(link))
      : undefined;
    this.services = createAppServices({ site, bank, bankSiteUrl }, graph, host, { links: linkBuilder(teamsAppId, host), teamsAppId: this.properties.teamsAppId?.trim() || undefined, navigation });
  }

  protected onPropertyPaneFieldChanged(): void {
    // A new bank site address needs new services: rebuild them on the next render.
    if (this.services) void this.buildServices(this.services.host).then(() => this.render());
  }

  /** Where we are: a SharePoint page, or a Teams tab with its theme and deep-link sub-entity. */
  private async readHost(): Promise<HostInfo> {
    const page = this.context.pageContext;
    const siteUrl = page.web.absoluteUrl;
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) {
      const subEntityId = new URLSearchParams(window.location.search).get('subEntityId') ?? undefined;
      return { kind: 'SharePoint', locale: page.cultureInfo.currentUICultureName, theme: 'default', siteUrl, subEntityId };
    }
    const context = await teams.teamsJs.app.getContext();
    // Teams changes its theme while the tab is open: re-theme in place (services and unsaved edits stay as they are).
    teams.teamsJs.app.registerOnThemeChangeHandler(theme => {
      this.theme = toHostTheme(theme);
      this.render();
    });
    return {
      kind: 'Teams',
      locale: context.app.locale,
      theme: toHostTheme(context.app.theme),
      siteUrl: context.sharePointSite?.teamSiteUrl ?? siteUrl,
      subEntityId: context.page.subPageId,
      teams: { subEntityId: context.page.subPageId, groupId: context.team?.groupId, channelId: context.channel?.id, teamName: context.team?.displayName, tenantId: context.user?.tenant?.id }
    };
  }

  public render(): void {
    if (!this.services) return;
    ReactDom.render(React.createElement(App, { services: this.services, theme: this.theme, sectionTheme: this.sectionTheme }), this.domElement);
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
