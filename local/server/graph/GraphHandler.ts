import { randomUUID } from 'crypto';
import type { Store } from '../store/Store';
import type { TenantGroup, TenantUser } from '../store/model';
import type { SpRequest, SpResponse } from '../sharepoint/SpRequest';
import { GraphError, graphErrorResponse, graphJson, notFound } from './graphErrors';
import { assertGranted, defaultGrant, parseGrant, REQUIRES, SCOPES_HEADER, type GraphGrant } from './graphScopes';
import { readAttachments } from './mailAttachments';
import { TeamsCatalog, type LocalTeamsApp } from './teamsCatalog';
import { ActivityThrottle } from './activityThrottle';
import { ActivityNotifications } from './activityNotifications';
import { matchesCatalogFilter, parseCatalogFilter } from './catalogFilter';
import { DriveItems } from './driveItems';
import { converterFromEnvironment, type FileConverter } from './fileConversion';

export type { LocalTeamsApp } from './teamsCatalog';

const GRAPH_PATH = /^\/graph\/(v1\.0|beta)(\/.*)$/;
const PAGE_SIZE = 100;
const MAX_PAGE = 999;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when a URL path is a Microsoft Graph call this handler answers. */
export function isGraphPath(pathname: string): boolean {
  return GRAPH_PATH.test(pathname);
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
 * Guests have no Exchange mailbox in the resource tenant, so mail calls as them fail with
 * `MailboxNotEnabledForRESTAPI` (microsoftgraph/microsoft-graph-docs-contrib#405 "Mailbox does not work for Guest
 * users"; status 404 as in microsoft-graph-docs-contrib#6519; message as in msgraph-sdk-javascript#1756).
 */
function hasMailbox(user: TenantUser): boolean {
  return user.userType === 'Member';
}

/** Settings a test or the server's start-up passes. */
export interface GraphHandlerOptions {
  /** The delegated scopes granted to SPFx (default: every request of our package approved). */
  grant?: GraphGrant;
  /** The clock of the notification limit (tests move it instead of waiting). */
  now?: () => number;
  /** What converts files for `content?format=pdf` (default: LibreOffice, or none with `LOCAL_CONVERTER=none`). */
  converter?: FileConverter;
}

/**
 * The local Microsoft Graph: people, groups and their members, the Teams org catalogue, Teams activity
 * notifications and mail, each under the real service's rules (cited where enforced). Notifications land in a
 * local feed and mail in a local outbox, for the workbench and tests to read.
 */
export class GraphHandler {
  private grantInForce: GraphGrant;
  private readonly catalog: TeamsCatalog;
  private readonly notifications: ActivityNotifications;
  /** SharePoint files as drive items, and their conversion to PDF. */
  readonly driveItems: DriveItems;

  constructor(private readonly store: Store, teamsApp: LocalTeamsApp, options: GraphHandlerOptions = {}) {
    this.grantInForce = options.grant ?? (process.env.LOCAL_GRAPH_SCOPES ? parseGrant(process.env.LOCAL_GRAPH_SCOPES) : defaultGrant());
    const now = options.now ?? Date.now;
    this.catalog = new TeamsCatalog(store, teamsApp);
    this.notifications = new ActivityNotifications(store, this.catalog, new ActivityThrottle(now), now);
    this.driveItems = new DriveItems(store, options.converter ?? converterFromEnvironment(), now);
  }

  /** The grant in force (for `/_local/graph-scopes`). */
  get grant(): GraphGrant {
    return this.grantInForce;
  }

  set grant(grant: GraphGrant) {
    this.grantInForce = grant;
  }

  /** The org catalogue and installations (for tests and tools). */
  get teamsCatalog(): TeamsCatalog {
    return this.catalog;
  }

  async handle(request: SpRequest): Promise<SpResponse> {
    try {
      return await this.route(request);
    } catch (error) {
      if (error instanceof GraphError) return graphErrorResponse(error, request.headers['client-request-id']);
      console.error('[graph] unexpected error', error);
      return graphJson(500, { error: { code: 'generalException', message: `The server could not complete the request: ${(error as Error).message}` } });
    }
  }

  private route(request: SpRequest): SpResponse | Promise<SpResponse> {
    const match = GRAPH_PATH.exec(request.url.pathname);
    if (!match) throw new GraphError(400, 'BadRequest', `Invalid request path ${request.url.pathname}.`);
    const me = request.user;
    if (!me) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const grant = request.headers[SCOPES_HEADER] !== undefined ? parseGrant(request.headers[SCOPES_HEADER]) : this.grantInForce;
    const parts = match[2].split('/').filter(Boolean).map(decodeURIComponent);
    const method = request.method;
    const select = request.url.searchParams.get('$select');
    const [root, id, sub, action] = parts;

    if (root === 'me' && !id && method === 'GET') {
      assertGranted(grant, REQUIRES.me);
      return graphJson(200, { '@odata.context': this.context(request, 'users/$entity'), ...userJson(me, select) });
    }
    if (root === 'me' && id === 'sendMail' && method === 'POST') {
      assertGranted(grant, REQUIRES.sendMail);
      return this.sendMail(me, request);
    }
    if (root === 'users' && id && !sub && method === 'GET') {
      const user = this.user(id);
      assertGranted(grant, user.id === me.id ? REQUIRES.me : REQUIRES.otherUser);
      return graphJson(200, { '@odata.context': this.context(request, 'users/$entity'), ...userJson(user, select) });
    }
    if (root === 'users' && id && sub === 'sendMail' && method === 'POST') {
      assertGranted(grant, REQUIRES.sendMail);
      // Delegated Mail.Send sends as the signed-in user only (user-sendmail: "as the signed-in user").
      if (this.user(id).id !== me.id) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      return this.sendMail(me, request);
    }
    if (root === 'users' && id && sub === 'teamwork' && action === 'sendActivityNotification' && method === 'POST') {
      assertGranted(grant, REQUIRES.activity);
      const recipient = this.user(id);
      this.notifications.send(me, recipient, { kind: 'user' }, `users/${recipient.id}`, this.body(request));
      return { status: 204, headers: {} };
    }
    if (root === 'teams' && id && sub === 'sendActivityNotification' && method === 'POST') {
      assertGranted(grant, REQUIRES.activity);
      const body = this.body(request);
      const team = this.group(id);
      this.notifications.send(me, this.user(this.recipientId(body)), { kind: 'team', team }, `teams/${team.id}`, body);
      return { status: 204, headers: {} };
    }
    if (root === 'chats' && id && sub === 'sendActivityNotification' && method === 'POST') {
      assertGranted(grant, REQUIRES.activity);
      // The local tenant holds no chats: Graph's answer for a chat that does not exist.
      throw new GraphError(404, 'NotFound', `Chat '${id}' was not found.`);
    }
    if (root === 'teamwork' && id === 'sendActivityNotificationToRecipients' && method === 'POST') {
      assertGranted(grant, REQUIRES.activity);
      const body = this.body(request);
      const recipients = Array.isArray(body.recipients) ? (body.recipients as { userId?: string }[]) : [];
      // teamwork-sendactivitynotificationtorecipients: "up to 100 recipients"; answers 202.
      if (recipients.length === 0 || recipients.length > 100) throw new GraphError(400, 'BadRequest', 'Between 1 and 100 recipients are required.');
      for (const r of recipients) this.notifications.send(me, this.user(r.userId ?? ''), { kind: 'bulk' }, 'teamwork', body);
      return { status: 202, headers: {} };
    }
    if (root === 'groups' && id && !sub && method === 'GET') {
      assertGranted(grant, REQUIRES.groupMembers);
      const group = this.group(id);
      return graphJson(200, { '@odata.context': this.context(request, 'groups/$entity'), id: group.id, displayName: group.displayName, mail: group.mail, groupTypes: ['Unified'] });
    }
    if (root === 'groups' && id && (sub === 'members' || sub === 'owners' || sub === 'transitiveMembers') && method === 'GET') {
      assertGranted(grant, REQUIRES.groupMembers);
      const group = this.group(id);
      if (!group.memberIds.includes(me.id) && !group.ownerIds.includes(me.id) && me.userType === 'Guest') {
        throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      }
      const ids = sub === 'owners' ? group.ownerIds : group.memberIds;
      return this.page(request, ids.map(uid => this.store.users.get(uid)).filter((u): u is TenantUser => Boolean(u)), select);
    }
    if (root === 'sites' && id?.endsWith(':') && method === 'GET') {
      assertGranted(grant, REQUIRES.siteFiles);
      return this.driveItems.siteByPath(request, me, parts.slice(1).join('/'));
    }
    if (root === 'sites' && id && sub === 'lists' && parts[4] === 'items' && parts[6] === 'driveItem' && parts.length === 7 && method === 'GET') {
      assertGranted(grant, REQUIRES.siteFiles);
      return this.driveItems.listItemDriveItem(request, me, id, action, parts[5]);
    }
    if (root === 'drives' && id && sub === 'items' && action && parts[4] === 'content' && parts.length === 5 && method === 'GET') {
      assertGranted(grant, REQUIRES.siteFiles);
      return this.driveItems.content(request, me, id, action);
    }
    if (root === 'appCatalogs' && id === 'teamsApps' && !sub && method === 'GET') {
      assertGranted(grant, REQUIRES.appCatalog);
      const clauses = parseCatalogFilter(request.url.searchParams.get('$filter'));
      const apps = this.catalog.all()
        .map(a => ({ id: a.catalogId, externalId: a.externalId, displayName: a.displayName, distributionMethod: a.distributionMethod }))
        .filter(a => matchesCatalogFilter(a, clauses));
      return graphJson(200, { '@odata.context': this.context(request, 'appCatalogs/teamsApps'), value: apps });
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

  private recipientId(body: Record<string, unknown>): string {
    const recipient = body.recipient as { userId?: string } | undefined;
    if (!recipient?.userId) throw new GraphError(400, 'BadRequest', 'The recipient is required for team and chat scoped notifications.');
    return recipient.userId;
  }

  /**
   * `/users/{id | userPrincipalName}` (learn.microsoft.com/graph/api/user-get): an object id or a UPN, nothing else.
   * A mail address that is not the UPN (every guest's) is not found (TENANT-FACTS "Graph").
   */
  private user(idOrUpn: string): TenantUser {
    const key = idOrUpn.toLowerCase();
    const user = GUID.test(idOrUpn)
      ? [...this.store.users.values()].find(u => u.id.toLowerCase() === key)
      : [...this.store.users.values()].find(u => u.userPrincipalName.toLowerCase() === key);
    if (!user) throw notFound(idOrUpn);
    return user;
  }

  private group(id: string): TenantGroup {
    const group = this.store.groups.get(id);
    if (!group) throw notFound(id);
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
    return graphJson(200, body);
  }

  private sendMail(sender: TenantUser, request: SpRequest): SpResponse {
    if (!hasMailbox(sender)) throw new GraphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
    const body = this.body(request);
    const message = body.message as { subject?: string; body?: { contentType?: string; content?: string }; toRecipients?: { emailAddress?: { address?: string } }[]; attachments?: unknown } | undefined;
    const to = (message?.toRecipients ?? []).map(r => r.emailAddress?.address ?? '').filter(Boolean);
    if (!message || to.length === 0) throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
    const attachments = readAttachments(message.attachments);
    this.store.addMail({
      id: randomUUID(), createdDateTime: new Date().toISOString(), senderId: sender.id, subject: message.subject ?? '',
      contentType: message.body?.contentType ?? 'Text', content: message.body?.content ?? '', to,
      ...(attachments.length > 0 ? { attachments } : {})
    });
    return { status: 202, headers: {} };
  }
}
