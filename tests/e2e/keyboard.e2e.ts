import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { useBrowserTenant } from './support/browserTenant';
import { completeOakfieldProfile } from './support/roundSetup';
import { SITES } from '../support/testTenant';

/** The accessible name of whatever has focus (its label, or its text), and its role. */
async function focused(page: Page): Promise<{ name: string; role: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelledBy = el?.getAttribute('aria-labelledby');
    const labelled = labelledBy ? labelledBy.split(/\s+/).map(id => document.getElementById(id)?.textContent ?? '').join(' ') : '';
    // Icon fonts put private-use glyphs in the text; people never hear them.
    const name = (el?.getAttribute('aria-label') ?? (labelled || el?.textContent) ?? '').replace(/[\uE000-\uF8FF]/g, '').replace(/\s+/g, ' ').trim();
    return { name, role: el?.getAttribute('role') ?? '', tag: el?.tagName.toLowerCase() ?? '' };
  });
}

/** Presses Tab until the control named `name` has focus: the way a keyboard user gets there. Fails if it never does. */
async function tabTo(page: Page, name: string | RegExp, max = 120): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (typeof name === 'string' ? now.name === name : name.test(now.name)) return passed;
    passed.push(now.name || `<${now.tag} role=${now.role}>`);
  }
  throw new Error(`"${String(name)}" never took focus after ${max} presses of Tab. Focus went through: ${passed.slice(0, 40).map(p => p.slice(0, 60)).join(' → ')}`);
}

describe('keyboard only', () => {
  const ctx = useBrowserTenant({ prepare: completeOakfieldProfile });

  it('submits the policy for approval without a mouse: open the draft, Submit for approval, Submit', async () => {
    // Signing in is the workbench's stand-in for Microsoft 365, not the product: from here on, only the keyboard.
    const page = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await page.getByTestId('role-home').waitFor();

    // The documents list is a grid: Tab reaches its row, Enter opens it.
    await tabTo(page, /^Online safety policy/);
    await page.keyboard.press('Enter');
    await page.getByTestId('draft-title').waitFor();
    await page.getByTestId('draft-save-state').getByText('All changes saved').waitFor();

    await tabTo(page, 'Submit for approval');
    await page.keyboard.press('Enter');
    await page.getByText('All checks pass', { exact: false }).waitFor();
    await expectAccessible(page, 'submit panel');
    await tabTo(page, 'Submit');
    await page.keyboard.press('Enter');
    await page.getByTestId('deliveries').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('deliveries').textContent()).toMatch(/Margaret Lewis: Teams/);

    // Escape closes the panel and the banner says the round is open.
    await page.keyboard.press('Escape');
    await page.getByTestId('round-state').getByText('In review: round 1', { exact: false }).waitFor();
  });
});
