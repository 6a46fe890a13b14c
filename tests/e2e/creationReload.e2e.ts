import type { Route } from 'playwright-core';
import { useBrowserTenant } from './support/browserTenant';
import { PEOPLE, SITES } from '../support/testTenant';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { BankService } from '../../src/services/bank/BankService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { enGB } from '../../src/loc/enGB';

/**
 * Issue 16: a reload in the middle of creating a draft leaves no half draft and no second one. The first batch of
 * statements reaches SharePoint but its answer never comes back; the page reloads while it waits. On the next open the
 * home finishes the same draft with the creation key it kept (DraftCreator finds the hidden item by that key and adds
 * only the statements that are missing), then opens it.
 */
const TITLE = 'Online safety policy (reload test)';

describe('a reload during the creation of a draft', () => {
  const ctx = useBrowserTenant();

  it('finishes the same draft on the next open: one whole draft, never two', async () => {
    const { tenant } = ctx;
    const page = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await page.getByRole('menuitem', { name: enGB.school.newDocument }).first().click();
    await page.getByLabel(enGB.school.newPanel.name).fill(TITLE);

    // The first batch of statements lands on the server; its answer is held, as if the page died waiting for it.
    let landed!: () => void;
    const blocksLanded = new Promise<void>(resolve => { landed = resolve; });
    let held = false;
    await page.route('**/_api/$batch', async (route: Route) => {
      const body = route.request().postData() ?? '';
      if (held || !/Draft(%20| )Blocks/.test(body) || !/\bPOST\b/.test(body)) return route.continue();
      held = true;
      await route.fetch();
      landed();
      // Never answered: the reload below ends the page while it waits.
    });
    await page.getByRole('button', { name: enGB.school.newPanel.start }).click();
    await blocksLanded;
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    // Nothing half made is listed meanwhile: the draft is still hidden (CreationPending).
    const school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
    expect((await school.listDrafts()).filter(d => d.title === TITLE)).toEqual([]);

    await page.reload();
    // The home finishes it and opens it.
    await page.getByTestId('draft-title').getByText(TITLE).waitFor({ timeout: 60_000 });

    // One draft of that name on the site (hidden ones included), whole: every statement of its template, once.
    const items = await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.drafts).items.select('Id', 'Title', 'CreationPending')<{ Id: number; Title: string; CreationPending: boolean | null }[]>();
    const mine = items.filter(i => i.Title === TITLE);
    expect(mine).toHaveLength(1);
    expect(mine[0].CreationPending).toBeFalsy();
    const bank = await new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`).loadPublished();
    const profile = await school.loadProfile();
    const template = bank.templates.find(t => t.published && t.working.body.kind === 'Policy' && t.working.setting === profile.setting)!;
    const expected = assembleDraft(bank, template.key, profile, TITLE).blocks.map(b => b.key).sort();
    const opened = (await school.openDraft(mine[0].Id)).draft.blocks.map(b => b.key).sort();
    expect(opened).toEqual(expected);
    expect((await school.listDrafts()).filter(d => d.title === TITLE)).toHaveLength(1);
    await page.context().close();
  }, 240_000);
});
