import { randomUUID } from 'crypto';
import type { FieldDefinition, ListItemRecord } from '../store/model';
import type { ListState } from '../store/Store';
import { FieldType, isoSeconds } from './fields';
import { hasPermission, PermissionKind } from './permissions';
import { ensureSiteUser, upnFromLogin } from './security';
import { storedProperty } from './listProperties';
import type { SpContext } from './SpContext';
import { jsonResponse, type SpResponse } from './SpRequest';
import { SpError, SpErrors } from './SpError';

/*
 * SharePoint Online's "validate" item writes: `lists/getByTitle('…')/AddValidateUpdateItemUsingPath` and
 * `items(n)/ValidateUpdateListItem`. They are what list forms use, and they write **any** column, Author, Editor,
 * Created, Modified and columns marked read-only included, for any caller with the ordinary add (or edit) right:
 * pnp/pnpjs#3265 (maintainer answer: `[{'Key':'i:0#.f|membership|…'}]` sets Author), SharePoint/sp-dev-docs#6333
 * (a contributor changes a read-only column), pnp/pnpjs#1408, pnp/pnpcore#240 (used for "system updates").
 * Shapes: MS-CSOMSPT 3.2.5.79.2.1.19 (AddValidateUpdateItemUsingPath: nothing is committed when any field fails)
 * and the ListItem.ValidateUpdateListItem reference; answers `[{ErrorCode, ErrorMessage, FieldName, FieldValue,
 * HasException, ItemId}]` as pnp/cli-microsoft365#4375 shows them.
 */

/** One field's value in and out: `SP.ListItemFormUpdateValue`. */
interface FormValue {
  FieldName: string;
  FieldValue: string;
}

interface FormResult extends FormValue {
  ErrorCode: number;
  ErrorMessage: string | null;
  HasException: boolean;
  ItemId: number;
}

/** SPException's code, the one SharePoint answers every field validation failure with (pnp/cli-microsoft365#4375). */
const VALIDATION_ERROR = -2146232832;

/** The parameters each method takes; SharePoint refuses others ("The parameter X does not exist in method Y", vgrem/office365-rest-python-client#509). */
const PARAMETERS: Record<string, Set<string>> = {
  AddValidateUpdateItemUsingPath: new Set(['listItemCreateInfo', 'formValues', 'bNewDocumentUpdate', 'checkInComment']),
  ValidateUpdateListItem: new Set(['formValues', 'bNewDocumentUpdate', 'checkInComment'])
};

function readBody(ctx: SpContext, method: string): { formValues: FormValue[]; bNewDocumentUpdate: boolean; createInfo: Record<string, unknown> } {
  const body = ctx.jsonBody();
  for (const key of Object.keys(body)) {
    if (key === '__metadata') continue;
    if (!PARAMETERS[method].has(key)) throw SpErrors.badRequest(`The parameter ${key} does not exist in method ${method}.`);
  }
  const raw = body.formValues;
  const list = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null && Array.isArray((raw as { results?: unknown }).results) ? (raw as { results: unknown[] }).results : undefined;
  if (!list) throw SpErrors.badRequest(`The parameter formValues of method ${method} must be a collection of SP.ListItemFormUpdateValue.`);
  const formValues = list.map(entry => {
    const value = entry as Partial<FormValue>;
    if (typeof value?.FieldName !== 'string') throw SpErrors.badRequest('Each form value needs a FieldName.');
    return { FieldName: value.FieldName, FieldValue: value.FieldValue === null || value.FieldValue === undefined ? '' : String(value.FieldValue) };
  });
  const createInfo = (typeof body.listItemCreateInfo === 'object' && body.listItemCreateInfo !== null ? body.listItemCreateInfo : {}) as Record<string, unknown>;
  return { formValues, bNewDocumentUpdate: body.bNewDocumentUpdate === true, createInfo };
}

/** The column a FieldName names (an internal name); an unknown one is SharePoint's "Column … does not exist" (pnp/cli-microsoft365#4375). */
function fieldNamed(list: ListState, name: string): FieldDefinition {
  const field = list.def.fields.find(f => f.InternalName === name) ?? list.def.fields.find(f => f.InternalName.toLowerCase() === name.toLowerCase());
  if (!field) throw new SpError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);
  return field;
}

/** Site time zones as `RegionalSettings` serves them (the site's wall clock is how these endpoints read dates). */
const ZONES: Record<number, string> = { 2: 'Europe/London', 4: 'Europe/Berlin', 10: 'America/New_York', 93: 'UTC' };

