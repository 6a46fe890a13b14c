import { randomUUID } from 'crypto';
import type { ListDefinition, ListItemRecord } from '../../store/model';
import type { ListState } from '../../store/Store';
import type { PathSegment } from '../apiPath';
import { builtInFields, FieldType, makeField } from '../fields';
import { entityResponse, primitiveResponse, type Entity } from '../odataShape';
import { hasPermission, PermissionKind } from '../permissions';
import type { SpContext } from '../SpContext';
import { SpError, SpErrors } from '../SpError';
import type { SpResponse } from '../SpRequest';
import { notSupported, requireEnd } from '../unsupported';
import { listEntity } from './listResource';
import { SITE_PAGES_TEMPLATE } from '../libraryTemplates';

/**
 * Modern pages, as PnPjs v4's clientside-pages sends them (node_modules/@pnp/sp/clientside-pages/types.js:
 * `CreateClientsidePage`, `save`, `load`, `getItem`):
 * - `POST _api/sitepages/pages` {PageLayoutType, PromotedState} makes a checked-out draft with a provisional file name;
 * - `POST _api/sitepages/pages(id)/checkoutpage`, `…/savepage` (the content; the first save names the file after the
 *   Title, which is how PnPjs gives a new page its file name) and `…/publish`;
 * - `GET _api/sitepages/pages(id)`; `POST _api/lists/EnsureClientRenderedSitePagesLibrary` (the Site Pages list).
 * Pages live in the "Site Pages" library (list template 119, folder `SitePages`) that every modern SharePoint Online site
 * has ("Site Pages API", learn.microsoft.com/sharepoint/dev/apis/sitepages-rest-api [could not be fetched here]; PnPjs
 * docs "Client-side Pages"). Anything else under `sitepages` stays 501.
 *
 * Permissions as SharePoint's list permissions on Site Pages: creating needs AddListItems (a visitor's Read lacks it:
 * 403 accessDenied); saving and checking out need EditListItems on the page. Publishing: Graph's "sitePage: publish"
 * (learn.microsoft.com/graph/api/sitepage-publish) says a page waits for approval only when an approval flow is on
 * in the library; a team site's Site Pages has none, so whoever may edit the page may publish it (members can, as on
 * a team site). Since the page must be checked out to the caller before saving (PnPjs checks it out first), another
 * person's checkout refuses the save (423-like lock: SharePoint answers 409 "checked out"; stricter reading).
 */

const PAGE_FIELDS = (): ListDefinition['fields'] => [
  ...builtInFields(101),
  makeField({ Title: 'Canvas Content', InternalName: 'CanvasContent1', FieldTypeKind: FieldType.Note, Hidden: true, UnlimitedLengthInDocumentLibrary: true }),
  makeField({ Title: 'Layout Web Parts Content', InternalName: 'LayoutWebpartsContent', FieldTypeKind: FieldType.Note, Hidden: true, UnlimitedLengthInDocumentLibrary: true }),
  makeField({ Title: 'Description', InternalName: 'Description', FieldTypeKind: FieldType.Note, UnlimitedLengthInDocumentLibrary: true }),
  makeField({ Title: 'Page Layout Type', InternalName: 'PageLayoutType', FieldTypeKind: FieldType.Text, Hidden: true }),
  makeField({ Title: 'Promoted State', InternalName: 'PromotedState', FieldTypeKind: FieldType.Number, Hidden: true }),
  makeField({ Title: 'Comments Disabled', InternalName: 'CommentsDisabled', FieldTypeKind: FieldType.Boolean, Hidden: true }),
  // The page's state the server keeps (who has it checked out, whether its file has been named, the last published version).
  makeField({ Title: 'Checked Out To', InternalName: 'PageCheckoutUser', FieldTypeKind: FieldType.Number, Hidden: true, ReadOnlyField: true }),
  makeField({ Title: 'Page Named', InternalName: 'PageNamed', FieldTypeKind: FieldType.Boolean, Hidden: true, ReadOnlyField: true }),
  makeField({ Title: 'Published Version', InternalName: 'PagePublishedVersion', FieldTypeKind: FieldType.Number, Hidden: true, ReadOnlyField: true })
];

/** The site's "Site Pages" library; every modern site has one, so it is made on first use as if it had always been there. */
export function sitePagesLibrary(ctx: SpContext): ListState {
  const existing = ctx.store.listsOfSite(ctx.site.id).find(l => l.def.BaseTemplate === SITE_PAGES_TEMPLATE);
  if (existing) return existing;
  const now = ctx.site.Created;
  return ctx.store.saveList({
    Id: randomUUID(), siteId: ctx.site.id, Title: 'Site Pages', Description: '', BaseTemplate: SITE_PAGES_TEMPLATE, EntityTypeName: 'SitePages',
    rootFolderUrl: `${ctx.site.serverRelativeUrl.replace(/\/$/, '')}/SitePages`, Created: now, LastItemModifiedDate: now,
    EnableVersioning: true, ReadSecurity: 1, WriteSecurity: 1, OnQuickLaunch: false, Hidden: false, NoCrawl: false,
    hasUniqueRoleAssignments: false, roleAssignments: [], fields: PAGE_FIELDS(), nextItemId: 1
  });
}

