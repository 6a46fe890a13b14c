import { SHAREPOINT_ZONES } from './sharePointZones';

/** The zone dates are shown in when the site's own cannot be known: the product serves schools in England. */
export const DEFAULT_SITE_ZONE = 'Europe/London';

/** The site's zone, and whether it is the site's own or the default standing in for an id we cannot map. */
export type SiteZone =
  | { zone: string; known: true; sharePointId: number }
  | { zone: typeof DEFAULT_SITE_ZONE; known: false; sharePointId: number | undefined; reason: 'unknownId' | 'unreadable' };

/**
 * The IANA zone for SharePoint's time-zone id. An id outside SharePoint's table (or none, when the read failed)
 * gives London with `known: false` and the reason, so the caller records that dates are not in the site's zone.
 */
export function siteZoneFromSharePointId(id: number | undefined): SiteZone {
  const zone = id === undefined ? undefined : SHAREPOINT_ZONES[id];
  if (id !== undefined && zone !== undefined) return { zone, known: true, sharePointId: id };
  return { zone: DEFAULT_SITE_ZONE, known: false, sharePointId: id, reason: id === undefined ? 'unreadable' : 'unknownId' };
}
