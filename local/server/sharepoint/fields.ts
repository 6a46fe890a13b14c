import { randomUUID } from 'crypto';
import type { FieldDefinition } from '../store/model';
import { SpErrors } from './SpError';

/** SharePoint's FieldTypeKind numbers (SP.FieldType). */
export const FieldType = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  Computed: 12,
  Guid: 14,
  MultiChoice: 15,
  File: 18,
  Attachments: 19,
  User: 20,
  ContentTypeId: 25
} as const;

const TYPE_NAMES: Record<number, string> = {
  1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 5: 'Counter', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number',
  10: 'Currency', 11: 'URL', 12: 'Computed', 14: 'Guid', 15: 'MultiChoice', 18: 'File', 19: 'Attachments', 20: 'User', 25: 'ContentTypeId'
};

/** The OData type name of a field class, as `__metadata.type` names it (`SP.FieldText`). */
export function fieldODataType(field: FieldDefinition): string {
  switch (field.FieldTypeKind) {
    case FieldType.Text: return 'SP.FieldText';
    case FieldType.Note: return 'SP.FieldMultiLineText';
    case FieldType.DateTime: return 'SP.FieldDateTime';
    case FieldType.Choice: return 'SP.FieldChoice';
    case FieldType.MultiChoice: return 'SP.FieldMultiChoice';
    case FieldType.Lookup: return 'SP.FieldLookup';
    case FieldType.User: return 'SP.FieldUser';
    case FieldType.Number: return 'SP.FieldNumber';
    case FieldType.Currency: return 'SP.FieldCurrency';
    case FieldType.URL: return 'SP.FieldUrl';
    case FieldType.Computed: return 'SP.FieldComputed';
    case FieldType.Guid: return 'SP.FieldGuid';
    default: return 'SP.Field';
  }
}

/**
 * The internal name SharePoint derives from a display name: characters other than letters, digits and `_`
 * become `_xHHHH_`, and the result is cut to 32 characters.
 */
export function internalNameFromTitle(title: string): string {
  return encodeXmlName(title).slice(0, 32);
}

