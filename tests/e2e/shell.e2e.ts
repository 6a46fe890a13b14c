import type { Page } from 'playwright-core';
import { useBrowserTenant } from './support/browserTenant';
import { workbenchUrl } from './support/workbenchTenant';
import { SITES } from '../support/testTenant';

describe('the workbench shell', () => {
  // The bare tenant: the shell needs no product data.
  const ctx = useBrowserTenant({ seed: false });
  let page: Page;
  const apiCalls: string[] = [];

  beforeAll(async () => {
    page = await ctx.browser.newPage();
    page.on('request', request => { if (request.url().includes('/_api/')) apiCalls.push(request.url()); });
  });

  it('asks who you are, then greets that person with their site read through PnPjs', async () => {
    await page.goto(workbenchUrl(ctx.tenant, SITES.oakfield));
    await page.getByRole('button', { name: 'Sign in as Helen Carter' }).click();
    await page.getByTestId('greeting').waitFor();
    expect(await page.getByTestId('greeting').textContent()).toMatch(/^Good (morning|afternoon|evening), Helen$/);
    expect(await page.getByTestId('site-line').textContent()).toBe('You are working in Oakfield Primary School.');
    // The name and the site came from the local SharePoint through PnPjs' batch, not from the workbench.
    expect(apiCalls.some(url => url.endsWith('/sites/oakfield-primary/_api/$batch'))).toBe(true);
  });

  it('switches the signed-in person and greets the new one', async () => {
    apiCalls.length = 0;
    await page.getByRole('combobox', { name: 'Signed in as' }).click();
    await page.getByRole('option', { name: "James O'Brien" }).click();
    await page.getByTestId('greeting').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="greeting"]')?.textContent?.endsWith('James'));
    expect(await page.getByTestId('greeting').textContent()).toMatch(/, James$/);
    expect(apiCalls.length).toBeGreaterThan(0);
  });

  it("tells a person from another school that they have no access, in words, with the detail one click away", async () => {
    await page.goto(workbenchUrl(ctx.tenant, SITES.riverside));
    await page.getByText("You don't have access to this site.", { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Technical detail' }).click();
    expect(await page.getByText('HTTP 403', { exact: false }).count()).toBe(1);
  });
});
