import { useBrowserTenant } from './support/browserTenant';
import { buildStarterPack, STARTER_PACK_VERSION } from '../../src/content/starterPack';
import { editStatement } from '../../src/domain/bank/bankCommands';
import { BankService } from '../../src/services/bank/BankService';
import { BANK_LISTS } from '../../src/services/sharepoint/schema/bankSchema';
import { PEOPLE, SITES } from '../support/testTenant';

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

    await page.getByRole('menuitem', { name: /Publish release \(1 change\)/ }).click();
    const changes = page.getByTestId('release-changes');
    await changes.getByText('We review it with pupils every year.').waitFor();
    expect(await changes.locator('ins').first().textContent()).toContain('We review it with pupils every year.');
    await page.getByRole('textbox', { name: 'Release label' }).fill('2027.1');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published release 2027.1.').waitFor();
    await page.getByTestId('release-state').getByText('Published release 2027.1', { exact: true }).waitFor();
    await page.context().close();

    const schoolPage = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await schoolPage.getByRole('tab', { name: 'Statement bank' }).click();
    await schoolPage.getByTestId('release-state').getByText('Published release 2027.1').waitFor();
    const seen = schoolPage.locator('article[data-statement-key="purpose-aim"]');
    expect(await seen.getByTestId('statement-text').textContent()).toBe(`${original} We review it with pupils every year.`);
    expect(await seen.getByText('Version 2').count()).toBe(1);
    // A school user reads the bank but is offered no way to change it.
    expect(await schoolPage.getByRole('menuitem', { name: /Publish release/ }).count()).toBe(0);
    expect(await seen.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await schoolPage.context().close();
  });

  it('the officer finishes a half-published release from the screen, and is told when another officer saved first', async () => {
    // A session stopped half-way through publishing the starter release: it is still "Publishing" and one statement
    // has no published copy yet.
    const sp = ctx.tenant.sp(SITES.bank, PEOPLE.officer);
    const key = buildStarterPack().statements[1].key;
    const [release] = await sp.web.lists.getByTitle(BANK_LISTS.releases).items.select('Id').filter('ReleaseNumber eq 1')<{ Id: number }[]>();
    await sp.web.lists.getByTitle(BANK_LISTS.releases).items.getById(release.Id).update({ ReleaseStatus: 'Publishing' });
    const [item] = await sp.web.lists.getByTitle(BANK_LISTS.statements).items.select('Id').filter(`StatementKey eq '${key}'`)<{ Id: number }[]>();
    await sp.web.lists.getByTitle(BANK_LISTS.statements).items.getById(item.Id).update({ PublishedVersion: null, PublishedJson: null });

    const page = await ctx.signIn(SITES.bank, 'Priya Shah');
    const banner = page.getByTestId('release-interrupted');
    await banner.getByText(`Publishing release "${STARTER_PACK_VERSION}" stopped before it finished`).waitFor();
    await banner.getByRole('button', { name: 'Finish publishing' }).click();
    await banner.waitFor({ state: 'detached' });
    const school = new BankService(ctx.tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${ctx.tenant.url}${SITES.bank}`);
    expect((await school.loadPublished()).statements.find(s => s.key === key)?.published?.version).toBe(1);

    // The adviser saves the same statement after the officer's screen read it: the officer's edit is refused and
    // the screen says so in words, then shows the adviser's version.
    const adviser = new BankService(ctx.tenant.sp(SITES.bank, PEOPLE.adviser), `${ctx.tenant.url}${SITES.bank}`);
    const theirs = await adviser.load();
    await adviser.save(theirs, editStatement(theirs, 'purpose-aim', { text: 'The adviser rewrote the aim.' }));
    const card = page.locator('article[data-statement-key="purpose-aim"]');
    await card.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Statement' }).fill('The officer rewrote the aim.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByTestId('save-state').getByText('Someone else saved a change to 1 of these items').waitFor();
    await card.getByTestId('statement-text').getByText('The adviser rewrote the aim.').waitFor();
    await page.context().close();
  });
});
