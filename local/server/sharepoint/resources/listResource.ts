import { randomUUID } from 'crypto';
import type { FieldDefinition, ListDefinition } from '../../store/model';
import type { ListState } from '../../store/Store';
import type { PathSegment } from '../apiPath';
import { stringArg } from '../apiPath';
import { builtInFields, fieldODataType, makeField, FieldType, TEXT_FIELD_LIMIT } from '../fields';
import { entityTypeNameFor, itemEntityType } from '../listProperties';
import { collectionResponse, entityResponse, primitiveResponse, type Entity } from '../odataShape';
import { hasPermission, PermissionKind } from '../permissions';
import { assignmentsAfterBreak } from '../security';
import { queryPlain, selectProps } from '../plainQuery';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { addValidateUpdateItem } from '../validateUpdate';
import { handleItems } from './itemResource';
import { handleSecurity, type Securable } from './securityResource';
import { handleFolderOfList } from './fileResource';
import { LIST_MEMBERS_NOT_IMPLEMENTED, notSupported } from '../unsupported';

const MAX_INDEXES = 20;

/** A list as `SP.List`. */
export function listEntity(ctx: SpContext, list: ListState): Entity {
  const def = list.def;
  return {
    meta: { type: 'SP.List', path: `Web/Lists(guid'${def.Id}')`, etag: `"${def.fields.length}"` },
    props: {
      AllowContentTypes: false, BaseTemplate: def.BaseTemplate, BaseType: def.BaseTemplate === 101 ? 1 : 0,
      ContentTypesEnabled: false, Created: def.Created, Description: def.Description, EnableVersioning: def.EnableVersioning,
      EntityTypeName: def.EntityTypeName, HasUniqueRoleAssignments: def.hasUniqueRoleAssignments, Hidden: def.Hidden,
      Id: def.Id, ItemCount: list.items.size, LastItemModifiedDate: def.LastItemModifiedDate,
      LastItemDeletedDate: def.LastItemDeletedDate ?? def.Created,
      ListItemEntityTypeFullName: itemEntityType(def), NoCrawl: def.NoCrawl, OnQuickLaunch: def.OnQuickLaunch,
      ParentWebUrl: ctx.site.serverRelativeUrl, ReadSecurity: def.ReadSecurity, Title: def.Title, WriteSecurity: def.WriteSecurity
    }
  };
}

/** A field as `SP.Field…`. */
export function fieldEntity(list: ListState, field: FieldDefinition): Entity {
  const props: Record<string, unknown> = {
    CanBeDeleted: !field.FromBaseType, DefaultValue: field.DefaultValue ?? null, Description: field.Description,
    EnforceUniqueValues: field.EnforceUniqueValues, EntityPropertyName: field.EntityPropertyName, FieldTypeKind: field.FieldTypeKind,
    FromBaseType: field.FromBaseType, Group: 'Custom Columns', Hidden: field.Hidden, Id: field.Id, Indexed: field.Indexed,
    InternalName: field.InternalName, ReadOnlyField: field.ReadOnlyField, Required: field.Required, Sealed: field.Sealed,
    StaticName: field.StaticName, Title: field.Title, TypeAsString: field.TypeAsString
  };
  if (field.MaxLength !== undefined) props.MaxLength = field.MaxLength;
  if (field.Choices) props.Choices = field.Choices;
  if (field.LookupList !== undefined) Object.assign(props, { LookupList: field.LookupList, LookupField: field.LookupField ?? 'Title' });
  if (field.AllowMultipleValues !== undefined) props.AllowMultipleValues = field.AllowMultipleValues;
  if (field.RichText !== undefined) props.RichText = field.RichText;
  if (field.UnlimitedLengthInDocumentLibrary !== undefined) props.UnlimitedLengthInDocumentLibrary = field.UnlimitedLengthInDocumentLibrary;
  return { meta: { type: fieldODataType(field), path: `Web/Lists(guid'${list.def.Id}')/Fields(guid'${field.Id}')` }, props };
}

/** Finds a list the caller may see; lists they may not see are "not found", as SharePoint trims them. */
export function visibleList(ctx: SpContext, predicate: (def: ListDefinition) => boolean, describe: string): ListState {
  const list = ctx.store.listsOfSite(ctx.site.id).find(l => predicate(l.def));
  if (!list || !hasPermission(ctx.listPermissions(list), PermissionKind.ViewListItems)) throw SpErrors.listNotFound(describe, ctx.webUrl);
  return list;
}

