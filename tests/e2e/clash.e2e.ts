import type { Page } from 'playwright-core';
import { useBrowserTenant, type BrowserTenant } from './support/browserTenant';
import { PEOPLE, SITES } from '../support/testTenant';
import { SchoolService } from '../../src/services/school/SchoolService';
import { enGB } from '../../src/loc/enGB';
import { format } from '../../src/loc/strings';

/**
 * Issue 16's clash through the real UI: Helen and Tom change the same words of one statement at once. The one whose
 * save came second sees both versions (whose is whose, the differences marked) and a combined text; the clash
 * survives a reload; they settle it by editing the combined text; the other is told their statement changed.
 */
const KEY = 's:purpose-part-of-safeguarding';
const PEOPLE_NAMES = ['Helen Carter', 'Tom Reid'] as const;
const TEXTS: Record<(typeof PEOPLE_NAMES)[number], string> = {
  'Helen Carter': 'Helen rewrote this statement completely.',
  'Tom Reid': 'Tom rewrote this statement in his own way.'
};
const COMBINED = 'Helen and Tom agreed this statement together.';

async function openDraft(page: Page): Promise<void> {
  await page.getByText('Online safety policy', { exact: true }).click();
  await page.getByTestId('draft-title').waitFor();
}

async function openDraftAs(ctx: BrowserTenant, person: string): Promise<Page> {
  const page = await ctx.signIn(SITES.oakfield, person);
  await openDraft(page);
  return page;
}

function block(page: Page, key: string) {
  return page.locator(`article[data-block-key="${key}"]`);
}

/** Resolves with the page whose clash panel shows first (the other's wait is let go quietly). */
function firstWithClash(pages: Page[]): Promise<Page> {
  return Promise.race(pages.map(page => block(page, KEY).getByTestId('clash-panel').waitFor({ timeout: 60_000 }).then(() => page, () => new Promise<Page>(() => undefined))));
}

describe('two people change the same words of a statement', () => {
  const ctx = useBrowserTenant();
  const savedText = async (): Promise<string | undefined> =>
    (await new SchoolService(ctx.tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${ctx.tenant.url}${SITES.oakfield}`).openDraft(1)).draft.blocks.find(b => b.key === KEY)?.content.text;

  it('shows both versions whose is whose, keeps the clash through a reload, settles it combined and tells the other', async () => {
    const [helen, tom] = await Promise.all(PEOPLE_NAMES.map(name => openDraftAs(ctx, name)));
    await Promise.all([
      block(helen, KEY).locator('textarea').fill(TEXTS['Helen Carter']),
      block(tom, KEY).locator('textarea').fill(TEXTS['Tom Reid'])
    ]);
    const settler = await firstWithClash([helen, tom]);
    const [settlerName, firstName] = settler === helen ? PEOPLE_NAMES : [PEOPLE_NAMES[1], PEOPLE_NAMES[0]];
    const first = settler === helen ? tom : helen;

    // Whose is whose: the panel names the person who saved first, and shows their words struck through against mine.
    let panel = block(settler, KEY).getByTestId('clash-panel');
    expect(await panel.getAttribute('aria-label')).toBe(format(enGB.clash.title, firstName));
    expect(await panel.getByTestId('diff-labelled').getAttribute('aria-label')).toBe(enGB.clash.differences);
    expect(await panel.locator('del').count()).toBeGreaterThan(0);
    expect(await panel.locator('ins').count()).toBeGreaterThan(0);
    // The first person's words are what SharePoint holds now.
    expect(await savedText()).toBe(TEXTS[firstName]);

    // A clash not yet settled survives a reload (the queue keeps it with the edit).
    await settler.reload();
    await openDraft(settler);
    panel = block(settler, KEY).getByTestId('clash-panel');
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.getAttribute('aria-label')).toBe(format(enGB.clash.title, firstName));

    // Settled by editing the combined text (it starts with both versions' words).
    const combined = panel.getByTestId('clash-combined');
    const suggested = await combined.inputValue();
    expect(suggested).toContain('Helen');
    expect(suggested).toContain('Tom');
    await combined.fill(COMBINED);
    await panel.getByRole('button', { name: enGB.clash.saveCombined }).click();
    await block(settler, KEY).getByTestId('clash-panel').waitFor({ state: 'detached', timeout: 10_000 });
    await settler.getByTestId('draft-save-state').getByText('All changes saved').waitFor({ timeout: 30_000 });
    expect(await savedText()).toBe(COMBINED);

    // The first person is told: their words were replaced, by whom, and what it says now; "Got it" clears it.
    const notice = first.locator(`[data-testid="statement-notice"][data-block-key="${KEY}"]`);
    await notice.getByText(format(enGB.clash.changedByOther, settlerName, COMBINED)).waitFor({ timeout: 30_000 });
    expect(await block(first, KEY).locator('textarea').inputValue()).toBe(COMBINED);
    // (MessageBar puts its actions beside the element that takes data-testid.)
    await first.getByRole('button', { name: enGB.clash.noticeSeen }).click();
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    // The settler is not told about their own settling.
    expect(await settler.getByTestId('statement-notice').count()).toBe(0);
    await Promise.all([helen.context().close(), tom.context().close()]);
  }, 240_000);
});
