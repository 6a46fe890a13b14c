import type { Page } from 'playwright-core';
import { useBrowserTenant, type BrowserTenant } from './support/browserTenant';
import { completeOakfieldProfile, submitOakfieldPolicy } from './support/roundSetup';
import { SchoolService } from '../../src/services/school/SchoolService';
import type { ApprovalRule } from '../../src/domain/school/SchoolProfile';
import { PEOPLE, SITES, type TestTenant } from '../support/testTenant';

/** Sets Oakfield's approval rule as its owner would in the profile. */
async function setRule(tenant: TestTenant, rule: ApprovalRule): Promise<void> {
  const school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
  const profile = await school.loadProfile();
  await school.saveProfile({ ...profile, approvalRule: rule });
}

/** A governor opens round `n` of Oakfield's policy from its link (the browser address a notification carries). */
async function openRound(ctx: BrowserTenant, person: string, n: number): Promise<Page> {
  const page = await ctx.signIn(SITES.oakfield, person, { query: `?host=teams&subEntityId=${encodeURIComponent(`round:1:${n}`)}` });
  await page.getByTestId('round-title').getByText(`round ${n}`).waitFor({ timeout: 30_000 });
  return page;
}

async function decide(page: Page, kind: 'Approve' | 'Request changes', comment = ''): Promise<void> {
  if (comment) await page.getByRole('textbox', { name: 'Comment' }).fill(comment);
  await page.getByRole('button', { name: kind }).click();
  await page.getByText(`You decided: ${kind}`).waitFor({ timeout: 30_000 });
}

/**
 * A full round with one request for changes under each rule, in the browser: the round states its rule in one
 * sentence; the request settles the round only where the rule says so; approvers whose vote is no longer needed
 * are told why, and every decision stays on the round.
 */
describe('one request for changes under each approval rule', () => {
  const ctx = useBrowserTenant({ prepare: completeOakfieldProfile });

  it('"all": one request for changes sends it back, and the others are told their vote is no longer needed', async () => {
    await setRule(ctx.tenant, 'All');
    await submitOakfieldPolicy(ctx.tenant);
    const chair = await openRound(ctx, 'Margaret Lewis', 1);
    expect(await chair.getByTestId('round-rule').textContent()).toBe('Every one of the 3 approvers must approve: a single request for changes sends it back.');
    await decide(chair, 'Request changes', 'Section 3 needs the 4 Cs explained.');
    await chair.getByTestId('round-state').getByText('Changes requested').waitFor();
    const david = await openRound(ctx, 'David Okafor', 1);
    expect(await david.getByTestId('not-needed').textContent()).toBe('This round has closed, so your decision is no longer needed. It closed with changes requested: 1 asked for changes, so the 3 approvals the rule needs can no longer be reached.');
    expect(await david.getByTestId('approver-progress').textContent()).toContain('Margaret Lewis: Asked for changes');
  });

  it('"majority": one request leaves it open; two approvals of three approve it, the request kept', async () => {
    await setRule(ctx.tenant, 'Majority');
    await submitOakfieldPolicy(ctx.tenant);
    const chair = await openRound(ctx, 'Margaret Lewis', 2);
    expect(await chair.getByTestId('round-rule').textContent()).toBe('More than half of the 3 approvers (2) must approve: it goes back once 2 ask for changes, because a majority can then no longer be reached.');
    await decide(chair, 'Request changes', 'I would like section 3 reworded.');
    await chair.getByTestId('round-state').getByText('In review').waitFor();
    await decide(await openRound(ctx, 'David Okafor', 2), 'Approve');
    const sarah = await openRound(ctx, 'Sarah Whitfield', 2);
    await decide(sarah, 'Approve');
    await sarah.getByTestId('round-state').getByText('Approved').waitFor({ timeout: 30_000 });
    expect(await sarah.getByTestId('round-closed').textContent()).toBe('It closed approved: 2 of 3 approvers approved, and the rule needs 2.');
    expect(await sarah.getByTestId('approver-progress').textContent()).toContain('Margaret Lewis: Asked for changes');
  });

  it('"any": one request leaves it open; one approval approves it; the guest governor who had not decided is told it closed and why', async () => {
    await setRule(ctx.tenant, 'Any');
    await submitOakfieldPolicy(ctx.tenant);
    const chair = await openRound(ctx, 'Margaret Lewis', 3);
    expect(await chair.getByTestId('round-rule').textContent()).toBe('One approval from any of the 3 approvers is enough: it goes back only if all 3 ask for changes.');
    await decide(chair, 'Request changes', 'A small point on section 5.');
    await chair.getByTestId('round-state').getByText('In review').waitFor();
    await decide(await openRound(ctx, 'David Okafor', 3), 'Approve');
    const sarah = await openRound(ctx, 'Sarah Whitfield', 3);
    await sarah.getByTestId('round-state').getByText('Approved').waitFor();
    expect(await sarah.getByTestId('not-needed').textContent()).toBe('This round has closed, so your decision is no longer needed. It closed approved: 1 of 3 approvers approved, and the rule needs 1.');
    expect(await sarah.getByTestId('approver-progress').textContent()).not.toContain('Not decided yet');
    // She was told by mail too (a guest).
    const outbox = await (await ctx.tenant.fetchAs(undefined, '/_local/outbox')).json() as { to: string[]; subject: string }[];
    expect(outbox.some(m => m.to[0] === PEOPLE.oakfieldGuestGovernor && /has closed/.test(m.subject))).toBe(true);
  });
});
