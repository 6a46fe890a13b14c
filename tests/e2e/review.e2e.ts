import type { Page } from 'playwright-core';
import { dayIn } from '../../src/domain/review/reviewReminders';
import { ApprovalService } from '../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../src/domain/approval/LinkBuilder';
import { BankService } from '../../src/services/bank/BankService';
import { PublishService } from '../../src/services/publish/PublishService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { PEOPLE, SITES, type TestTenant } from '../support/testTenant';
import { useBrowserTenant, type BrowserTenant } from './support/browserTenant';
import { workbenchUrl } from './support/workbenchTenant';
import { completeOakfieldProfile, submitOakfieldPolicy } from './support/roundSetup';

/**
 * Issue 17's reviews in Chromium, through the screens: Oakfield's published policy is due for review in a week; the
 * first person to open the app reminds its owner once (opening again sends nothing); "Start the review" opens the
 * next version, where the bank's later changes are offered statement by statement, one taken and one kept.
 */
jest.setTimeout(240_000);

const silent = { notify: async () => [] };
const links: LinkBuilder = { deepLink: () => 'https://teams.microsoft.com/l/entity/x/y', webUrl: () => 'https://example.invalid/' };
const ADDED = ' We review this with pupils every year.';
/** The bank statements the authority changes after the policy was published (filled in by `prepare`). */
const changed: { key: string; newText: string }[] = [];

/** The UK day `days` after today. */
function ukDayFromNow(days: number): string {
  const [y, m, d] = dayIn(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Oakfield's policy, approved by both governors and published with its review a week from today; then the
 * authority changes two of its statements and publishes a bank release.
 */
async function publishedPolicyDueInAWeek(tenant: TestTenant): Promise<void> {
  await completeOakfieldProfile(tenant);
  await submitOakfieldPolicy(tenant);
  const approvalsAs = (login: string): ApprovalService => new ApprovalService(tenant.sp(SITES.oakfield, login), silent, links);
  const school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
  const profile = await school.loadProfile();
  const { draft } = await school.openDraft(1);
  for (const governor of [PEOPLE.oakfieldChair, PEOPLE.oakfieldGovernor]) {
    const view = (await approvalsAs(governor).view(1, profile))!;
    await approvalsAs(governor).decide({ id: 1, title: draft.title }, view, profile, 'Approve', '', view.round.snapshotHash);
  }
  const head = approvalsAs(PEOPLE.oakfieldHead);
  const published = await new PublishService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), head, async () => 'Europe/London').publish({ id: 1, title: draft.title, kind: draft.kind }, (await head.view(1, profile))!, profile);
  await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.policies).items.getById(published.itemId).update({ ReviewDate: `${ukDayFromNow(7)}T00:00:00Z` });

  const officer = new BankService(tenant.sp(SITES.bank, PEOPLE.officer), `${tenant.url}${SITES.bank}`);
  const before = await officer.load();
  const keys = draft.blocks.filter(b => b.kind === 'Statement' && b.sourceKey && b.content.included).slice(0, 2).map(b => b.sourceKey!);
  const after = { ...before, statements: before.statements.map(s => (keys.includes(s.key) ? { ...s, working: { ...s.working, text: `${s.working.text}${ADDED}` } } : s)) };
  for (const key of keys) changed.push({ key, newText: `${after.statements.find(s => s.key === key)!.working.text}` });
  await officer.publish(await officer.save(before, after), '2027.1', 'Pupils review');
}

async function reviewNotices(tenant: TestTenant): Promise<{ recipientLogin: string }[]> {
  const feed = await (await tenant.fetchAs(undefined, '/_local/feed')).json() as { activityType: string; recipientLogin: string }[];
  const mails = await (await tenant.fetchAs(undefined, '/_local/outbox')).json() as { subject?: string }[];
  return [...feed.filter(n => n.activityType === 'reviewReminder'), ...mails.filter(m => /due for review|review of/i.test(m.subject ?? '')).map(() => ({ recipientLogin: 'mail' }))];
}

/**
 * Signs in as `person` and waits for the app's claim of the reminder (the Activity add it sends after the home has
 * shown) and, when the claim wins, for the Teams notification: conditions, not time. The claim's HTTP status.
 */
async function openAndClaim(ctx: BrowserTenant, person: string): Promise<{ page: Page; claimStatus: number }> {
  const page = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(workbenchUrl(ctx.tenant, SITES.oakfield));
  const claim = page.waitForResponse(r => r.request().method() === 'POST' && /Activity/.test(decodeURIComponent(r.url())) && /\/items/.test(r.url())
    && /review:/.test(r.request().postData() ?? ''), { timeout: 120_000 });
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
  const claimStatus = (await claim).status();
  if (claimStatus === 201) await page.waitForResponse(r => /sendActivityNotification/.test(r.url()), { timeout: 120_000 });
  await page.getByTestId('role-home').waitFor();
  return { page, claimStatus };
}

describe('review reminders and "Start the review" (issue 17)', () => {
  const ctx = useBrowserTenant({ prepare: publishedPolicyDueInAWeek });

  it('the first opener reminds the owner once; a second opening sends nothing; the review takes one bank change and keeps another', async () => {
    // Tom Reid (the DSL) opens the app first: his claim wins and the headteacher, who owns the policy, is reminded.
    const tom = await openAndClaim(ctx, 'Tom Reid');
    expect(tom.claimStatus).toBe(201);
    const notices = await reviewNotices(ctx.tenant);
    expect(notices).toEqual([expect.objectContaining({ recipientLogin: PEOPLE.oakfieldHead })]);
    await tom.page.context().close();

    // The headteacher opens it too: SharePoint refuses her claim (the key is taken), so no reminder goes again.
    const { page: head, claimStatus } = await openAndClaim(ctx, 'Helen Carter');
    expect(claimStatus).toBe(400);
    expect(await reviewNotices(ctx.tenant)).toHaveLength(1);

    // The review is due within the week: "Start the review" is on the row, with the date in UK words.
    await head.getByText(/^Review due \d{1,2} [A-Z][a-z]+ \d{4}$/).first().waitFor();
    await head.getByTestId('start-review-1').click();

    // Each changed statement offers the bank's new wording: one is taken, the other kept.
    const take = head.getByRole('button', { name: "Use the bank's new wording" });
    await take.first().waitFor({ timeout: 60_000 });
    expect(await take.count()).toBe(2);
    const offered = head.locator('article').filter({ has: take });
    const [takenKey, keptKey] = await offered.evaluateAll(cards => cards.map(c => c.getAttribute('data-block-key') ?? ''));
    const taken = head.locator(`article[data-block-key="${takenKey}"]`);
    const kept = head.locator(`article[data-block-key="${keptKey}"]`);
    const keptBefore = await kept.locator('textarea').inputValue();
    await taken.getByRole('button', { name: "Use the bank's new wording" }).click();
    await kept.getByRole('button', { name: "Keep the school's wording" }).click();
    // Both settled: nothing more is offered, the taken statement reads the bank's new wording, the kept one its own.
    await head.waitForFunction(() => ![...document.querySelectorAll('button')].some(b => /bank's new wording|school's wording/.test(b.textContent ?? '')), undefined, { timeout: 60_000 });
    expect(changed.map(c => c.newText)).toContain(await taken.locator('textarea').inputValue());
    expect(await kept.locator('textarea').inputValue()).toBe(keptBefore);
    expect(keptBefore.endsWith(ADDED)).toBe(false);
    await head.context().close();
  });
});
