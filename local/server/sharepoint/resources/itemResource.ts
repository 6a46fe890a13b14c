import type { ItemVersionRecord, ListItemRecord } from '../../store/model';
import type { ListState } from '../../store/Store';
import type { PathSegment } from '../apiPath';
import { numberArg } from '../apiPath';
import { canSeeItem, queryItems } from '../itemQuery';
import { itemEntity, parseProjection } from '../itemShape';
import { addItem, recycleItem, updateItem } from '../itemWrite';
import { collectionResponse, entityResponse, primitiveResponse, type Entity } from '../odataShape';
import { hasPermission, PermissionKind } from '../permissions';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { ITEM_MEMBERS_NOT_IMPLEMENTED, notSupported } from '../unsupported';
import { handleSecurity, type Securable } from './securityResource';
import { handleFileOfItem } from './fileResource';
import { assignmentsAfterBreak } from '../security';
import { applyIdentityFromBody, validateUpdateListItem } from '../validateUpdate';

function metadataFragment(list: ListState): string {
  return `SP.ListData.${list.def.EntityTypeName}Items`;
}

/** The list's path as `odata.nextLink` and entity paths spell it. */
function listPath(list: ListState): string {
  return `Web/Lists(guid'${list.def.Id}')`;
}

/** Whether the list's write-security setting lets the caller change this item (list managers always may). */
function writeSecurityAllows(ctx: SpContext, list: ListState, item: ListItemRecord | undefined): boolean {
  if (hasPermission(ctx.listPermissions(list), PermissionKind.ManageLists)) return true;
  if (list.def.WriteSecurity === 4) return false;
  if (list.def.WriteSecurity === 2 && item) return item.AuthorId === ctx.siteUser.Id;
  return true;
}

/** Finds an item the caller may see; others are "does not exist", as SharePoint answers. */
export function visibleItem(ctx: SpContext, list: ListState, id: number): ListItemRecord {
  const item = list.items.get(id);
  const canManage = hasPermission(ctx.listPermissions(list), PermissionKind.ManageLists);
  if (!item || !canSeeItem(ctx, list, item, canManage)) throw SpErrors.itemNotFound();
  if (!item.hasUniqueRoleAssignments && !hasPermission(ctx.listPermissions(list), PermissionKind.ViewListItems)) throw SpErrors.itemNotFound();
  return item;
}

/** `items` (query, add), `items(7)` / `items/getById(7)` and what hangs under an item. */
export function handleItems(ctx: SpContext, list: ListState, collection: PathSegment, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  let target: PathSegment | undefined = collection.called ? collection : rest.shift();
  if (!target) {
    if (method === 'GET') {
      ctx.demand(ctx.listPermissions(list), PermissionKind.ViewListItems);
      const projection = parseProjection(ctx, list);
      const page = queryItems(ctx, list, listPath(list));
      return collectionResponse(ctx, page.items.map(item => itemEntity(ctx, list, item, projection)), metadataFragment(list), page.nextLink);
    }
    if (method === 'POST') {
      if (list.def.BaseTemplate === 101) throw SpErrors.badRequest('To add an item to a document library, add a file to its folder.');
      ctx.demand(ctx.listPermissions(list), PermissionKind.AddListItems);
      if (!writeSecurityAllows(ctx, list, undefined)) throw SpErrors.accessDenied();
      const body = ctx.jsonBody();
      const item = applyIdentityFromBody(ctx, list, addItem(ctx, list, body), body);
      return entityResponse(ctx, itemEntity(ctx, list, item, { expand: new Map() }), metadataFragment(list), 201);
    }
    throw SpErrors.methodNotAllowed(method, 'a list item collection');
  }
  if (target.name === 'getbyid') target = { ...target };
  else if (target.name !== 'items') throw SpErrors.notFound(target.raw);
  const item = visibleItem(ctx, list, numberArg(target));
  return handleItem(ctx, list, item, rest);
}

function itemSecurable(ctx: SpContext, list: ListState, item: ListItemRecord): Securable {
  return {
    path: `${listPath(list)}/Items(${item.Id})`,
    permissions: () => ctx.itemPermissions(list, item),
    hasUniqueRoleAssignments: () => item.hasUniqueRoleAssignments,
    assignments: () => item.hasUniqueRoleAssignments ? item.roleAssignments : list.def.hasUniqueRoleAssignments ? list.def.roleAssignments : ctx.site.roleAssignments,
    breakInheritance: copy => {
      if (item.hasUniqueRoleAssignments) return;
      const inherited = list.def.hasUniqueRoleAssignments ? list.def.roleAssignments : ctx.site.roleAssignments;
      item.roleAssignments = assignmentsAfterBreak(ctx.siteUser.Id, inherited, copy);
      item.hasUniqueRoleAssignments = true;
    },
    resetInheritance: () => {
      item.hasUniqueRoleAssignments = false;
      item.roleAssignments = [];
    },
    save: () => ctx.store.saveItem(list, item)
  };
}

