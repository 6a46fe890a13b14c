import { formatSubEntity, teamsDeepLink } from '../../domain/approval/deepLink';
import type { LinkBuilder } from '../../services/approval/ApprovalService';
import type { HostInfo } from '../../services/host/HostInfo';
import { TEAMS_PERSONAL_ENTITY_ID } from '../../services/host/teamsApp';

/**
 * Links to a draft or round: a Teams deep link to our personal tab with the target as its sub-entity, and a
 * browser link (this SharePoint page, or the Team's site from Teams) carrying the same target as `?subEntityId=`.
 */
export function linkBuilder(teamsAppId: string, host: HostInfo): LinkBuilder {
  const webUrl: LinkBuilder['webUrl'] = target => {
    const url = new URL(host.kind === 'Teams' ? host.siteUrl : window.location.href);
    url.searchParams.set('subEntityId', formatSubEntity(target));
    return url.toString();
  };
  return {
    webUrl,
    deepLink: (target, label) => teamsDeepLink({ appId: teamsAppId, entityId: TEAMS_PERSONAL_ENTITY_ID, webUrl: webUrl(target), label, subEntity: target, channelId: host.teams?.channelId })
  };
}
