import { randomBytes } from 'crypto';
import * as path from 'path';
import type { ListState, Store } from '../store/Store';
import type { ListItemRecord, SiteRecord, TenantUser } from '../store/model';
import type { SpRequest, SpResponse } from '../sharepoint/SpRequest';
import { hasPermission, PermissionKind } from '../sharepoint/permissions';
import { itemMask, principalIdsOf, webMask } from '../sharepoint/security';
import { GraphError, graphJson } from './graphErrors';
import type { FileConverter } from './fileConversion';

/**
 * The SharePoint files of the local tenant as Graph drive items: the minimum the app needs to have Graph convert a
 * published Word file to PDF.
 *
 * - `GET /sites/{hostname}:/{server-relative-path}` → the site, its id `{hostname},{site id},{web id}`
 *   (learn.microsoft.com/graph/api/site-getbypath).
 * - `GET /sites/{site-id}/lists/{list-id}/items/{item-id}/driveItem` → a library item's file as a driveItem, with
 *   `parentReference.driveId` (learn.microsoft.com/graph/api/driveitem-get, "sites/{siteId}/lists/{listId}/items/
 *   {itemId}/driveItem"). The list id is SharePoint's list GUID and the item id its integer id, as in Graph.
 * - `GET /drives/{drive-id}/items/{item-id}/content?format=pdf` → `302 Found` to a pre-authenticated download URL of
 *   the converted file (learn.microsoft.com/graph/api/driveitem-get-content-format, "Response"). Only `pdf` from the
 *   source types that page lists; another source type is refused `406 notSupported` / `InputFormatNotSupported`
 *   (microsoft-graph-docs-contrib#263, #647), and with no converter installed the conversion is refused the same way
 *   with `OfficeConversion_NotSupported` (msgraph-sdk-python#912: 406 notSupported from the conversion service;
 *   microsoft-graph-docs-contrib#7742 for the inner code). Downloading without `format` is not part of this subset: 501.
 *
 * Drive and item ids are opaque to clients. Ours follow the shape of SharePoint's ("b!" and base64url of the site,
 * web and list GUIDs; "01" and 32 characters for an item) so nothing can treat them as list ids or integers
 * [unverified: the exact byte layout of real ids, which no client may rely on].
 *
 * Permissions are SharePoint's: the caller must be able to view the item and open it, or Graph answers 403
 * `accessDenied` (Graph's error codes page); a site, list or item that does not exist is 404 `itemNotFound`.
 */

/** Source types the PDF conversion takes (driveitem-get-content-format, "Format options", pdf). */
const PDF_SOURCES = new Set(['csv', 'doc', 'docx', 'odp', 'ods', 'odt', 'pot', 'potm', 'potx', 'pps', 'ppsx', 'ppsxm', 'ppt', 'pptm', 'pptx', 'rtf', 'xls', 'xlsx']);

/** How long a download URL works. Graph's are short-lived ("valid for a short period of time"): take ten minutes. */
const DOWNLOAD_TTL_MS = 10 * 60 * 1000;

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf', html: 'text/html', htm: 'text/html'
};

function itemNotFound(): GraphError {
  return new GraphError(404, 'itemNotFound', 'The resource could not be found.');
}

function accessDenied(): GraphError {
  return new GraphError(403, 'accessDenied', 'Access denied');
}

function guidBytes(guid: string): Buffer {
  return Buffer.from(guid.replace(/-/g, ''), 'hex');
}

function guidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function driveIdOf(site: SiteRecord, list: ListState): string {
  return `b!${Buffer.concat([guidBytes(site.id), guidBytes(site.webId), guidBytes(list.def.Id)]).toString('base64url')}`;
}

export function driveItemIdOf(item: ListItemRecord): string {
  return `01${item.GUID.replace(/-/g, '').toUpperCase()}`;
}

/** A file waiting at its pre-authenticated download URL. */
interface Download {
  bytes: Buffer;
  contentType: string;
  fileName: string;
  expires: number;
}

/** The local Graph's drive-item routes, over the SharePoint store. */
export class DriveItems {
  private readonly downloads = new Map<string, Download>();

  constructor(private readonly store: Store, private readonly converter: FileConverter, private readonly now: () => number = Date.now) {}

  /** `GET /sites/{hostname}:/{path}` (parts after `sites`, already split and decoded). */
  siteByPath(request: SpRequest, me: TenantUser, hostAndPath: string): SpResponse {
    const match = /^([^:/]+):(\/.*?)?:?$/.exec(hostAndPath);
    if (!match || match[1].toLowerCase() !== request.url.hostname.toLowerCase()) throw itemNotFound();
    const site = this.store.siteByUrl(match[2] || '/');
    if (!site) throw itemNotFound();
    if (!hasPermission(webMask(site, me, principalIdsOf(site, me, this.store.groups)), PermissionKind.ViewPages)) throw accessDenied();
    return graphJson(200, {
      '@odata.context': `${request.url.origin}/graph/v1.0/$metadata#sites/$entity`,
      id: `${request.url.hostname},${site.id},${site.webId}`, name: site.serverRelativeUrl.split('/').pop() || site.Title, displayName: site.Title,
      webUrl: `${request.url.origin}${site.serverRelativeUrl.replace(/\/$/, '')}`, createdDateTime: site.Created
    });
  }

