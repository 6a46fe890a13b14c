import { isLibraryTemplate } from '../libraryTemplates';
import { randomUUID } from 'crypto';
import type { ListItemRecord } from '../../store/model';
import type { ListState } from '../../store/Store';
import type { PathSegment } from '../apiPath';
import { numberArg, stringArg } from '../apiPath';
import { addItem, checkETag, recycleItem } from '../itemWrite';
import { collectionResponse, entityResponse, primitiveResponse, type Entity } from '../odataShape';
import { hasPermission, PermissionKind } from '../permissions';
import { queryPlain, selectProps } from '../plainQuery';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { itemEntity } from '../itemShape';
import { notSupported, requireEnd, requireGet } from '../unsupported';

/** The largest file this server accepts in one request (SharePoint's simple upload limit is 250 MB; ours is smaller). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Refuses names SharePoint refuses, and anything path-like: a file name is one name, never a path.
 * `%` and `#` are allowed in SharePoint Online, but only through the ResourcePath APIs (`…ByServerRelativePath
 * (decodedUrl=…)`, `files/addUsingPath(DecodedUrl=…)`), which take decoded URLs; the older string-URL APIs treat
 * `%` and `#` as encoding and cannot carry them ("Supporting % and # in files and folders with the ResourcePath API",
 * https://learn.microsoft.com/en-us/sharepoint/dev/solution-guidance/supporting-and-in-file-and-folder-with-the-resourcepath-api;
 * pnp/pnpjs test/sp/files.ts adds "testing %# - ….txt" with addUsingPath).
 */
