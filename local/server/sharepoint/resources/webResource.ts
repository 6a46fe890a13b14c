import type { PathSegment } from '../apiPath';
import { collectionResponse, entityResponse, type Entity } from '../odataShape';
import { PermissionKind } from '../permissions';
import { selectProps } from '../plainQuery';
import { applyUpdate, textValue } from '../entityUpdate';
import type { SpContext } from '../SpContext';
import { emptyResponse, type SpResponse } from '../SpRequest';
import { SpErrors } from '../SpError';
import { notSupported, requireEnd, requireGet } from '../unsupported';
import { handleFileById, handleFileByPath, handleFolderById, handleFolderByPath } from './fileResource';
import { handleGetList, handleLists } from './listResource';
import { handleCurrentUser, handleEnsureUser, handleSiteUsers } from './principalResource';
import { handleRegionalSettings } from './regionalResource';
import { handleRoleDefinitions } from './roleDefinitionResource';
import { handleSecurity, type Securable } from './securityResource';
import { handleSiteGroups } from './siteGroupResource';

/** The web as `SP.Web`. */
export function webEntity(ctx: SpContext): Entity {
  const site = ctx.site;
  return {
    meta: { type: 'SP.Web', path: 'Web', id: `${ctx.apiUrl}/Web` },
    props: {
      Created: site.Created, Description: site.Description, Id: site.webId, Language: 2057, LastItemModifiedDate: site.Created,
      ServerRelativeUrl: site.serverRelativeUrl, Title: site.Title, Url: ctx.webUrl, WebTemplate: site.groupId ? 'GROUP' : 'STS',
      HasUniqueRoleAssignments: true,
      // Each local site is its own root web: PnPjs's getParentWeb() expands ParentWeb and reads null at the root.
      ...(/(^|,)\s*parentweb\b/i.test(ctx.query.get('$expand') ?? '') ? { ParentWeb: null } : {})
    }
  };
}

function webSecurable(ctx: SpContext): Securable {
  return {
    path: 'Web',
    permissions: () => ctx.webPermissions(),
    hasUniqueRoleAssignments: () => true,
    assignments: () => ctx.site.roleAssignments,
    breakInheritance: () => undefined,
    resetInheritance: () => {
      throw SpErrors.badRequest('The root web of a site collection cannot inherit permissions.');
    },
    save: () => ctx.saveSite()
  };
}

/**
 * Members of SP.Web that SharePoint Online answers and this server does not implement (PnPjs v4 reaches each of
 * them: node_modules/@pnp/sp/webs/types.js and the modules it extends). They are 501, not 404: a 404 would tell a
 * client the thing does not exist (PnPjs's `lists.ensure` creates on any error), which is false in a tenant.
 */
const WEB_MEMBERS_NOT_IMPLEMENTED = new Set([
  'allproperties', 'appcatalog', 'applytheme', 'applywebtemplate', 'availablefields', 'contenttypes', 'createdefaultassociatedgroups',
  'customlisttemplates', 'defaultdocumentlibrary', 'features', 'fields', 'firstuniqueancestorsecurableobject', 'folders',
  'getavailablewebtemplates', 'getcatalog', 'getchanges', 'getclientsidewebparts', 'getfilebyurl', 'getstorageentity',
  'getsubwebsfilteredforcurrentuser', 'hubsitedata', 'maptoicon', 'navigation', 'recyclebin',
  'removestorageentity', 'rootfolder', 'setstorageentity', 'shareobject', 'siteuserinfolist', 'synchubsitetheme',
  'unshareobject', 'usercustomactions', 'webinfos'
]);

/** Writable SP.Web properties (PnPjs IWebInfo) this server does not keep. */
const WEB_PROPERTIES_NOT_KEPT = [
  'AlternateCssUrl', 'CustomMasterUrl', 'EnableMinimalDownload', 'HeaderEmphasis', 'HeaderLayout', 'HorizontalQuickLaunch',
  'MasterUrl', 'MegaMenuEnabled', 'NavAudienceTargetingEnabled', 'ObjectCacheEnabled', 'QuickLaunchEnabled', 'SaveSiteAsTemplateEnabled',
  'SiteLogoDescription', 'SiteLogoUrl', 'SyndicationEnabled', 'TreeViewEnabled', 'UIVersion', 'UIVersionConfigurationEnabled'
];

/** Everything under `_api/web`. */
export function handleWeb(ctx: SpContext, rest: PathSegment[]): SpResponse {
  const method = ctx.request.method;
  const [first] = rest;
  if (!first) {
    if (method === 'GET') return entityResponse(ctx, selectProps(ctx, webEntity(ctx)), 'SP.Web');
    if (method === 'MERGE' || method === 'PATCH') {
      ctx.demand(ctx.webPermissions(), PermissionKind.ManageWeb);
      // Title and Description are kept; other writable SP.Web properties are refused (501) rather than dropped with a 204.
      const unkept = (name: string) => (): () => void => { throw notSupported(`Setting the web's ${name}`); };
      applyUpdate(webEntity(ctx), ctx.jsonBody(), {
        Title: value => { const title = textValue('Title', value); return () => { ctx.site.Title = title; }; },
        Description: value => { const text = textValue('Description', value); return () => { ctx.site.Description = text; }; },
        ...Object.fromEntries(WEB_PROPERTIES_NOT_KEPT.map(name => [name, unkept(name)]))
      });
      ctx.saveSite();
      return emptyResponse(204);
    }
    throw SpErrors.methodNotAllowed(method, 'a web');
  }
  const security = handleSecurity(ctx, webSecurable(ctx), rest);
  if (security) return security;
  const tail = rest.slice(1);
  switch (first.name) {
    case 'lists': return handleLists(ctx, first, tail);
    case 'getlist': return handleGetList(ctx, first, tail);
    case 'currentuser': return handleCurrentUser(ctx, first, tail);
    case 'siteusers':
    case 'getuserbyid': return handleSiteUsers(ctx, first, tail);
    case 'ensureuser': return handleEnsureUser(ctx, first, tail);
    case 'sitegroups':
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup': return handleSiteGroups(ctx, rest);
    case 'roledefinitions': return handleRoleDefinitions(ctx, first, tail);
    case 'regionalsettings': return handleRegionalSettings(ctx, tail);
    case 'getfolderbyserverrelativepath':
    case 'getfolderbyserverrelativeurl': return handleFolderByPath(ctx, first, tail);
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl': return handleFileByPath(ctx, first, tail);
    case 'getfilebyid': return handleFileById(ctx, first, tail);
    case 'getfolderbyid': return handleFolderById(ctx, first, tail);
    case 'webs':
      // Each local site is a single web with no subsites, so the subsite collection is truly empty; creating one is not implemented.
      requireEnd(tail, 'Web/webs');
      if (method === 'POST') throw notSupported('Creating a subsite');
      requireGet(method, 'Web/webs');
      return collectionResponse(ctx, [], 'SP.Webs');
    default:
      if (WEB_MEMBERS_NOT_IMPLEMENTED.has(first.name)) throw notSupported(`Web/${first.raw}`);
      throw SpErrors.notFound(`Web/${first.raw}`);
  }
}
