import { useBrowserTenant } from './support/browserTenant';
import { SITES } from '../support/testTenant';

describe('the statement bank in the browser', () => {
  const ctx = useBrowserTenant();

  it('the officer edits a statement and publishes a release; a school user then sees the new version', async () => {
    const page = await ctx.signIn(SITES.bank, 'Priya Shah');
    const card = page.locator('article[data-statement-key="purpose-aim"]');
    await card.waitFor();
    await card.getByRole('button', { name: 'Edit' }).click();
    const text = page.getByRole('textbox', { name: 'Statement' });
    const original = await text.inputValue();
    await text.fill(`${original} We review it with pupils every year.`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
    await card.getByText('Changed').waitFor();

    await page.getByRole('menuitem', { name: /Publish release \(1 changes\)/ }).click();
    const changes = page.getByTestId('release-changes');
    await changes.getByText('We review it with pupils every year.').waitFor();
    expect(await changes.locator('ins').first().textContent()).toContain('We review it with pupils every year.');
    await page.getByRole('textbox', { name: 'Release label' }).fill('2026.2');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published release 2026.2.').waitFor();
    await page.getByTestId('release-state').getByText('Published release 2026.2', { exact: true }).waitFor();
    await page.context().close();

    const schoolPage = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await schoolPage.getByRole('tab', { name: 'Statement bank' }).click();
    await schoolPage.getByTestId('release-state').getByText('Published release 2026.2').waitFor();
    const seen = schoolPage.locator('article[data-statement-key="purpose-aim"]');
    expect(await seen.getByTestId('statement-text').textContent()).toBe(`${original} We review it with pupils every year.`);
    expect(await seen.getByText('Version 2').count()).toBe(1);
    // A school user reads the bank but is offered no way to change it.
    expect(await schoolPage.getByRole('menuitem', { name: /Publish release/ }).count()).toBe(0);
    expect(await seen.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await schoolPage.context().close();
  });
});
