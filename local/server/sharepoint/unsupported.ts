import type { PathSegment } from './apiPath';
import { SpError, SpErrors } from './SpError';

/**
 * Honest refusals. The local server answers only what it really does: a SharePoint call it does not implement is
 * a 501 "not supported by the local server", never a 200 that reads when a write was asked or returns the wrong
 * thing (COMMON rules; issue 13: "never a wrong 200"). The JSON light / verbose error shape follows the caller's
 * `Accept`, as for every SpError.
 */
export function notSupported(what: string): SpError {
  return new SpError(501, '-1, System.NotSupportedException',
    `${what} is not supported by the local server. SharePoint Online offers it; the local server does not implement it.`);
}

/**
 * Reads answer GET only: any other verb on a read-only resource is refused (405), so a MERGE, DELETE or POST never
 * comes back as a 200 read with nothing changed.
 */
export function requireGet(method: string, what: string): void {
  if (method !== 'GET') throw SpErrors.methodNotAllowed(method, what);
}

/**
 * A property segment (`currentUser`, `groups`, `users`) takes no key: `currentUser(5)` is not a SharePoint address.
 * SharePoint answers such paths with a 400 "not valid" query error; so do we, rather than ignoring the key.
 */
export function requireNoKey(segment: PathSegment): void {
  if (segment.called) throw SpErrors.badQuery(`The expression "${segment.raw}(…)" is not valid: ${segment.raw} takes no key.`);
}

/** Nothing may follow a resource that has no sub-resources here (`…/groups/extra` is a 404, never the parent read). */
export function requireEnd(rest: PathSegment[], where: string): void {
  if (rest.length > 0) throw SpErrors.notFound(`${where}/${rest[0].raw}`);
}

/**
 * Members of SP.List that PnPjs v4 reaches (node_modules/@pnp/sp/lists/types.js and the modules that extend a list)
 * and this server does not implement: 501, never "not found", which would tell a client they do not exist.
 */
export const LIST_MEMBERS_NOT_IMPLEMENTED = new Set([
  'views', 'getview', 'defaultview', 'contenttypes', 'forms', 'usercustomactions', 'subscriptions', 'eventreceivers',
  'getitems', 'getchanges', 'getlistitemchangessincetoken', 'renderlistdataasstream', 'renderlistdata', 'renderlistformdata',
  'reservelistitemid', 'getrelatedfields', 'effectivebasepermissionsforui', 'informationrightsmanagementsettings'
]);

/** Members of SP.ListItem that PnPjs v4 reaches (items/types.js, attachments, comments, likes) and this server does not implement. */
export const ITEM_MEMBERS_NOT_IMPLEMENTED = new Set([
  'attachmentfiles', 'comments', 'likedby', 'likedbyinformation', 'like', 'unlike', 'contenttype', 'folder', 'fieldvaluesashtml',
  'fieldvaluesastext', 'fieldvaluesforedit', 'getwopiframeurl', 'deletewithparameters', 'getsharinginformation', 'sharewith', 'unshare'
]);

/** Members of SP.Site that PnPjs v4 reaches (sites/types.js, features, user custom actions) and this server does not implement. */
export const SITE_MEMBERS_NOT_IMPLEMENTED = new Set([
  'features', 'usercustomactions', 'getchanges', 'openwebbyid', 'joinhubsite', 'registerhubsite', 'unregisterhubsite', 'recyclebin',
  'owner', 'getcatalog', 'getdocumentlibraries', 'getwebtemplates', 'createcopyjobs', 'getcopyjobprogress', 'delete', 'ismultilingual'
]);