function resolveList(ctx: SpContext, segment: PathSegment): ListState {
  switch (segment.name) {
    case 'getbytitle': {
      const title = stringArg(segment);
      return visibleList(ctx, def => def.Title.toLowerCase() === title.toLowerCase(), title);
    }
    case 'getbyid':
    case 'lists': {
      const id = stringArg(segment).replace(/[{}]/g, '').toLowerCase();
      return visibleList(ctx, def => def.Id.toLowerCase() === id, id);
    }
    default:
      throw SpErrors.notFound(segment.raw);
  }
}

/** `web/getList('/sites/x/Lists/Y')`. */
export function handleGetList(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  const url = stringArg(segment).toLowerCase().replace(/\/$/, '');
  const list = visibleList(ctx, def => def.rootFolderUrl.toLowerCase() === url, url);
  return handleList(ctx, list, rest);
}

/** `web/lists[…]`: the collection (GET, POST to create) or one list by title or id. */
export function handleLists(ctx: SpContext, collection: PathSegment, rest: PathSegment[]): SpResponse {
  if (collection.called) return handleList(ctx, resolveList(ctx, collection), rest);
  if (rest.length === 0) {
    if (ctx.request.method === 'POST') return createList(ctx);
    // A MERGE or DELETE on the collection is refused, never answered as a read (issue 13).
    if (ctx.request.method !== 'GET') throw SpErrors.methodNotAllowed(ctx.request.method, 'the lists collection');
    const visible = ctx.store.listsOfSite(ctx.site.id).filter(l => hasPermission(ctx.listPermissions(l), PermissionKind.ViewListItems));
    return collectionResponse(ctx, queryPlain(ctx, visible.map(l => listEntity(ctx, l))), 'SP.ApiData.Lists');
  }
  return handleList(ctx, resolveList(ctx, rest[0]), rest.slice(1));
}

