import '@pnp/sp/clientside-pages';
import type { IClientsidePage } from '@pnp/sp/clientside-pages';
import { isAppError } from '../../../src/services/errors/AppError';
import { SitePagePublisher } from '../../../src/services/publish/SitePagePublisher';
import type { SitePageSource } from '../../../src/services/publish/ISitePagePublisher';
import { localSp } from '../../../workbench/client/localClients';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/** The page's SP.Publishing.SitePage fields as PnPjs holds them (its `json` is protected in the typings). */
interface PageJson { Id: number; FileName: string; CanvasContent1: string; IsPageCheckedOutToCurrentUser: boolean }
const jsonOf = (page: IClientsidePage): PageJson => (page as unknown as { json: PageJson }).json;

// Several round trips per publication against the local server on a shared machine: generous, explicit time.
jest.setTimeout(120_000);

const COPY = '<!doctype html><html><head><title>x</title><style>p{}</style></head><body><nav><a href="#scope">Scope</a></nav>'
  + '<main><h1>Online safety policy</h1><p class="lead">All staff <a href="#scope">read it</a>.</p><script>alert(1)</script></main></body></html>';

/** The website copy publishing as a SharePoint page, with real PnPjs against the local server's site pages API. */
describe('SitePagePublisher against the local server', () => {
  let tenant: TestTenant;
  let document: SitePageSource;
  const schoolUrl = (): string => `${tenant.url}${SITES.oakfield}`;
  const publisherAs = (login: string): SitePagePublisher =>
    new SitePagePublisher(localSp(tenant.url, SITES.oakfield, login), schoolUrl(), url => localSp(tenant.url, new URL(url).pathname, login));
  const failureOf = async (work: Promise<unknown>): Promise<{ kind: string; code: string; values: readonly unknown[] }> => {
    try {
      await work;
    } catch (error) {
      if (isAppError(error)) return { kind: error.kind, code: error.code, values: error.values };
      throw error;
    }
    throw new Error('expected a refusal');
  };
  const pageHtml = async (site: string, login: string, fileName: string): Promise<string> => {
    const page = await localSp(tenant.url, site, login).web.loadClientsidePage(`${site}/SitePages/${fileName}`);
    return (JSON.parse(jsonOf(page).CanvasContent1) as { innerHTML?: string }[])[0].innerHTML ?? '';
  };

  beforeAll(async () => {
    tenant = await startTestTenant();
    // The website copy as publishing leaves it beside the Word file (a library on the school site).
    const sp = localSp(tenant.url, SITES.oakfield, PEOPLE.oakfieldHead);
    await sp.web.lists.add('Policies', '', 101);
    await sp.web.getFolderByServerRelativePath(`${SITES.oakfield}/Policies`).files.addUsingPath('online-safety-policy.html', COPY, { Overwrite: true });
    document = { title: 'Online safety policy', websiteCopyUrl: `${SITES.oakfield}/Policies/online-safety-policy.html` };
  }, 180_000);
  afterAll(async () => { await tenant.close(); });

  it("the owner publishes to the school site: a page with the copy's text, cut to the text part's tags", async () => {
    const url = await publisherAs(PEOPLE.oakfieldHead).publishAsPage(document, schoolUrl());
    expect(url).toBe(`${schoolUrl()}/SitePages/online-safety-policy.aspx`);
    expect(await pageHtml(SITES.oakfield, PEOPLE.oakfieldHead, 'online-safety-policy.aspx')).toBe('<h2>Online safety policy</h2><p>All staff read it.</p>');
  });

  it('publishing again updates the same page rather than adding one', async () => {
    const sp = localSp(tenant.url, SITES.oakfield, PEOPLE.oakfieldHead);
    const before = await sp.web.loadClientsidePage(`${SITES.oakfield}/SitePages/online-safety-policy.aspx`);
    const url = await publisherAs(PEOPLE.oakfieldHead).publishAsPage({ ...document, title: 'Online Safety Policy' }, schoolUrl());
    expect(url).toBe(`${schoolUrl()}/SitePages/online-safety-policy.aspx`);
    const after = await sp.web.loadClientsidePage(`${SITES.oakfield}/SitePages/online-safety-policy.aspx`);
    expect(jsonOf(after).Id).toBe(jsonOf(before).Id);
    expect(after.title).toBe('Online Safety Policy');
    const pages = await sp.web.lists.getByTitle('Site Pages').items.select('Id')();
    expect(pages).toHaveLength(1);
  });

  it('someone who reads the school site publishes to another site where they are a member', async () => {
    // Ben Morgan reads Oakfield through a direct grant and is a member of the bank site.
    const url = await publisherAs(PEOPLE.adviser).publishAsPage(document, `${tenant.url}${SITES.bank}/`);
    expect(url).toBe(`${tenant.url}${SITES.bank}/SitePages/online-safety-policy.aspx`);
    expect(await pageHtml(SITES.bank, PEOPLE.adviser, 'online-safety-policy.aspx')).toContain('<h2>Online safety policy</h2>');
  });

  it('a visitor of the chosen site is refused with the "can\'t add pages" sentence', async () => {
    expect(await failureOf(publisherAs(PEOPLE.oakfieldHead).publishAsPage(document, `${tenant.url}${SITES.bank}`)))
      .toEqual({ kind: 'accessDenied', code: 'documents.pageDenied', values: [`${tenant.url}${SITES.bank}`] });
  });

  it('a site that does not exist is "no site at that address"', async () => {
    expect(await failureOf(publisherAs(PEOPLE.oakfieldHead).publishAsPage(document, `${tenant.url}/sites/nowhere`)))
      .toMatchObject({ kind: 'notFound', code: 'documents.pageNoSite' });
  });

  it('an address outside the tenant is refused before any request', async () => {
    for (const address of ['https://evil.example/sites/x', `${tenant.url}/sites/oakfield-primary/Shared%20Documents`, 'not a url']) {
      expect(await failureOf(publisherAs(PEOPLE.oakfieldHead).publishAsPage(document, address))).toMatchObject({ kind: 'invalid', code: 'documents.pageOutsideTenant' });
    }
  });

  it('a document without a website copy has nothing to publish', async () => {
    expect(await failureOf(publisherAs(PEOPLE.oakfieldHead).publishAsPage({ ...document, websiteCopyUrl: undefined }, schoolUrl())))
      .toMatchObject({ kind: 'notFound', code: 'documents.pageNoWebsiteCopy' });
  });
});
