import { useBrowserTenant } from './support/browserTenant';
import { completeOakfieldProfile } from './support/roundSetup';
import { storedDecisions } from './support/teamsHosts';
import { SITES, type TestTenant } from '../support/testTenant';

/**
 * A tenant whose Global Administrator has not approved the web part's Microsoft Graph permissions yet (API access;
 * TENANT-FACTS: the approval page has failed for many tenants, so plan for days without the grant). Every Graph call
 * then fails with the consent error, as the local Graph answers with its grant set to `none`. The app must keep
 * working: it says what is missing, and the headteacher gets links to pass on instead of notifications.
 */
async function prepare(tenant: TestTenant): Promise<void> {
  await completeOakfieldProfile(tenant);
  const answer = await fetch(`${tenant.url}/_local/graph-scopes`, { method: 'POST', body: 'none' });
  if (!answer.ok) throw new Error(`The local Graph refused to withdraw its grant: ${answer.status}.`);
}

describe('before API access is approved', () => {
  const ctx = useBrowserTenant({ prepare });

  it('submitting still works, says why nobody was notified, and gives links a governor can open to decide', async () => {
    const owner = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await owner.getByText("We couldn't read this app's id from your organisation's Teams app catalogue", { exact: false }).waitFor({ timeout: 30_000 });
    await owner.getByText('Online safety policy', { exact: true }).click();
    await owner.getByTestId('draft-title').waitFor({ timeout: 30_000 });
    await owner.getByRole('menuitem', { name: 'Submit for approval' }).click();
    await owner.getByText('All checks pass', { exact: false }).waitFor({ timeout: 30_000 });
    await owner.getByRole('button', { name: 'Submit', exact: true }).click();
    await owner.getByTestId('deliveries').waitFor({ timeout: 30_000 });

    const channels = await owner.getByTestId('delivery').evaluateAll(rows => rows.map(row => row.getAttribute('data-channel')));
    expect(channels.length).toBeGreaterThan(0);
    expect(channels.every(channel => channel === 'failed')).toBe(true);
    expect(await owner.getByTestId('deliveries').textContent()).toContain("This app's Microsoft Graph access has not been approved yet");
    const link = await owner.getByLabel('Link for Margaret Lewis').inputValue();
    const target = new URL(link);
    expect(target.pathname).toBe(`${SITES.oakfield}/_layouts/15/workbench.aspx`);
    expect(target.searchParams.get('subEntityId')).toMatch(/^round:1:1(@|$)/);

    // The chair opens the link the headteacher passed on, and her decision lands.
    const chair = await ctx.signIn(SITES.oakfield, 'Margaret Lewis', { query: target.search });
    await chair.getByTestId('frozen-draft').waitFor({ timeout: 30_000 });
    await chair.getByRole('button', { name: 'Approve' }).click();
    await chair.getByText('You decided: Approve').waitFor({ timeout: 30_000 });
    expect(await storedDecisions(ctx, 1, 1)).toEqual([{ authorName: 'Margaret Lewis', decision: 'Approve' }]);
  });
});
