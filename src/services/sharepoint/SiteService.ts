import type { SPFI } from './pnp';
import type { IGraphClient } from '../graph/IGraphClient';
import type { CurrentUser, ISiteService, SiteSummary } from './ISiteService';
import { toCurrentUser, toSiteSummary, type UserWire, type WebWire } from './siteMappers';
import { siteZoneFromSharePointId, type SiteZone } from '../../domain/time/siteZone';

/** How the site service reaches the Team behind the site, when there is one (given by the composition root). */
export interface SiteTeamAccess {
  graph: IGraphClient;
  /** The Team's group id when the host already knows it (Teams' context); otherwise read from the site. */
  groupId?: string;
}

/** PrincipalType of a person in SharePoint (a group claim is 4): only people can be asked. */
const PERSON = 1;

/** Reads the site and the signed-in user through PnPjs, batched into one request. */
export class SiteService implements ISiteService {
  private zone: Promise<SiteZone> | undefined;

  constructor(private readonly sp: SPFI, private readonly team?: SiteTeamAccess) {}

  private siteAndUser: Promise<{ site: SiteSummary; user: CurrentUser }> | undefined;

  /**
   * The site's zone and whether it is really the site's (read once; a failed read falls back, and says so). `over`: a
   * batched root that answers the read with others (`readTogether`).
   */
  siteZone(over?: SPFI): Promise<SiteZone> {
    if (this.zone) return this.zone;
    const read = (over ?? this.sp).web.regionalSettings.timeZone.select('Id')<{ Id: number }>()
      .then(zone => siteZoneFromSharePointId(zone.Id), () => siteZoneFromSharePointId(undefined))
      .then(zone => {
        // Recorded, not shown: dates still read correctly for English schools, but the reason must be findable.
        if (!zone.known) console.warn(`Site time zone ${zone.reason === 'unknownId' ? `id ${String(zone.sharePointId)} is not a SharePoint zone id we know` : 'could not be read'}; showing dates in ${zone.zone}.`);
        return zone;
      });
    // A read queued in someone else's `$batch` is kept once answered: were that `$batch` never sent, it never would be.
    if (over) void read.then(zone => { this.zone ??= Promise.resolve(zone); });
    else this.zone = read;
    return read;
  }

  async timeZone(over?: SPFI): Promise<string> {
    return (await this.siteZone(over)).zone;
  }

  async teamGroupId(): Promise<string | undefined> {
    const site = await this.sp.site.select('GroupId')<{ GroupId?: string }>();
    return site.GroupId && !/^0{8}-/.test(site.GroupId) ? site.GroupId : undefined;
  }

  async owners(): Promise<string[]> {
    // A site may hide its owners group's membership from non-members (TENANT-FACTS): then SharePoint names nobody.
    const listed = await this.sp.web.associatedOwnerGroup.users.select('Title', 'PrincipalType')<{ Title: string; PrincipalType: number }[]>()
      .then(users => users.filter(u => u.PrincipalType === PERSON).map(u => u.Title), () => []);
    if (listed.length > 0 || !this.team) return listed;
    return this.teamOwners(this.team);
  }

  /**
   * The Team's owners by name (`GET /groups/{id}/owners`). The app does not ask for GroupMember.Read.All (README,
   * "least privilege"), so this answers only where the tenant's shared SPFx grant holds it for another solution;
   * a refusal (403), like any other failure, names no one and the screen still says to ask an owner.
   */
  private async teamOwners(team: SiteTeamAccess): Promise<string[]> {
    try {
      const groupId = team.groupId ?? await this.teamGroupId();
      if (!groupId) return [];
      const owners = await team.graph.getAll<{ displayName?: string }>(`/groups/${encodeURIComponent(groupId)}/owners?$select=displayName`, 2);
      return owners.map(o => o.displayName ?? '').filter(Boolean);
    } catch {
      return [];
    }
  }

  /**
   * The site and the signed-in person: read once while the page is open (a failed read is tried again next time).
   * `together`: a batched root whose `$batch` answers the two reads with others (`readTogether`).
   */
  getSiteAndUser(together?: SPFI): Promise<{ site: SiteSummary; user: CurrentUser }> {
    if (together && !this.siteAndUser) {
      // Kept once answered (see `siteZone`).
      const read = this.readSiteAndUser(together);
      read.then(value => { this.siteAndUser ??= Promise.resolve(value); }, () => undefined);
      return read;
    }
    this.siteAndUser ??= this.readSiteAndUser().catch((error: unknown) => {
      this.siteAndUser = undefined;
      throw error;
    });
    return this.siteAndUser;
  }

  private async readSiteAndUser(together?: SPFI): Promise<{ site: SiteSummary; user: CurrentUser }> {
    if (!together) {
      const [batched, execute] = this.sp.batched();
      const queued = this.readSiteAndUser(batched);
      await execute();
      return queued;
    }
    const webRequest = together.web.select('Title', 'Url', 'ServerRelativeUrl')<WebWire>();
    const userRequest = together.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<UserWire>();
    const [web, user] = await Promise.all([webRequest, userRequest]);
    return { site: toSiteSummary(web), user: toCurrentUser(user) };
  }
}
