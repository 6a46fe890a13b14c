import type { FieldDefinition, ListDefinition, ListItemRecord, SiteRecord } from '../store/model';
import type { Store } from '../store/Store';
import { readItemProperty } from '../store/itemProperty';
import { encodeXmlName, FieldType } from './fields';

/** How values of a property compare in `$filter` and `$orderby`. */
export type ValueKind = 'number' | 'text' | 'boolean' | 'date';

/** A property of a list's items as REST names it: a column, a lookup id, or a projection `Author/Title`. */
export interface ResolvedProperty {
  /** The name to emit (`Title`, `AuthorId`, `Author`). */
  name: string;
  field: FieldDefinition;
  kind: ValueKind;
  /** `Id` for `DraftId` or `Author/Id`, the sub-property for other projections. */
  projection?: string;
  /** True when the path names the lookup/user id (`AuthorId`). */
  isIdProperty: boolean;
}

/** The OData entity type name of a list's items (`SP.Data.Draft_x0020_BlocksListItem`, `SP.Data.PoliciesItem`). */
export function itemEntityType(list: ListDefinition): string {
  return `SP.Data.${list.EntityTypeName}Item`;
}

/** The EntityTypeName SharePoint gives a new list (`TasksList`) or library (`Shared_x0020_Documents`). */
export function entityTypeNameFor(title: string, baseTemplate: number): string {
  const encoded = encodeXmlName(title.replace(/^./, c => c.toUpperCase()));
  return baseTemplate === 101 ? encoded : `${encoded}List`;
}

function kindOf(field: FieldDefinition): ValueKind {
  switch (field.FieldTypeKind) {
    case FieldType.Counter:
    case FieldType.Number:
    case FieldType.Integer:
    case FieldType.Currency:
    case FieldType.Lookup:
    case FieldType.User: return 'number';
    case FieldType.Boolean: return 'boolean';
    case FieldType.DateTime: return 'date';
    default: return 'text';
  }
}

function findField(list: ListDefinition, name: string): FieldDefinition | undefined {
  const lower = name.toLowerCase();
  return list.fields.find(f => f.EntityPropertyName.toLowerCase() === lower || f.InternalName.toLowerCase() === lower);
}

const isReference = (field: FieldDefinition): boolean => field.FieldTypeKind === FieldType.Lookup || field.FieldTypeKind === FieldType.User;

/** Resolves a REST property path against a list's columns, or undefined when the list has no such column. */
export function resolveProperty(list: ListDefinition, path: string): ResolvedProperty | undefined {
  const slash = path.indexOf('/');
  if (slash >= 0) {
    const field = findField(list, path.slice(0, slash));
    if (!field || !isReference(field)) return undefined;
    const projection = path.slice(slash + 1);
    const isId = /^id$/i.test(projection);
    return { name: field.EntityPropertyName, field, kind: isId ? 'number' : projection.toLowerCase() === 'modified' || projection.toLowerCase() === 'created' ? 'date' : 'text', projection, isIdProperty: false };
  }
  if (/^id$/i.test(path)) {
    const idField = findField(list, 'ID') as FieldDefinition;
    return { name: path === 'Id' ? 'Id' : 'ID', field: idField, kind: 'number', isIdProperty: false };
  }
  const direct = findField(list, path);
  if (direct && !isReference(direct)) return { name: direct.EntityPropertyName, field: direct, kind: kindOf(direct), isIdProperty: false };
  if (direct && isReference(direct)) return { name: direct.EntityPropertyName, field: direct, kind: 'number', isIdProperty: false };
  const idMatch = /^(.+?)(String)?Id$/i.exec(path);
  if (idMatch) {
    const field = findField(list, idMatch[1]);
    if (field && isReference(field)) return { name: `${field.EntityPropertyName}Id`, field, kind: 'number', isIdProperty: true };
  }
  return undefined;
}

/** The stored property a column's value lives under. */
export function storedProperty(field: FieldDefinition): string {
  if (field.InternalName === 'Author') return 'AuthorId';
  if (field.InternalName === 'Editor') return 'EditorId';
  return isReference(field) ? `${field.InternalName}Id` : field.InternalName;
}

/** Looks up what a projection (`Author/Title`, `Section/Title`) reads for an item. */
export function projectedValue(store: Store, site: SiteRecord, list: ListDefinition, item: ListItemRecord, property: ResolvedProperty): unknown {
  const id = readItemProperty(item, storedProperty(property.field));
  const sub = (property.projection ?? 'Id').toLowerCase();
  if (id === null || id === undefined) return null;
  if (sub === 'id') return id;
  if (property.field.FieldTypeKind === FieldType.User) {
    const principal = site.users.find(u => u.Id === id) ?? site.groups.find(g => g.Id === id);
    if (!principal) return null;
    const record = principal as unknown as Record<string, unknown>;
    if (sub === 'title') return record.Title;
    if (sub === 'email') return record.Email ?? null;
    if (sub === 'name') return record.LoginName ?? record.Title;
    if (sub === 'username' || sub === 'userprincipalname') return record.UserPrincipalName ?? null;
    return null;
  }
  const target = store.lists.get(property.field.LookupList ?? '');
  const targetItem = target?.items.get(Number(id));
  if (!target || !targetItem) return null;
  const targetProperty = resolveProperty(target.def, property.projection ?? 'Title');
  return targetProperty ? readItemProperty(targetItem, storedProperty(targetProperty.field)) : null;
}

/** Reads a resolved property's value for filtering or sorting. */
export function valueFor(store: Store, site: SiteRecord, list: ListDefinition, item: ListItemRecord, property: ResolvedProperty): unknown {
  if (property.projection) return projectedValue(store, site, list, item, property);
  if (property.field.InternalName === 'ID') return item.Id;
  return readItemProperty(item, storedProperty(property.field));
}

/** Whether queries may lead with this property on a list over the view threshold. */
export function isIndexedProperty(property: ResolvedProperty): boolean {
  if (property.field.InternalName === 'ID') return true;
  if (property.projection && !/^id$/i.test(property.projection)) return false;
  return property.field.Indexed;
}
