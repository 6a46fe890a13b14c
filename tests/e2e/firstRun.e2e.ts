import type { Page } from 'playwright-core';
import { STARTER_PACK_VERSION } from '../../src/content/starterPack';
import { expectAccessible } from './support/axe';
import { useBrowserTenant } from './support/browserTenant';
import { PEOPLE, SITES } from '../support/testTenant';
import { SchoolService } from '../../src/services/school/SchoolService';

/** Riverside's site has no lists: the seed sets up only the bank and Oakfield, so this is a school's first day. */
describe('first run on an empty school site', () => {
  const ctx = useBrowserTenant();
  const signIn = (person: string): Promise<Page> => ctx.signIn(SITES.riverside, person);
  const stepState = (page: Page, step: string): Promise<string | null> => page.getByTestId(`setup-step-${step}`).textContent();

  it('tells a member who cannot set it up where to find its owners (the app asks for no Graph scope to name them)', async () => {
    const page = await signIn('Grace Li');
    const notice = page.getByTestId('not-set-up');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Only an owner of this site can set it up.');
    expect(await notice.textContent()).toContain('Manage team');
    await expectAccessible(page, 'not set up (member)');
  });

  it("names the Team's owners when the tenant's shared SPFx grant happens to include GroupMember.Read.All", async () => {
    // Every SPFx solution shares one principal's Graph grant (TENANT-FACTS): another solution's approved scope
    // lets the hint work, though ours never asks for it.
    const scopes = (await (await fetch(`${ctx.tenant.url}/_local/graph-scopes`)).json() as { scopes: string[] }).scopes;
    await fetch(`${ctx.tenant.url}/_local/graph-scopes`, { method: 'POST', body: [...scopes, 'GroupMember.Read.All'].join(',') });
    try {
      const page = await signIn('Grace Li');
      const notice = page.getByTestId('not-set-up');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Owners of this site: Daniel Price.');
    } finally {
      await fetch(`${ctx.tenant.url}/_local/graph-scopes`, { method: 'POST', body: scopes.join(',') });
    }
  });

  it('walks the owner through lists, bank, profile, approvers group and the first draft, then lands on the dashboard', async () => {
    const page = await signIn('Daniel Price');
    await page.getByTestId('setup-guide').waitFor();
    expect(await stepState(page, 'lists')).toContain('(Next)');
    expect(await stepState(page, 'bank')).toContain(`Connected: release ${STARTER_PACK_VERSION} is published.`);
    await expectAccessible(page, 'setup guide: start');

    await page.getByRole('button', { name: 'Create the lists' }).click();
    await page.getByTestId('setup-step-lists').getByText('(Done)').waitFor({ timeout: 60_000 });
    expect(await stepState(page, 'profile')).toContain('(Next)');
    await expectAccessible(page, 'setup guide: lists created');

    await page.getByRole('button', { name: 'Fill in the school profile' }).click();
    const profile = page.getByRole('dialog', { name: 'School profile' });
    await profile.waitFor({ state: 'attached' });
    await expectAccessible(page, 'setup: profile form');
    await profile.getByRole('combobox', { name: 'Setting' }).click();
    await page.getByRole('option', { name: 'Secondary' }).click();
    await profile.getByRole('textbox', { name: 'School name' }).fill('Riverside Secondary School');
    await profile.getByRole('textbox', { name: 'Headteacher' }).fill('Daniel Price');
    await profile.getByRole('textbox', { name: 'Designated safeguarding lead (DSL)' }).fill('Grace Li');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await page.getByTestId('setup-step-profile').getByText('(Done)').waitFor();

    await page.getByRole('button', { name: 'Choose the approvers group' }).click();
    const approvers = page.getByRole('dialog', { name: 'Name the approvers group' });
    await approvers.waitFor({ state: 'attached' });
    await expectAccessible(page, 'setup: approvers group');
    await approvers.getByRole('combobox', { name: 'Approvers group (SharePoint group)' }).click();
    await page.getByRole('option', { name: 'Riverside Governors' }).click();
    await approvers.getByRole('button', { name: 'Save profile' }).click();
    await page.getByTestId('setup-step-approvers').getByText('(Done)').waitFor();

    await page.getByRole('button', { name: 'Start the first draft' }).click();
    const start = page.getByRole('dialog', { name: 'Start a new document' });
    await start.waitFor({ state: 'attached' });
    await expectAccessible(page, 'setup: first draft');
    expect(await start.getByRole('radio', { checked: true }).getAttribute('aria-label') ?? await start.getByRole('radio', { checked: true }).locator('..').textContent()).toMatch(/recommended/);
    await start.getByRole('button', { name: 'Start the draft' }).click();
    await page.getByTestId('draft-title').waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'the first draft');

    await page.getByRole('button', { name: 'All documents' }).click();
    const home = page.getByTestId('role-home');
    await home.waitFor();
    expect(await home.getAttribute('data-home')).toBe('Dashboard');
    expect(await page.getByTestId('setup-guide').count()).toBe(0);

    // What the guide did is on the site: the lists, the profile and the approvers the approval lists are secured for.
    const school = new SchoolService(ctx.tenant.sp(SITES.riverside, PEOPLE.riversideHead), `${ctx.tenant.url}${SITES.riverside}`);
    expect((await school.access()).missingLists).toEqual([]);
    expect(await school.loadProfile()).toMatchObject({ schoolName: 'Riverside Secondary School', setting: 'Secondary', dslName: 'Grace Li', approversGroup: 'Riverside Governors' });
    expect((await school.listDrafts()).map(d => d.kind)).toEqual(['Policy']);
  });
});
