import type { FieldDefinition, ListItemRecord, SiteUser } from '../store/model';
import type { ListState } from '../store/Store';
import { readItemProperty } from '../store/itemProperty';
import { FieldType } from './fields';
import { itemEntityType, resolveProperty, storedProperty } from './listProperties';
import type { Entity } from './odataShape';
import type { SpContext } from './SpContext';
import { SpErrors } from './SpError';

/** What `$select` and `$expand` ask of each item. */
export interface ItemProjection {
  /** Undefined: every default property. */
  select?: string[];
  /** Navigation properties to expand, by lower-cased name, with the sub-properties asked for. */
  expand: Map<string, string[]>;
}

/** Parses `$select`/`$expand`, refusing what SharePoint refuses (unknown columns, projections not expanded). */
export function parseProjection(ctx: SpContext, list: ListState): ItemProjection {
  const selectText = ctx.query.get('$select');
  const expandText = ctx.query.get('$expand');
  const expand = new Map<string, string[]>();
  for (const name of (expandText ?? '').split(',').map(s => s.trim()).filter(Boolean)) {
    const property = resolveProperty(list.def, name);
    if (!property || (property.field.FieldTypeKind !== FieldType.Lookup && property.field.FieldTypeKind !== FieldType.User)) {
      throw SpErrors.badQuery(`The field or property '${name}' does not exist or cannot be expanded.`);
    }
    expand.set(property.field.EntityPropertyName.toLowerCase(), []);
  }
  if (!selectText || selectText.split(',').some(s => s.trim() === '*')) return { expand };
  const select: string[] = [];
  for (const path of selectText.split(',').map(s => s.trim()).filter(Boolean)) {
    const slash = path.indexOf('/');
    if (slash >= 0) {
      const nav = path.slice(0, slash);
      const subs = expand.get(nav.toLowerCase());
      if (!subs) {
        throw SpErrors.badQuery(`The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${nav}.`);
      }
      subs.push(path.slice(slash + 1));
      continue;
    }
    const property = resolveProperty(list.def, path);
    if (!property) throw SpErrors.propertyNotFound(path, itemEntityType(list.def));
    select.push(path);
  }
  return { select, expand };
}

function isReference(field: FieldDefinition): boolean {
  return field.FieldTypeKind === FieldType.Lookup || field.FieldTypeKind === FieldType.User;
}

function referenceProps(field: FieldDefinition, item: ListItemRecord): Record<string, unknown> {
  const value = readItemProperty(item, storedProperty(field));
  const name = field.EntityPropertyName;
  if (Array.isArray(value)) return { [`${name}Id`]: value, [`${name}StringId`]: value.map(String) };
  return { [`${name}Id`]: value ?? null, [`${name}StringId`]: value === null || value === undefined ? null : String(value) };
}

function defaultProps(list: ListState, item: ListItemRecord): Record<string, unknown> {
  const props: Record<string, unknown> = {
    FileSystemObjectType: 0,
    Id: item.Id,
    ContentTypeId: '0x0100' + list.def.Id.replace(/-/g, '').toUpperCase(),
    Title: item.values.Title ?? null
  };
  for (const field of list.def.fields) {
    if (field.FromBaseType || field.Hidden) continue;
    if (isReference(field)) Object.assign(props, referenceProps(field, item));
    else props[field.EntityPropertyName] = item.values[field.InternalName] ?? null;
  }
  Object.assign(props, {
    ID: item.Id,
    Modified: item.Modified,
    Created: item.Created,
    AuthorId: item.AuthorId,
    EditorId: item.EditorId,
    OData__UIVersionString: `${item.uiVersion}.0`,
    Attachments: false,
    GUID: item.GUID
  });
  if (item.file) Object.assign(props, { FileLeafRef: item.file.Name, FileRef: item.file.ServerRelativeUrl });
  return props;
}

