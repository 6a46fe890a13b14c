import type { BasePermissions, RoleAssignment, RoleDefinition } from '../../store/model';
import type { PathSegment } from '../apiPath';
import { numberArg, stringArg } from '../apiPath';
import { collectionResponse, entityResponse, primitiveResponse, type Entity } from '../odataShape';
import { queryPlain, selectProps } from '../plainQuery';
import { maskFromAssignments, principalIdsOf, siteUserOf, upnFromLogin, webMask } from '../security';
import { hasPermission, PermissionKind } from '../permissions';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpError, SpErrors } from '../SpError';
import { notSupported, requireEnd, requireGet } from '../unsupported';
import { principalEntity } from './principalResource';

/** A web, list or item whose permissions can be read and managed. */
export interface Securable {
  /** `Web`, `Web/Lists(guid'…')`, `Web/Lists(guid'…')/Items(7)`. */
  path: string;
  /** The caller's effective permissions on it. */
  permissions(): BasePermissions;
  hasUniqueRoleAssignments(): boolean;
  /** Its assignments, its own or those it inherits. */
  assignments(): RoleAssignment[];
  /** Gives it its own assignments (optionally copying the inherited ones; clearSubscopes resets its children). */
  breakInheritance(copy: boolean, clearSubscopes?: boolean): void;
  resetInheritance(): void;
  /** Persists the change. */
  save(): void;
}

function basePermissionsBody(mask: BasePermissions): Record<string, string> {
  return { High: String(mask.High), Low: String(mask.Low) };
}

/** A role definition as an OData entity. */
export function roleDefinitionEntity(role: RoleDefinition): Entity {
  return {
    meta: { type: 'SP.RoleDefinition', path: `Web/RoleDefinitions(${role.Id})` },
    props: {
      BasePermissions: basePermissionsBody(role.BasePermissions), Description: role.Description, Hidden: role.Hidden,
      Id: role.Id, Name: role.Name, Order: role.Order, RoleTypeKind: role.RoleTypeKind
    }
  };
}

function assignmentEntity(ctx: SpContext, securable: Securable, assignment: RoleAssignment): Entity {
  const expand = (ctx.query.get('$expand') ?? '').toLowerCase();
  const props: Record<string, unknown> = { PrincipalId: assignment.principalId };
  if (expand.includes('member')) props.Member = principalEntity(ctx, assignment.principalId);
  if (expand.includes('roledefinitionbindings')) {
    props.RoleDefinitionBindings = assignment.roleDefinitionIds
      .map(id => ctx.site.roleDefinitions.find(r => r.Id === id))
      .filter((r): r is RoleDefinition => Boolean(r))
      .map(roleDefinitionEntity);
  }
  return { meta: { type: 'SP.RoleAssignment', path: `${securable.path}/RoleAssignments/GetByPrincipalId(${assignment.principalId})` }, props };
}

function principalExists(ctx: SpContext, id: number): boolean {
  return ctx.site.users.some(u => u.Id === id) || ctx.site.groups.some(g => g.Id === id);
}

function requireRole(ctx: SpContext, id: number): RoleDefinition {
  const role = ctx.site.roleDefinitions.find(r => r.Id === id);
  if (!role) throw SpErrors.badRequest(`The role definition ${id} does not exist.`);
  return role;
}

/**
 * Handles the security sub-resources every securable shares: `EffectiveBasePermissions`,
 * `getUserEffectivePermissions(@user)`, `breakroleinheritance(…)`, `resetroleinheritance`,
 * `HasUniqueRoleAssignments` and `roleassignments[(n)|/getbyprincipalid(n)|/addroleassignment(…)|/removeroleassignment(…)]`
 * (PnPjs v4: node_modules/@pnp/sp/security/{funcs,types}.js; pnp/pnpjs test/sp/security.ts).
 * Returns undefined when `segments` is not one of them.
 */
export function handleSecurity(ctx: SpContext, securable: Securable, segments: PathSegment[]): SpResponse | undefined {
  const [first, ...rest] = segments;
  if (!first) return undefined;
  const method = ctx.request.method;
  const manage = (): void => ctx.demand(securable.permissions(), PermissionKind.ManagePermissions);
  switch (first.name) {
    case 'effectivebasepermissions':
      requireEnd(rest, first.raw);
      requireGet(method, first.raw);
      return primitiveOrEntity(ctx, 'EffectiveBasePermissions', basePermissionsBody(securable.permissions()));
    case 'getusereffectivepermissions': {
      requireEnd(rest, first.raw);
      requireGet(method, first.raw);
      ctx.demand(securable.permissions(), PermissionKind.EnumeratePermissions);
      const upn = upnFromLogin(stringArg(first));
      const user = [...ctx.store.users.values()].find(u => u.userPrincipalName.toLowerCase() === upn);
      if (!user) throw SpErrors.userNotFound();
      const principals = principalIdsOf(ctx.site, user, ctx.store.groups);
      const mask = siteUserOf(ctx.site, user)?.IsSiteAdmin ? webMask(ctx.site, user, principals) : maskFromAssignments(ctx.site, securable.assignments(), principals);
      return primitiveOrEntity(ctx, 'GetUserEffectivePermissions', basePermissionsBody(mask));
    }
    case 'hasuniqueroleassignments':
      requireEnd(rest, first.raw);
      requireGet(method, first.raw);
      return primitiveResponse(ctx, 'HasUniqueRoleAssignments', 'Edm.Boolean', securable.hasUniqueRoleAssignments());
    case 'breakroleinheritance': {
      requireEnd(rest, first.raw);
      if (method !== 'POST') throw SpErrors.methodNotAllowed(method, first.raw);
      manage();
      const copy = first.named.copyroleassignments ?? first.args[0] ?? false;
      securable.breakInheritance(copy === true, (first.named.clearsubscopes ?? first.args[1]) === true);
      securable.save();
      return emptyResponse(200);
    }
    case 'resetroleinheritance':
      requireEnd(rest, first.raw);
      if (method !== 'POST') throw SpErrors.methodNotAllowed(method, first.raw);
      manage();
      securable.resetInheritance();
      securable.save();
      return emptyResponse(200);
    case 'roleassignments':
      return handleAssignments(ctx, securable, first, rest);
    case 'firstuniqueancestorsecurableobject':
      throw notSupported(first.raw);
    default:
      return undefined;
  }
}

