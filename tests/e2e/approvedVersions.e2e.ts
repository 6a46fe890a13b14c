import * as fs from 'fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { SchoolService } from '../../src/services/school/SchoolService';
import { useBrowserTenant, type BrowserTenant } from './support/browserTenant';
import { completeOakfieldProfile } from './support/roundSetup';
import { PEOPLE, SITES, type TestTenant } from '../support/testTenant';

/**
 * Approved means locked, in the browser: governors read the school's changes first; once approved and published,
 * the headteacher opens v1.0 from home, finds the draft read-only and its Word download the approved copy, starts
 * a new version, edits it, and it needs a new approval while v1.0 stays published.
 */

const LEFT_OUT = 's:purpose-balance';
const AMENDED = 's:purpose-aim';
const ADDED_TEXT = ' Pupils help us review it.';

/** The headteacher leaves one optional statement out and amends another, through the real services. */
async function schoolDepartsFromModel(tenant: TestTenant): Promise<void> {
  await completeOakfieldProfile(tenant);
  const school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
  const { draft } = await school.openDraft(1);
  const leftOut = draft.blocks.find(b => b.key === LEFT_OUT)!;
  const amended = draft.blocks.find(b => b.key === AMENDED)!;
  await school.blocks().updateBlock(leftOut.itemId!, leftOut.version!, { included: false });
  await school.blocks().updateBlock(amended.itemId!, amended.version!, { text: `${amended.content.text}${ADDED_TEXT}` });
}

/** Opens the newest notification for `person` from the local Teams feed, as their Teams would. */
async function openFromFeed(ctx: BrowserTenant, person: string): Promise<Page> {
  const page = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${ctx.tenant.url}/_local/feed`);
  await page.locator('li', { hasText: person }).filter({ hasText: 'approvalRequested' }).first().getByRole('link', { name: `Open as ${person}` }).click();
  return page;
}

async function submit(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Submit for approval' }).click();
  await page.getByText('All checks pass', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByTestId('deliveries').waitFor({ timeout: 30_000 });
}

async function downloadWord(page: Page): Promise<string> {
  await page.getByRole('menuitem', { name: 'Word document', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('menu', { name: 'Word document' }).getByRole('menuitem', { name: 'Download Word', exact: true }).click()
  ]);
  const file = await download.path();
  if (!file) throw new Error(`The download failed: ${String(await download.failure())}`);
  return (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
}

async function openPolicy(page: Page): Promise<void> {
  await page.getByText('Online safety policy', { exact: true }).click();
  await page.getByTestId('draft-title').waitFor();
}

describe('an approved policy stays approved', () => {
  const ctx = useBrowserTenant({ prepare: schoolDepartsFromModel });

  it('approve → publish → open v1.0 from home → edit → a new version starts → it needs approval again', async () => {
    const owner = await ctx.signIn(SITES.oakfield, 'Helen Carter', { acceptDownloads: true });
    await openPolicy(owner);
    await submit(owner);
    await owner.getByRole('button', { name: 'Back' }).click();

    // Governors read the school's changes first: the left-out statement and the amendment, its two wordings labelled.
    for (const governor of ['Margaret Lewis', 'David Okafor']) {
      const page = await openFromFeed(ctx, governor);
      const summary = page.getByTestId('changes-summary');
      await summary.waitFor({ timeout: 30_000 });
      expect(await summary.getByTestId('departures-leftOut').locator(`li[data-block-key="${LEFT_OUT}"]`).count()).toBe(1);
      const amended = summary.getByTestId('departures-amended').locator(`li[data-block-key="${AMENDED}"]`);
      expect(await amended.getByTestId('diff-before').textContent()).toMatch(/^Bank wording/);
      expect(await amended.getByTestId('diff-after').textContent()).toMatch(/^School wording.*Pupils help us review it\.$/);
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByText('You decided: Approve').waitFor({ timeout: 30_000 });
      await page.context().close();
    }

    // Approved: the draft is locked; publishing it makes v1.0.
    await openPolicy(owner);
    await owner.getByTestId('version-title').getByText(/^Version 1\.0, approved \d{1,2} [A-Z][a-z]+ \d{4}$/).waitFor({ timeout: 30_000 });
    expect(await owner.locator(`article[data-block-key="${AMENDED}"] textarea`).count()).toBe(0);
    expect(await owner.getByRole('menuitem', { name: 'Submit for approval' }).count()).toBe(0);
    await owner.getByRole('button', { name: 'Publish' }).click();
    await owner.getByText('Published version 1.0 to the Policies library.').waitFor({ timeout: 30_000 });
    await owner.getByTestId('version-title').getByText(/^Version 1\.0, approved .* and published$/).waitFor();
    // Every Word download of the approved draft is the approved copy.
    const approvedCopy = await downloadWord(owner);
    expect(approvedCopy).toMatch(/Version 1\.0, approved \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(approvedCopy).not.toContain('not yet approved');

    // Home says Published, and "Open v1.0" opens the published file.
    await owner.getByRole('button', { name: 'All documents' }).click();
    await owner.getByTestId('state-1').getByText('Published').waitFor();
    // The file opens in a new tab, which Chromium turns into a download (the local server has no Office viewer):
    // the tab asks for the file's own address, which answers the signed-in reader with the published Word file.
    const fileRequest = new Promise<string>(resolve => owner.context().on('request', request => { if (/\.docx(\?|$)/.test(request.url())) resolve(request.url()); }));
    await owner.getByText('Open v1.0', { exact: true }).click();
    const address = await fileRequest;
    expect(new URL(address).pathname).toBe(`${SITES.oakfield}/Policies/online-safety-policy.docx`);
    const answer = await owner.context().request.get(address);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/wordprocessingml/);
    const publishedXml = await (await JSZip.loadAsync(await answer.body())).file('word/document.xml')!.async('string');
    expect(publishedXml).toContain('Version 1.0, approved');

    // Editing starts a new version, based on the approved one.
    await openPolicy(owner);
    await owner.getByTestId('start-next-version').click();
    await owner.getByTestId('version-title').getByText('Version 1.1 in progress').waitFor({ timeout: 30_000 });
    const text = owner.locator(`article[data-block-key="${AMENDED}"] textarea`);
    await text.fill(`${await text.inputValue()} Reviewed again for the new year.`);
    await owner.getByTestId('draft-save-state').getByText('All changes saved').waitFor({ timeout: 30_000 });
    const draftCopy = await downloadWord(owner);
    expect(draftCopy).toContain('Version 1.1 draft');
    expect(draftCopy).toContain('Draft: not yet approved');

    // Home tells the truth: a new version in progress, v1.0 still the published file.
    await owner.getByRole('button', { name: 'All documents' }).click();
    await owner.getByTestId('state-1').getByText('New version in progress').waitFor();
    expect(await owner.getByText('Open v1.0', { exact: true }).count()).toBe(1);

    // It needs approval again.
    await openPolicy(owner);
    await submit(owner);
    await owner.getByRole('button', { name: 'Back' }).click();
    await owner.getByTestId('round-state').getByText('In review: round 2').waitFor({ timeout: 30_000 });
    await owner.getByRole('button', { name: 'All documents' }).click();
    await owner.getByTestId('state-1').getByText('In review').waitFor();
  }, 300_000);
});
