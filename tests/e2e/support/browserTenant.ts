import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startWorkbenchTenant, workbenchUrl } from './workbenchTenant';
import type { TestTenant } from '../../support/testTenant';
import { seedProduct } from '../../../workbench/seed/productSeed';

/** A test file's tenant and browser, and signing in as one of the seeded people. */
export interface BrowserTenant {
  readonly tenant: TestTenant;
  readonly browser: Browser;
  /** A new browser profile on a site's workbench, signed in as `person` through the workbench's chooser. */
  signIn(site: string, person: string, options?: { query?: string; acceptDownloads?: boolean }): Promise<Page>;
}

/**
 * For one test file: a throw-away tenant serving the built workbench (seeded with the product unless `seed` is
 * false, then `prepare`d) and Chromium, both closed after the file's tests.
 */
export function useBrowserTenant(options: { seed?: boolean; prepare?: (tenant: TestTenant) => Promise<void> } = {}): BrowserTenant {
  let tenant: TestTenant | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    tenant = await startWorkbenchTenant();
    if (options.seed !== false) await seedProduct(tenant.url);
    await options.prepare?.(tenant);
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await tenant?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('The tenant and browser start in beforeAll: use them inside a test.');
    return value;
  };
  return {
    get tenant() { return started(tenant); },
    get browser() { return started(browser); },
    signIn: async (site, person, { query = '', acceptDownloads = false } = {}) => {
      const page = await (await started(browser).newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads })).newPage();
      await page.goto(workbenchUrl(started(tenant), site, query));
      await page.getByRole('button', { name: `Sign in as ${person}` }).click();
      return page;
    }
  };
}
