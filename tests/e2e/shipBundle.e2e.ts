import { useShipTenant } from './ship/shipTenant';
import { PEOPLE, SITES } from '../support/testTenant';

/**
 * The bundle `npm run package` ships, loaded from the .sppkg's ClientSideAssets into a page that does what
 * SharePoint's SPFx loader does (tests/e2e/ship/), against the local server.
 */
describe('the shipped bundle', () => {
  const ctx = useShipTenant();

  it('on a SharePoint page of the school site: SPFx renders the home screen', async () => {
    const { page, host, rendered } = await ctx.profile(PEOPLE.oakfieldHead);
    const requests: string[] = [];
    page.on('request', request => requests.push(request.url()));
    await page.goto(`${ctx.tenant.url}${SITES.oakfield}/SitePages/PolicyHub.aspx`);
    await rendered();
    await page.getByTestId('greeting').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('greeting').textContent()).toMatch(/^Good (morning|afternoon|evening), Helen$/);
    expect(requests.some(url => url.startsWith(host.assetsBaseUrl) && /e-safety-policy-hub-web-part_[0-9a-f]+\.js$/.test(url))).toBe(true);
  }, 120_000);
});
