import type { Page } from 'playwright-core';
import { useBrowserTenant, type BrowserTenant } from './support/browserTenant';
import { completeOakfieldProfile } from './support/roundSetup';
import { SITES } from '../support/testTenant';

/** Opens the newest notification for `person` from the local Teams feed, as their Teams would. */
async function openFromFeed(ctx: BrowserTenant, person: string, activityType: string): Promise<Page> {
  const page = await (await ctx.browser.newContext()).newPage();
  await page.goto(`${ctx.tenant.url}/_local/feed`);
  const item = page.locator('li', { hasText: person }).filter({ hasText: activityType }).first();
  await item.getByRole('link', { name: `Open as ${person}` }).click();
  return page;
}

async function submit(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Submit for approval' }).click();
  await page.getByText('All checks pass', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByTestId('deliveries').waitFor({ timeout: 20_000 });
}

describe('governors approve a policy through Teams', () => {
  // The headteacher has filled the one profile field the seed leaves empty (the deputy DSL).
  const ctx = useBrowserTenant({ prepare: completeOakfieldProfile });

  it('submit, changes requested from the feed, edit and resubmit, then a majority approves', async () => {
    const owner = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await owner.getByText('Online safety policy', { exact: true }).click();
    await owner.getByTestId('draft-title').waitFor();
    await submit(owner);
    expect(await owner.getByTestId('deliveries').textContent()).toMatch(/Sarah Whitfield: E-mail/);
    await owner.getByRole('button', { name: 'Back' }).click();
    await owner.getByTestId('round-state').getByText('In review: round 1').waitFor();

    // The chair opens the deep link from her Teams feed and asks for changes.
    const chair = await openFromFeed(ctx, 'Margaret Lewis', 'approvalRequested');
    await chair.getByTestId('frozen-draft').waitFor();
    expect(await chair.getByTestId('round-title').textContent()).toBe('Online safety policy: round 1');
    await chair.getByRole('textbox', { name: 'Comment' }).fill('Please say how pupils report worries.');
    await chair.getByRole('button', { name: 'Request changes' }).click();
    await chair.getByText('You decided: Request changes').waitFor();
    // Under "majority" of three, one request leaves the round open; a second settles it (a majority is out of reach).
    const david = await openFromFeed(ctx, 'David Okafor', 'approvalRequested');
    await david.getByTestId('frozen-draft').waitFor();
    await david.getByRole('textbox', { name: 'Comment' }).fill('Agreed: and say who they can tell.');
    await david.getByRole('button', { name: 'Request changes' }).click();
    await david.getByTestId('round-state').getByText('Changes requested').waitFor();

    // The owner sees it, edits (which needs no confirmation now the round is closed) and resubmits.
    await owner.reload();
    await owner.getByText('Online safety policy', { exact: true }).click();
    await owner.getByTestId('round-state').getByText('Changes requested: round 1').waitFor();
    expect(await owner.getByTestId('round-banner').textContent()).toContain('Please say how pupils report worries.');
    const text = owner.locator('article[data-block-key="s:purpose-aim"] textarea');
    await text.fill(`${await text.inputValue()} Pupils can report worries to any adult.`);
    await owner.getByTestId('draft-save-state').getByText('All changes saved').waitFor({ timeout: 20_000 });
    await submit(owner);
    await owner.getByRole('button', { name: 'Back' }).click();
    await owner.getByTestId('round-state').getByText('In review: round 2').waitFor();

    // Two of the three governors approve: a majority.
    for (const governor of ['Margaret Lewis', 'David Okafor']) {
      const page = await openFromFeed(ctx, governor, 'approvalRequested');
      await page.getByTestId('round-title').getByText('round 2').waitFor();
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByText('You decided: Approve').waitFor();
    }
    await owner.getByTestId('round-state').getByText('Approved: round 2').waitFor({ timeout: 30_000 });
  });
});
