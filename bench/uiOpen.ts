import { launchBrowser } from '../tests/e2e/support/browser';
import { addOakfieldVisitor, DRAFT_BLOCKS, DRAFT_EDITOR, FIRST_SCREENS, growOakfieldDraft, growPublishedBank, openFirstScreen } from '../tests/e2e/support/openScreen';
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
    // After the submission: the round's frozen copy (the governor's home reads it) stays the seeded policy.
    await growOakfieldDraft(tenant);
    const rows: BenchRow[] = [];
    // Each role's home, then the draft editor opened from a Teams deep link (`?subEntityId=draft%3A1`).
    const screens = [...FIRST_SCREENS.map(screen => ({ screen, query: '', measure: `open ${screen.role}'s first screen (UI, 500-statement bank)` })),
      { screen: DRAFT_EDITOR, query: `?subEntityId=${encodeURIComponent('draft:1')}`, measure: `open the draft editor from a deep link (UI, ${DRAFT_BLOCKS} blocks, 500-statement bank)` }];
    for (const { screen, query, measure } of screens) {
      const started = performance.now();
      const { page, wire } = await openFirstScreen(browser, tenant, screen, query);
      const ms = performance.now() - started;
      await page.context().close();
      rows.push({
        measure,
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
