import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { startWorkbenchTenant, workbenchUrl } from './support/workbenchTenant';
import { SITES, type TestTenant } from '../support/testTenant';
import { seedProduct } from '../../local/seed/productSeed';

describe('the statement bank in the browser', () => {
  let tenant: TestTenant;
  let browser: Browser;

  beforeAll(async () => {
    tenant = await startWorkbenchTenant();
    await seedProduct(tenant.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.close();
  });

  it('the officer edits a statement and publishes a release; a school user then sees the new version', async () => {
    const officer = await browser.newContext();
    const page = await officer.newPage();
    await page.goto(workbenchUrl(tenant, SITES.bank));
    await page.getByRole('button', { name: 'Sign in as Priya Shah' }).click();
    const card = page.locator('article[data-statement-key="purpose-aim"]');
    await card.waitFor();
    await card.getByRole('button', { name: 'Edit' }).click();
    const text = page.getByRole('textbox', { name: 'Statement' });
    const original = await text.inputValue();
    await text.fill(`${original} We review it with pupils every year.`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
    await card.getByText('Changed').waitFor();

    await page.getByRole('menuitem', { name: /Publish release \(1 changes\)/ }).click();
    const changes = page.getByTestId('release-changes');
    await changes.getByText('We review it with pupils every year.').waitFor();
    expect(await changes.locator('ins').first().textContent()).toContain('We review it with pupils every year.');
    await page.getByRole('textbox', { name: 'Release label' }).fill('2026.2');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published release 2026.2.').waitFor();
    await page.getByTestId('release-state').getByText('Published release 2026.2', { exact: true }).waitFor();
    await officer.close();

    const school = await browser.newContext();
    const schoolPage = await school.newPage();
    await schoolPage.goto(workbenchUrl(tenant, SITES.oakfield));
    await schoolPage.getByRole('button', { name: 'Sign in as Helen Carter' }).click();
    await schoolPage.getByRole('tab', { name: 'Statement bank' }).click();
    await schoolPage.getByTestId('release-state').getByText('Published release 2026.2').waitFor();
    const seen = schoolPage.locator('article[data-statement-key="purpose-aim"]');
    expect(await seen.getByTestId('statement-text').textContent()).toBe(`${original} We review it with pupils every year.`);
    expect(await seen.getByText('Version 2').count()).toBe(1);
    // A school user reads the bank but is offered no way to change it.
    expect(await schoolPage.getByRole('menuitem', { name: /Publish release/ }).count()).toBe(0);
    expect(await seen.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await school.close();
  });
});
