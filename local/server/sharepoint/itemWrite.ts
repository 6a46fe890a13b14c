import { randomUUID } from 'crypto';
import type { FieldDefinition, ListItemRecord } from '../store/model';
import type { ListState } from '../store/Store';
import { readItemProperty } from '../store/itemProperty';
import { checkTextLength, coerceFieldValue, FieldType, SERVER_STAMPED } from './fields';
import { itemEntityType, storedProperty } from './listProperties';
import type { SpContext } from './SpContext';
import { SpError, SpErrors } from './SpError';

function isReference(field: FieldDefinition): boolean {
  return field.FieldTypeKind === FieldType.Lookup || field.FieldTypeKind === FieldType.User;
}

/** Finds the column a body property writes: `Title`, or `SectionId` for the lookup `Section`. */
function fieldForProperty(list: ListState, property: string): FieldDefinition | undefined {
  const lower = property.toLowerCase();
  const direct = list.def.fields.find(f => f.EntityPropertyName.toLowerCase() === lower);
  if (direct && !isReference(direct)) return direct;
  const idMatch = /^(.+)Id$/i.exec(property);
  if (!idMatch) return undefined;
  const base = idMatch[1].toLowerCase();
  const reference = list.def.fields.find(f => f.EntityPropertyName.toLowerCase() === base && isReference(f));
  return reference;
}

/** Applies a write body's values onto `values`, checking every property and value as SharePoint does. */
export function applyBody(list: ListState, body: Record<string, unknown>, values: Record<string, unknown>): void {
  for (const [property, raw] of Object.entries(body)) {
    if (SERVER_STAMPED.has(property)) continue;
    const field = fieldForProperty(list, property);
    if (!field) throw SpErrors.propertyNotFound(property, itemEntityType(list.def));
    if (field.ReadOnlyField) continue;
    const value = coerceFieldValue(field, raw);
    checkTextLength(field, list.def.BaseTemplate, value);
    values[storedProperty(field)] = value;
  }
}

function checkUnique(list: ListState, values: Record<string, unknown>, selfId: number): void {
  for (const field of list.def.fields) {
    if (!field.EnforceUniqueValues) continue;
    const property = storedProperty(field);
    const value = values[property];
    if (value === null || value === undefined || value === '') continue;
    const wanted = typeof value === 'string' ? value.toLowerCase() : value;
    for (const other of list.items.values()) {
      if (other.Id === selfId) continue;
      const theirs = readItemProperty(other, property);
      if ((typeof theirs === 'string' ? theirs.toLowerCase() : theirs) === wanted) {
        throw new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
          `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${field.InternalName}].`);
      }
    }
  }
}

/**
 * Keeps a history entry for the item's new state, only on a list with versioning on: SharePoint keeps item versions
 * only where `EnableVersioning` is true (Microsoft's "How versioning works in lists and libraries").
 */
function recordVersion(ctx: SpContext, list: ListState, item: ListItemRecord): void {
  if (!list.def.EnableVersioning) return;
  ctx.store.addVersion({
    listId: list.def.Id,
    itemId: item.Id,
    versionId: item.uiVersion * 512,
    versionLabel: `${item.uiVersion}.0`,
    editorId: item.EditorId,
    modified: item.Modified,
    values: { ...item.values },
    fileContentId: item.file?.contentId,
    fileLength: item.file?.Length
  });
}

/** Creates an item stamped with the caller and the time (ID, Author, Editor, Created, Modified are the server's). */
export function addItem(ctx: SpContext, list: ListState, body: Record<string, unknown>, file?: ListItemRecord['file']): ListItemRecord {
  const values: Record<string, unknown> = {};
  for (const field of list.def.fields) {
    if (!field.FromBaseType && field.DefaultValue !== null && field.DefaultValue !== undefined && field.DefaultValue !== '') {
      values[storedProperty(field)] = coerceFieldValue(field, field.FieldTypeKind === FieldType.Boolean ? field.DefaultValue === '1' : field.DefaultValue);
    }
  }
  applyBody(list, body, values);
  const id = list.def.nextItemId;
  checkUnique(list, values, id);
  list.def.nextItemId++;
  const now = ctx.now();
  const item: ListItemRecord = {
    listId: list.def.Id,
    Id: id,
    GUID: randomUUID(),
    version: 1,
    uiVersion: 1,
    AuthorId: ctx.siteUser.Id,
    EditorId: ctx.siteUser.Id,
    Created: now,
    Modified: now,
    values,
    hasUniqueRoleAssignments: false,
    roleAssignments: [],
    file
  };
  ctx.store.persistListDefinition(list.def);
  ctx.store.saveItem(list, item);
  recordVersion(ctx, list, item);
  return item;
}

/** Throws SharePoint's 412 unless `ifMatch` is absent, `*`, or the item's current ETag. */
export function checkETag(item: ListItemRecord, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const sent = ifMatch.trim().replace(/^W\//, '');
  const actual = `"${item.version}"`;
  const sentVersion = /(\d+)"?$/.exec(sent)?.[1];
  if (sent !== actual && sentVersion !== String(item.version)) throw SpErrors.etagMismatch(sent, actual);
}

/** Applies a MERGE: checks the ETag, writes the values, bumps the version, stamps Editor and Modified. */
export function updateItem(ctx: SpContext, list: ListState, item: ListItemRecord, body: Record<string, unknown>, ifMatch: string | undefined): ListItemRecord {
  checkETag(item, ifMatch);
  const values = { ...item.values };
  applyBody(list, body, values);
  checkUnique(list, values, item.Id);
  const updated: ListItemRecord = {
    ...item,
    values,
    // The ETag (owshiddenversion) grows on every change; the version label (1.0, 2.0 …) only where versioning is on,
    // as an unversioned list keeps showing 1.0 (Microsoft's "How versioning works in lists and libraries").
    version: item.version + 1,
    uiVersion: list.def.EnableVersioning ? item.uiVersion + 1 : item.uiVersion,
    EditorId: ctx.siteUser.Id,
    Modified: ctx.now()
  };
  ctx.store.saveItem(list, updated);
  recordVersion(ctx, list, updated);
  return updated;
}

/** Moves an item to the recycle bin (DELETE and `recycle()` both land here); returns the bin entry's id. */
export function recycleItem(ctx: SpContext, list: ListState, item: ListItemRecord, ifMatch: string | undefined): string {
  checkETag(item, ifMatch);
  const recycleId = randomUUID();
  ctx.store.recycleItem(list, item, recycleId, ctx.siteUser.Id, ctx.now());
  return recycleId;
}