/** `POST _api/lists/EnsureClientRenderedSitePagesLibrary`: the Site Pages list (PnPjs `getItem` reads its `odata.id`). */
export function handleRootLists(ctx: SpContext, rest: PathSegment[]): SpResponse {
  const [first, ...tail] = rest;
  if (first?.name !== 'ensureclientrenderedsitepageslibrary') throw SpErrors.notFound(`lists/${first?.raw ?? ''}`);
  requireEnd(tail, first.raw);
  if (ctx.request.method !== 'POST') throw SpErrors.methodNotAllowed(ctx.request.method, first.raw);
  const list = sitePagesLibrary(ctx);
  ctx.demand(ctx.listPermissions(list), PermissionKind.ViewListItems);
  const entity = listEntity(ctx, list);
  return entityResponse(ctx, { ...entity, props: { ...entity.props, EnableModeration: false, EnableMinorVersions: false } }, 'SP.ApiData.Lists');
}

/** `_api/sitepages/…`. */
export function handleSitePages(ctx: SpContext, rest: PathSegment[]): SpResponse {
  const [pages, ...tail] = rest;
  if (pages?.name !== 'pages') throw notSupported(`The site pages API (_api/sitepages/${rest.map(s => s.raw).join('/')})`);
  const list = sitePagesLibrary(ctx);
  const method = ctx.request.method;
  if (!pages.called) {
    if (tail.length > 0 || method !== 'POST') throw notSupported(`${method} _api/sitepages/pages${tail.length ? '/…' : ''}`);
    return createPage(ctx, list);
  }
  const id = Number(pages.args[0]);
  const item = Number.isInteger(id) ? list.items.get(id) : undefined;
  if (!item || !hasPermission(ctx.itemPermissions(list, item), PermissionKind.ViewListItems)) {
    throw SpErrors.notFound(`The page ${String(pages.args[0])}`);
  }
  const [action, ...after] = tail;
  if (!action) {
    if (method !== 'GET') throw SpErrors.methodNotAllowed(method, 'a site page');
    return entityResponse(ctx, pageEntity(ctx, list, item), 'SP.Publishing.SitePage');
  }
  requireEnd(after, action.raw);
  if (method !== 'POST') throw SpErrors.methodNotAllowed(method, action.raw);
  switch (action.name) {
    case 'checkoutpage': return entityResponse(ctx, pageEntity(ctx, list, checkOut(ctx, list, item)), 'SP.Publishing.SitePage');
    case 'savepage': savePage(ctx, list, item); return primitiveResponse(ctx, 'SavePage', 'Edm.Boolean', true);
    case 'publish': publish(ctx, list, item); return primitiveResponse(ctx, 'Publish', 'Edm.Boolean', true);
    default: throw notSupported(`The site pages API (sitepages/pages(${id})/${action.raw})`);
  }
}

function createPage(ctx: SpContext, list: ListState): SpResponse {
  ctx.demand(ctx.listPermissions(list), PermissionKind.AddListItems);
  const body = ctx.jsonBody();
  const id = list.def.nextItemId;
  list.def.nextItemId++;
  const name = `Untitled_${id}.aspx`;
  const now = ctx.now();
  const item: ListItemRecord = {
    listId: list.def.Id, Id: id, GUID: randomUUID(), version: 1, uiVersion: 1, AuthorId: ctx.siteUser.Id, EditorId: ctx.siteUser.Id,
    Created: now, Modified: now, hasUniqueRoleAssignments: false, roleAssignments: [],
    values: {
      Title: '', CanvasContent1: '[]', LayoutWebpartsContent: '[]', Description: '', PageLayoutType: String(body.PageLayoutType ?? 'Article'),
      PromotedState: Number(body.PromotedState ?? 0), CommentsDisabled: false, PageCheckoutUser: ctx.siteUser.Id, PageNamed: false, PagePublishedVersion: 0
    },
    file: { Name: name, ServerRelativeUrl: `${list.def.rootFolderUrl}/${name}`, Length: 0, contentId: '' }
  };
  ctx.store.persistListDefinition(list.def);
  ctx.store.saveItem(list, item);
  return entityResponse(ctx, pageEntity(ctx, list, item), 'SP.Publishing.SitePage', 201);
}