function handleItem(ctx: SpContext, list: ListState, item: ListItemRecord, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const ifMatch = ctx.request.headers['if-match'];
  const [first] = rest;
  if (!first) {
    switch (method) {
      case 'GET':
        return entityResponse(ctx, itemEntity(ctx, list, item, parseProjection(ctx, list)), metadataFragment(list));
      case 'MERGE':
      case 'PATCH':
      case 'PUT': {
        ctx.demand(ctx.itemPermissions(list, item), PermissionKind.EditListItems);
        if (!writeSecurityAllows(ctx, list, item)) throw SpErrors.accessDenied();
        const body = ctx.jsonBody();
        const updated = applyIdentityFromBody(ctx, list, updateItem(ctx, list, item, body, ifMatch), body);
        return emptyResponse(204, { etag: `"${updated.version}"` });
      }
      case 'DELETE':
        ctx.demand(ctx.itemPermissions(list, item), PermissionKind.DeleteListItems);
        if (!writeSecurityAllows(ctx, list, item)) throw SpErrors.accessDenied();
        recycleItem(ctx, list, item, ifMatch);
        return emptyResponse(200);
      default:
        throw SpErrors.methodNotAllowed(method, 'a list item');
    }
  }
  const security = handleSecurity(ctx, itemSecurable(ctx, list, item), rest);
  if (security) return security;
  switch (first.name) {
    case 'recycle':
      if (method !== 'POST') throw SpErrors.methodNotAllowed(method, 'recycle');
      ctx.demand(ctx.itemPermissions(list, item), PermissionKind.DeleteListItems);
      if (!writeSecurityAllows(ctx, list, item)) throw SpErrors.accessDenied();
      return primitiveResponse(ctx, 'Recycle', 'Edm.Guid', recycleItem(ctx, list, item, ifMatch));
    case 'versions':
      ctx.demand(ctx.itemPermissions(list, item), PermissionKind.ViewVersions);
      return handleVersions(ctx, list, item, first, rest.slice(1));
    case 'file':
      return handleFileOfItem(ctx, list, item, rest.slice(1));
    case 'validateupdatelistitem':
      return validateUpdateListItem(ctx, list, item);
    default:
      if (ITEM_MEMBERS_NOT_IMPLEMENTED.has(first.name)) throw notSupported(`ListItem/${first.raw}`);
      throw SpErrors.notFound(first.raw);
  }
}

function versionEntity(ctx: SpContext, list: ListState, item: ListItemRecord, version: ItemVersionRecord): Entity {
  const editor = ctx.site.users.find(u => u.Id === version.editorId);
  const props: Record<string, unknown> = {
    VersionId: version.versionId,
    VersionLabel: version.versionLabel,
    IsCurrentVersion: version.versionId === item.uiVersion * 512,
    Created: version.modified,
    Modified: version.modified,
    Editor: editor ? { LookupId: editor.Id, LookupValue: editor.Title, Email: editor.Email } : null
  };
  for (const field of list.def.fields) {
    if (field.FromBaseType) continue;
    const stored = field.FieldTypeKind === 7 || field.FieldTypeKind === 20 ? `${field.InternalName}Id` : field.InternalName;
    props[stored === field.InternalName ? field.EntityPropertyName : stored] = version.values[stored] ?? null;
  }
  props.Title = version.values.Title ?? null;
  return { meta: { type: 'SP.ListItemVersion', path: `${listPath(list)}/Items(${item.Id})/Versions(${version.versionId})` }, props };
}

/**
 * An item's history. Without versioning SharePoint keeps no history: the collection holds the current version only
 * (SPListItemVersionCollection always includes the current version; Microsoft's "How versioning works in lists and
 * libraries" [unverified for REST: the stricter reading, no earlier state is ever returned]).
 */
function versionsFor(ctx: SpContext, list: ListState, item: ListItemRecord): ItemVersionRecord[] {
  const current: ItemVersionRecord = {
    listId: list.def.Id, itemId: item.Id, versionId: item.uiVersion * 512, versionLabel: `${item.uiVersion}.0`,
    editorId: item.EditorId, modified: item.Modified, values: { ...item.values }
  };
  if (!list.def.EnableVersioning) return [current];
  const stored = ctx.store.versionsOf(list.def.Id, item.Id);
  return stored.some(v => v.versionId === current.versionId) ? stored : [current, ...stored];
}

function handleVersions(ctx: SpContext, list: ListState, item: ListItemRecord, segment: PathSegment, rest: PathSegment[]): SpResponse {
  // Reads only: deleting or restoring item versions is not implemented here, and a write is never answered as a read.
  if (ctx.request.method === 'DELETE' || (ctx.request.method === 'POST' && rest.length > 0)) throw notSupported('Changing list item versions');
  if (ctx.request.method !== 'GET') throw SpErrors.methodNotAllowed(ctx.request.method, 'item versions');
  const versions = versionsFor(ctx, list, item);
  const wanted = segment.called ? segment : rest[0]?.name === 'getbyid' ? rest[0] : undefined;
  if (wanted) {
    const version = versions.find(v => v.versionId === numberArg(wanted));
    if (!version) throw SpErrors.notFound(`Versions(${numberArg(wanted)})`);
    return entityResponse(ctx, versionEntity(ctx, list, item, version), 'SP.ApiData.ListItemVersions');
  }
  return collectionResponse(ctx, versions.map(v => versionEntity(ctx, list, item, v)), 'SP.ApiData.ListItemVersions');
}
