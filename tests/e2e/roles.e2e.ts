import type { Page } from 'playwright-core';
import { STARTER_PACK_VERSION } from '../../src/content/starterPack';
import { expectAccessible } from './support/axe';
import { useBrowserTenant } from './support/browserTenant';
import { completeOakfieldProfile, submitOakfieldPolicy } from './support/roundSetup';
import { SITES } from '../support/testTenant';

/**
 * Each role's home, read from SharePoint permissions and groups, and every screen they reach checked with
 * axe-core (no serious or critical WCAG problems).
 */
describe('each role lands on its own home, and every screen is accessible', () => {
  const ctx = useBrowserTenant({
    prepare: async tenant => {
      await completeOakfieldProfile(tenant);
      await submitOakfieldPolicy(tenant);
    }
  });
  const signIn = (site: string, person: string, query = ''): Promise<Page> => ctx.signIn(site, person, { query });
  const tab = async (page: Page, name: string): Promise<void> => {
    await page.getByRole('tab', { name }).click();
  };

  it('the officer: the bank and its release state; statements, templates, resources and the editing panels', async () => {
    const page = await signIn(SITES.bank, 'Priya Shah');
    await page.getByTestId('release-state').getByText(`Published release ${STARTER_PACK_VERSION}`, { exact: false }).waitFor();
    await expectAccessible(page, 'bank: statements');
    await page.getByRole('menuitem', { name: 'New statement' }).click();
    await page.getByRole('dialog').waitFor({ state: 'attached' });
    await expectAccessible(page, 'bank: new statement panel');
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: /^Publish release/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'attached' });
    await expectAccessible(page, 'bank: publish panel');
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: 'Import content pack' }).click();
    await page.getByRole('dialog').waitFor({ state: 'attached' });
    await expectAccessible(page, 'bank: import panel');
    await page.keyboard.press('Escape');
    await tab(page, 'Templates');
    await page.getByRole('navigation').first().waitFor();
    await expectAccessible(page, 'bank: templates');
    await tab(page, 'Resources');
    await page.getByRole('article').first().waitFor();
    await expectAccessible(page, 'bank: resources');
  });

  it('the owner: the dashboard with what is in review and due; the incident guide, resources, bank and profile tabs', async () => {
    const page = await signIn(SITES.oakfield, 'Helen Carter');
    const home = page.getByTestId('role-home');
    await home.waitFor();
    expect(await home.getAttribute('data-home')).toBe('Dashboard');
    expect(await page.getByTestId('roles-line').textContent()).toBe('You are a site owner here.');
    const tiles = await page.getByTestId('summary-tiles').locator('li').allTextContents();
    expect(tiles).toEqual(['0Drafts being written', '1In review', '0Reviews due within 60 days', '0Reviews overdue']);
    await expectAccessible(page, 'owner home');

    await tab(page, 'Incident guide');
    await page.getByTestId('incident-step').waitFor();
    await expectAccessible(page, 'incident guide: first question');
    // Answer every question with its first answer until an outcome appears.
    while (await page.getByTestId('incident-actions').count() === 0) {
      await page.getByTestId('incident-guide').getByRole('group').getByRole('button').first().click();
    }
    expect(await page.getByTestId('incident-contacts').textContent()).toContain('Tom Reid');
    await expectAccessible(page, 'incident guide: outcome');

    await tab(page, 'Resources');
    await page.getByRole('article').first().waitFor();
    await expectAccessible(page, 'school resources');
    await tab(page, 'Statement bank');
    await page.getByTestId('release-state').waitFor();
    await expectAccessible(page, 'school: statement bank');
    await tab(page, 'School profile');
    await page.getByTestId('profile-summary').getByText('Aisha Khan').first().waitFor();
    await expectAccessible(page, 'school profile');
    await page.getByRole('button', { name: 'Edit the school profile' }).click();
    await page.getByRole('dialog').waitFor({ state: 'attached' });
    await expectAccessible(page, 'school profile form');
  });

  it('an editor: the drafts open for editing and what is in review', async () => {
    const page = await signIn(SITES.oakfield, 'Tom Reid');
    const home = page.getByTestId('role-home');
    await home.waitFor();
    expect(await home.getAttribute('data-home')).toBe('MyDrafts');
    expect(await page.getByTestId('roles-line').textContent()).toBe('You are an editor here.');
    await page.getByRole('region', { name: 'In review' }).getByText('Online safety policy').waitFor();
    await expect(page.getByRole('region', { name: 'Drafts open for editing' }).getByText('No drafts are open for editing', { exact: false }).count()).resolves.toBe(1);
    await expectAccessible(page, 'editor home');
  });

  it('a governor: the decision waiting for them first, opening the frozen draft to decide', async () => {
    const page = await signIn(SITES.oakfield, 'Margaret Lewis');
    const home = page.getByTestId('role-home');
    await home.waitFor();
    expect(await home.getAttribute('data-home')).toBe('Decisions');
    expect(await page.getByTestId('roles-line').textContent()).toBe('You are an editor and an approver here.');
    expect(await page.getByTestId('awaiting-decisions').textContent()).toContain('Online safety policy: round 1, 0 of 2 approvals so far');
    await expectAccessible(page, 'governor home');
    await page.getByRole('button', { name: 'Review and decide: Online safety policy' }).click();
    await page.getByTestId('frozen-draft').waitFor();
    await expectAccessible(page, 'approval view');
  });

  it("another school's head is told they have no access, with what to do", async () => {
    const page = await signIn(SITES.oakfield, 'Daniel Price');
    await page.getByText("You don't have access to this site. Ask the site's owner to add you, then try again.").waitFor();
    await expectAccessible(page, 'no access');
  });

  it("follows Teams' dark and high-contrast themes, and re-themes in place when Teams changes it", async () => {
    for (const [theme, background, text] of [['dark', 'rgb(31, 31, 31)', 'rgb(255, 255, 255)'], ['contrast', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)']] as const) {
      const page = await signIn(SITES.oakfield, 'Helen Carter', `?host=teams&theme=${theme}`);
      await page.getByTestId('role-home').waitFor();
      const root = page.locator(`[data-theme="${theme}"]`);
      expect(await root.evaluate(el => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual([background, text]);
      await expectAccessible(page, `owner home, Teams ${theme}`);
      await page.getByText('Online safety policy', { exact: true }).click();
      await page.getByTestId('frozen-draft').or(page.getByTestId('draft-title')).first().waitFor();
      await expectAccessible(page, `draft, Teams ${theme}`);
    }

    // Teams tells an open tab its theme changed: the screen re-themes without reloading (the walk so far stays).
    const page = await signIn(SITES.oakfield, 'Helen Carter', '?host=teams');
    await tab(page, 'Incident guide');
    await page.getByTestId('incident-guide').getByRole('group').getByRole('button').first().click();
    const step = await page.getByTestId('incident-step').textContent();
    await page.getByRole('combobox', { name: 'Teams theme' }).click();
    await page.getByRole('option', { name: 'Dark' }).click();
    await page.locator('[data-theme="dark"]').waitFor();
    expect(await page.getByTestId('incident-step').textContent()).toBe(step);
    expect(await page.locator('[data-theme="dark"]').evaluate(el => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 31, 31)');
  });
});