  /** `GET /sites/{site-id}/lists/{list-id}/items/{item-id}/driveItem`. */
  listItemDriveItem(request: SpRequest, me: TenantUser, siteId: string, listId: string, itemId: string): SpResponse {
    const [hostname, siteGuid] = siteId.split(',');
    const site = hostname?.toLowerCase() === request.url.hostname.toLowerCase() ? this.store.sites.get(siteGuid ?? '') : undefined;
    const list = site ? this.store.lists.get(listId.toLowerCase()) ?? [...this.store.lists.values()].find(l => l.def.Id.toLowerCase() === listId.toLowerCase()) : undefined;
    if (!site || !list || list.def.siteId !== site.id || !/^\d+$/.test(itemId)) throw itemNotFound();
    const item = list.items.get(Number(itemId));
    if (!item) throw itemNotFound();
    this.demandRead(site, list, item, me);
    if (!item.file) throw itemNotFound();
    return graphJson(200, { '@odata.context': `${request.url.origin}/graph/v1.0/$metadata#driveItem/$entity`, ...this.driveItemJson(request, site, list, item) });
  }

  /** `GET /drives/{drive-id}/items/{item-id}/content[?format=…]`. */
  async content(request: SpRequest, me: TenantUser, driveId: string, itemId: string): Promise<SpResponse> {
    const { site, list, item } = this.resolve(driveId, itemId);
    this.demandRead(site, list, item, me);
    const format = request.url.searchParams.get('format');
    if (format === null) throw new GraphError(501, 'notSupported', 'Downloading a file without a format is not supported by the local server (use SharePoint REST to read it).');
    if (format.toLowerCase() !== 'pdf') throw new GraphError(406, 'notSupported', format, {}, 'InputFormatNotSupported');
    const extension = path.extname(item.file!.Name).slice(1).toLowerCase();
    if (!PDF_SOURCES.has(extension)) throw new GraphError(406, 'notSupported', extension, {}, 'InputFormatNotSupported');
    if (!(await this.converter.available())) {
      throw new GraphError(406, 'notSupported', 'The file could not be converted: no converter is installed for the local server (install LibreOffice).', {}, 'OfficeConversion_NotSupported');
    }
    const source = this.store.content(item.file!.contentId);
    if (!source) throw itemNotFound();
    let pdf: Buffer;
    try {
      pdf = await this.converter.toPdf(item.file!.Name, source);
    } catch (error) {
      // The conversion service's failure, in Graph's words (microsoft-graph-docs#11449: generalException, OfficeConversion_ConverterInternal).
      throw new GraphError(500, 'generalException', `Error from the conversion service: ${(error as Error).message}`, {}, 'OfficeConversion_ConverterInternal');
    }
    const token = randomBytes(24).toString('base64url');
    this.sweep();
    this.downloads.set(token, { bytes: pdf, contentType: MIME.pdf, fileName: item.file!.Name.replace(/\.[^.]+$/, '.pdf'), expires: this.now() + DOWNLOAD_TTL_MS });
    return { status: 302, headers: { location: `${request.url.origin}/_local/graph-download/${token}` } };
  }

  /** The file at a download URL, while the URL is valid (anyone holding it may read it, as with Graph's). */
  download(token: string): Download | undefined {
    this.sweep();
    return this.downloads.get(token);
  }

  private sweep(): void {
    for (const [token, download] of this.downloads) if (download.expires <= this.now()) this.downloads.delete(token);
  }

  private resolve(driveId: string, itemId: string): { site: SiteRecord; list: ListState; item: ListItemRecord } {
    const bytes = driveId.startsWith('b!') ? Buffer.from(driveId.slice(2), 'base64url') : Buffer.alloc(0);
    if (bytes.length !== 48) throw itemNotFound();
    const site = this.store.sites.get(guidOf(bytes.subarray(0, 16)));
    const listId = guidOf(bytes.subarray(32, 48));
    const list = [...this.store.lists.values()].find(l => l.def.Id.toLowerCase() === listId);
    if (!site || !list || list.def.siteId !== site.id) throw itemNotFound();
    const item = [...list.items.values()].find(i => driveItemIdOf(i) === itemId.toUpperCase() && i.file);
    if (!item) throw itemNotFound();
    return { site, list, item };
  }

  private demandRead(site: SiteRecord, list: ListState, item: ListItemRecord, me: TenantUser): void {
    const mask = itemMask(site, list.def, item, me, principalIdsOf(site, me, this.store.groups));
    if (!hasPermission(mask, PermissionKind.ViewListItems) || !hasPermission(mask, PermissionKind.OpenItems)) throw accessDenied();
  }

  private driveItemJson(request: SpRequest, site: SiteRecord, list: ListState, item: ListItemRecord): Record<string, unknown> {
    const file = item.file!;
    const extension = path.extname(file.Name).slice(1).toLowerCase();
    const driveId = driveIdOf(site, list);
    return {
      id: driveItemIdOf(item), name: file.Name, size: file.Length, webUrl: `${request.url.origin}${file.ServerRelativeUrl}`,
      createdDateTime: item.Created, lastModifiedDateTime: item.Modified, eTag: `"{${item.GUID.toUpperCase()}},${item.version}"`,
      file: { mimeType: MIME[extension] ?? 'application/octet-stream' },
      parentReference: { driveType: 'documentLibrary', driveId, siteId: `${request.url.hostname},${site.id},${site.webId}`, path: `/drives/${driveId}/root:` }
    };
  }
}
