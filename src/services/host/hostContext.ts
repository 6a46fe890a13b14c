import { toHostTheme, type HostInfo } from './HostInfo';

/**
 * The part of teams-js 2's `app.Context` the web part reads (a minimal structural type, as PnPjs does with SPFx's
 * context), so the web part and the workbench can hand the same shape to the same mapping.
 * Source: teams-js `app.Context` (learn.microsoft.com/javascript/api/@microsoft/teams-js/app.context).
 */
export interface TeamsContextLike {
  app: { locale: string; theme?: string };
  page: { id?: string; subPageId?: string };
  user?: { tenant?: { id?: string } };
  team?: { groupId?: string; displayName?: string };
  channel?: { id?: string };
  sharePointSite?: { teamSiteUrl?: string };
}

/** An empty text as teams-js 2.58 may give it (`''`) means "not there", as `undefined` does. */
function given(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text;
}

/** A site URL without a trailing slash (the root site's web URL is the bare origin). */
function siteOf(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * Where the web part runs in Teams, from the teams-js context and the web SPFx loaded it on (`pageContext.web`).
 * A channel tab loads on the team's site and names it in `sharePointSite.teamSiteUrl`; the personal app loads on the
 * tenant's root site with no team or channel and an empty `teamSiteUrl` (`undefined`, or `''` in teams-js 2.58:
 * microsoft-teams-library-js#221), so the site it reads is then the page's web until a link names the school site.
 */
export function hostFromTeamsContext(context: TeamsContextLike, pageWebUrl: string): HostInfo {
  const teamSiteUrl = given(context.sharePointSite?.teamSiteUrl);
  const groupId = given(context.team?.groupId);
  const channelId = given(context.channel?.id);
  const subEntityId = given(context.page.subPageId);
  return {
    kind: 'Teams',
    locale: given(context.app.locale) ?? 'en-GB',
    theme: toHostTheme(context.app.theme),
    siteUrl: siteOf(teamSiteUrl ?? pageWebUrl),
    pageWebUrl: siteOf(pageWebUrl),
    subEntityId,
    teams: {
      subEntityId, groupId, channelId, teamName: given(context.team?.displayName), tenantId: given(context.user?.tenant?.id),
      entityId: given(context.page.id), personal: !groupId && !channelId
    }
  };
}

/** Where the web part runs on a SharePoint page: that page's site, and the page itself as the app page (`?subEntityId=` opens a target). */
export function hostFromSharePointPage(input: { pageWebUrl: string; pageUrl: string; locale: string }): HostInfo {
  const page = new URL(input.pageUrl);
  const subEntityId = given(page.searchParams.get('subEntityId') ?? undefined);
  return {
    kind: 'SharePoint', locale: input.locale, theme: 'default', siteUrl: siteOf(input.pageWebUrl), pageWebUrl: siteOf(input.pageWebUrl),
    appPageUrl: `${page.origin}${page.pathname}`, subEntityId
  };
}
