import { launchBrowser } from '../tests/e2e/support/browser';
import { addOakfieldVisitor, FIRST_SCREENS, growPublishedBank, openFirstScreen } from '../tests/e2e/support/openScreen';
import { completeOakfieldProfile, submitOakfieldPolicy } from '../tests/e2e/support/roundSetup';
import { startWorkbenchTenant } from '../tests/e2e/support/workbenchTenant';
import { seedProduct } from '../workbench/seed/productSeed';
import type { BenchRow } from './table';

/**
 * Each role's first screen opened through the real UI of the workbench in Chromium, with a 500-statement published
 * bank (issue 16's budget: ≤ 5 requests, ≤ 400 KB on the wire; `tests/e2e/openingBudget.e2e.ts` asserts it). The
 * same tenant and count as the budget test; time from opening the workbench page until the screen shows its content and the
 * network is quiet (for reading only: the shared machine's load moves it).
 */
export async function benchUiOpen(): Promise<BenchRow[]> {
  const tenant = await startWorkbenchTenant();
  const browser = await launchBrowser();
  try {
    await seedProduct(tenant.url);
    growPublishedBank(tenant);
    await completeOakfieldProfile(tenant);
    await submitOakfieldPolicy(tenant);
    await addOakfieldVisitor(tenant);
    const rows: BenchRow[] = [];
    for (const screen of FIRST_SCREENS) {
      const started = performance.now();
      const { page, wire } = await openFirstScreen(browser, tenant, screen);
      const ms = performance.now() - started;
      await page.context().close();
      rows.push({
        measure: `open ${screen.role}'s first screen (UI, 500-statement bank)`,
        value: `${wire.requests} req`,
        detail: `${(wire.wireBytes / 1024).toFixed(1)} KB wire, ${(wire.decodedBytes / 1024).toFixed(1)} KB decoded, ${Math.round(ms)} ms (budget ≤ 5 req, ≤ 400 KB)`
      });
    }
    return rows;
  } finally {
    await browser.close();
    await tenant.close();
  }
}
