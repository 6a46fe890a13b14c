import type { SPFI } from './pnp';
import type { CurrentUser, ISiteService, SiteSummary } from './ISiteService';
import { toCurrentUser, toSiteSummary, type UserWire, type WebWire } from './siteMappers';

/** SharePoint's time zone ids for the zones schools use, with their IANA names (London first). */
const ZONES: Record<number, string> = { 2: 'Europe/London', 3: 'Europe/Paris', 4: 'Europe/Berlin', 10: 'America/New_York', 13: 'America/Los_Angeles', 93: 'UTC' };

/** Reads the site and the signed-in user through PnPjs, batched into one request. */
export class SiteService implements ISiteService {
  private zone: Promise<string> | undefined;

  constructor(private readonly sp: SPFI) {}

  private siteAndUser: Promise<{ site: SiteSummary; user: CurrentUser }> | undefined;

  timeZone(): Promise<string> {
    this.zone ??= this.sp.web.regionalSettings.timeZone.select('Id')<{ Id: number }>()
      .then(zone => ZONES[zone.Id] ?? 'Europe/London', () => 'Europe/London');
    return this.zone;
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
