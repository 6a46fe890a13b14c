import '@pnp/sp/clientside-pages';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { spErrorOf } from './helpers';

// The machine is shared: generous explicit time for each network round trip, never jest's default.
jest.setTimeout(60_000);

/**
 * The modern pages API exists on every SharePoint Online site; the local server does not implement it yet, so
 * what PnPjs v4 sends to create a page (`POST _api/sitepages/pages`) is refused as not supported (501), never
 * a 404 that would say the API does not exist, nor a 200 that creates nothing.
 */
describe('the local server and the site pages API', () => {
  let tenant: TestTenant;
  beforeAll(async () => { tenant = await startTestTenant(); }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('refuses creating a modern page with 501 "not supported by the local server"', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    expect(await spErrorOf(sp.web.addClientsidePage('online-safety-policy', 'Online safety policy'))).toMatchObject({
      status: 501, message: expect.stringContaining('not supported by the local server')
    });
  });
});
