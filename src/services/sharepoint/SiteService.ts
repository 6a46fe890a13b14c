import type { SPFI } from './pnp';
import type { CurrentUser, ISiteService, SiteSummary } from './ISiteService';
import { toCurrentUser, toSiteSummary, type UserWire, type WebWire } from './siteMappers';
import { siteZoneFromSharePointId, type SiteZone } from '../../domain/time/siteZone';

/** Reads the site and the signed-in user through PnPjs, batched into one request. */
export class SiteService implements ISiteService {
  private zone: Promise<SiteZone> | undefined;

  constructor(private readonly sp: SPFI) {}

  private siteAndUser: Promise<{ site: SiteSummary; user: CurrentUser }> | undefined;

  /** The site's zone and whether it is really the site's (read once; a failed read falls back, and says so). */
  siteZone(): Promise<SiteZone> {
    this.zone ??= this.sp.web.regionalSettings.timeZone.select('Id')<{ Id: number }>()
      .then(zone => siteZoneFromSharePointId(zone.Id), () => siteZoneFromSharePointId(undefined))
      .then(zone => {
        // Recorded, not shown: dates still read correctly for English schools, but the reason must be findable.
        if (!zone.known) console.warn(`Site time zone ${zone.reason === 'unknownId' ? `id ${String(zone.sharePointId)} is not a SharePoint zone id we know` : 'could not be read'}; showing dates in ${zone.zone}.`);
        return zone;
      });
    return this.zone;
  }

  async timeZone(): Promise<string> {
    return (await this.siteZone()).zone;
  }

  async teamGroupId(): Promise<string | undefined> {
    const site = await this.sp.site.select('GroupId')<{ GroupId?: string }>();
    return site.GroupId && !/^0{8}-/.test(site.GroupId) ? site.GroupId : undefined;
  }

  /** The site and the signed-in person: read once while the page is open (a failed read is tried again next time). */
  getSiteAndUser(): Promise<{ site: SiteSummary; user: CurrentUser }> {
    this.siteAndUser ??= this.readSiteAndUser().catch((error: unknown) => {
      this.siteAndUser = undefined;
      throw error;
    });
    return this.siteAndUser;
  }

  private async readSiteAndUser(): Promise<{ site: SiteSummary; user: CurrentUser }> {
    const [batched, execute] = this.sp.batched();
    const webRequest = batched.web.select('Title', 'Url', 'ServerRelativeUrl')<WebWire>();
    const userRequest = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<UserWire>();
    await execute();
    const [web, user] = await Promise.all([webRequest, userRequest]);
    return { site: toSiteSummary(web), user: toCurrentUser(user) };
  }
}