export function checkFileName(name: string, viaResourcePath: boolean): void {
  // reason: control characters are exactly what a file name must not hold, so the pattern names them.
  // eslint-disable-next-line no-control-regex
  const bad = name.trim() !== name || name === '' || name.length > 255 || /["*:<>?/\\|\u0000-\u001f]/.test(name)
    || name === '.' || name === '..' || name.startsWith('~$') || name.endsWith('.');
  if (bad) {
    throw SpErrors.badRequest(`The file name '${name}' is not valid: a name cannot be empty, start or end with a space or a dot, or contain " * : < > ? / \\ | or control characters.`);
  }
  if (!viaResourcePath) refuseLegacyPercentHash(name);
}

/** The string-URL APIs (`…ByServerRelativeUrl`, `files('name')`, `files/getByUrl`, `files/add(url=…)`) cannot address `%` or `#`. */
function refuseLegacyPercentHash(url: string): void {
  if (/[%#]/.test(url)) {
    throw SpErrors.badRequest(`The name '${url}' holds % or #, which only the ResourcePath APIs can address: use getFileByServerRelativePath(decodedUrl=…), getFolderByServerRelativePath(decodedUrl=…) or files/addUsingPath(DecodedUrl=…).`);
  }
}

/** The URL argument of a `…ByServerRelativePath(decodedUrl=…)` or `…ByServerRelativeUrl('…')` segment, checked for its form. */
function pathArgument(segment: PathSegment): string {
  const viaResourcePath = segment.name.endsWith('path');
  const url = String((viaResourcePath ? segment.named.decodedurl : undefined) ?? segment.args[0] ?? '');
  if (!viaResourcePath) refuseLegacyPercentHash(url);
  return url;
}

function libraryOfFolder(ctx: SpContext, folderUrl: string): ListState {
  const wanted = folderUrl.replace(/\/$/, '').toLowerCase();
  const list = ctx.store.listsOfSite(ctx.site.id).find(l => isLibraryTemplate(l.def.BaseTemplate) && l.def.rootFolderUrl.toLowerCase() === wanted);
  if (!list || !hasPermission(ctx.listPermissions(list), PermissionKind.ViewListItems)) throw SpErrors.fileNotFound(folderUrl);
  return list;
}

/** A library file by its server-relative URL, if the caller may see it (otherwise SharePoint's file-not-found). */
export function fileItem(ctx: SpContext, fileUrl: string): { list: ListState; item: ListItemRecord } {
  const wanted = fileUrl.toLowerCase();
  for (const list of ctx.store.listsOfSite(ctx.site.id)) {
    if (!isLibraryTemplate(list.def.BaseTemplate)) continue;
    for (const item of list.items.values()) {
      if (item.file?.ServerRelativeUrl.toLowerCase() === wanted) {
        if (!hasPermission(ctx.itemPermissions(list, item), PermissionKind.ViewListItems)) break;
        return { list, item };
      }
    }
  }
  throw SpErrors.fileNotFound(fileUrl);
}

function fileEntity(item: ListItemRecord): Entity {
  const file = item.file as NonNullable<ListItemRecord['file']>;
  return {
    meta: { type: 'SP.File', path: `Web/GetFileByServerRelativePath(decodedurl='${file.ServerRelativeUrl}')`, etag: `"{${item.GUID.toUpperCase()}},${item.version}"` },
    props: {
      CheckInComment: '', CheckOutType: 2, ContentTag: `{${item.GUID.toUpperCase()}},${item.version},${item.version}`, Exists: true,
      Length: String(file.Length), Level: 1, MajorVersion: item.uiVersion, MinorVersion: 0, Name: file.Name,
      ServerRelativeUrl: file.ServerRelativeUrl, TimeCreated: item.Created, TimeLastModified: item.Modified, Title: item.values.Title ?? null,
      UIVersion: item.uiVersion * 512, UIVersionLabel: `${item.uiVersion}.0`, UniqueId: item.GUID
    }
  };
}

function folderEntity(list: ListState): Entity {
  return {
    meta: { type: 'SP.Folder', path: `Web/GetFolderByServerRelativePath(decodedurl='${list.def.rootFolderUrl}')` },
    props: {
      Exists: true, IsWOPIEnabled: false, ItemCount: list.items.size, Name: list.def.rootFolderUrl.split('/').pop(),
      ServerRelativeUrl: list.def.rootFolderUrl, TimeCreated: list.def.Created, TimeLastModified: list.def.LastItemModifiedDate,
      UniqueId: list.def.Id
    }
  };
}

function binaryResponse(bytes: Buffer): SpResponse {
  return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: bytes };
}

/** A new version of an existing file with `bytes` as its content (overwrite, or `$value` PUT). */
function replaceContent(ctx: SpContext, list: ListState, existing: ListItemRecord, bytes: Buffer): ListItemRecord {
  ctx.demand(ctx.itemPermissions(list, existing), PermissionKind.EditListItems);
  if (bytes.length > MAX_FILE_BYTES) throw SpErrors.requestTooLarge(MAX_FILE_BYTES);
  const file = existing.file as NonNullable<ListItemRecord['file']>;
  const contentId = randomUUID();
  ctx.store.saveContent(contentId, bytes);
  const updated: ListItemRecord = {
    ...existing, version: existing.version + 1, uiVersion: existing.uiVersion + 1, EditorId: ctx.siteUser.Id, Modified: ctx.now(),
    file: { Name: file.Name, ServerRelativeUrl: file.ServerRelativeUrl, Length: bytes.length, contentId }
  };
  ctx.store.saveItem(list, updated);
  ctx.store.addVersion({
    listId: list.def.Id, itemId: updated.Id, versionId: updated.uiVersion * 512, versionLabel: `${updated.uiVersion}.0`,
    editorId: updated.EditorId, modified: updated.Modified, values: { ...updated.values }, fileContentId: contentId, fileLength: bytes.length
  });
  return updated;
}

/** Parameters `files/AddUsingPath(DecodedUrl=…,Overwrite=…,…)` and `files/add(url=…,overwrite=…)` accept (PnPjs files/types.js). */
const ADD_PARAMETERS = new Set(['decodedurl', 'url', 'overwrite', 'ensureuniquefilename', 'autocheckoutoninvaliddata', 'xorhash']);

function addFile(ctx: SpContext, list: ListState, action: PathSegment, viaResourcePath: boolean): SpResponse {
  if (ctx.request.method !== 'POST') throw SpErrors.methodNotAllowed(ctx.request.method, action.raw);
  for (const key of Object.keys(action.named)) {
    if (!ADD_PARAMETERS.has(key)) throw SpErrors.badQuery(`The parameter '${key}' is not valid for ${action.raw}.`);
  }
  if (action.named.ensureuniquefilename === true) throw notSupported(`${action.raw} with EnsureUniqueFileName`);
  const name = String((viaResourcePath ? action.named.decodedurl : action.named.url) ?? action.args[0] ?? '');
  checkFileName(name, viaResourcePath);
  const overwrite = action.named.overwrite === true;
  const bytes = ctx.request.body ?? Buffer.alloc(0);
  if (bytes.length > MAX_FILE_BYTES) throw SpErrors.requestTooLarge(MAX_FILE_BYTES);
  const url = `${list.def.rootFolderUrl}/${name}`;
  const existing = [...list.items.values()].find(i => i.file?.ServerRelativeUrl.toLowerCase() === url.toLowerCase());
  if (existing) {
    if (!overwrite) throw SpErrors.fileExists(url);
    return entityResponse(ctx, fileEntity(replaceContent(ctx, list, existing, bytes)), 'SP.ApiData.Files12');
  }
  ctx.demand(ctx.listPermissions(list), PermissionKind.AddListItems);
  const contentId = randomUUID();
  ctx.store.saveContent(contentId, bytes);
  const item = addItem(ctx, list, {}, { Name: name, ServerRelativeUrl: url, Length: bytes.length, contentId });
  return entityResponse(ctx, fileEntity(item), 'SP.ApiData.Files12');
}

/** `…/rootFolder[/files[/addUsingPath(…)]]` of a library. */
export function handleFolderOfList(ctx: SpContext, list: ListState, rest: PathSegment[]): SpResponse {
  if (!isLibraryTemplate(list.def.BaseTemplate)) throw SpErrors.badRequest('Only document libraries hold files on this server.');
  return handleFolder(ctx, list, rest);
}

/** `web/getFolderByServerRelativePath(decodedUrl='…')[…]` (or the older `…ByServerRelativeUrl('…')`). */
export function handleFolderByPath(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  return handleFolder(ctx, libraryOfFolder(ctx, pathArgument(segment)), rest);
}

/** `web/getFolderById('<UniqueId>')`: the folders this server has are libraries' root folders (UniqueId = list id). */
export function handleFolderById(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  const id = stringArg(segment).replace(/[{}]/g, '').toLowerCase();
  const list = ctx.store.listsOfSite(ctx.site.id).find(l => isLibraryTemplate(l.def.BaseTemplate) && l.def.Id.toLowerCase() === id);
  if (!list || !hasPermission(ctx.listPermissions(list), PermissionKind.ViewListItems)) throw SpErrors.fileNotFound(id);
  return handleFolder(ctx, list, rest);
}

/**
 * Members of SP.Folder that SharePoint offers (PnPjs v4 folders/types.js and sharing) and this server does not:
 * 501, so a caller never mistakes them for absent (404) or done (200). Subfolders do not exist here.
 */
const FOLDER_MEMBERS_NOT_IMPLEMENTED = new Set([
  'folders', 'listitemallfields', 'parentfolder', 'properties', 'storagemetrics', 'recycle', 'movebypath', 'copybypath',
  'moveto', 'copyto', 'deletewithparameters', 'addsubfolderusingpath', 'getsharinginformation', 'getobjectsharingsettings',
  'unshare', 'sharewith', 'checksharingpermissions', 'deletesharinglinkbykind', 'unsharelink', 'getsharelink'
]);

function handleFolder(ctx: SpContext, list: ListState, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const [first, ...tail] = rest;
  if (!first) {
    if (method === 'GET') return entityResponse(ctx, selectProps(ctx, folderEntity(list)), 'SP.ApiData.Folders');
    if (method === 'MERGE' || method === 'PATCH') throw notSupported('Updating a folder');
    if (method === 'DELETE') throw notSupported('Deleting a folder');
    throw SpErrors.methodNotAllowed(method, 'a folder');
  }
  if (first.name === 'files') return handleFiles(ctx, list, first, tail);
  if (FOLDER_MEMBERS_NOT_IMPLEMENTED.has(first.name)) throw notSupported(`Folder/${first.raw}`);
  throw SpErrors.notFound(`Folder/${first.raw}`);
}

/**
 * A folder's `files`: GET with `$filter`/`$orderby`/`$skip`/`$top`/`$select` (PnPjs test/sp/files.ts filters by
 * `Name eq '…'`); `files('name')` and `files/getByUrl('name')` (PnPjs v4 sends the key form) address one file;
 * `addUsingPath(…)` and the older `add(url=…)` upload.
 */
function handleFiles(ctx: SpContext, list: ListState, segment: PathSegment, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const inFolder = (name: string): { list: ListState; item: ListItemRecord } => {
    refuseLegacyPercentHash(name);
    const url = name.startsWith('/') ? name : `${list.def.rootFolderUrl}/${name}`;
    // A folder's files are its own: a server-relative URL elsewhere is not found through this folder.
    if (!url.toLowerCase().startsWith(`${list.def.rootFolderUrl.toLowerCase()}/`)) throw SpErrors.fileNotFound(url);
    return fileItem(ctx, url);
  };
  if (segment.called) return handleFile(ctx, inFolder(stringArg(segment)), rest);
  const [action, ...tail] = rest;
  if (!action) {
    requireGet(method, 'a folder\'s files');
    const files = [...list.items.values()].filter(i => i.file && hasPermission(ctx.itemPermissions(list, i), PermissionKind.ViewListItems));
    return collectionResponse(ctx, queryPlain(ctx, files.map(fileEntity)), 'SP.ApiData.Files12');
  }
  switch (action.name) {
    case 'addusingpath': requireEnd(tail, action.raw); return addFile(ctx, list, action, true);
    case 'add': requireEnd(tail, action.raw); return addFile(ctx, list, action, false);
    case 'getbyurl': return handleFile(ctx, inFolder(stringArg(action)), tail);
    case 'addtemplatefile':
    case 'addstub':
    case 'addstubusingpath': throw notSupported(`Files/${action.raw}`);
    default: throw SpErrors.notFound(`Files/${action.raw}`);
  }
}

/** `web/getFileByServerRelativePath(decodedUrl='…')[…]` (or the older `…ByServerRelativeUrl('…')`). */
export function handleFileByPath(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  return handleFile(ctx, fileItem(ctx, pathArgument(segment)), rest);
}

/** `web/getFileById('<UniqueId>')[…]` (PnPjs test/sp/files.ts ".getFileById"). */
export function handleFileById(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  const id = stringArg(segment).replace(/[{}]/g, '').toLowerCase();
  for (const list of ctx.store.listsOfSite(ctx.site.id)) {
    if (!isLibraryTemplate(list.def.BaseTemplate)) continue;
    const item = [...list.items.values()].find(i => i.file && i.GUID.toLowerCase() === id);
    if (item && hasPermission(ctx.itemPermissions(list, item), PermissionKind.ViewListItems)) return handleFile(ctx, { list, item }, rest);
  }
  throw SpErrors.fileNotFound(id);
}

/** `items(n)/file[…]`. */
export function handleFileOfItem(ctx: SpContext, list: ListState, item: ListItemRecord, rest: PathSegment[]): SpResponse {
  if (!item.file) throw SpErrors.fileNotFound(`item ${item.Id}`);
  return handleFile(ctx, { list, item }, rest);
}

/** Members of SP.File SharePoint offers (PnPjs v4 files/types.js, sharing) that this server does not implement: 501. */
const FILE_MEMBERS_NOT_IMPLEMENTED = new Set([
  'checkin', 'checkout', 'undocheckout', 'publish', 'unpublish', 'approve', 'deny', 'copyto', 'copybypath', 'movebypath', 'moveto',
  'deletewithparameters', 'startupload', 'continueupload', 'finishupload', 'cancelupload', 'lockedbyuser', 'author', 'modifiedby',
  'checkedoutbyuser', 'properties', 'getlimitedwebpartmanager', 'openbinarystream', 'getsharinginformation', 'getobjectsharingsettings',
  'unshare', 'sharewith', 'checksharingpermissions', 'deletesharinglinkbykind', 'unsharelink', 'getsharelink', 'getpreauthorizedaccessurl'
]);

function handleFile(ctx: SpContext, found: { list: ListState; item: ListItemRecord }, rest: PathSegment[]): SpResponse {
  const { list, item } = found;
  const method = ctx.request.method;
  const [first, ...tail] = rest;
  if (!first) {
    if (method === 'GET') return entityResponse(ctx, selectProps(ctx, fileEntity(item)), 'SP.ApiData.Files12');
    if (method === 'DELETE') {
      ctx.demand(ctx.itemPermissions(list, item), PermissionKind.DeleteListItems);
      recycleItem(ctx, list, item, ctx.request.headers['if-match']);
      return emptyResponse(200);
    }
    throw SpErrors.methodNotAllowed(method, 'a file');
  }
  switch (first.name) {
    case '$value': {
      requireEnd(tail, '$value');
      if (method === 'GET') return binaryResponse(ctx.store.content(item.file?.contentId ?? '') ?? Buffer.alloc(0));
      // PnPjs `file.setContent(…)`: POST …/$value with X-HTTP-Method: PUT (files/types.js).
      if (method === 'PUT') {
        replaceContent(ctx, list, item, ctx.request.body ?? Buffer.alloc(0));
        return emptyResponse(204);
      }
      throw SpErrors.methodNotAllowed(method, '$value');
    }
    case 'listitemallfields':
      requireEnd(tail, first.raw);
      if (method === 'MERGE' || method === 'PATCH') throw notSupported('Updating ListItemAllFields (update the item through items(n))');
      requireGet(method, 'ListItemAllFields');
      return entityResponse(ctx, itemEntity(ctx, list, item, { expand: new Map() }), `SP.ListData.${list.def.EntityTypeName}Items`);
    case 'recycle':
      requireEnd(tail, first.raw);
      if (method !== 'POST') throw SpErrors.methodNotAllowed(method, first.raw);
      ctx.demand(ctx.itemPermissions(list, item), PermissionKind.DeleteListItems);
      checkETag(item, ctx.request.headers['if-match']);
      return primitiveResponse(ctx, 'Recycle', 'Edm.Guid', recycleItem(ctx, list, item, undefined));
    case 'versions':
      return handleVersions(ctx, item, list, first, tail);
    default:
      if (FILE_MEMBERS_NOT_IMPLEMENTED.has(first.name)) throw notSupported(`File/${first.raw}`);
      throw SpErrors.notFound(`File/${first.raw}`);
  }
}

/** `versions`, `versions(n)`, `versions/getById(n)`, each with `$value`; deleting or restoring versions is not implemented. */
function handleVersions(ctx: SpContext, item: ListItemRecord, list: ListState, first: PathSegment, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  ctx.demand(ctx.itemPermissions(list, item), PermissionKind.ViewVersions);
  const previous = ctx.store.versionsOf(list.def.Id, item.Id).filter(v => v.versionId !== item.uiVersion * 512 && v.fileContentId);
  const [second, ...after] = rest;
  if (!first.called && second && /^(deleteall|deletebyid|recyclebyid|deletebylabel|recyclebylabel|restorebylabel)$/.test(second.name)) {
    if (method !== 'POST') throw SpErrors.methodNotAllowed(method, second.raw);
    throw notSupported(`Versions/${second.raw}`);
  }
  const wanted = first.called ? first : second?.name === 'getbyid' ? second : undefined;
  if (!wanted) {
    if (second) throw SpErrors.notFound(`Versions/${second.raw}`);
    requireGet(method, 'file versions');
    return collectionResponse(ctx, queryPlain(ctx, previous.map(v => fileVersionEntity(ctx, item, v))), 'SP.ApiData.FileVersions');
  }
  const version = previous.find(v => v.versionId === numberArg(wanted));
  if (!version) throw SpErrors.notFound(`Versions(${numberArg(wanted)})`);
  const tail = first.called ? rest : after;
  if (method === 'DELETE') throw notSupported('Deleting a file version');
  requireGet(method, 'a file version');
  if (tail[0]?.name === '$value') {
    requireEnd(tail.slice(1), '$value');
    return binaryResponse(ctx.store.content(version.fileContentId ?? '') ?? Buffer.alloc(0));
  }
  requireEnd(tail, `Versions(${version.versionId})`);
  return entityResponse(ctx, selectProps(ctx, fileVersionEntity(ctx, item, version)), 'SP.ApiData.FileVersions');
}

function fileVersionEntity(ctx: SpContext, item: ListItemRecord, version: { versionId: number; versionLabel: string; modified: string; fileLength?: number; editorId: number }): Entity {
  const editor = ctx.site.users.find(u => u.Id === version.editorId);
  const path = item.file?.ServerRelativeUrl ?? '';
  return {
    meta: { type: 'SP.FileVersion', path: `Web/GetFileByServerRelativePath(decodedurl='${path}')/Versions(${version.versionId})` },
    props: {
      CheckInComment: '', Created: version.modified, ID: version.versionId, IsCurrentVersion: false, Length: String(version.fileLength ?? 0),
      Size: version.fileLength ?? 0, Url: `_vti_history/${version.versionId}${path.replace(ctx.site.serverRelativeUrl, '')}`,
      VersionLabel: version.versionLabel, CreatedBy: editor ? { Id: editor.Id, Title: editor.Title, Email: editor.Email } : null
    }
  };
}
