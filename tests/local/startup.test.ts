import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

describe('the local tenant on first start', () => {
  let tenant: TestTenant;
  beforeAll(async () => { tenant = await startTestTenant(); });
  afterAll(async () => { await tenant.close(); });

  it('seeds the bank and the two school sites, each answering through PnPjs', async () => {
    const cases = [
      [SITES.bank, PEOPLE.officer, 'Northshire e-Safety Bank'],
      [SITES.oakfield, PEOPLE.oakfieldHead, 'Oakfield Primary School'],
      [SITES.riverside, PEOPLE.riversideHead, 'Riverside Secondary School']
    ];
    for (const [site, login, title] of cases) {
      const web = await tenant.sp(site, login).web.select('Title')<{ Title: string }>();
      expect(web.Title).toBe(title);
    }
  });

  it("keeps one school's people out of another school's site and the officer out of both", async () => {
    await expect(tenant.sp(SITES.riverside, PEOPLE.oakfieldHead).web()).rejects.toMatchObject({ status: 403 });
    await expect(tenant.sp(SITES.oakfield, PEOPLE.officer).web()).rejects.toMatchObject({ status: 403 });
  });

  it('lets school staff read the bank (everyone in the tenant reads it) but not guests', async () => {
    const web = await tenant.sp(SITES.bank, PEOPLE.oakfieldHead).web.select('Title')<{ Title: string }>();
    expect(web.Title).toBe('Northshire e-Safety Bank');
    await expect(tenant.sp(SITES.bank, PEOPLE.oakfieldGuestGovernor).web()).rejects.toMatchObject({ status: 403 });
  });

  it('answers Graph /me for the signed-in person through the Graph client', async () => {
    const me = await tenant.graph(PEOPLE.oakfieldHead).get<{ displayName: string; userPrincipalName: string }>('/me');
    expect(me).toMatchObject({ displayName: 'Helen Carter', userPrincipalName: PEOPLE.oakfieldHead });
  });
});
