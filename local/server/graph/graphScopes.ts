import * as fs from 'fs';
import * as path from 'path';
import { GraphError } from './graphErrors';

/**
 * Which delegated Microsoft Graph scopes the local tenant has granted to SPFx.
 *
 * In SharePoint Online every SPFx solution calls Graph as one shared principal ("SharePoint Online Web Client
 * Extensibility", `08e18876-6177-487e-b8b5-cf950c1e598c`, PROTOCOL §3/§6); the scopes its token carries are those a
 * Global Administrator approved in API access (TENANT-FACTS "Graph"). Before approval:
 * - with no Graph consent at all, SPFx cannot get a token: `AADSTS65001: The user or administrator has not consented
 *   to use the application …` (SharePoint/sp-dev-docs#9715, #3102, #2473). That failure happens in the browser's token
 *   request; the local server has no token service, so it answers the Graph call itself with 401 and that text.
 * - with consent but without a scope, Graph refuses the call with 403 in the workload's own words (below).
 *
 * The default grant is what our package asks for (`config/package-solution.json` → `webApiPermissionRequests`,
 * as an admin who approved every request), plus `User.Read`, which every Entra app's sign-in carries.
 * `LOCAL_GRAPH_SCOPES` (start-up), `POST /_local/graph-scopes` (running) and the `X-Local-Graph-Scopes` header
 * (one request, tests) set it: a comma list of scopes, `none` (no consent at all) or `default`.
 */
export const SPFX_GRAPH_APP_ID = '08e18876-6177-487e-b8b5-cf950c1e598c';
export const SCOPES_HEADER = 'x-local-graph-scopes';

/** `'none'`: no consent at all (token requests fail); otherwise the granted scopes. */
export type GraphGrant = 'none' | ReadonlySet<string>;

/** The Graph scopes `config/package-solution.json` requests (what an admin approves in API access). */
export function requestedGraphScopes(packageSolutionPath = path.resolve(__dirname, '../../../config/package-solution.json')): string[] {
  try {
    const json = JSON.parse(fs.readFileSync(packageSolutionPath, 'utf8')) as { solution?: { webApiPermissionRequests?: { resource: string; scope: string }[] } };
    return (json.solution?.webApiPermissionRequests ?? []).filter(r => r.resource === 'Microsoft Graph').map(r => r.scope);
  } catch {
    return [];
  }
}

/** The grant when every request of our package was approved. */
export function defaultGrant(): GraphGrant {
  return new Set(['User.Read', ...requestedGraphScopes()]);
}

/** Parses `none`, `default` or `Scope.One,Scope.Two` (spaces allowed). */
export function parseGrant(text: string): GraphGrant {
  const value = text.trim();
  if (value === '' || value.toLowerCase() === 'default') return defaultGrant();
  if (value.toLowerCase() === 'none') return 'none';
  const scopes = value.split(/[,\s]+/).filter(Boolean);
  const bad = scopes.find(s => !/^[A-Za-z]+(\.[A-Za-z]+)*$/.test(s));
  if (bad) throw new Error(`'${bad}' is not a Graph scope name (e.g. TeamsActivity.Send).`);
  return new Set(scopes);
}

/** How each workload words "the token lacks the scope". */
export type Workload = 'directory' | 'mail' | 'teams' | 'files';

/**
 * What a call needs: any one of `anyOf` (least privileged first, as each Graph API page lists them).
 * Sources: "Get user" (User.Read for oneself, User.ReadBasic.All for others), "List group members/owners"
 * (GroupMember.Read.All), "user: sendMail" (Mail.Send), "team/user/chat: sendActivityNotification" and
 * "teamwork: sendActivityNotificationToRecipients" (TeamsActivity.Send), "List teamsApp" (AppCatalog.Read.All) on
 * learn.microsoft.com/graph/api. Files in SharePoint sites ("Get driveItem", "Convert to other formats", "Get site"): the
 * pages list Files.Read first, but that reaches only the user's own OneDrive; for a site's library the stricter
 * reading is Files.Read.All or Sites.Read.All (or more) [unverified which the service checks first].
 */
export interface ScopeRequirement {
  anyOf: string[];
  workload: Workload;
}

export const REQUIRES = {
  me: { anyOf: ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], workload: 'directory' },
  otherUser: { anyOf: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], workload: 'directory' },
  groupMembers: { anyOf: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], workload: 'directory' },
  sendMail: { anyOf: ['Mail.Send'], workload: 'mail' },
  activity: { anyOf: ['TeamsActivity.Send'], workload: 'teams' },
  appCatalog: { anyOf: ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'Directory.Read.All'], workload: 'teams' },
  siteFiles: { anyOf: ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'], workload: 'files' }
} satisfies Record<string, ScopeRequirement>;

/** Refuses the call as Graph would when the grant does not cover it. */
export function assertGranted(grant: GraphGrant, requirement: ScopeRequirement): void {
  if (grant === 'none') {
    throw new GraphError(401, 'InvalidAuthenticationToken', `AADSTS65001: The user or administrator has not consented to use the application with ID '${SPFX_GRAPH_APP_ID}' named 'SharePoint Online Web Client Extensibility'. Send an interactive authorization request for this user and resource.`);
  }
  if (requirement.anyOf.some(scope => grant.has(scope))) return;
  const held = [...grant].join(' ');
  switch (requirement.workload) {
    case 'directory':
      // Directory reads without the scope: 403 Authorization_RequestDenied (Graph's directory error reference).
      throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    case 'mail':
      // Exchange's wording for a token without Mail.Send (microsoftgraph/msgraph-sdk-javascript issues on sendMail 403).
      throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    case 'files':
      // SharePoint-backed Graph calls without a files scope: 403 accessDenied (Graph's error codes: "The caller doesn't have permission").
      throw new GraphError(403, 'accessDenied', 'Access denied. The token has no scope that reaches files in SharePoint sites.');
    case 'teams':
      // Teams' wording, as quoted in OfficeDev/microsoft-teams-library-js#2256 ("Missing role permissions on the request. API requires one of …").
      throw new GraphError(403, 'Forbidden', `Missing scope permissions on the request. API requires one of '${requirement.anyOf.join(', ')}'. Scopes on the request '${held}'`);
  }
}
