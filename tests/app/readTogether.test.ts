import { readTogetherOver } from '../../src/app/createAppServices';
import { SiteService } from '../../src/services/sharepoint/SiteService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';
import { countRequests } from '../support/countRequests';

/**
 * `readTogether` (issue 16's opening budget): independent reads queued on a batched root go to SharePoint as one
 * `$batch`, each read gets its own answer, and what the site service keeps is not read again.
 */
describe('reading together', () => {
  let tenant: TestTenant;
  beforeAll(async () => { tenant = await startTestTenant(); }, 60_000);
  afterAll(async () => { await tenant.close(); });

  /** Runs `work`, counting the requests the server answered and the paths the client sent. */
  const counted = async <T>(work: () => Promise<T>): Promise<{ result: T; requests: number; sent: string[] }> => {
    const { result, requests, sent } = await countRequests(tenant, work);
    return { result, requests, sent: sent.map(request => new URL(request.url).pathname) };
  };

  it('sends the site, the person, their access, the zone and the groups as one $batch, and keeps the site and person', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    const site = new SiteService(sp);
    const school = new SchoolService(sp, `${tenant.url}${SITES.oakfield}`);
    const { result, sent } = await counted(async () => {
      const reads = await readTogetherOver(sp)(together => ({
        siteAndUser: site.getSiteAndUser(together), access: school.access(together), zone: site.timeZone(together), groups: school.siteGroups(together)
      }));
      return { siteAndUser: await reads.siteAndUser, access: await reads.access, zone: await reads.zone, groups: await reads.groups };
    });
    // The local client, like PnPjs' SPBrowser in a browser, fetches a form digest for the POST; SPFx uses the page's.
    expect(sent.filter(path => !path.endsWith('/_api/contextinfo'))).toEqual([`${SITES.oakfield}/_api/$batch`]);
    expect(result.siteAndUser.site.title).toBe('Oakfield Primary School');
    expect(result.siteAndUser.user.displayName).toBe('Helen Carter');
    expect(result.access).toMatchObject({ canProvision: true, canEdit: true, userName: 'Helen Carter' });
    expect(result.zone).toBe('Europe/London');
    expect(result.groups).toContain('Oakfield Governors');

    // What the site service keeps from the shared read is not read again (the shell's greeting after the home's opening).
    const again = await counted(() => Promise.all([site.getSiteAndUser(), site.timeZone()]));
    expect(again.requests).toBe(0);
    expect(again.result[0].user.displayName).toBe('Helen Carter');
  }, 60_000);

  it('a read that fails in the $batch fails alone', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    const school = new SchoolService(sp, `${tenant.url}${SITES.oakfield}`);
    const reads = await readTogetherOver(sp)(together => ({
      // The product's lists are not made on this tenant yet: the profile list does not exist.
      profile: school.loadProfile(together).then(() => 'read', () => 'refused'),
      groups: school.siteGroups(together)
    }));
    expect(await reads.profile).toBe('refused');
    expect(await reads.groups).toContain('Oakfield Governors');
  }, 60_000);
});