/** SharePoint's XML-name encoding: characters other than letters, digits and `_` become `_xHHHH_`. */
export function encodeXmlName(text: string): string {
  let name = '';
  for (const ch of text) name += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`;
  return name;
}

/** The name a property travels under in REST: internal names starting with `_` get `OData_` in front. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** A field with every property filled, from the few a caller gives. */
export function makeField(props: Partial<FieldDefinition> & { Title: string; FieldTypeKind: number }): FieldDefinition {
  const internalName = props.InternalName ?? internalNameFromTitle(props.Title);
  const kind = props.FieldTypeKind;
  const typeName = (kind === FieldType.Lookup || kind === FieldType.User) && props.AllowMultipleValues
    ? `${TYPE_NAMES[kind]}Multi`
    : TYPE_NAMES[kind] ?? 'Text';
  return {
    Id: props.Id ?? randomUUID(),
    InternalName: internalName,
    StaticName: internalName,
    EntityPropertyName: entityPropertyName(internalName),
    Title: props.Title,
    Description: props.Description ?? '',
    FieldTypeKind: kind,
    TypeAsString: props.TypeAsString ?? typeName,
    Required: props.Required ?? false,
    Indexed: props.Indexed ?? false,
    EnforceUniqueValues: props.EnforceUniqueValues ?? false,
    Hidden: props.Hidden ?? false,
    ReadOnlyField: props.ReadOnlyField ?? false,
    FromBaseType: props.FromBaseType ?? false,
    Sealed: props.Sealed ?? false,
    MaxLength: kind === FieldType.Text ? props.MaxLength ?? 255 : props.MaxLength,
    DefaultValue: props.DefaultValue ?? null,
    Choices: props.Choices,
    LookupList: props.LookupList,
    LookupField: props.LookupField,
    AllowMultipleValues: props.AllowMultipleValues,
    RichText: props.RichText,
    UnlimitedLengthInDocumentLibrary: kind === FieldType.Note ? props.UnlimitedLengthInDocumentLibrary ?? false : undefined
  };
}

/**
 * The fixed ids SharePoint gives its built-in columns: the same GUID in every list of every tenant, so a client
 * may address them as `fields(guid'…')` / `fields.getById(…)`. Sources: Microsoft's `SPBuiltInFieldId` members
 * (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms411768(v=office.15)) and the
 * full table in SubPointSolutions/spmeta2 `SPMeta2/SPMeta2/BuiltInDefinitions/BuiltInFieldDefinitions.cs`.
 */
export const BUILT_IN_FIELD_IDS = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
  ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
  Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
  FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8',
  FileRef: '94f89715-e097-4e8b-ba79-ea02aa8b7adb'
} as const;

/** The columns every list (100) or library (101) is born with, under their fixed ids. */
export function builtInFields(baseTemplate: number): FieldDefinition[] {
  const base = { FromBaseType: true, Sealed: true };
  const ids = BUILT_IN_FIELD_IDS;
  const fields = [
    makeField({ ...base, Id: ids.ID, Title: 'ID', InternalName: 'ID', FieldTypeKind: FieldType.Counter, ReadOnlyField: true, Indexed: true }),
    makeField({ ...base, Id: ids.Title, Title: 'Title', InternalName: 'Title', FieldTypeKind: FieldType.Text, Sealed: false, Required: baseTemplate === 100 }),
    makeField({ ...base, Id: ids.Created, Title: 'Created', InternalName: 'Created', FieldTypeKind: FieldType.DateTime, ReadOnlyField: true }),
    makeField({ ...base, Id: ids.Modified, Title: 'Modified', InternalName: 'Modified', FieldTypeKind: FieldType.DateTime, ReadOnlyField: true }),
    makeField({ ...base, Id: ids.Author, Title: 'Created By', InternalName: 'Author', FieldTypeKind: FieldType.User, ReadOnlyField: true, LookupList: 'UserInfo', LookupField: 'Title' }),
    makeField({ ...base, Id: ids.Editor, Title: 'Modified By', InternalName: 'Editor', FieldTypeKind: FieldType.User, ReadOnlyField: true, LookupList: 'UserInfo', LookupField: 'Title' }),
    makeField({ ...base, Id: ids._UIVersionString, Title: 'Version', InternalName: '_UIVersionString', FieldTypeKind: FieldType.Text, ReadOnlyField: true }),
    makeField({ ...base, Id: ids.GUID, Title: 'GUID', InternalName: 'GUID', FieldTypeKind: FieldType.Guid, ReadOnlyField: true, Hidden: true }),
    makeField({ ...base, Id: ids.ContentTypeId, Title: 'Content Type ID', InternalName: 'ContentTypeId', FieldTypeKind: FieldType.ContentTypeId, ReadOnlyField: true, Hidden: true }),
    makeField({ ...base, Id: ids.Attachments, Title: 'Attachments', InternalName: 'Attachments', FieldTypeKind: FieldType.Attachments, ReadOnlyField: true })
  ];
  if (baseTemplate === 101) {
    fields.push(
      makeField({ ...base, Id: ids.FileLeafRef, Title: 'Name', InternalName: 'FileLeafRef', FieldTypeKind: FieldType.File, ReadOnlyField: true }),
      makeField({ ...base, Id: ids.FileRef, Title: 'URL Path', InternalName: 'FileRef', FieldTypeKind: FieldType.Computed, ReadOnlyField: true, Hidden: true })
    );
  }
  return fields;
}

/** Names the server stamps itself: a client's value for them is ignored, as SharePoint ignores it. */
export const SERVER_STAMPED = new Set([
  'ID', 'Id', 'GUID', 'Author', 'AuthorId', 'Editor', 'EditorId', 'Created', 'Modified', 'OData__UIVersionString',
  '_UIVersionString', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', 'FileLeafRef', 'FileRef', '__metadata'
]);

/**
 * Checks and normalises a value a client writes to `field` (JSON light or verbose `{results: []}` collections),
 * answering SharePoint's 400 for values of the wrong kind.
 */
export function coerceFieldValue(field: FieldDefinition, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  const value = isResultsWrapper(raw) ? raw.results : raw;
  const bad = (detail: string): never => { throw SpErrors.valueNotValid(field.InternalName, detail); };
  switch (field.FieldTypeKind) {
    case FieldType.Text:
      if (typeof value !== 'string') return bad('a text value is expected.');
      return value;
    case FieldType.Note:
    case FieldType.Choice:
      if (typeof value !== 'string') return bad('a text value is expected.');
      return value;
    case FieldType.MultiChoice:
      if (!Array.isArray(value) || value.some(v => typeof v !== 'string')) return bad('a list of text values is expected.');
      return value;
    case FieldType.Number:
    case FieldType.Currency:
    case FieldType.Integer: {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return bad('a number is expected.');
      return n;
    }
    case FieldType.Boolean:
      if (typeof value === 'boolean') return value;
      if (value === 1 || value === '1' || value === 'true') return true;
      if (value === 0 || value === '0' || value === 'false') return false;
      return bad('true or false is expected.');
    case FieldType.DateTime: {
      const time = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(time)) return bad('a date in ISO 8601 form is expected.');
      return isoSeconds(new Date(time));
    }
    case FieldType.Lookup:
    case FieldType.User:
      if (field.AllowMultipleValues) {
        if (!Array.isArray(value) || value.some(v => !Number.isInteger(Number(v)))) return bad('a list of ids is expected.');
        return value.map(Number);
      }
      if (!Number.isInteger(Number(value))) return bad('an id is expected.');
      return Number(value);
    case FieldType.URL:
      if (typeof value === 'object' && value !== null && 'Url' in value) return value;
      return bad('an object with Url and Description is expected.');
    default:
      return value;
  }
}

/** The most characters a single line of text holds, whatever its MaxLength says (SP.FieldText reference). */
export const TEXT_FIELD_LIMIT = 255;

/**
 * The most characters `field` accepts in a list of `baseTemplate`, or undefined when it is not capped this way.
 * - Text (2): its MaxLength, never more than 255 ("Single line of text … up to 255 characters", SP.FieldText /
 *   Microsoft's "SharePoint limits" page).
 * - Note (3) in a document library (101): 255 unless `UnlimitedLengthInDocumentLibrary` is true
 *   (SP.FieldMultiLineText.UnlimitedLengthInDocumentLibrary; pnp/pnpjs#2599 sets it by MERGE on the field).
 *   In a generic list a Note column is not capped this way.
 * Characters are counted as UTF-16 code units, as .NET's String.Length counts them: the stricter reading for text
 * outside the Basic Multilingual Plane [unverified which count SharePoint uses].
 */
export function lengthLimit(field: FieldDefinition, baseTemplate: number): number | undefined {
  if (field.FieldTypeKind === FieldType.Text) return Math.min(field.MaxLength ?? TEXT_FIELD_LIMIT, TEXT_FIELD_LIMIT);
  if (field.FieldTypeKind === FieldType.Note && baseTemplate === 101 && field.UnlimitedLengthInDocumentLibrary !== true) return TEXT_FIELD_LIMIT;
  return undefined;
}

/** Throws SharePoint's field-value error when a text value is longer than its column allows. */
export function checkTextLength(field: FieldDefinition, baseTemplate: number, value: unknown): void {
  const limit = lengthLimit(field, baseTemplate);
  if (limit !== undefined && typeof value === 'string' && value.length > limit) throw SpErrors.textTooLong(field.InternalName, limit);
}

function isResultsWrapper(value: unknown): value is { results: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results);
}

/** A UTC timestamp the way SharePoint writes it: no milliseconds, `Z`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