function createList(ctx: SpContext): SpResponse {
  ctx.demand(ctx.webPermissions(), PermissionKind.ManageLists);
  const body = ctx.jsonBody();
  const title = String(body.Title ?? '').trim();
  if (!title) throw SpErrors.badRequest('A list needs a Title.');
  if (title.length > 255 || /[\\/:*?"<>|#%]/.test(title)) throw SpErrors.badRequest(`The list title '${title}' contains characters SharePoint does not allow in a list URL.`);
  if (ctx.store.listsOfSite(ctx.site.id).some(l => l.def.Title.toLowerCase() === title.toLowerCase())) throw SpErrors.duplicateList(title);
  const template = Number(body.BaseTemplate ?? 100);
  if (template !== 100 && template !== 101) throw SpErrors.badRequest(`The list template ${template} is not available on this server (use 100 or 101).`);
  const now = ctx.now();
  const def: ListDefinition = {
    Id: randomUUID(), siteId: ctx.site.id, Title: title, Description: String(body.Description ?? ''), BaseTemplate: template,
    EntityTypeName: entityTypeNameFor(title, template),
    rootFolderUrl: template === 101 ? `${ctx.site.serverRelativeUrl}/${title}` : `${ctx.site.serverRelativeUrl}/Lists/${title}`,
    // Versioning only when the body asks for it: lists made through `POST web/lists` are not versioned by default
    // (TENANT-FACTS "Lists, fields, versions" [unverified default: the stricter "off"]; a later MERGE may turn it on).
    Created: now, LastItemModifiedDate: now, EnableVersioning: body.EnableVersioning === true, ReadSecurity: 1, WriteSecurity: 1,
    OnQuickLaunch: body.OnQuickLaunch === true, Hidden: body.Hidden === true, NoCrawl: false,
    hasUniqueRoleAssignments: false, roleAssignments: [], fields: builtInFields(template), nextItemId: 1
  };
  const list = ctx.store.saveList(def);
  return entityResponse(ctx, listEntity(ctx, list), 'SP.ApiData.Lists', 201);
}

const LIST_SETTABLE = new Set(['Title', 'Description', 'EnableVersioning', 'OnQuickLaunch', 'Hidden', 'NoCrawl', 'ReadSecurity', 'WriteSecurity',
  'ContentTypesEnabled', 'AllowContentTypes', 'BaseTemplate', 'MajorVersionLimit', 'EnableMinorVersions', 'EnableAttachments']);

function updateList(ctx: SpContext, list: ListState): SpResponse {
  ctx.demand(ctx.listPermissions(list), PermissionKind.ManageLists);
  const body = ctx.jsonBody();
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') continue;
    if (!LIST_SETTABLE.has(key)) throw SpErrors.propertyNotFound(key, 'SP.List');
    if (key === 'Title') {
      const title = String(value).trim();
      if (ctx.store.listsOfSite(ctx.site.id).some(l => l !== list && l.def.Title.toLowerCase() === title.toLowerCase())) throw SpErrors.duplicateList(title);
      list.def.Title = title;
    } else if (key === 'Description') list.def.Description = String(value);
    else if (key === 'EnableVersioning') list.def.EnableVersioning = value === true;
    else if (key === 'OnQuickLaunch') list.def.OnQuickLaunch = value === true;
    else if (key === 'Hidden') list.def.Hidden = value === true;
    else if (key === 'NoCrawl') list.def.NoCrawl = value === true;
    else if (key === 'ReadSecurity') list.def.ReadSecurity = Number(value) === 2 ? 2 : 1;
    else if (key === 'WriteSecurity') list.def.WriteSecurity = [1, 2, 4].includes(Number(value)) ? Number(value) : 1;
  }
  ctx.store.persistListDefinition(list.def);
  return emptyResponse(204);
}

function listSecurable(ctx: SpContext, list: ListState): Securable {
  return {
    path: `Web/Lists(guid'${list.def.Id}')`,
    permissions: () => ctx.listPermissions(list),
    hasUniqueRoleAssignments: () => list.def.hasUniqueRoleAssignments,
    assignments: () => (list.def.hasUniqueRoleAssignments ? list.def.roleAssignments : ctx.site.roleAssignments),
    breakInheritance: (copy, clearSubscopes) => {
      if (!list.def.hasUniqueRoleAssignments) {
        list.def.roleAssignments = assignmentsAfterBreak(ctx.siteUser.Id, ctx.site.roleAssignments, copy);
        list.def.hasUniqueRoleAssignments = true;
      }
      // clearSubscopes: items with their own permissions inherit from the list again (SP.SecurableObject.breakRoleInheritance).
      if (clearSubscopes) {
        for (const item of list.items.values()) {
          if (!item.hasUniqueRoleAssignments) continue;
          ctx.store.saveItem(list, { ...item, hasUniqueRoleAssignments: false, roleAssignments: [] });
        }
      }
    },
    resetInheritance: () => {
      list.def.hasUniqueRoleAssignments = false;
      list.def.roleAssignments = [];
    },
    save: () => ctx.store.persistListDefinition(list.def)
  };
}

/** One list and what hangs under it. */
export function handleList(ctx: SpContext, list: ListState, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const [first] = rest;
  if (!first) {
    if (method === 'GET') return entityResponse(ctx, selectProps(ctx, listEntity(ctx, list)), 'SP.ApiData.Lists');
    if (method === 'MERGE' || method === 'PATCH') return updateList(ctx, list);
    if (method === 'DELETE') {
      ctx.demand(ctx.listPermissions(list), PermissionKind.ManageLists);
      ctx.store.deleteList(list.def.Id);
      return emptyResponse(200);
    }
    throw SpErrors.methodNotAllowed(method, 'a list');
  }
  const security = handleSecurity(ctx, listSecurable(ctx, list), rest);
  if (security) return security;
  switch (first.name) {
    case 'items': return handleItems(ctx, list, first, rest.slice(1));
    case 'fields': return handleFields(ctx, list, first, rest.slice(1));
    case 'rootfolder': return handleFolderOfList(ctx, list, rest.slice(1));
    case 'addvalidateupdateitemusingpath': return addValidateUpdateItem(ctx, list);
    case 'itemcount': return primitiveResponse(ctx, 'ItemCount', 'Edm.Int32', list.items.size);
    case 'recycle':
      ctx.demand(ctx.listPermissions(list), PermissionKind.ManageLists);
      ctx.store.deleteList(list.def.Id);
      return primitiveResponse(ctx, 'Recycle', 'Edm.Guid', randomUUID());
    default:
      if (LIST_MEMBERS_NOT_IMPLEMENTED.has(first.name)) throw notSupported(`List/${first.raw}`);
      throw SpErrors.notFound(first.raw);
  }
}

function findField(list: ListState, segment: PathSegment): FieldDefinition {
  const key = stringArg(segment).replace(/[{}]/g, '').toLowerCase();
  const field = segment.name === 'getbyinternalnameortitle' || segment.name === 'getbytitle'
    ? list.def.fields.find(f => f.InternalName.toLowerCase() === key) ?? list.def.fields.find(f => f.Title.toLowerCase() === key)
    : list.def.fields.find(f => f.Id.toLowerCase() === key);
  if (!field) throw SpErrors.badRequest(`Column '${stringArg(segment)}' does not exist. It may have been deleted by another user.`);
  return field;
}

function handleFields(ctx: SpContext, list: ListState, collection: PathSegment, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const target = collection.called ? collection : rest[0];
  if (!target) {
    if (method === 'POST') return addField(ctx, list, ctx.jsonBody());
    if (method !== 'GET') throw SpErrors.methodNotAllowed(method, 'the fields collection');
    return collectionResponse(ctx, queryPlain(ctx, list.def.fields.map(f => fieldEntity(list, f))), 'SP.ApiData.Fields');
  }
  if (target.name === 'addfield' || target.name === 'createfieldasxml') {
    if (method !== 'POST') throw SpErrors.methodNotAllowed(method, target.raw);
    const parameters = ctx.jsonBody().parameters;
    if (typeof parameters !== 'object' || parameters === null) throw SpErrors.badRequest(`${target.raw} needs a "parameters" object.`);
    return addField(ctx, list, parameters as Record<string, unknown>);
  }
  const field = findField(list, target);
  if (method === 'GET') return entityResponse(ctx, selectProps(ctx, fieldEntity(list, field)), 'SP.ApiData.Fields');
  ctx.demand(ctx.listPermissions(list), PermissionKind.ManageLists);
  if (method === 'MERGE' || method === 'PATCH') return updateField(ctx, list, field, ctx.jsonBody());
  if (method === 'DELETE') {
    if (field.FromBaseType) throw SpErrors.badRequest(`The column '${field.InternalName}' cannot be deleted.`);
    list.def.fields = list.def.fields.filter(f => f !== field);
    ctx.store.saveList(list.def);
    return emptyResponse(200);
  }
  throw SpErrors.methodNotAllowed(method, 'a field');
}

function choicesOf(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) {
    return ((value as { results: unknown[] }).results).map(String);
  }
  return undefined;
}

