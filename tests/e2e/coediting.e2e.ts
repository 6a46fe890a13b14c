import type { Page } from 'playwright-core';
import { useBrowserTenant, type BrowserTenant } from './support/browserTenant';
import { PEOPLE, SITES } from '../support/testTenant';
import { SchoolService } from '../../src/services/school/SchoolService';

async function openDraftAs(ctx: BrowserTenant, person: string): Promise<Page> {
  const page = await ctx.signIn(SITES.oakfield, person);
  await page.getByText('Online safety policy', { exact: true }).click();
  await page.getByTestId('draft-title').waitFor();
  return page;
}

function block(page: Page, key: string) {
  return page.locator(`article[data-block-key="${key}"]`);
}

async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('draft-save-state').getByText('All changes saved').waitFor({ timeout: 20_000 });
}

describe('two people editing one draft in the browser', () => {
  const ctx = useBrowserTenant();
  let helen: Page;
  let tom: Page;

  beforeAll(async () => {
    helen = await openDraftAs(ctx, 'Helen Carter');
    tom = await openDraftAs(ctx, 'Tom Reid');
  });

  it("shows one person's saved change on the other's screen", async () => {
    const text = block(helen, 's:purpose-aim').locator('textarea');
    await text.fill(`${await text.inputValue()} Helen added this sentence.`);
    await waitSaved(helen);
    // Tom's screen takes it in at its next sync (every few seconds), without reloading.
    await tom.waitForFunction(() => (document.querySelector('article[data-block-key="s:purpose-aim"] textarea') as HTMLTextAreaElement | null)?.value.endsWith('Helen added this sentence.'), undefined, { timeout: 15_000 });
    expect(await block(tom, 's:purpose-aim').locator('textarea').inputValue()).toMatch(/Helen added this sentence\.$/);
  });

  it('offers a choice when both change the same words at once', async () => {
    const key = 's:purpose-part-of-safeguarding';
    const texts = new Map([[helen, 'Helen rewrote this statement completely.'], [tom, 'Tom rewrote this statement in his own way.']]);
    await Promise.all([...texts].map(([page, text]) => block(page, key).locator('textarea').fill(text)));
    // The one whose save came second sees the clash panel (tests/e2e/clash.e2e.ts follows it through in full).
    const chooser = await Promise.race([helen, tom].map(page => block(page, key).getByTestId('clash-panel').waitFor({ timeout: 60_000 })
      .then(() => page, () => new Promise<Page>(() => undefined))));
    await block(chooser, key).getByTestId('clash-panel').getByRole('button', { name: 'Keep mine' }).click();
    await waitSaved(chooser);
    const saved = (await new SchoolService(ctx.tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${ctx.tenant.url}${SITES.oakfield}`).openDraft(1)).draft.blocks.find(b => b.key === key);
    expect(saved?.content.text).toBe(texts.get(chooser));
  });

  it('keeps an edit made while offline through a reload, and sends it when SharePoint answers', async () => {
    const key = 's:purpose-whole-school';
    await tom.route('**/_api/**', route => route.abort());
    const text = block(tom, key).locator('textarea');
    await text.fill('Tom wrote this while the network was down.');
    await tom.getByTestId('draft-save-state').getByText(/Offline: 1 change/).waitFor({ timeout: 20_000 });
    await tom.unroute('**/_api/**');
    await tom.reload();
    await tom.getByText('Online safety policy', { exact: true }).click();
    await tom.getByTestId('draft-title').waitFor();
    expect(await block(tom, key).locator('textarea').inputValue()).toBe('Tom wrote this while the network was down.');
    await waitSaved(tom);
    const saved = (await new SchoolService(ctx.tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${ctx.tenant.url}${SITES.oakfield}`).openDraft(1)).draft.blocks.find(b => b.key === key);
    expect(saved?.content.text).toBe('Tom wrote this while the network was down.');
  });
});
