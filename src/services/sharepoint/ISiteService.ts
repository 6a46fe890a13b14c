import type { SiteZone } from '../../domain/time/siteZone';
import type { SPFI } from './pnp';

/** The site the app is running in, as the shell shows it. */
export interface SiteSummary {
  title: string;
  /** Absolute URL of the web. */
  url: string;
  serverRelativeUrl: string;
}

/** The signed-in person as the site knows them. */
export interface CurrentUser {
  /** The site-local user id (differs from site to site). */
  id: number;
  displayName: string;
  email: string;
  loginName: string;
}

/** Reads who is signed in and where. */
export interface ISiteService {
  /** The site and the current user, in one round trip. */
  getSiteAndUser(together?: SPFI): Promise<{ site: SiteSummary; user: CurrentUser }>;
  /** The site's regional time zone as an IANA name (dates are shown in it, never in raw UTC). Read once. */
  timeZone(over?: SPFI): Promise<string>;
  /** The same zone with whether it is the site's own (`known`) or London standing in for an id we cannot map. */
  siteZone(over?: SPFI): Promise<SiteZone>;
  /** The Microsoft 365 group (the Team) connected to the site, if any. */
  teamGroupId(): Promise<string | undefined>;
  /**
   * Names of the site's owners, for someone who must ask one to set the site up: the people in its owners group,
   * else (a Team's site lists its owners only as the group's claim) the Team's owners from Graph. Empty when
   * neither can be read: a hint, never a reason to fail.
   */
  owners(): Promise<string[]>;
}