function primitiveOrEntity(ctx: SpContext, name: string, value: Record<string, string>): SpResponse {
  return entityResponse(ctx, { meta: { type: 'SP.BasePermissions', path: name }, props: value }, 'SP.BasePermissions');
}

/** `roleassignments`, its key form `roleassignments(n)` (PnPjs `getById`) and its actions. */
function handleAssignments(ctx: SpContext, securable: Securable, collection: PathSegment, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  if (collection.called) return assignmentResource(ctx, securable, numberArg(collection), rest);
  const [action, ...tail] = rest;
  if (!action) {
    requireGet(method, 'role assignments');
    ctx.demand(securable.permissions(), PermissionKind.EnumeratePermissions);
    return collectionResponse(ctx, queryPlain(ctx, securable.assignments().map(a => assignmentEntity(ctx, securable, a))), 'SP.RoleAssignments');
  }
  if (action.name === 'getbyprincipalid') return assignmentResource(ctx, securable, numberArg(action), tail);
  if (action.name === 'addroleassignment' || action.name === 'removeroleassignment') {
    requireEnd(tail, `RoleAssignments/${action.raw}`);
    if (method !== 'POST') throw SpErrors.methodNotAllowed(method, action.raw);
    ctx.demand(securable.permissions(), PermissionKind.ManagePermissions);
    requireOwnAssignments(securable);
    const principalId = Number(action.named.principalid ?? action.args[0]);
    const roleId = Number(action.named.roledefid ?? action.args[1]);
    if (!principalExists(ctx, principalId)) throw SpErrors.userNotFound();
    requireRole(ctx, roleId);
    const assignments = securable.assignments();
    let assignment = assignments.find(a => a.principalId === principalId);
    if (action.name === 'addroleassignment') {
      if (!assignment) assignments.push((assignment = { principalId, roleDefinitionIds: [] }));
      if (!assignment.roleDefinitionIds.includes(roleId)) assignment.roleDefinitionIds.push(roleId);
    } else if (assignment) {
      assignment.roleDefinitionIds = assignment.roleDefinitionIds.filter(id => id !== roleId);
      if (assignment.roleDefinitionIds.length === 0) assignments.splice(assignments.indexOf(assignment), 1);
    }
    securable.save();
    return emptyResponse(200);
  }
  throw SpErrors.notFound(`RoleAssignments/${action.raw}`);
}

/**
 * Role assignments change only on an object that holds its own: SharePoint's object model refuses changes to an
 * inheriting one with "This operation is not allowed on an object that inherits permissions." until
 * breakroleinheritance runs (SPRoleAssignmentCollection). No REST page states it, so this is the stricter reading:
 * the server never breaks inheritance on the caller's behalf, so code that forgets to break it fails here too.
 */
function requireOwnAssignments(securable: Securable): void {
  if (!securable.hasUniqueRoleAssignments()) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
  }
}

/** One principal's assignment: GET, DELETE (PnPjs `roleAssignments.getById(n).delete()`), `member`, `roledefinitionbindings`. */
function assignmentResource(ctx: SpContext, securable: Securable, principalId: number, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  ctx.demand(securable.permissions(), PermissionKind.EnumeratePermissions);
  const assignment = securable.assignments().find(a => a.principalId === principalId);
  if (!assignment) throw SpErrors.notFound(`RoleAssignments/GetByPrincipalId(${principalId})`);
  const [sub, ...tail] = rest;
  if (!sub) {
    if (method === 'GET') return entityResponse(ctx, selectProps(ctx, assignmentEntity(ctx, securable, assignment)), 'SP.RoleAssignments');
    if (method === 'DELETE') {
      ctx.demand(securable.permissions(), PermissionKind.ManagePermissions);
      requireOwnAssignments(securable);
      const assignments = securable.assignments();
      const own = assignments.findIndex(a => a.principalId === principalId);
      if (own >= 0) assignments.splice(own, 1);
      securable.save();
      return emptyResponse(200);
    }
    throw SpErrors.methodNotAllowed(method, 'a role assignment');
  }
  requireEnd(tail, `RoleAssignments(${principalId})/${sub.raw}`);
  requireGet(method, sub.raw);
  if (sub.name === 'roledefinitionbindings') {
    const roles = assignment.roleDefinitionIds.map(id => requireRole(ctx, id)).map(roleDefinitionEntity);
    return collectionResponse(ctx, queryPlain(ctx, roles), 'SP.RoleDefinitions');
  }
  if (sub.name === 'member') {
    const member = principalEntity(ctx, principalId);
    if (!member) throw SpErrors.userNotFound();
    return entityResponse(ctx, selectProps(ctx, member), member.meta.type);
  }
  throw SpErrors.notFound(`RoleAssignments(${principalId})/${sub.raw}`);
}

/** Whether the caller may see the web at all (no permissions: SharePoint answers 403 to everything). */
export function canOpenWeb(ctx: SpContext): boolean {
  return hasPermission(ctx.webPermissions(), PermissionKind.Open) || hasPermission(ctx.webPermissions(), PermissionKind.ViewPages);
}