function editable(ctx: SpContext, list: ListState, item: ListItemRecord): void {
  ctx.demand(ctx.itemPermissions(list, item), PermissionKind.EditListItems);
  const holder = item.values.PageCheckoutUser;
  if (typeof holder === 'number' && holder !== ctx.siteUser.Id) {
    throw new SpError(409, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', `The file "${item.file?.ServerRelativeUrl ?? ''}" is checked out for editing by another user.`);
  }
}

function checkOut(ctx: SpContext, list: ListState, item: ListItemRecord): ListItemRecord {
  editable(ctx, list, item);
  return save(ctx, list, item, { PageCheckoutUser: ctx.siteUser.Id });
}

const SAVE_PROPERTIES = new Set(['AuthorByline', 'BannerImageUrl', 'CanvasContent1', 'Description', 'LayoutWebpartsContent', 'Title', 'TopicHeader']);

function savePage(ctx: SpContext, list: ListState, item: ListItemRecord): void {
  editable(ctx, list, item);
  if (item.values.PageCheckoutUser !== ctx.siteUser.Id) throw SpErrors.badRequest('The page must be checked out before it is saved.');
  const body = ctx.jsonBody();
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') continue;
    if (!SAVE_PROPERTIES.has(key)) throw SpErrors.propertyNotFound(key, 'SP.Publishing.SitePage');
    if (key === 'BannerImageUrl' && value) throw notSupported('A page banner image');
    if (['CanvasContent1', 'LayoutWebpartsContent'].includes(key)) {
      try { JSON.parse(String(value)); } catch { throw SpErrors.badRequest(`${key} is not valid JSON.`); }
    }
    if (key === 'Title' || key === 'Description' || key === 'CanvasContent1' || key === 'LayoutWebpartsContent') changes[key] = String(value ?? '');
  }
  let file = item.file;
  // The first save names a new page's file after its Title (what PnPjs's CreateClientsidePage relies on). When the
  // name is taken, a number is added (SharePoint's exact suffix is unverified: the stricter reading never overwrites).
  if (item.values.PageNamed !== true && typeof changes.Title === 'string' && changes.Title.trim() && file) {
    const base = changes.Title.trim().replace(/[\\/:*?"<>|#%]/g, '').replace(/\s+/g, '-');
    let name = `${base}.aspx`;
    for (let n = 1; [...list.items.values()].some(i => i !== item && i.file?.Name.toLowerCase() === name.toLowerCase()); n++) name = `${base}-${n}.aspx`;
    file = { ...file, Name: name, ServerRelativeUrl: `${list.def.rootFolderUrl}/${name}` };
    changes.PageNamed = true;
  }
  save(ctx, list, { ...item, file }, changes);
}

function publish(ctx: SpContext, list: ListState, item: ListItemRecord): void {
  editable(ctx, list, item);
  save(ctx, list, item, { PageCheckoutUser: null, PagePublishedVersion: item.uiVersion + 1 }, true);
}

function save(ctx: SpContext, list: ListState, item: ListItemRecord, changes: Record<string, unknown>, major = false): ListItemRecord {
  const updated: ListItemRecord = {
    ...item, version: item.version + 1, uiVersion: major ? item.uiVersion + 1 : item.uiVersion, EditorId: ctx.siteUser.Id, Modified: ctx.now(),
    values: { ...item.values, ...changes }
  };
  ctx.store.saveItem(list, updated);
  return updated;
}

function pageEntity(ctx: SpContext, list: ListState, item: ListItemRecord): Entity {
  const v = item.values;
  const file = item.file as NonNullable<ListItemRecord['file']>;
  const origin = ctx.request.url.origin;
  return {
    meta: { type: 'SP.Publishing.SitePage', path: `SitePages/Pages(${item.Id})` },
    props: {
      AbsoluteUrl: `${origin}${encodeURI(file.ServerRelativeUrl)}`, AuthorByline: [], BannerImageUrl: '', CanvasContent1: v.CanvasContent1 ?? '[]',
      ContentTypeId: '0x0101009D1CB255DA76424F860D91F20E6C4118', Description: v.Description ?? '', FileName: file.Name, FirstPublished: null,
      Id: item.Id, IsPageCheckedOutToCurrentUser: v.PageCheckoutUser === ctx.siteUser.Id, IsWebWelcomePage: false,
      LayoutWebpartsContent: v.LayoutWebpartsContent ?? '[]', Modified: item.Modified, PageLayoutType: v.PageLayoutType ?? 'Article',
      PromotedState: v.PromotedState ?? 0, Title: v.Title ?? '', TopicHeader: '', UniqueId: item.GUID,
      Url: file.ServerRelativeUrl.replace(/^.*?\/(SitePages\/)/i, '$1'), Version: `${item.uiVersion}.0`,
      IsPublished: typeof v.PagePublishedVersion === 'number' && v.PagePublishedVersion > 0 && v.PageCheckoutUser === null
    }
  };
}
