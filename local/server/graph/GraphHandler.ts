import { randomUUID } from 'crypto';
import type { Store } from '../store/Store';
import type { FeedNotification, TenantGroup, TenantUser } from '../store/model';
import type { SpRequest, SpResponse } from '../sharepoint/SpRequest';

/** The Teams app the local tenant's catalogue holds (what an admin would have uploaded). */
export interface LocalTeamsApp {
  /** The org-catalogue id (used in deep links). */
  catalogId: string;
  /** The manifest's own id. */
  externalId: string;
  displayName: string;
  /** Activity types the manifest declares; `systemDefault` is always allowed. */
  activityTypes: string[];
}

class GraphError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const GRAPH_PATH = /^\/graph\/(v1\.0|beta)(\/.*)$/;
const PAGE_SIZE = 100;
const MAX_PAGE = 999;

/** True when a URL path is a Microsoft Graph call this handler answers. */
export function isGraphPath(pathname: string): boolean {
  return GRAPH_PATH.test(pathname);
}

function json(status: number, body: unknown): SpResponse {
  return { status, headers: { 'content-type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' }, body: JSON.stringify(body) };
}

function userJson(user: TenantUser, select: string | null): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: user.id, displayName: user.displayName, givenName: user.givenName, surname: user.surname, mail: user.mail,
    userPrincipalName: user.userPrincipalName, jobTitle: user.jobTitle, userType: user.userType, businessPhones: [],
    mobilePhone: null, officeLocation: null, preferredLanguage: 'en-GB'
  };
  if (!select) return all;
  const wanted = select.split(',').map(s => s.trim());
  return Object.fromEntries(wanted.filter(k => k in all).map(k => [k, all[k]]).concat([['id', user.id]]));
}

/**
 * The local Microsoft Graph: people, groups and their members, Teams activity notifications and mail.
 * Notifications land in a local feed and mail in a local outbox, for the workbench and tests to read.
 */
export class GraphHandler {
  constructor(private readonly store: Store, private readonly teamsApp: LocalTeamsApp) {}

