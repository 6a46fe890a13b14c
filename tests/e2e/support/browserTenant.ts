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

/** A tenant and Chromium that one test file starts before its tests and closes after them. */
export interface StartedTenantAndBrowser {
  tenant(): TestTenant;
  browser(): Browser;
}

/** Reads a value `beforeAll` sets, failing clearly when a test file uses it outside its tests. */
export function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The tenant and browser start in beforeAll: use them inside a test.');
  return value;
}

/**
 * For one test file: a tenant from `startTenant` (seeded with the product unless `seed` is false, then
 * `prepare`d) and Chromium, both closed after the file's tests. The workbench and the ship-bundle tests share it.
 */
export function useTenantAndBrowser(
  startTenant: () => Promise<TestTenant>, options: { seed?: boolean; prepare?: (tenant: TestTenant) => Promise<void> } = {}
): StartedTenantAndBrowser {
  let tenant: TestTenant | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    tenant = await startTenant();
    if (options.seed !== false) await seedProduct(tenant.url);
    await options.prepare?.(tenant);
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await tenant?.close();
  });
  return { tenant: () => started(tenant), browser: () => started(browser) };
}

/**
 * For one test file: a throw-away tenant serving the built workbench (seeded with the product unless `seed` is
 * false, then `prepare`d) and Chromium, both closed after the file's tests.
 */
export function useBrowserTenant(options: { seed?: boolean; prepare?: (tenant: TestTenant) => Promise<void> } = {}): BrowserTenant {
  const both = useTenantAndBrowser(startWorkbenchTenant, options);
  return {
    get tenant() { return both.tenant(); },
    get browser() { return both.browser(); },
    signIn: async (site, person, { query = '', acceptDownloads = false } = {}) => {
      const page = await (await both.browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads })).newPage();
      await page.goto(workbenchUrl(both.tenant(), site, query));
      await page.getByRole('button', { name: `Sign in as ${person}` }).click();
      return page;
    }
  };
}
