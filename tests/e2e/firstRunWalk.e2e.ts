import type { Page } from 'playwright-core';
import { countActions, describeActions, type ActionCounter } from './support/actions';
import { useBrowserTenant } from './support/browserTenant';
import { SITES } from '../support/testTenant';

/**
 * Issue 17 item 4: from an empty Team site to a published, approved policy in at most 40 of the headteacher's
 * actions. Riverside's site has no lists (the seed sets up only the bank and Oakfield): the school's first day.
 */
describe('the first-run walk: an empty Team site to a published policy', () => {
  const ctx = useBrowserTenant();

  it('takes the headteacher at most 40 actions; the governors approve with their own', async () => {
    const head = countActions('Headteacher (Daniel Price)');
    const governors = countActions('Governors');
    const page = await ctx.signIn(SITES.riverside, 'Daniel Price');
    await page.getByTestId('setup-guide').waitFor();
    await head.act('Create the lists', page.getByRole('button', { name: 'Create the lists' }).click());
    await page.getByTestId('setup-step-lists').getByText('(Done)').waitFor({ timeout: 60_000 });
    await head.act('Fill in the school profile', page.getByRole('button', { name: 'Fill in the school profile' }).click());
    const profile = page.getByRole('dialog', { name: 'School profile' });
    await profile.waitFor({ state: 'attached' });
    await head.act('Setting', profile.getByRole('combobox', { name: 'Setting' }).click());
    await head.act('Secondary', page.getByRole('option', { name: 'Secondary' }).click());
    await head.act('School name', profile.getByRole('textbox', { name: 'School name' }).fill('Riverside Secondary School'));
    await head.act('Headteacher', profile.getByRole('textbox', { name: 'Headteacher' }).fill('Daniel Price'));
    await head.act('DSL', profile.getByRole('textbox', { name: 'Designated safeguarding lead (DSL)' }).fill('Grace Li'));
    await head.act('E-mail', profile.getByRole('textbox', { name: 'E-mail' }).fill('office@riverside.sch.uk'));
    await head.act('Website', profile.getByRole('textbox', { name: 'Website' }).fill('https://www.riverside.sch.uk'));
    await head.act('Save profile', profile.getByRole('button', { name: 'Save profile' }).click());
    await page.getByTestId('setup-step-profile').getByText('(Done)').waitFor();
    await head.act('Choose the approvers group', page.getByRole('button', { name: 'Choose the approvers group' }).click());
    const approvers = page.getByRole('dialog', { name: 'Name the approvers group' });
    await approvers.waitFor({ state: 'attached' });
    await head.act('Approvers group', approvers.getByRole('combobox', { name: 'Approvers group (SharePoint group)' }).click());
    await head.act('Riverside Governors', page.getByRole('option', { name: 'Riverside Governors' }).click());
    await head.act('Save profile', approvers.getByRole('button', { name: 'Save profile' }).click());
    await page.getByTestId('setup-step-approvers').getByText('(Done)').waitFor();
    await head.act('Start the first draft', page.getByRole('button', { name: 'Start the first draft' }).click());
    const start = page.getByRole('dialog', { name: 'Start a new document' });
    await start.waitFor({ state: 'attached' });
    await head.act('Start the draft', start.getByRole('button', { name: 'Start the draft' }).click());
    await page.getByTestId('draft-title').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3000);
    console.log(await page.getByTestId('things-to-fix').innerText());
    await head.act('Fill in Deputy DSL', page.getByRole('button', { name: 'Fill in Deputy DSL' }).click());
    const details = page.getByRole('dialog', { name: 'Fill in the school details' });
    await details.waitFor({ state: 'attached' });
    console.log(await details.innerText());
    console.log(describeActions(head), describeActions(governors));
  }, 300_000);
});
