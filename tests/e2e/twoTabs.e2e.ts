import type { Page } from 'playwright-core';
import { useBrowserTenant } from './support/browserTenant';
import { PEOPLE, SITES } from '../support/testTenant';
import { SchoolService } from '../../src/services/school/SchoolService';

/**
 * Issue 16: one person with the draft open in two tabs of one browser (one localStorage) loses nothing. Each tab
 * keeps its own queue of unsent edits (its id in sessionStorage, held with a Web Lock while open); a tab that closes
 * with unsent edits leaves its queue for another tab of this person to adopt and send. Before, both tabs wrote one
 * storage key, so one tab's queue wiped the other's.
 */
const IN_TAB_A = { key: 's:purpose-aim', text: 'Tab A wrote this while offline and then closed.' };
const IN_TAB_B = { key: 's:purpose-whole-school', text: 'Tab B wrote this while offline.' };

function block(page: Page, key: string) {
  return page.locator(`article[data-block-key="${key}"]`);
}

async function openDraft(page: Page): Promise<void> {
  await page.getByText('Online safety policy', { exact: true }).click();
  await page.getByTestId('draft-title').waitFor();
}

describe('one person editing a draft in two tabs', () => {
  const ctx = useBrowserTenant();

  it("keeps both tabs' unsent edits: a closed tab's are sent by the other", async () => {
    const tabA = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await openDraft(tabA);
    // A second tab of the same browser profile: the same sign-in cookie and localStorage, its own sessionStorage.
    const browser = tabA.context();
    const tabB = await browser.newPage();
    await tabB.goto(tabA.url());
    await openDraft(tabB);

    // The network drops for the whole browser; each tab changes a different statement.
    await browser.route('**/_api/**', route => route.abort());
    for (const [tab, edit] of [[tabA, IN_TAB_A], [tabB, IN_TAB_B]] as const) {
      await block(tab, edit.key).locator('textarea').fill(edit.text);
      await tab.getByTestId('draft-save-state').getByText(/Offline: 1 change/).waitFor({ timeout: 30_000 });
    }

    // Tab A closes with its edit unsent; the network comes back; tab B reloads and opens the draft again.
    await tabA.close();
    await browser.unroute('**/_api/**');
    await tabB.reload();
    await openDraft(tabB);
    for (const edit of [IN_TAB_A, IN_TAB_B]) {
      await tabB.waitForFunction(({ key, text }) => (document.querySelector(`article[data-block-key="${key}"] textarea`) as HTMLTextAreaElement | null)?.value === text,
        edit, { timeout: 30_000 });
    }
    await tabB.getByTestId('draft-save-state').getByText('All changes saved').waitFor({ timeout: 30_000 });

    // Both edits are on the site, read by another client.
    const saved = (await new SchoolService(ctx.tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${ctx.tenant.url}${SITES.oakfield}`).openDraft(1)).draft.blocks;
    for (const edit of [IN_TAB_A, IN_TAB_B]) expect(saved.find(b => b.key === edit.key)?.content.text).toBe(edit.text);
    await browser.close();
  }, 240_000);
});
