import type { SPFI } from './pnp';
import type { CurrentUser, ISiteService, SiteSummary } from './ISiteService';
import { toCurrentUser, toSiteSummary, type UserWire, type WebWire } from './siteMappers';

/** Reads the site and the signed-in user through PnPjs, batched into one request. */
export class SiteService implements ISiteService {
  constructor(private readonly sp: SPFI) {}

  async getSiteAndUser(): Promise<{ site: SiteSummary; user: CurrentUser }> {
    const [batched, execute] = this.sp.batched();
    const webRequest = batched.web.select('Title', 'Url', 'ServerRelativeUrl')<WebWire>();
    const userRequest = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<UserWire>();
    await execute();
    const [web, user] = await Promise.all([webRequest, userRequest]);
    return { site: toSiteSummary(web), user: toCurrentUser(user) };
  }
}