function addField(ctx: SpContext, list: ListState, body: Record<string, unknown>): SpResponse {
  ctx.demand(ctx.listPermissions(list), PermissionKind.ManageLists);
  const title = String(body.Title ?? '').trim();
  const kind = Number(body.FieldTypeKind);
  if (!title) throw SpErrors.badRequest('A field needs a Title.');
  if (![1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 15, 20].includes(kind)) throw SpErrors.badRequest(`The field type ${String(body.FieldTypeKind)} is not supported by this server.`);
  const field = makeField({
    Title: title, FieldTypeKind: kind, Description: body.Description === undefined ? undefined : String(body.Description),
    Required: body.Required === true, Indexed: body.Indexed === true, EnforceUniqueValues: body.EnforceUniqueValues === true,
    MaxLength: body.MaxLength === undefined ? undefined : Number(body.MaxLength), Choices: choicesOf(body.Choices),
    DefaultValue: body.DefaultValue === undefined || body.DefaultValue === null ? null : String(body.DefaultValue),
    LookupList: kind === FieldType.Lookup ? String(body.LookupListId ?? '').replace(/[{}]/g, '') : kind === FieldType.User ? 'UserInfo' : undefined,
    LookupField: kind === FieldType.Lookup ? String(body.LookupFieldName ?? 'Title') : kind === FieldType.User ? 'Title' : undefined,
    AllowMultipleValues: body.AllowMultipleValues === true || Number(body.SelectionMode ?? 0) === 2 && body.AllowMultipleValues === true,
    RichText: kind === FieldType.Note ? body.RichText === true : undefined,
    UnlimitedLengthInDocumentLibrary: kind === FieldType.Note ? body.UnlimitedLengthInDocumentLibrary === true : undefined
  });
  if (body.UnlimitedLengthInDocumentLibrary !== undefined && kind !== FieldType.Note) throw SpErrors.propertyNotFound('UnlimitedLengthInDocumentLibrary', fieldODataType(field));
  checkMaxLength(field);
  if (kind === FieldType.Lookup && !ctx.store.lists.get(field.LookupList ?? '')) throw SpErrors.badRequest(`The lookup list '${String(body.LookupListId)}' does not exist.`);
  if (list.def.fields.some(f => f.InternalName.toLowerCase() === field.InternalName.toLowerCase() || f.Title.toLowerCase() === title.toLowerCase())) {
    throw SpErrors.duplicateField(title);
  }
  if (field.Indexed && list.def.fields.filter(f => f.Indexed).length >= MAX_INDEXES) {
    throw SpErrors.badRequest(`The list already has ${MAX_INDEXES} indexed columns, the most SharePoint allows.`);
  }
  list.def.fields.push(field);
  ctx.store.saveList(list.def);
  return entityResponse(ctx, fieldEntity(list, field), 'SP.ApiData.Fields', 201);
}

