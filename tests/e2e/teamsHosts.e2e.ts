import type { Page } from 'playwright-core';
import { useBrowserTenant } from './support/browserTenant';
import { openFromFeed, openFromMail, storedDecisions } from './support/teamsHosts';
import { SchoolService } from '../../src/services/school/SchoolService';
import { OAKFIELD_PROFILE } from '../../workbench/seed/productSeed';
import { PEOPLE, SITES, type TestTenant } from '../support/testTenant';
import { buildManifest } from '../../scripts/teamsManifest';

/**
 * Oakfield's governors must all approve (so every decision lands before the round closes), and David Okafor is a
 * governor outside the school's Team (only in the SharePoint governors group): a team-scoped notification needs the
 * recipient to be a member of the team (TENANT-FACTS, Graph sendActivityNotification), so Teams refuses his and he
 * gets mail, like the guest.
 */
async function prepare(tenant: TestTenant): Promise<void> {
  const school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
  await school.loadProfile();
  await school.saveProfile({ ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan', approvalRule: 'All' });
  const david = [...tenant.server.store.users.values()].find(u => u.userPrincipalName === PEOPLE.oakfieldGovernor);
  if (!david) throw new Error('The seed has no David Okafor.');
  const team = [...tenant.server.store.groups.values()].find(g => g.memberIds.includes(david.id) && g.displayName.startsWith('Oakfield'));
  if (!team) throw new Error("The seed has no Oakfield Team with David Okafor in it.");
  tenant.server.store.saveGroup({ ...team, memberIds: team.memberIds.filter(id => id !== david.id) });
}

/** Submits the open draft (opening it first from the home screen when asked). */
async function submit(page: Page, open: boolean): Promise<void> {
  if (open) {
    await page.getByText('Online safety policy', { exact: true }).click();
    await page.getByTestId('draft-title').waitFor();
  }
  await page.getByRole('menuitem', { name: 'Submit for approval' }).click();
  await page.getByText('All checks pass', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByTestId('deliveries').waitFor({ timeout: 30_000 });
}

/** The round the link opened, in the host the link was opened in; then the governor's decision. */
async function decide(page: Page, host: 'channel' | 'personal' | 'page', round: number, button: 'Approve' | 'Request changes'): Promise<void> {
  await page.getByTestId('webpart-canvas').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('webpart-canvas').getAttribute('data-host')).toBe(host);
  await page.getByTestId('frozen-draft').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('round-title').textContent()).toBe(`Online safety policy: round ${round}`);
  if (button === 'Request changes') await page.getByRole('textbox', { name: 'Comment' }).fill('Please say how pupils report worries.');
  await page.getByRole('button', { name: button }).click();
  await page.getByText(`You decided: ${button}`).or(page.getByTestId('round-state').getByText('Changes requested')).first().waitFor({ timeout: 30_000 });
}

describe('a governor opens the round from every host, and the decision lands', () => {
  const ctx = useBrowserTenant({ prepare });

  it('channel tab (member), personal app (member), mail (member and guest)', async () => {
    // Round 1 is submitted from the school Team's channel tab: its Teams links open that channel tab.
    const owner = await ctx.signIn(SITES.oakfield, 'Helen Carter', { query: '?host=teams' });
    expect(await owner.getByTestId('webpart-canvas').getAttribute('data-host')).toBe('channel');
    await submit(owner, true);
    const deliveries = await owner.getByTestId('deliveries').textContent();
    expect(deliveries).toMatch(/Sarah Whitfield: E-mail/);
    expect(deliveries).toMatch(/David Okafor: E-mail/);

    const chair = await openFromFeed(ctx, 'Margaret Lewis', 'approvalRequested');
    expect(new URL(chair.url()).pathname).toBe(`${SITES.oakfield}/_layouts/15/workbench.aspx`);
    await decide(chair, 'channel', 1, 'Request changes');
    expect(await storedDecisions(ctx, 1, 1)).toEqual([{ authorName: 'Margaret Lewis', decision: 'RequestChanges' }]);

    // Round 2 is submitted from a SharePoint page: its Teams links open the personal app, on the tenant's root site.
    const page = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await page.getByText('Online safety policy', { exact: true }).click();
    await page.getByTestId('round-state').getByText('Changes requested: round 1').waitFor({ timeout: 30_000 });
    const text = page.locator('article[data-block-key="s:purpose-aim"] textarea');
    await text.fill(`${await text.inputValue()} Pupils can report worries to any adult.`);
    await page.getByTestId('draft-save-state').getByText('All changes saved').waitFor({ timeout: 30_000 });
    await submit(page, false);

    const chairAgain = await openFromFeed(ctx, 'Margaret Lewis', 'approvalRequested');
    expect(new URL(chairAgain.url()).pathname).toBe('/_layouts/15/workbench.aspx');
    await decide(chairAgain, 'personal', 2, 'Approve');

    // By mail: the member without the Teams app, then the guest, each in the browser on the school's app page.
    const member = await openFromMail(ctx, PEOPLE.oakfieldGovernor, /round 2|Online safety policy/);
    expect(new URL(member.url()).pathname).toBe(`${SITES.oakfield}/_layouts/15/workbench.aspx`);
    await decide(member, 'page', 2, 'Approve');
    const guest = await openFromMail(ctx, PEOPLE.oakfieldGuestGovernor, /round 2|Online safety policy/);
    await decide(guest, 'page', 2, 'Approve');

    expect(await storedDecisions(ctx, 1, 2)).toEqual([
      { authorName: 'David Okafor', decision: 'Approve' }, { authorName: 'Margaret Lewis', decision: 'Approve' }, { authorName: 'Sarah Whitfield', decision: 'Approve' }
    ]);
    // A guest in the Team's channel tab opens the same round (a channel tab's context, as a guest).
    const guestTab = await ctx.signIn(SITES.oakfield, 'Sarah Whitfield', { query: `?host=teams&subEntityId=${encodeURIComponent('round:1:2@/sites/oakfield-primary')}` });
    await guestTab.getByTestId('frozen-draft').waitFor({ timeout: 30_000 });
    expect(await guestTab.getByTestId('webpart-canvas').getAttribute('data-host')).toBe('channel');
    expect(await guestTab.getByTestId('round-title').textContent()).toBe('Online safety policy: round 2');

    // The owner sees the outcome on the draft.
    const home = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await home.getByText('Online safety policy', { exact: true }).click();
    await home.getByTestId('round-state').getByText('Approved: round 2').waitFor({ timeout: 30_000 });
  }, 420_000);

  it('the personal app explains, instead of failing on the root site, when a link names no school or one the person cannot read', async () => {
    const noLink = await ctx.signIn('', 'Margaret Lewis', { query: '?host=teams-personal' });
    await noLink.getByTestId('host-notice').getByText('Open a school to start').waitFor({ timeout: 30_000 });
    expect(await noLink.getByText("We couldn't load this site.").count()).toBe(0);

    const guest = await ctx.signIn('', 'Sarah Whitfield', { query: `?host=teams-personal&subEntityId=${encodeURIComponent('round:1:1@/sites/riverside-secondary')}` });
    await guest.getByTestId('host-notice').getByText("You can't open the school site this link points to").waitFor({ timeout: 30_000 });
  }, 120_000);

  it('a Teams link that does not carry the catalogue id fails as Teams would', async () => {
    const page = await (await ctx.browser.newContext()).newPage();
    const response = await page.goto(`${ctx.tenant.url}/l/entity/${buildManifest().id as string}/esafety-policy-hub?context=${encodeURIComponent('{"subEntityId":"round:1:1@/sites/oakfield-primary"}')}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: "Teams couldn't open this link" }).waitFor();
  }, 60_000);
});
