import type { BrowserContext, Page } from 'playwright-core';
import { started, useTenantAndBrowser } from '../support/browserTenant';
import { startTestTenant, type TestTenant } from '../../support/testTenant';
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
  let pkg: ShippedPackage | undefined;
  // Registered first, so a missing or stale package fails the file before a tenant starts.
  beforeAll(async () => {
    pkg = await readShippedPackage();
    assertPackageIsCurrent(pkg.file);
  });
  const both = useTenantAndBrowser(startTestTenant, options);
  return {
    get tenant() { return both.tenant(); },
    get pkg() { return started(pkg); },
    profile: async (login, { acceptDownloads = false } = {}) => {
      const context = await both.browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads, locale: 'en-GB' });
      await context.addCookies([{ name: 'local-user', value: encodeURIComponent(login), url: both.tenant().url }]);
      const host = await installShipHost(context, both.tenant().url, started(pkg));
      const page = await context.newPage();
      return {
        context, page, host, rendered: timeoutMs => waitForRender(page, timeoutMs),
        teamsContextReads: () => page.evaluate(() => (window as unknown as { __shipHostState?: { teamsContextReads: number } }).__shipHostState?.teamsContextReads ?? 0)
      };
    }
  };
}
