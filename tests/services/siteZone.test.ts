import { SiteService } from '../../src/services/sharepoint/SiteService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

describe('SiteService.siteZone against the local server', () => {
  let tenant: TestTenant;
  beforeAll(async () => { tenant = await startTestTenant(); }, 60_000);
  afterAll(async () => { await tenant.close(); });

  it("reads the site's zone id (2, London) as the site's own zone", async () => {
    const site = new SiteService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead));
    expect(await site.siteZone()).toEqual({ zone: 'Europe/London', known: true, sharePointId: 2 });
    expect(await site.timeZone()).toBe('Europe/London');
  }, 30_000);

  it('falls back to London when the zone cannot be read, and records why', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const site = new SiteService(tenant.sp('/sites/no-such-site', PEOPLE.oakfieldHead));
      expect(await site.siteZone()).toEqual({ zone: 'Europe/London', known: false, sharePointId: undefined, reason: 'unreadable' });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be read; showing dates in Europe/London'));
    } finally {
      warn.mockRestore();
    }
  }, 30_000);
});