  async handle(request: SpRequest): Promise<SpResponse> {
    try {
      return this.route(request);
    } catch (error) {
      if (error instanceof GraphError) {
        return json(error.status, {
          error: { code: error.code, message: error.message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': request.headers['client-request-id'] ?? randomUUID() } }
        });
      }
      console.error('[graph] unexpected error', error);
      return json(500, { error: { code: 'generalException', message: `The server could not complete the request: ${(error as Error).message}` } });
    }
  }

  private route(request: SpRequest): SpResponse {
    const match = GRAPH_PATH.exec(request.url.pathname);
    if (!match) throw new GraphError(400, 'BadRequest', `Invalid request path ${request.url.pathname}.`);
    const me = request.user;
    if (!me) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const parts = match[2].split('/').filter(Boolean).map(decodeURIComponent);
    const method = request.method;
    const select = request.url.searchParams.get('$select');
    const [root, id, sub, action] = parts;

    if (root === 'me' && !id && method === 'GET') return json(200, { '@odata.context': this.context(request, 'users/$entity'), ...userJson(me, select) });
    if (root === 'me' && id === 'sendMail' && method === 'POST') return this.sendMail(me, request);
    if (root === 'users' && id && !sub && method === 'GET') {
      return json(200, { '@odata.context': this.context(request, 'users/$entity'), ...userJson(this.user(id), select) });
    }
    if (root === 'users' && id && sub === 'sendMail' && method === 'POST') {
      if (this.user(id).id !== me.id) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      return this.sendMail(me, request);
    }
    if (root === 'users' && id && sub === 'teamwork' && action === 'sendActivityNotification' && method === 'POST') {
      const recipient = this.user(id);
      return this.notify(me, recipient, `users/${recipient.id}`, request, undefined);
    }
    if ((root === 'teams' || root === 'chats') && id && sub === 'sendActivityNotification' && method === 'POST') {
      const body = this.body(request);
      const recipient = body.recipient as { userId?: string } | undefined;
      if (!recipient?.userId) throw new GraphError(400, 'BadRequest', 'The recipient is required for team and chat scoped notifications.');
      const group = root === 'teams' ? this.group(id) : undefined;
      return this.notify(me, this.user(recipient.userId), `${root}/${id}`, request, group);
    }
    if (root === 'teamwork' && id === 'sendActivityNotificationToRecipients' && method === 'POST') {
      const body = this.body(request);
      const recipients = Array.isArray(body.recipients) ? (body.recipients as { userId?: string }[]) : [];
      if (recipients.length === 0 || recipients.length > 100) throw new GraphError(400, 'BadRequest', 'Between 1 and 100 recipients are required.');
      for (const r of recipients) this.notify(me, this.user(r.userId ?? ''), 'teamwork', request, undefined);
      return { status: 202, headers: {} };
    }
    if (root === 'groups' && id && !sub && method === 'GET') {
      const group = this.group(id);
      return json(200, { '@odata.context': this.context(request, 'groups/$entity'), id: group.id, displayName: group.displayName, mail: group.mail, groupTypes: ['Unified'] });
    }
    if (root === 'groups' && id && (sub === 'members' || sub === 'owners' || sub === 'transitiveMembers') && method === 'GET') {
      const group = this.group(id);
      if (!group.memberIds.includes(me.id) && !group.ownerIds.includes(me.id) && me.userType === 'Guest') {
        throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      }
      const ids = sub === 'owners' ? group.ownerIds : group.memberIds;
      return this.page(request, ids.map(uid => this.store.users.get(uid)).filter((u): u is TenantUser => Boolean(u)), select);
    }
    if (root === 'appCatalogs' && id === 'teamsApps' && method === 'GET') {
      const filter = request.url.searchParams.get('$filter') ?? '';
      const wanted = /externalId eq '([^']*)'/i.exec(filter)?.[1];
      const apps = !wanted || wanted === this.teamsApp.externalId
        ? [{ id: this.teamsApp.catalogId, externalId: this.teamsApp.externalId, displayName: this.teamsApp.displayName, distributionMethod: 'organization' }]
        : [];
      return json(200, { '@odata.context': this.context(request, 'appCatalogs/teamsApps'), value: apps });
    }
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${parts.join('/')}'.`);
  }

  private context(request: SpRequest, fragment: string): string {
    const version = GRAPH_PATH.exec(request.url.pathname)?.[1] ?? 'v1.0';
    return `${request.url.origin}/graph/${version}/$metadata#${fragment}`;
  }

  private body(request: SpRequest): Record<string, unknown> {
    const text = request.body?.toString('utf8') ?? '';
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // fall through to the error below
    }
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }

  private user(idOrUpn: string): TenantUser {
    const key = idOrUpn.toLowerCase();
    const user = this.store.users.get(idOrUpn) ?? [...this.store.users.values()].find(u => u.userPrincipalName.toLowerCase() === key || u.mail.toLowerCase() === key);
    if (!user) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`);
    return user;
  }

  private group(id: string): TenantGroup {
    const group = this.store.groups.get(id);
    if (!group) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
    return group;
  }

  private page(request: SpRequest, users: TenantUser[], select: string | null): SpResponse {
    const params = request.url.searchParams;
    const top = Math.min(Number(params.get('$top') ?? PAGE_SIZE) || PAGE_SIZE, MAX_PAGE);
    const skip = Number(params.get('$skiptoken') ?? 0) || 0;
    const slice = users.slice(skip, skip + top);
    const body: Record<string, unknown> = {
      '@odata.context': this.context(request, 'directoryObjects'),
      value: slice.map(u => ({ '@odata.type': '#microsoft.graph.user', ...userJson(u, select) }))
    };
    if (skip + top < users.length) {
      const next = new URL(request.url.toString());
      next.searchParams.set('$top', String(top));
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = next.toString();
    }
    return json(200, body);
  }

  private notify(sender: TenantUser, recipient: TenantUser, scope: string, request: SpRequest, team: TenantGroup | undefined): SpResponse {
    const body = this.body(request);
    const topic = body.topic as { source?: string; value?: string; webUrl?: string } | undefined;
    const activityType = String(body.activityType ?? '');
    const preview = (body.previewText as { content?: string } | undefined)?.content ?? '';
    if (!topic?.source || !topic.value) throw new GraphError(400, 'BadRequest', 'The topic with source and value is required.');
    if (topic.source === 'text' && !topic.webUrl) throw new GraphError(400, 'BadRequest', "The topic's webUrl is required when the source is 'text'.");
    if (!activityType) throw new GraphError(400, 'BadRequest', 'The activityType is required.');
    if (activityType !== 'systemDefault' && !this.teamsApp.activityTypes.includes(activityType)) {
      throw new GraphError(400, 'BadRequest', `The activity type '${activityType}' is not declared in the Teams app manifest.`);
    }
    if (sender.id === recipient.id) throw new GraphError(400, 'BadRequest', 'A user cannot send an activity notification to themselves.');
    if (team && !team.memberIds.includes(recipient.id) && !team.ownerIds.includes(recipient.id)) {
      throw new GraphError(403, 'Forbidden', 'The recipient is not a member of the team.');
    }
    if (!recipient.teamsAppInstalled) {
      throw new GraphError(403, 'Forbidden', `The app is not installed for the recipient ${recipient.id}. Ensure that the expected Teams app is installed in the target scope.`);
    }
    const notification: FeedNotification = {
      id: randomUUID(), createdDateTime: new Date().toISOString(), recipientId: recipient.id, senderId: sender.id, scope, activityType,
      previewText: preview.slice(0, 150), topic: { source: topic.source, value: topic.value, webUrl: topic.webUrl },
      templateParameters: Array.isArray(body.templateParameters) ? (body.templateParameters as { name: string; value: string }[]) : [],
      teamsAppId: typeof body.teamsAppId === 'string' ? body.teamsAppId : undefined
    };
    this.store.addNotification(notification);
    return { status: 204, headers: {} };
  }

  private sendMail(sender: TenantUser, request: SpRequest): SpResponse {
    const body = this.body(request);
    const message = body.message as { subject?: string; body?: { contentType?: string; content?: string }; toRecipients?: { emailAddress?: { address?: string } }[] } | undefined;
    const to = (message?.toRecipients ?? []).map(r => r.emailAddress?.address ?? '').filter(Boolean);
    if (!message || to.length === 0) throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
    this.store.addMail({
      id: randomUUID(), createdDateTime: new Date().toISOString(), senderId: sender.id, subject: message.subject ?? '',
      contentType: message.body?.contentType ?? 'Text', content: message.body?.content ?? '', to
    });
    return { status: 202, headers: {} };
  }
}
