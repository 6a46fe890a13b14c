import type { Page } from 'playwright-core';
import type { BrowserTenant } from './browserTenant';
import { ApprovalService } from '../../../src/services/approval/ApprovalService';
import type { ApprovalDecision } from '../../../src/domain/approval/ApprovalModel';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { PEOPLE, SITES } from '../../support/testTenant';

/** Opens the newest notification of `activityType` for `person` from the local Teams feed, as their Teams would. */
export async function openFromFeed(ctx: BrowserTenant, person: string, activityType: string): Promise<Page> {
  const page = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${ctx.tenant.url}/_local/feed`);
  const item = page.locator('li', { hasText: person }).filter({ hasText: activityType }).first();
  await item.getByRole('link', { name: `Open as ${person}` }).click();
  return page;
}

/** Opens the newest mail to `address` in the local outbox and follows its browser link, as their mail client would. */
export async function openFromMail(ctx: BrowserTenant, address: string, subject: RegExp): Promise<Page> {
  const page = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${ctx.tenant.url}/_local/outbox`);
  const mail = page.locator('article', { hasText: `To ${address}` }).filter({ has: page.getByRole('heading', { name: subject }) }).first();
  await mail.getByRole('link', { name: /Open in the browser/ }).click();
  return page;
}

/** The decisions stored for a round of Oakfield's draft, read from the local server as the owner. */
export async function storedDecisions(ctx: BrowserTenant, draftId: number, round: number): Promise<Pick<ApprovalDecision, 'authorName' | 'decision'>[]> {
  const sp = ctx.tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
  const profile = await new SchoolService(sp, `${ctx.tenant.url}${SITES.oakfield}`).loadProfile();
  const nothingSent = { notify: async () => [] };
  const links = { webUrl: () => '', deepLink: () => '' };
  const view = await new ApprovalService(sp, nothingSent, links).view(draftId, profile, round);
  return (view?.decisions ?? []).map(d => ({ authorName: d.authorName, decision: d.decision })).sort((a, b) => a.authorName.localeCompare(b.authorName));
}
