import type { BasePermissions, RoleDefinition } from '../../store/model';
import type { PathSegment } from '../apiPath';
import { numberArg, stringArg } from '../apiPath';
import { applyUpdate, textValue } from '../entityUpdate';
import { collectionResponse, entityResponse } from '../odataShape';
import { PermissionKind } from '../permissions';
import { queryPlain, selectProps } from '../plainQuery';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { requireEnd, requireGet } from '../unsupported';
import { roleDefinitionEntity } from './securityResource';

/*
 * Permission levels as PnPjs v4 addresses them (node_modules/@pnp/sp/security/types.js; pnp/pnpjs test/sp/security.ts):
 * `roledefinitions` (GET, POST {Name, Description, Order, BasePermissions{High,Low}}), `roledefinitions/getById(n)`,
 * `getbyname('…')`, `getbytype(n)`, the key form `roledefinitions(n)`; MERGE updates, DELETE removes (deleteable).
 */

/** The first id SharePoint gives custom permission levels (built-in ones sit at 1073741825–1073741830). */
const FIRST_CUSTOM_ROLE_ID = 1073741924;

function maskValue(value: unknown): BasePermissions {
  const mask = value as { High?: unknown; Low?: unknown } | null;
  const high = Number(mask?.High);
  const low = Number(mask?.Low);
  if (!mask || !Number.isFinite(high) || !Number.isFinite(low)) throw SpErrors.badRequest('BasePermissions needs numeric High and Low values.');
  return { High: high >>> 0, Low: low >>> 0 };
}

/**
 * Built-in levels (RoleTypeKind ≠ 0) are not changed or deleted here. SharePoint lets owners edit or delete some of
 * them but never Full Control or Limited Access; this takes the stricter reading for all built-in levels.
 */
function requireCustom(role: RoleDefinition): void {
  if (role.RoleTypeKind !== 0) throw SpErrors.badRequest(`The permission level '${role.Name}' is built in and cannot be changed or deleted.`);
}

function findRole(ctx: SpContext, target: PathSegment): RoleDefinition {
  const roles = ctx.site.roleDefinitions;
  let role: RoleDefinition | undefined;
  if (target.name === 'getbyname') role = roles.find(r => r.Name.toLowerCase() === stringArg(target).toLowerCase());
  else if (target.name === 'getbytype') role = roles.find(r => r.RoleTypeKind === numberArg(target));
  else if (target.name === 'getbyid' || target.name === 'roledefinitions') role = roles.find(r => r.Id === numberArg(target));
  else throw SpErrors.notFound(`RoleDefinitions/${target.raw}`);
  if (!role) throw SpErrors.notFound(`${target.raw}(…)`);
  return role;
}

function createRole(ctx: SpContext): SpResponse {
  ctx.demand(ctx.webPermissions(), PermissionKind.ManagePermissions);
  const body = ctx.jsonBody();
  const name = String(body.Name ?? '').trim();
  if (!name || body.BasePermissions === undefined) throw SpErrors.badRequest('A role definition needs a Name and BasePermissions.');
  if (ctx.site.roleDefinitions.some(r => r.Name.toLowerCase() === name.toLowerCase())) {
    throw SpErrors.badRequest(`A permission level named '${name}' already exists.`);
  }
  const id = Math.max(FIRST_CUSTOM_ROLE_ID - 1, ...ctx.site.roleDefinitions.map(r => r.Id)) + 1;
  const role: RoleDefinition = {
    Id: id, Name: name, Description: String(body.Description ?? ''), BasePermissions: maskValue(body.BasePermissions),
    Order: Number(body.Order ?? 1000), Hidden: false, RoleTypeKind: 0
  };
  ctx.site.roleDefinitions.push(role);
  ctx.saveSite();
  return entityResponse(ctx, roleDefinitionEntity(role), 'SP.ApiData.RoleDefinitions', 201);
}

function updateRole(ctx: SpContext, role: RoleDefinition): SpResponse {
  ctx.demand(ctx.webPermissions(), PermissionKind.ManagePermissions);
  requireCustom(role);
  applyUpdate(roleDefinitionEntity(role), ctx.jsonBody(), {
    Name: value => {
      const name = textValue('Name', value).trim();
      if (!name || ctx.site.roleDefinitions.some(r => r !== role && r.Name.toLowerCase() === name.toLowerCase())) {
        throw SpErrors.badRequest(`A permission level named '${name}' already exists.`);
      }
      return () => { role.Name = name; };
    },
    Description: value => { const text = textValue('Description', value); return () => { role.Description = text; }; },
    Order: value => {
      const order = Number(value);
      if (!Number.isInteger(order)) throw SpErrors.badRequest('Order expects a whole number.');
      return () => { role.Order = order; };
    },
    BasePermissions: value => { const mask = maskValue(value); return () => { role.BasePermissions = mask; }; }
  });
  ctx.saveSite();
  return emptyResponse(204);
}

/** Deletes a custom level and unbinds it from every assignment that used it (site, lists, items). */
function deleteRole(ctx: SpContext, role: RoleDefinition): SpResponse {
  ctx.demand(ctx.webPermissions(), PermissionKind.ManagePermissions);
  requireCustom(role);
  const strip = (assignments: { principalId: number; roleDefinitionIds: number[] }[]) => assignments
    .map(a => ({ principalId: a.principalId, roleDefinitionIds: a.roleDefinitionIds.filter(id => id !== role.Id) }))
    .filter(a => a.roleDefinitionIds.length > 0);
  const uses = (assignments: { roleDefinitionIds: number[] }[]) => assignments.some(a => a.roleDefinitionIds.includes(role.Id));
  ctx.site.roleDefinitions = ctx.site.roleDefinitions.filter(r => r !== role);
  ctx.site.roleAssignments = strip(ctx.site.roleAssignments);
  ctx.saveSite();
  for (const list of ctx.store.listsOfSite(ctx.site.id)) {
    if (uses(list.def.roleAssignments)) {
      list.def.roleAssignments = strip(list.def.roleAssignments);
      ctx.store.persistListDefinition(list.def);
    }
    for (const item of list.items.values()) {
      if (uses(item.roleAssignments)) ctx.store.saveItem(list, { ...item, roleAssignments: strip(item.roleAssignments) });
    }
  }
  return emptyResponse(200);
}

/** `web/roleDefinitions…`. */
export function handleRoleDefinitions(ctx: SpContext, collection: PathSegment, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const target = collection.called ? collection : rest[0];
  const tail = collection.called ? rest : rest.slice(1);
  if (!target) {
    if (method === 'POST') return createRole(ctx);
    requireGet(method, 'the role definitions');
    return collectionResponse(ctx, queryPlain(ctx, ctx.site.roleDefinitions.map(roleDefinitionEntity)), 'SP.ApiData.RoleDefinitions');
  }
  const role = findRole(ctx, target);
  requireEnd(tail, `RoleDefinitions/${target.raw}`);
  switch (method) {
    case 'GET': return entityResponse(ctx, selectProps(ctx, roleDefinitionEntity(role)), 'SP.ApiData.RoleDefinitions');
    case 'MERGE':
    case 'PATCH': return updateRole(ctx, role);
    case 'DELETE': return deleteRole(ctx, role);
    default: throw SpErrors.methodNotAllowed(method, 'a role definition');
  }
}