/** Wall-clock `y-m-d h:m` in the site's zone → UTC instant. */
function siteLocalToUtc(ctx: SpContext, y: number, mo: number, d: number, h: number, mi: number): Date {
  const zone = ZONES[ctx.site.timeZoneId] ?? 'Europe/London';
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(guess));
  const get = (type: string): number => Number(parts.find(p => p.type === type)?.value ?? '0');
  const offset = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - guess;
  return new Date(guess - offset);
}

/**
 * A date as these endpoints take it: in the site's regional format and time zone, never ISO 8601
 * (SharePoint/sp-dev-docs#4917, pnp/cli-microsoft365#4375). The local sites are en-GB (LocaleId 2057, 24-hour):
 * `23/02/2012 14:25`, or `23/02/2012` alone.
 */
function parseSiteDate(ctx: SpContext, text: string): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year, hour, minute] = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4] ?? 0), Number(match[5] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return undefined;
  return isoSeconds(siteLocalToUtc(ctx, year, month, day, hour, minute));
}

/** People as the forms send them: `[{'Key':'i:0#.f|membership|upn'}]` (pnp/pnpjs#3265), single quotes and all. */
function parsePeople(ctx: SpContext, text: string): number[] | undefined {
  if (text.trim() === '' || text.trim() === '[]') return [];
  let entries: unknown;
  try {
    entries = JSON.parse(text.replace(/'/g, '"'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(entries)) return undefined;
  const ids: number[] = [];
  for (const entry of entries) {
    const key = (entry as { Key?: unknown })?.Key;
    if (typeof key !== 'string') return undefined;
    const upn = upnFromLogin(key);
    const user = [...ctx.store.users.values()].find(u => u.userPrincipalName.toLowerCase() === upn);
    if (!user) return undefined;
    // Resolving a person adds them to the site's users, as the people picker's ensureUser does.
    ids.push(ensureSiteUser(ctx.site, user).Id);
  }
  ctx.saveSite();
  return ids;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** Reads one form value for its column, as list forms write it (all values travel as text). */
function parseFormValue(ctx: SpContext, field: FieldDefinition, text: string): Parsed {
  const bad = (message: string): Parsed => ({ ok: false, message });
  switch (field.FieldTypeKind) {
    case FieldType.Text: {
      const max = field.MaxLength ?? 255;
      return [...text].length > max ? bad(`The value for ${field.Title} may not contain more than ${max} characters.`) : { ok: true, value: text === '' ? null : text };
    }
    case FieldType.Note:
      return { ok: true, value: text === '' ? null : text };
    case FieldType.Choice:
      // [unverified] whether a value outside the choices is refused: the stricter reading refuses it.
      if (text !== '' && field.Choices && !field.Choices.includes(text)) return bad(`The value '${text}' is not one of the choices of ${field.Title}.`);
      return { ok: true, value: text === '' ? null : text };
    case FieldType.Number:
    case FieldType.Currency:
    case FieldType.Integer: {
      if (text.trim() === '') return { ok: true, value: null };
      const n = Number(text.replace(/,/g, ''));
      return Number.isFinite(n) ? { ok: true, value: n } : bad('Only numbers can go here.');
    }
    case FieldType.Boolean: {
      const value = text.trim().toLowerCase();
      if (['1', 'yes', 'true'].includes(value)) return { ok: true, value: true };
      if (['0', 'no', 'false', ''].includes(value)) return { ok: true, value: false };
      return bad(`${field.Title} takes Yes or No.`);
    }
    case FieldType.DateTime: {
      if (text.trim() === '') return { ok: true, value: null };
      const iso = parseSiteDate(ctx, text);
      return iso ? { ok: true, value: iso } : bad('Enter a date and time like this: 23/02/2012 14:25');
    }
    case FieldType.User: {
      const ids = parsePeople(ctx, text);
      if (!ids) return bad('The user does not exist or is not unique.');
      if (field.AllowMultipleValues) return { ok: true, value: ids };
      if (ids.length > 1) return bad(`${field.Title} takes one person.`);
      return { ok: true, value: ids[0] ?? null };
    }
    case FieldType.Lookup: {
      if (text.trim() === '') return { ok: true, value: field.AllowMultipleValues ? [] : null };
      const ids = text.split(';#').filter((_part, i) => i % 2 === 0).map(Number);
      if (ids.some(id => !Number.isInteger(id) || id <= 0)) return bad(`${field.Title} takes the id of an item of its list.`);
      return { ok: true, value: field.AllowMultipleValues ? ids : ids[0] };
    }
    default:
      throw new SpError(501, '-1, System.NotSupportedException', `Writing a ${field.TypeAsString} column (${field.InternalName}) through the validate endpoints is not supported by the local server.`);
  }
}

/** What a set of form values does to an item: its stored values, and the identity columns when named. */
interface Applied {
  results: FormResult[];
  values: Record<string, unknown>;
  stamps: Partial<Pick<ListItemRecord, 'AuthorId' | 'EditorId' | 'Created' | 'Modified'>>;
}

function applyFormValues(ctx: SpContext, list: ListState, formValues: FormValue[], values: Record<string, unknown>, itemId: number): Applied {
  const out: Applied = { results: [], values: { ...values }, stamps: {} };
  const named = new Set(formValues.map(v => v.FieldName.toLowerCase()));
  for (const form of formValues) {
    const field = fieldNamed(list, form.FieldName);
    const parsed = parseFormValue(ctx, field, form.FieldValue);
    out.results.push({
      ErrorCode: parsed.ok ? 0 : VALIDATION_ERROR, ErrorMessage: parsed.ok ? null : parsed.message, FieldName: form.FieldName,
      FieldValue: form.FieldValue, HasException: !parsed.ok, ItemId: itemId
    });
    if (!parsed.ok) continue;
    switch (field.InternalName) {
      // Author changes only together with Editor (pnp/PnP-PowerShell#1792, "Author must go with Editor all the time").
      case 'Author': if (named.has('editor')) out.stamps.AuthorId = parsed.value as number; break;
      case 'Editor': out.stamps.EditorId = parsed.value as number; break;
      case 'Created': out.stamps.Created = parsed.value as string; break;
      case 'Modified': out.stamps.Modified = parsed.value as string; break;
      default:
        if (field.InternalName === 'ID' || field.FieldTypeKind === FieldType.Counter) {
          throw new SpError(501, '-1, System.NotSupportedException', 'Writing the ID column is not supported by the local server.');
        }
        // Read-only columns are written too (SharePoint/sp-dev-docs#6333).
        out.values[storedProperty(field)] = parsed.value;
    }
  }
  return out;
}

function saveVersion(ctx: SpContext, list: ListState, item: ListItemRecord): void {
  // History only where the list keeps versions (TENANT-FACTS "Lists, fields, versions").
  if (list.def.EnableVersioning === false) return;
  ctx.store.addVersion({
    listId: list.def.Id, itemId: item.Id, versionId: item.uiVersion * 512, versionLabel: `${item.uiVersion}.0`, editorId: item.EditorId,
    modified: item.Modified, values: { ...item.values }, fileContentId: item.file?.contentId, fileLength: item.file?.Length
  });
}

function resultsResponse(ctx: SpContext, method: string, results: FormResult[]): SpResponse {
  const type = 'Collection(SP.ListItemFormUpdateValue)';
  const body = ctx.format === 'verbose'
    ? { d: { [method]: { __metadata: { type }, results: results.map(r => ({ __metadata: { type: 'SP.ListItemFormUpdateValue' }, ...r })) } } }
    : { ...(ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.apiUrl}/$metadata#${type}` } : {}), value: results };
  return jsonResponse(200, body, ctx.format);
}

/** Whether the list's "Create and Edit access" setting lets the caller write this item (managers always may). */
function writeSecurityAllows(ctx: SpContext, list: ListState, item: ListItemRecord | undefined): boolean {
  if (hasPermission(ctx.listPermissions(list), PermissionKind.ManageLists)) return true;
  if (list.def.WriteSecurity === 4) return false;
  if (list.def.WriteSecurity === 2 && item) return item.AuthorId === ctx.siteUser.Id;
  return true;
}

/** `POST lists/…/AddValidateUpdateItemUsingPath`: adds an item with any column set, for anyone who may add items. */
export function addValidateUpdateItem(ctx: SpContext, list: ListState): SpResponse {
  const method = 'AddValidateUpdateItemUsingPath';
  if (ctx.request.method !== 'POST') throw SpErrors.methodNotAllowed(ctx.request.method, method);
  ctx.demand(ctx.listPermissions(list), PermissionKind.AddListItems);
  if (!writeSecurityAllows(ctx, list, undefined)) throw SpErrors.accessDenied();
  const { formValues, createInfo } = readBody(ctx, method);
  if (list.def.BaseTemplate === 101) throw new SpError(501, '-1, System.NotSupportedException', `${method} on a document library is not supported by the local server: add the file to its folder.`);
  if (Number(createInfo.UnderlyingObjectType ?? 0) !== 0) throw new SpError(501, '-1, System.NotSupportedException', `Creating folders through ${method} is not supported by the local server.`);
  const folder = String((createInfo.FolderPath as { DecodedUrl?: unknown } | undefined)?.DecodedUrl ?? '').replace(/\/$/, '');
  const root = list.def.rootFolderUrl.toLowerCase();
  if (folder && folder.toLowerCase() !== root && !folder.toLowerCase().endsWith(root)) {
    throw new SpError(501, '-1, System.NotSupportedException', `Folders in lists ('${folder}') are not supported by the local server.`);
  }
  const applied = applyFormValues(ctx, list, formValues, {}, 0);
  // Nothing is committed when any field fails (MS-CSOMSPT 3.2.5.79.2.1.19).
  if (applied.results.some(r => r.HasException)) return resultsResponse(ctx, method, applied.results);
  const now = ctx.now();
  const id = list.def.nextItemId++;
  const item: ListItemRecord = {
    listId: list.def.Id, Id: id, GUID: randomUUID(), version: 1, uiVersion: 1,
    AuthorId: applied.stamps.AuthorId ?? ctx.siteUser.Id, EditorId: applied.stamps.EditorId ?? ctx.siteUser.Id,
    Created: applied.stamps.Created ?? now, Modified: applied.stamps.Modified ?? now,
    values: applied.values, hasUniqueRoleAssignments: false, roleAssignments: []
  };
  ctx.store.persistListDefinition(list.def);
  ctx.store.saveItem(list, item);
  saveVersion(ctx, list, item);
  // The answer ends with the new item's id (how callers learn it).
  const results = [...applied.results.map(r => ({ ...r, ItemId: id })), { ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(id), HasException: false, ItemId: id }];
  return resultsResponse(ctx, method, results);
}

/**
 * `POST items(n)/ValidateUpdateListItem`: changes any column of an item the caller may edit. With
 * `bNewDocumentUpdate: true` the current version is overwritten in place, leaving no new entry in the history
 * ([unverified], the stricter reading of the "system update" use in pnp/pnpcore#240); the ETag still changes,
 * as every write changes it (optimistic concurrency depends on it).
 */
export function validateUpdateListItem(ctx: SpContext, list: ListState, item: ListItemRecord): SpResponse {
  const method = 'ValidateUpdateListItem';
  if (ctx.request.method !== 'POST') throw SpErrors.methodNotAllowed(ctx.request.method, method);
  ctx.demand(ctx.itemPermissions(list, item), PermissionKind.EditListItems);
  if (!writeSecurityAllows(ctx, list, item)) throw SpErrors.accessDenied();
  const { formValues, bNewDocumentUpdate } = readBody(ctx, method);
  const applied = applyFormValues(ctx, list, formValues, item.values, item.Id);
  if (applied.results.some(r => r.HasException) || formValues.length === 0) return resultsResponse(ctx, method, applied.results);
  const updated: ListItemRecord = {
    ...item, values: applied.values, version: item.version + 1, uiVersion: bNewDocumentUpdate ? item.uiVersion : item.uiVersion + 1,
    AuthorId: applied.stamps.AuthorId ?? item.AuthorId, EditorId: applied.stamps.EditorId ?? ctx.siteUser.Id,
    Created: applied.stamps.Created ?? item.Created, Modified: applied.stamps.Modified ?? ctx.now()
  };
  ctx.store.saveItem(list, updated);
  saveVersion(ctx, list, updated);
  return resultsResponse(ctx, method, applied.results);
}

/**
 * A plain `POST items` or MERGE naming `AuthorId`, `EditorId`, `Created` or `Modified`: whether SharePoint Online
 * honours them there is [unverified] (TENANT-FACTS "Identity fields are client-writable"); the stricter reading
 * is that it does, so the local server writes them too.
 */
export function applyIdentityFromBody(ctx: SpContext, list: ListState, item: ListItemRecord, body: Record<string, unknown>): ListItemRecord {
  const stamps: Partial<ListItemRecord> = {};
  const userId = (value: unknown): number | undefined => {
    const id = Number(value);
    return Number.isInteger(id) && ctx.site.users.some(u => u.Id === id) ? id : undefined;
  };
  const date = (value: unknown): string | undefined => typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? isoSeconds(new Date(value)) : undefined;
  if (body.AuthorId !== undefined) stamps.AuthorId = userId(body.AuthorId);
  if (body.EditorId !== undefined) stamps.EditorId = userId(body.EditorId);
  if (body.Created !== undefined) stamps.Created = date(body.Created);
  if (body.Modified !== undefined) stamps.Modified = date(body.Modified);
  const defined = Object.fromEntries(Object.entries(stamps).filter(([, v]) => v !== undefined));
  if (Object.keys(defined).length === 0) return item;
  const next = { ...item, ...defined };
  ctx.store.saveItem(list, next);
  saveVersion(ctx, list, next);
  return next;
}
