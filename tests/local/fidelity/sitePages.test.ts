import '@pnp/sp/webs';
import '@pnp/sp/files';
import '@pnp/sp/clientside-pages';
import { ClientsideText, type IClientsidePage } from '@pnp/sp/clientside-pages';
import { SPQueryable, spPost } from '@pnp/sp';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { spErrorOf } from './helpers';

/** The page's SP.Publishing.SitePage fields as PnPjs holds them (its `json` is protected in the typings). */
interface PageJson { Id: number; FileName: string; CanvasContent1: string; IsPageCheckedOutToCurrentUser: boolean }
const jsonOf = (page: IClientsidePage): PageJson => (page as unknown as { json: PageJson }).json;

// The machine is shared: generous explicit time for each network round trip, never jest's default.
jest.setTimeout(60_000);

/**
 * The modern pages API as PnPjs v4 drives it (`addClientsidePage` → POST sitepages/pages, checkoutpage, savepage,
 * publish, reading back through the Site Pages list): pages land in the site's "Site Pages" library as `.aspx` files,
 * with SharePoint's permissions (a visitor may not create; members may publish in a team site), unknown pages 404,
 * and what the server does not implement stays 501.
 */
describe('the local server and the site pages API', () => {
  let tenant: TestTenant;
  beforeAll(async () => { tenant = await startTestTenant(); }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('creates, saves and publishes a page with one text part, named after the page name, and reads it back', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    const page = await sp.web.addClientsidePage('online-safety-policy', 'Online safety policy');
    page.addSection().addControl(new ClientsideText('<h2>Scope</h2><p>All staff.</p>'));
    await page.save(true);
    expect(jsonOf(page).FileName).toBe('online-safety-policy.aspx');
    const again = await sp.web.loadClientsidePage(`${SITES.oakfield}/SitePages/online-safety-policy.aspx`);
    expect(again.title).toBe('Online safety policy');
    expect(jsonOf(again).IsPageCheckedOutToCurrentUser).toBe(false);
    expect(JSON.parse(jsonOf(again).CanvasContent1)[0].innerHTML).toBe('<h2>Scope</h2><p>All staff.</p>');
    const file = await sp.web.getFileByServerRelativePath(`${SITES.oakfield}/SitePages/online-safety-policy.aspx`)();
    expect(file.Name).toBe('online-safety-policy.aspx');
  });

  it('updates an existing page in place: same file, new content', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    const first = await sp.web.addClientsidePage('acceptable-use', 'Acceptable use');
    await first.save(true);
    const page = await sp.web.loadClientsidePage(`${SITES.oakfield}/SitePages/acceptable-use.aspx`);
    page.sections = [];
    page.addSection().addControl(new ClientsideText('<p>Second version.</p>'));
    await page.save(true);
    const read = await sp.web.loadClientsidePage(`${SITES.oakfield}/SitePages/acceptable-use.aspx`);
    expect(jsonOf(read).Id).toBe(jsonOf(first).Id);
    expect(JSON.parse(jsonOf(read).CanvasContent1)[0].innerHTML).toBe('<p>Second version.</p>');
  });

  it('lets a member of the team site create and publish a page', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl);
    const page = await sp.web.addClientsidePage('dsl-notes', 'DSL notes');
    await expect(page.save(true)).resolves.toBe(true);
  });

  it("refuses a visitor with SharePoint's 403 accessDenied", async () => {
    // Helen reads the bank site (everyone reads it) but is not a member there.
    const sp = tenant.sp(SITES.bank, PEOPLE.oakfieldHead);
    expect(await spErrorOf(sp.web.addClientsidePage('x', 'X'))).toMatchObject({ status: 403, code: expect.stringContaining('UnauthorizedAccessException') });
  });

  it('answers 404 for an unknown page, by file and by id', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    expect(await spErrorOf(sp.web.loadClientsidePage(`${SITES.oakfield}/SitePages/no-such-page.aspx`))).toMatchObject({ status: 404 });
    expect(await spErrorOf(SPQueryable([sp.web, `${tenant.url}${SITES.oakfield}/`], '_api/sitepages/pages(999)')())).toMatchObject({ status: 404, message: expect.stringContaining('page 999') });
  });

  it('keeps what it does not implement at 501 (discarding a checkout)', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    const page = await sp.web.addClientsidePage('draft-only', 'Draft only');
    expect(await spErrorOf(page.discardPageCheckout())).toMatchObject({ status: 501, message: expect.stringContaining('not supported by the local server') });
    expect(await spErrorOf(spPost(SPQueryable([sp.web, `${tenant.url}${SITES.oakfield}/`], '_api/sitepages/pages/templates')))).toMatchObject({ status: 501 });
  });
});
