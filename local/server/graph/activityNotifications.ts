import { randomUUID } from 'crypto';
import type { Store } from '../store/Store';
import type { FeedNotification, TenantGroup, TenantUser } from '../store/model';
import { GraphError } from './graphErrors';
import { SPFX_GRAPH_APP_ID } from './graphScopes';
import type { ActivityThrottle } from './activityThrottle';
import type { CatalogApp, TeamsCatalog } from './teamsCatalog';

/** Where a notification is sent through: a team (`/teams/{id}`), the user (`/users/{id}/teamwork`) or in bulk (`/teamwork`). */
export type NotificationScope = { kind: 'team'; team: TenantGroup } | { kind: 'user' } | { kind: 'bulk' };

/** The body fields of `sendActivityNotification` (team, user and bulk share them). */
interface ActivityBody {
  topic?: { source?: string; value?: string; webUrl?: string };
  activityType?: unknown;
  previewText?: { content?: string };
  templateParameters?: unknown;
  teamsAppId?: unknown;
}

function isMember(team: TenantGroup, userId: string): boolean {
  return team.memberIds.includes(userId) || team.ownerIds.includes(userId);
}

/**
 * Delivers Teams activity notifications into the local feed under Graph's rules (sources on each check), or refuses.
 *
 * Graph finds the sending Teams app among the apps installed in the target scope whose manifest
 * `webApplicationInfo.id` is the Entra app of the caller's token; for SPFx that is always the shared principal
 * `08e18876-…` (PROTOCOL §3, §6). So a manifest packaged with another id (e.g. SharePoint's
 * `00000003-0000-0ff1-ce00-000000000000`, as the SPFx docs show) has no matching app: 403, as when it is not installed.
 */
export class ActivityNotifications {
  constructor(private readonly store: Store, private readonly catalog: TeamsCatalog, private readonly throttle: ActivityThrottle, private readonly now: () => number) {}

  send(sender: TenantUser, recipient: TenantUser, scope: NotificationScope, scopeName: string, raw: Record<string, unknown>): void {
    const body = raw as ActivityBody;
    const topic = body.topic;
    const activityType = typeof body.activityType === 'string' ? body.activityType : '';
    // Body rules: team-sendactivitynotification "Request body" (topic, activityType required; a text topic needs webUrl).
    if (!topic?.source || !topic.value) throw new GraphError(400, 'BadRequest', 'The topic with source and value is required.');
    if (topic.source === 'text' && !topic.webUrl) throw new GraphError(400, 'BadRequest', "The topic's webUrl is required when the source is 'text'.");
    if (!activityType) throw new GraphError(400, 'BadRequest', 'The activityType is required.');
    // "Can a user send notifications to themselves? No" (teams-send-activityfeednotifications.md, FAQ).
    if (sender.id === recipient.id) throw new GraphError(400, 'BadRequest', 'A user cannot send an activity notification to themselves.');
    // Team scope: the recipient must be a member of the team (team-sendactivitynotification; TENANT-FACTS "Graph").
    if (scope.kind === 'team' && !isMember(scope.team, recipient.id)) {
      throw new GraphError(403, 'Forbidden', `The recipient ${recipient.id} is not a member of the team ${scope.team.id}.`);
    }
    // Notifications to guests are undocumented (PROTOCOL §6; sp-dev-docs#6136): the stricter reading refuses them. [unverified]
    if (recipient.userType === 'Guest') throw this.notInstalled(recipient);
    const app = this.sendingApp(recipient, scope, typeof body.teamsAppId === 'string' ? body.teamsAppId : undefined);
    // "The activity type must be declared in the Teams app manifest, except for the systemDefault" (request body table).
    if (activityType !== 'systemDefault' && !app.activityTypes.includes(activityType)) {
      throw new GraphError(400, 'BadRequest', `The activity type '${activityType}' is not declared in the Teams app manifest.`);
    }
    const wait = this.throttle.retryAfterSeconds(recipient.id);
    if (wait > 0) {
      throw new GraphError(429, 'TooManyRequests', `Too many activity notifications to ${recipient.id}: at most 10 a minute. Retry after ${wait} seconds.`, { 'retry-after': String(wait) });
    }
    this.throttle.record(recipient.id);
    const notification: FeedNotification = {
      id: randomUUID(), createdDateTime: new Date(this.now()).toISOString(), recipientId: recipient.id, senderId: sender.id, scope: scopeName, activityType,
      previewText: (body.previewText?.content ?? '').slice(0, 150), topic: { source: topic.source, value: topic.value, webUrl: topic.webUrl },
      templateParameters: Array.isArray(body.templateParameters) ? (body.templateParameters as { name: string; value: string }[]) : [],
      teamsAppId: app.catalogId
    };
    this.store.addNotification(notification);
  }

  /**
   * The one installed app that sends: installed in the target scope ("The Teams app must be installed for the recipient,
   * either personally or in a team or chat they're part of", teams-send-activityfeednotifications.md), with the caller's
   * Entra app id in `webApplicationInfo`, and, when the body names `teamsAppId`, that app. Several: 409 "Found multiple
   * applications with the same Microsoft Entra App ID" (same page, FAQ; sp-dev-docs#8719).
   */
  private sendingApp(recipient: TenantUser, scope: NotificationScope, teamsAppId: string | undefined): CatalogApp {
    const memberOf = [...this.store.groups.values()].filter(g => isMember(g, recipient.id)).map(g => g.id);
    const installed = this.catalog.all().filter(app => {
      if (scope.kind === 'team') return app.installedInTeams.includes(scope.team.id);
      if (scope.kind === 'user') return app.installedForUsers.includes(recipient.id);
      return app.installedForUsers.includes(recipient.id) || app.installedInTeams.some(id => memberOf.includes(id));
    });
    const candidates = installed.filter(app => app.webApplicationId.toLowerCase() === SPFX_GRAPH_APP_ID && (!teamsAppId || app.catalogId === teamsAppId));
    if (candidates.length === 0) throw this.notInstalled(recipient);
    if (candidates.length > 1) {
      throw new GraphError(409, 'Conflict', `Found multiple applications with the same Microsoft Entra App ID '${SPFX_GRAPH_APP_ID}'. Specify teamsAppId in the request.`);
    }
    return candidates[0];
  }

  /** PROTOCOL §3: "403 when the app is not installed in the target scope (… Ensure that the expected Teams app is installed in the target scope)". */
  private notInstalled(recipient: TenantUser): GraphError {
    return new GraphError(403, 'Forbidden', `The app is not installed for the recipient ${recipient.id}. Ensure that the expected Teams app is installed in the target scope.`);
  }
}
