import { formatSubEntity, isSitePath, MAX_DEEP_LINK, teamsDeepLink } from '../../domain/approval/deepLink';
import { AppError } from '../errors/AppError';
import type { LinkBuilder } from '../../domain/approval/LinkBuilder';
import type { HostInfo } from './HostInfo';
import { TEAMS_PERSONAL_ENTITY_ID } from './teamsApp';

/** What links are made from: the only things that differ between the web part and the workbench. */
export interface LinkBuilderInput {
  /** The id Teams knows the app by (the org catalogue's id; see `teamsCatalogue.ts`). */
  teamsAppId: string;
  /** The host after the school site was resolved (`resolveSite`). */
  host: HostInfo;
  /**
   * The page on the school site that hosts the app, which mail links open in a browser. Default: the page the web
   * part runs on (a SharePoint page), else the school site's home page (set-up makes the app's page the home page).
   */
  appPageUrl?: string;
  /** The authority's bank site; links name it when it is another site, for the personal app to find it. */
  bankSiteUrl?: string;
}

/** The school site's server-relative path when it is one a link may carry (`/sites/<name>`, `/teams/<name>`). */
function sitePathOf(siteUrl: string): string | undefined {
  const path = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return isSitePath(path) ? path : undefined;
}

/**
 * Links to a draft or round that open the right thing from every host:
 * - the Teams deep link opens our personal app (or, made from a channel tab, that tab) with a sub-entity that names
 *   the school site too (`round:12:3@/sites/oakfield-primary`), because the personal app loads on the root site;
 * - the browser (mail) link opens the page that hosts the app on the school site with the same `?subEntityId=`.
 * Both composition roots use this one builder, so the workbench cannot link more kindly than the web part.
 */
export function linkBuilder(input: LinkBuilderInput): LinkBuilder {
  const { host } = input;
  const sitePath = sitePathOf(host.siteUrl);
  const bankPath = input.bankSiteUrl && sitePath && new URL(input.bankSiteUrl).origin === new URL(host.siteUrl).origin ? sitePathOf(input.bankSiteUrl) : undefined;
  const bank = bankPath && bankPath.toLowerCase() !== sitePath?.toLowerCase() ? bankPath : undefined;
  const appPage = input.appPageUrl ?? host.appPageUrl ?? host.siteUrl;
  const webUrl: LinkBuilder['webUrl'] = target => {
    const url = new URL(appPage);
    url.searchParams.set('subEntityId', formatSubEntity(target, sitePath, bank));
    return url.toString();
  };
  // From a channel tab, the link opens that tab (its entity id and channel); otherwise the personal app.
  const channel = host.teams?.channelId && host.teams.entityId ? { channelId: host.teams.channelId, entityId: host.teams.entityId } : undefined;
  return {
    webUrl,
    deepLink: (target, label) => {
      try {
        return teamsDeepLink({
          appId: input.teamsAppId, entityId: channel?.entityId ?? TEAMS_PERSONAL_ENTITY_ID, webUrl: webUrl(target), label, subEntity: target, sitePath, bankPath: bank, channelId: channel?.channelId
        });
      } catch (error) {
        // The only refusal a person can reach: a site address so long the link passes Teams' limit (MAX_DEEP_LINK).
        throw new AppError('invalid', 'links.deepLinkTooLong', error instanceof Error ? error.message : String(error), { values: [MAX_DEEP_LINK], cause: error });
      }
    }
  };
}
