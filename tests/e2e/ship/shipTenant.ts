import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestTenant, type TestTenant } from '../../support/testTenant';
import { seedProduct } from '../../../workbench/seed/productSeed';
import { installShipHost, type ShipHost } from './hostRoutes';
import { assertPackageIsCurrent, readShippedPackage, type ShippedPackage } from './shippedPackage';

/** One person's browser profile with the ship host installed. */
export interface ShipProfile {
  context: BrowserContext;
  page: Page;
  host: ShipHost;
  /** Waits until SPFx has rendered the web part (or throws with what the host page reported). */
  rendered(timeoutMs?: number): Promise<void>;
  /** How often the web part asked Teams for its context (teams-js `app.getContext`). */
  teamsContextReads(): Promise<number>;
}

/** For one test file: a seeded local tenant, the shipped .sppkg and Chromium. */
export interface ShipTenant {
  readonly tenant: TestTenant;
  readonly pkg: ShippedPackage;
  /** A new browser profile signed in as `login` (the local server's sign-in cookie), hosting the shipped bundle. */
  profile(login: string, options?: { acceptDownloads?: boolean }): Promise<ShipProfile>;
}

interface HostState { state: string; error?: string }

/** Waits for the host page to say the web part rendered; a failure carries the host's own error. */
export async function waitForRender(page: Page, timeoutMs = 60_000): Promise<void> {
  const handle = await page.waitForFunction(() => {
    const hostError = document.getElementById('host-error');
    if (hostError) return { state: 'failed', error: hostError.textContent ?? '' };
    const state = (window as unknown as { __shipHostState?: HostState }).__shipHostState;
    return state && state.state !== 'loading' ? state : undefined;
  }, undefined, { timeout: timeoutMs });
  const state = await handle.jsonValue() as HostState;
  if (state.state !== 'rendered') throw new Error(`The host page did not render the web part: ${state.error}`);
}

export function useShipTenant(options: { prepare?: (tenant: TestTenant) => Promise<void> } = {}): ShipTenant {
  let tenant: TestTenant | undefined;
  let pkg: ShippedPackage | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    pkg = await readShippedPackage();
    assertPackageIsCurrent(pkg.file);
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    await options.prepare?.(tenant);
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await tenant?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('The tenant, package and browser start in beforeAll: use them inside a test.');
    return value;
  };
  return {
    get tenant() { return started(tenant); },
    get pkg() { return started(pkg); },
    profile: async (login, { acceptDownloads = false } = {}) => {
      const context = await started(browser).newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads, locale: 'en-GB' });
      await context.addCookies([{ name: 'local-user', value: encodeURIComponent(login), url: started(tenant).url }]);
      const host = await installShipHost(context, started(tenant).url, started(pkg));
      const page = await context.newPage();
      return {
        context, page, host, rendered: timeoutMs => waitForRender(page, timeoutMs),
        teamsContextReads: () => page.evaluate(() => (window as unknown as { __shipHostState?: { teamsContextReads: number } }).__shipHostState?.teamsContextReads ?? 0)
      };
    }
  };
}
