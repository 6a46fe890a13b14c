import { randomUUID } from 'crypto';
import type { ListItemRecord } from '../../store/model';
import type { ListState } from '../../store/Store';
import type { PathSegment } from '../apiPath';
import { numberArg, stringArg } from '../apiPath';
import { addItem, checkETag, recycleItem } from '../itemWrite';
import { collectionResponse, entityResponse, primitiveResponse, type Entity } from '../odataShape';
import { hasPermission, PermissionKind } from '../permissions';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { itemEntity } from '../itemShape';

/** The largest file this server accepts in one request (SharePoint's simple upload limit is 250 MB; ours is smaller). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Refuses names SharePoint refuses, and anything path-like: a file name is one name, never a path. */
export function checkFileName(name: string): void {
  // reason: control characters are exactly what a file name must not hold, so the pattern names them.
  // eslint-disable-next-line no-control-regex
  const bad = name.trim() !== name || name === '' || name.length > 255 || /["*:<>?/\\|#%\u0000-\u001f]/.test(name)
    || name === '.' || name === '..' || name.startsWith('~$') || name.endsWith('.');
  if (bad) {
    throw SpErrors.badRequest(`The file name '${name}' is not valid: a name cannot be empty, start or end with a space or a dot, or contain " * : < > ? / \\ | # % or control characters.`);
  }
}

function libraryOfFolder(ctx: SpContext, folderUrl: string): ListState {
  const wanted = folderUrl.replace(/\/$/, '').toLowerCase();
  const list = ctx.store.listsOfSite(ctx.site.id).find(l => l.def.BaseTemplate === 101 && l.def.rootFolderUrl.toLowerCase() === wanted);
  if (!list || !hasPermission(ctx.listPermissions(list), PermissionKind.ViewListItems)) throw SpErrors.fileNotFound(folderUrl);
  return list;
}

/** A library file by its server-relative URL, if the caller may see it (otherwise SharePoint's file-not-found). */
export function fileItem(ctx: SpContext, fileUrl: string): { list: ListState; item: ListItemRecord } {
  const wanted = fileUrl.toLowerCase();
  for (const list of ctx.store.listsOfSite(ctx.site.id)) {
    if (list.def.BaseTemplate !== 101) continue;
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

function addFile(ctx: SpContext, list: ListState, action: PathSegment): SpResponse {
  if (ctx.request.method !== 'POST') throw SpErrors.methodNotAllowed(ctx.request.method, action.raw);
  const name = String(action.named.decodedurl ?? action.named.url ?? action.args[0] ?? '');
  checkFileName(name);
  const overwrite = action.named.overwrite === true;
  const bytes = ctx.request.body ?? Buffer.alloc(0);
  if (bytes.length > MAX_FILE_BYTES) throw SpErrors.requestTooLarge(MAX_FILE_BYTES);
  const url = `${list.def.rootFolderUrl}/${name}`;
  const existing = [...list.items.values()].find(i => i.file?.ServerRelativeUrl.toLowerCase() === url.toLowerCase());
  const contentId = randomUUID();
  if (existing) {
    if (!overwrite) throw SpErrors.fileExists(url);
    ctx.demand(ctx.itemPermissions(list, existing), PermissionKind.EditListItems);
    ctx.store.saveContent(contentId, bytes);
    const updated: ListItemRecord = {
      ...existing, version: existing.version + 1, uiVersion: existing.uiVersion + 1, EditorId: ctx.siteUser.Id, Modified: ctx.now(),
      file: { Name: existing.file?.Name ?? name, ServerRelativeUrl: url, Length: bytes.length, contentId }
    };
    ctx.store.saveItem(list, updated);
    ctx.store.addVersion({
      listId: list.def.Id, itemId: updated.Id, versionId: updated.uiVersion * 512, versionLabel: `${updated.uiVersion}.0`,
      editorId: updated.EditorId, modified: updated.Modified, values: { ...updated.values }, fileContentId: contentId, fileLength: bytes.length
    });
    return entityResponse(ctx, fileEntity(updated), 'SP.ApiData.Files12');
  }
  ctx.demand(ctx.listPermissions(list), PermissionKind.AddListItems);
  ctx.store.saveContent(contentId, bytes);
  const item = addItem(ctx, list, {}, { Name: name, ServerRelativeUrl: url, Length: bytes.length, contentId });
  return entityResponse(ctx, fileEntity(item), 'SP.ApiData.Files12');
}

/** `…/rootFolder[/files[/addUsingPath(…)]]` of a library. */
export function handleFolderOfList(ctx: SpContext, list: ListState, rest: PathSegment[]): SpResponse {
  if (list.def.BaseTemplate !== 101) throw SpErrors.badRequest('Only document libraries hold files on this server.');
  return handleFolder(ctx, list, rest);
}

/** `web/getFolderByServerRelativePath(decodedUrl='…')[/files…]`. */
export function handleFolderByPath(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  const url = String(segment.named.decodedurl ?? segment.args[0] ?? '');
  return handleFolder(ctx, libraryOfFolder(ctx, url), rest);
}

function handleFolder(ctx: SpContext, list: ListState, rest: PathSegment[]): SpResponse {
  const [first, second, third] = rest;
  if (!first) return entityResponse(ctx, folderEntity(list), 'SP.ApiData.Folders');
  if (first.name === 'files') {
    if (!second) {
      const files = [...list.items.values()].filter(i => i.file && hasPermission(ctx.itemPermissions(list, i), PermissionKind.ViewListItems));
      return collectionResponse(ctx, files.map(fileEntity), 'SP.ApiData.Files12');
    }
    if (second.name === 'addusingpath' || second.name === 'add') return addFile(ctx, list, second);
    if (second.name === 'getbyurl' || second.name === 'getbyname') {
      return handleFile(ctx, fileItem(ctx, `${list.def.rootFolderUrl}/${stringArg(second)}`), third ? rest.slice(2) : []);
    }
  }
  throw SpErrors.notFound(first.raw);
}

/** `web/getFileByServerRelativePath(decodedUrl='…')[…]`. */
export function handleFileByPath(ctx: SpContext, segment: PathSegment, rest: PathSegment[]): SpResponse {
  const url = String(segment.named.decodedurl ?? segment.args[0] ?? '');
  return handleFile(ctx, fileItem(ctx, url), rest);
}

/** `items(n)/file[…]`. */
export function handleFileOfItem(ctx: SpContext, list: ListState, item: ListItemRecord, rest: PathSegment[]): SpResponse {
  if (!item.file) throw SpErrors.fileNotFound(`item ${item.Id}`);
  return handleFile(ctx, { list, item }, rest);
}

function handleFile(ctx: SpContext, found: { list: ListState; item: ListItemRecord }, rest: PathSegment[]): SpResponse {
  const { list, item } = found;
  const method = ctx.request.method;
  const [first, second] = rest;
  if (!first) {
    if (method === 'GET') return entityResponse(ctx, fileEntity(item), 'SP.ApiData.Files12');
    if (method === 'DELETE') {
      ctx.demand(ctx.itemPermissions(list, item), PermissionKind.DeleteListItems);
      recycleItem(ctx, list, item, undefined);
      return emptyResponse(200);
    }
    throw SpErrors.methodNotAllowed(method, 'a file');
  }
  switch (first.name) {
    case '$value': {
      if (method === 'GET') return binaryResponse(ctx.store.content(item.file?.contentId ?? '') ?? Buffer.alloc(0));
      throw SpErrors.methodNotAllowed(method, '$value');
    }
    case 'listitemallfields':
      if (method !== 'GET') throw SpErrors.methodNotAllowed(method, 'ListItemAllFields');
      return entityResponse(ctx, itemEntity(ctx, list, item, { expand: new Map() }), `SP.ListData.${list.def.EntityTypeName}Items`);
    case 'recycle':
      ctx.demand(ctx.itemPermissions(list, item), PermissionKind.DeleteListItems);
      checkETag(item, ctx.request.headers['if-match']);
      return primitiveResponse(ctx, 'Recycle', 'Edm.Guid', recycleItem(ctx, list, item, undefined));
    case 'versions': {
      ctx.demand(ctx.itemPermissions(list, item), PermissionKind.ViewVersions);
      const previous = ctx.store.versionsOf(list.def.Id, item.Id).filter(v => v.versionId !== item.uiVersion * 512 && v.fileContentId);
      const wanted = first.called ? first : second?.name === 'getbyid' ? second : undefined;
      if (wanted) {
        const version = previous.find(v => v.versionId === numberArg(wanted));
        if (!version) throw SpErrors.notFound(`Versions(${numberArg(wanted)})`);
        const tail = first.called ? second : rest[2];
        if (tail?.name === '$value') return binaryResponse(ctx.store.content(version.fileContentId ?? '') ?? Buffer.alloc(0));
        return entityResponse(ctx, fileVersionEntity(ctx, item, version), 'SP.ApiData.FileVersions');
      }
      return collectionResponse(ctx, previous.map(v => fileVersionEntity(ctx, item, v)), 'SP.ApiData.FileVersions');
    }
    default:
      throw SpErrors.notFound(first.raw);
  }
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
