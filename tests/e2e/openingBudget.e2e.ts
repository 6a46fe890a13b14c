import { useBrowserTenant } from './support/browserTenant';
import { addOakfieldVisitor, describeWire, FIRST_SCREENS, growPublishedBank, openFirstScreen } from './support/openScreen';
import { completeOakfieldProfile, submitOakfieldPolicy } from './support/roundSetup';

/** Issue 16's opening budget for each role's first screen: requests and bytes on the wire, never time. */
const MAX_REQUESTS = 5;
const MAX_WIRE_BYTES = 400 * 1024;

/**
 * Each role's first screen, opened through the real UI of the workbench in Chromium with a 500-statement published
 * bank, a completed school profile and a policy in review, costs at most 5 SharePoint/Graph requests and 400 KB on
 * the wire (Chromium's own count, from the sign-in until the screen shows its content and the network is quiet).
 */
describe('opening each role\'s first screen fits the budget (≤ 5 requests, ≤ 400 KB) with a 500-statement bank', () => {
  const ctx = useBrowserTenant({
    prepare: async tenant => {
      growPublishedBank(tenant);
      await completeOakfieldProfile(tenant);
      await submitOakfieldPolicy(tenant);
      await addOakfieldVisitor(tenant);
    }
  });

  for (const screen of FIRST_SCREENS) {
    it(`the ${screen.role} (${screen.person})`, async () => {
      const { page, wire } = await openFirstScreen(ctx.browser, ctx.tenant, screen);
      await page.context().close();
      const within = wire.requests <= MAX_REQUESTS && wire.wireBytes <= MAX_WIRE_BYTES;
      // A broken budget prints every request the screen sent.
      expect(within ? 'within budget' : describeWire(screen.role, wire)).toBe('within budget');
      expect(wire.requests).toBeGreaterThan(0);
    }, 120_000);
  }
});
