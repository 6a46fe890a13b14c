import type { PathSegment } from '../apiPath';
import { numberArg, stringArg } from '../apiPath';
import { collectionResponse, entityResponse, type Entity } from '../odataShape';
import { PermissionKind } from '../permissions';
import { selectProps } from '../plainQuery';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { handleFileByPath, handleFolderByPath } from './fileResource';
import { handleGetList, handleLists } from './listResource';
import { handleCurrentUser, handleEnsureUser, handleSiteGroups, handleSiteUsers } from './principalResource';
import { handleRegionalSettings } from './regionalResource';
import { handleSecurity, roleDefinitionEntity, type Securable } from './securityResource';

/** The web as `SP.Web`. */
export function webEntity(ctx: SpContext): Entity {
  const site = ctx.site;
  return {
    meta: { type: 'SP.Web', path: 'Web', id: `${ctx.apiUrl}/Web` },
    props: {
      Created: site.Created, Description: site.Description, Id: site.webId, Language: 2057, LastItemModifiedDate: site.Created,
      ServerRelativeUrl: site.serverRelativeUrl, Title: site.Title, Url: ctx.webUrl, WebTemplate: site.groupId ? 'GROUP' : 'STS',
      HasUniqueRoleAssignments: true
    }
  };
}

function webSecurable(ctx: SpContext): Securable {
  return {
    path: 'Web',
    permissions: () => ctx.webPermissions(),
    hasUniqueRoleAssignments: () => true,
    assignments: () => ctx.site.roleAssignments,
    breakInheritance: () => undefined,
    resetInheritance: () => {
      throw SpErrors.badRequest('The root web of a site collection cannot inherit permissions.');
    },
    save: () => ctx.saveSite()
  };
}

function handleRoleDefinitions(ctx: SpContext, collection: PathSegment, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const target = collection.called ? collection : rest[0];
  if (!target) {
    if (method === 'POST') {
      ctx.demand(ctx.webPermissions(), PermissionKind.ManagePermissions);
      const body = ctx.jsonBody();
      const name = String(body.Name ?? '').trim();
      const mask = body.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
      if (!name || !mask) throw SpErrors.badRequest('A role definition needs a Name and BasePermissions.');
      if (ctx.site.roleDefinitions.some(r => r.Name.toLowerCase() === name.toLowerCase())) {
        throw SpErrors.badRequest(`A permission level named '${name}' already exists.`);
      }
      const role = {
        Id: 1073741924 + ctx.site.roleDefinitions.length, Name: name, Description: String(body.Description ?? ''),
        BasePermissions: { High: Number(mask.High) >>> 0, Low: Number(mask.Low) >>> 0 }, Order: Number(body.Order ?? 1000), Hidden: false, RoleTypeKind: 0
      };
      ctx.site.roleDefinitions.push(role);
      ctx.saveSite();
      return entityResponse(ctx, roleDefinitionEntity(role), 'SP.ApiData.RoleDefinitions', 201);
    }
    return collectionResponse(ctx, ctx.site.roleDefinitions.map(roleDefinitionEntity), 'SP.ApiData.RoleDefinitions');
  }
  const roles = ctx.site.roleDefinitions;
  const role = target.name === 'getbyname' ? roles.find(r => r.Name.toLowerCase() === stringArg(target).toLowerCase())
    : target.name === 'getbytype' ? roles.find(r => r.RoleTypeKind === numberArg(target))
      : roles.find(r => r.Id === numberArg(target));
  if (!role) throw SpErrors.notFound(target.raw);
  return entityResponse(ctx, roleDefinitionEntity(role), 'SP.ApiData.RoleDefinitions');
}

/** Everything under `_api/web`. */
export function handleWeb(ctx: SpContext, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const [first] = rest;
  if (!first) {
    if (method === 'GET') return entityResponse(ctx, selectProps(ctx, webEntity(ctx)), 'SP.Web');
    if (method === 'MERGE' || method === 'PATCH') {
      ctx.demand(ctx.webPermissions(), PermissionKind.ManageWeb);
      const body = ctx.jsonBody();
      if (typeof body.Title === 'string') ctx.site.Title = body.Title;
      if (typeof body.Description === 'string') ctx.site.Description = body.Description;
      ctx.saveSite();
      return emptyResponse(204);
    }
    throw SpErrors.methodNotAllowed(method, 'a web');
  }
  const security = handleSecurity(ctx, webSecurable(ctx), rest);
  if (security) return security;
  const tail = rest.slice(1);
  switch (first.name) {
    case 'lists': return handleLists(ctx, first, tail);
    case 'getlist': return handleGetList(ctx, first, tail);
    case 'currentuser': return handleCurrentUser(ctx, tail);
    case 'siteusers':
    case 'getuserbyid': return handleSiteUsers(ctx, first, tail);
    case 'ensureuser': return handleEnsureUser(ctx);
    case 'sitegroups':
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup': return handleSiteGroups(ctx, rest);
    case 'roledefinitions': return handleRoleDefinitions(ctx, first, tail);
    case 'regionalsettings': return handleRegionalSettings(ctx, tail);
    case 'getfolderbyserverrelativepath':
    case 'getfolderbyserverrelativeurl': return handleFolderByPath(ctx, first, tail);
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl': return handleFileByPath(ctx, first, tail);
    default: throw SpErrors.notFound(`Web/${first.raw}`);
  }
}
