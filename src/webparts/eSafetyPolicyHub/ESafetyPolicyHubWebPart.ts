import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { SPFx } from '@pnp/sp';
import { spfi } from '../../services/sharepoint/pnp';
import { GraphClientAdapter } from '../../services/graph/GraphClientAdapter';
import { toHostTheme, type HostInfo } from '../../services/host/HostInfo';
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

  protected async onInit(): Promise<void> {
    await super.onInit();
    await this.buildServices(await this.readHost());
  }

  private async buildServices(host: HostInfo): Promise<void> {
    const site = spfi().using(SPFx(this.context));
    const bankSiteUrl = this.properties.bankSiteUrl?.trim() || host.siteUrl;
    // The bank may be another site of the tenant: its own PnPjs root, with the same SPFx behaviour (and digests per web).
    const bank = sameSite(bankSiteUrl, this.context.pageContext.web.absoluteUrl) ? site : spfi(bankSiteUrl).using(SPFx(this.context));
    const graph = new GraphClientAdapter(await this.context.msGraphClientFactory.getClient('3'));
    const teamsAppId = this.properties.teamsAppId?.trim() || this.manifest.id;
    this.services = createAppServices({ site, bank, bankSiteUrl }, graph, host, { links: linkBuilder(teamsAppId, host), teamsAppId: this.properties.teamsAppId?.trim() || undefined });
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
    teams.teamsJs.app.registerOnThemeChangeHandler(theme => this.onHostChanged({ theme: toHostTheme(theme) }));
    return {
      kind: 'Teams',
      locale: context.app.locale,
      theme: toHostTheme(context.app.theme),
      siteUrl: context.sharePointSite?.teamSiteUrl ?? siteUrl,
      subEntityId: context.page.subPageId,
      teams: { subEntityId: context.page.subPageId, groupId: context.team?.groupId, channelId: context.channel?.id, teamName: context.team?.displayName }
    };
  }

  private onHostChanged(change: Partial<HostInfo>): void {
    if (!this.services) return;
    this.services = { ...this.services, host: { ...this.services.host, ...change } };
    this.render();
  }

  public render(): void {
    if (!this.services) return;
    ReactDom.render(React.createElement(App, { services: this.services }), this.domElement);
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
