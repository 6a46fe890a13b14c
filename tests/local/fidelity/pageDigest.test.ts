import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startTestTenant, PEOPLE, SITES, type TestTenant } from '../../support/testTenant';

/**
 * A SharePoint page carries its own web's form digest for the signed-in person (`_spPageContextInfo.formDigestValue`,
 * used by PnPjs's SPFx behavior instead of `_api/contextinfo`); the workbench page does the same in a meta tag, for
 * a person who can open that web only.
 */
describe('the workbench page carries its own web\'s form digest, as a SharePoint page does', () => {
  let tenant: TestTenant;
  let workbenchDir: string;
  beforeAll(async () => {
    workbenchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-workbench-'));
    fs.writeFileSync(path.join(workbenchDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    tenant = await startTestTenant({ workbenchDir });
  }, 60_000);
  afterAll(async () => {
    await tenant.close();
    fs.rmSync(workbenchDir, { recursive: true, force: true });
  }, 30_000);

  const digestOn = async (login: string | undefined, site: string): Promise<string | undefined> => {
    const page = await (await tenant.fetchAs(login, `${site}/_layouts/15/workbench.aspx`)).text();
    return /<meta name="esafety-page-form-digest" content="([^"]+)" data-timeout-seconds="1800">/.exec(page)?.[1];
  };

  it('gives a member of the site a digest that SharePoint accepts for a write to that site', async () => {
    const digest = await digestOn(PEOPLE.oakfieldHead, SITES.oakfield);
    expect(digest).toMatch(/^0x[0-9A-F]+,\d\d [A-Z][a-z]{2} \d{4} /);
    const write = await tenant.fetchAs(PEOPLE.oakfieldHead, `${SITES.oakfield}/_api/web/lists/getByTitle('School Profile')/items`, {
      method: 'POST', headers: { accept: 'application/json;odata=nometadata', 'content-type': 'application/json', 'X-RequestDigest': digest ?? '' }, body: '{}'
    });
    // Not refused for its digest (403 "The security validation for this page is invalid"): the write reached the list.
    expect(await write.text()).not.toMatch(/security validation/i);
  }, 60_000);

  it('gives none to someone who cannot open the site, or to nobody signed in', async () => {
    expect(await digestOn(PEOPLE.riversideHead, SITES.oakfield)).toBeUndefined();
    expect(await digestOn(undefined, SITES.oakfield)).toBeUndefined();
  }, 60_000);

  it('binds the digest to its site: it does not open another site', async () => {
    const digest = await digestOn(PEOPLE.oakfieldHead, SITES.oakfield);
    const write = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web/lists/getByTitle('Bank Releases')/items`, {
      method: 'POST', headers: { accept: 'application/json;odata=nometadata', 'content-type': 'application/json', 'X-RequestDigest': digest ?? '' }, body: '{}'
    });
    expect(write.status).toBe(403);
    expect(await write.text()).toMatch(/security validation/i);
  }, 60_000);
});