function userEntity(ctx: SpContext, user: SiteUser | undefined, subs: string[], navPath: string): Entity | null {
  if (!user) return null;
  const all: Record<string, unknown> = {
    Id: user.Id, Title: user.Title, EMail: user.Email, Name: user.LoginName, UserName: user.UserPrincipalName,
    JobTitle: null, Department: null, FirstName: user.Title.split(' ')[0], LastName: user.Title.split(' ').slice(1).join(' ')
  };
  const props = subs.length === 0 ? all : Object.fromEntries(subs.map(s => [s, all[s] ?? null]));
  return { meta: { type: 'SP.Data.UserInfoItem', path: navPath, id: `${ctx.apiUrl}/${navPath}` }, props };
}

function lookupEntity(ctx: SpContext, field: FieldDefinition, id: number, subs: string[], navPath: string): Entity | null {
  const target = ctx.store.lists.get(field.LookupList ?? '');
  const targetItem = target?.items.get(id);
  if (!target || !targetItem) return null;
  const wanted = subs.length === 0 ? ['Id', field.LookupField ?? 'Title'] : subs;
  const props: Record<string, unknown> = {};
  for (const sub of wanted) {
    const property = resolveProperty(target.def, sub);
    props[sub] = !property ? null : property.field.InternalName === 'ID' ? targetItem.Id : readItemProperty(targetItem, storedProperty(property.field));
  }
  return { meta: { type: itemEntityType(target.def), path: navPath, id: `${ctx.apiUrl}/${navPath}` }, props };
}

function expandedValue(ctx: SpContext, list: ListState, item: ListItemRecord, field: FieldDefinition, subs: string[]): unknown {
  const raw = readItemProperty(item, storedProperty(field));
  const navPath = `Web/Lists(guid'${list.def.Id}')/Items(${item.Id})/${field.EntityPropertyName}`;
  const one = (id: unknown): Entity | null => {
    if (id === null || id === undefined) return null;
    if (field.FieldTypeKind === FieldType.User) return userEntity(ctx, ctx.site.users.find(u => u.Id === Number(id)), subs, navPath);
    return lookupEntity(ctx, field, Number(id), subs, navPath);
  };
  return Array.isArray(raw) ? raw.map(one).filter(Boolean) : one(raw);
}

/** An item as an OData entity under the caller's `$select`/`$expand`. */
export function itemEntity(ctx: SpContext, list: ListState, item: ListItemRecord, projection: ItemProjection): Entity {
  const path = `Web/Lists(guid'${list.def.Id}')/Items(${item.Id})`;
  const meta = { type: itemEntityType(list.def), path, id: item.GUID, etag: `"${item.version}"` };
  let props: Record<string, unknown>;
  if (!projection.select) {
    props = defaultProps(list, item);
  } else {
    props = {};
    for (const name of projection.select) {
      const property = resolveProperty(list.def, name);
      if (!property) continue;
      if (property.field.InternalName === 'ID') props[name] = item.Id;
      else if (property.isIdProperty) props[property.name] = readItemProperty(item, storedProperty(property.field));
      else if (isReference(property.field)) {
        if (!projection.expand.has(property.field.EntityPropertyName.toLowerCase())) Object.assign(props, referenceProps(property.field, item));
      } else if (property.field.InternalName === '_UIVersionString') props.OData__UIVersionString = `${item.uiVersion}.0`;
      else props[property.field.EntityPropertyName] = readItemProperty(item, storedProperty(property.field));
    }
  }
  for (const [navLower, subs] of projection.expand) {
    const field = list.def.fields.find(f => f.EntityPropertyName.toLowerCase() === navLower) as FieldDefinition;
    if (ctx.format === 'minimal') props[`${field.EntityPropertyName}@odata.navigationLinkUrl`] = `${path}/${field.EntityPropertyName}`;
    props[field.EntityPropertyName] = expandedValue(ctx, list, item, field, subs);
  }
  return { meta, props };
}