const FIELD_SETTABLE = new Set(['Title', 'Description', 'Required', 'Indexed', 'EnforceUniqueValues', 'Hidden', 'DefaultValue', 'Choices', 'MaxLength', 'RichText',
  'UnlimitedLengthInDocumentLibrary']);

/**
 * A single line of text holds 1 to 255 characters (SP.FieldText.MaxLength; Microsoft's "SharePoint limits"): a larger
 * MaxLength is refused rather than kept [unverified wording: the stricter reading].
 */
function checkMaxLength(field: FieldDefinition): void {
  if (field.FieldTypeKind !== FieldType.Text || field.MaxLength === undefined) return;
  if (!Number.isInteger(field.MaxLength) || field.MaxLength < 1 || field.MaxLength > TEXT_FIELD_LIMIT) {
    throw SpErrors.badRequest(`The MaxLength of the column '${field.InternalName}' must be a whole number from 1 to ${TEXT_FIELD_LIMIT}.`);
  }
}

function updateField(ctx: SpContext, list: ListState, field: FieldDefinition, body: Record<string, unknown>): SpResponse {
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') continue;
    if (!FIELD_SETTABLE.has(key)) throw SpErrors.propertyNotFound(key, fieldODataType(field));
    switch (key) {
      case 'Title': field.Title = String(value); break;
      case 'Description': field.Description = String(value); break;
      case 'Required': field.Required = value === true; break;
      case 'Indexed':
        if (value === true && !field.Indexed && list.def.fields.filter(f => f.Indexed).length >= MAX_INDEXES) {
          throw SpErrors.badRequest(`The list already has ${MAX_INDEXES} indexed columns, the most SharePoint allows.`);
        }
        field.Indexed = value === true;
        break;
      case 'EnforceUniqueValues': field.EnforceUniqueValues = value === true; break;
      case 'Hidden': field.Hidden = value === true; break;
      case 'DefaultValue': field.DefaultValue = value === null ? null : String(value); break;
      case 'Choices': field.Choices = choicesOf(value); break;
      case 'MaxLength':
        if (field.FieldTypeKind !== FieldType.Text) throw SpErrors.propertyNotFound(key, fieldODataType(field));
        field.MaxLength = Number(value);
        checkMaxLength(field);
        break;
      case 'RichText': field.RichText = value === true; break;
      case 'UnlimitedLengthInDocumentLibrary':
        // Only SP.FieldMultiLineText has it (pnp/pnpjs#2599 sets it this way on a library's Note column).
        if (field.FieldTypeKind !== FieldType.Note) throw SpErrors.propertyNotFound(key, fieldODataType(field));
        field.UnlimitedLengthInDocumentLibrary = value === true;
        break;
    }
  }
  ctx.store.saveList(list.def);
  return emptyResponse(204);
}
