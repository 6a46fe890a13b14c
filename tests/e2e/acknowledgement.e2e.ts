import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ApprovalService } from '../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../src/domain/approval/LinkBuilder';
import { PublishService } from '../../src/services/publish/PublishService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { PEOPLE, SITES, type TestTenant } from '../support/testTenant';
import { useBrowserTenant } from './support/browserTenant';
import { completeOakfieldProfile, submitOakfieldPolicy } from './support/roundSetup';

/**
 * Issue 17's read and acknowledge in Chromium, through the screens: the owner asks the staff group to acknowledge the
 * published policy from its row; one member of staff finds it under "To read and acknowledge", another opens the
 * notice's link (`ack:<id>`); each acknowledges in one action; the owner's record shows who has and who has not, and
 * its CSV and Excel workbook say the same (with when the rest were reminded).
 */
jest.setTimeout(240_000);

const STAFF = 'Oakfield Staff';
const STAFF_PEOPLE = [PEOPLE.oakfieldDsl, PEOPLE.oakfieldLead, PEOPLE.oakfieldTech, PEOPLE.oakfieldChair, PEOPLE.oakfieldGovernor];
const claims = (login: string): string => `i:0#.f|membership|${login}`;
const silent = { notify: async () => [] };
const links: LinkBuilder = { deepLink: () => 'https://teams.microsoft.com/l/entity/x/y', webUrl: () => 'https://example.invalid/' };

/** A published policy (submitted, approved by both governors, published through the service) and a staff group. */
async function publishedPolicyAndStaff(tenant: TestTenant): Promise<void> {
  await completeOakfieldProfile(tenant);
  await submitOakfieldPolicy(tenant);
  const approvalsAs = (login: string): ApprovalService => new ApprovalService(tenant.sp(SITES.oakfield, login), silent, links);
  const school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
  const profile = await school.loadProfile();
  const { draft } = await school.openDraft(1);
  for (const governor of [PEOPLE.oakfieldChair, PEOPLE.oakfieldGovernor]) {
    const view = (await approvalsAs(governor).view(1, profile))!;
    await approvalsAs(governor).decide({ id: 1, title: draft.title }, view, profile, 'Approve', '', view.round.snapshotHash);
  }
  const head = approvalsAs(PEOPLE.oakfieldHead);
  await new PublishService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), head, async () => 'Europe/London').publish({ id: 1, title: draft.title, kind: draft.kind }, (await head.view(1, profile))!, profile);
  // A SharePoint group of people, as a school makes for its staff (the Team's members group holds the Team, not people).
  const web = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web;
  await web.siteGroups.add({ Title: STAFF });
  for (const login of STAFF_PEOPLE) await web.siteGroups.getByName(STAFF).users.add(claims(login));
}

async function openRecord(owner: Page): Promise<void> {
  await owner.getByTestId('role-home').waitFor();
  await owner.getByTestId('ask-ack-1').click();
  try {
    await owner.getByText('Who should read it').waitFor();
  } catch (error) {
    // Say what the panel showed instead.
    throw new Error(`The record did not open: ${String(error)}\n${await owner.locator('body').innerText().catch(() => '')}`);
  }
}

async function acknowledge(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'I have read and understood it' }).click();
  await page.getByText('You have acknowledged this version. Thank you.').waitFor();
}

describe('read and acknowledge, from the request to the record and its CSV (issue 17)', () => {
  const ctx = useBrowserTenant({ prepare: publishedPolicyAndStaff });

  it('the owner asks the staff, two acknowledge (from the home and from the link), and the record and CSV show who has', async () => {
    const owner = await ctx.signIn(SITES.oakfield, 'Helen Carter');
    await openRecord(owner);
    await owner.getByRole('combobox', { name: 'Who should read it' }).click();
    await owner.getByRole('option', { name: STAFF }).click();
    await owner.getByRole('button', { name: 'Send the request' }).click();
    await owner.getByText(/Asked \d+ people to read and acknowledge/).waitFor();
    await owner.context().close();

    // Tom Reid finds it on his home's "To read and acknowledge" tab.
    const tom = await ctx.signIn(SITES.oakfield, 'Tom Reid');
    await tom.getByRole('tab', { name: 'To read and acknowledge' }).click();
    await tom.getByTestId('ack-pending').getByRole('button').first().click();
    await acknowledge(tom);
    await tom.getByRole('button', { name: 'Back to the home' }).click();
    await tom.getByRole('tab', { name: 'To read and acknowledge' }).click();
    await tom.getByText('You have nothing to acknowledge.').waitFor();
    await tom.context().close();

    // Aisha Khan opens the link her notice carries: the app opens the request straight away.
    const aisha = await ctx.signIn(SITES.oakfield, 'Aisha Khan', { query: '?subEntityId=ack%3A1' });
    await acknowledge(aisha);
    await aisha.context().close();

    const again = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    await again.goto(`${ctx.tenant.url}${SITES.oakfield}/_layouts/15/workbench.aspx`);
    await again.getByRole('button', { name: 'Sign in as Helen Carter' }).click();
    await openRecord(again);
    const record = again.getByTestId('acknowledgement-record');
    await record.getByRole('row', { name: /Tom Reid/ }).getByText('Acknowledged').waitFor();
    await record.getByRole('row', { name: /Aisha Khan/ }).getByText('Acknowledged').waitFor();
    await record.getByRole('row', { name: /Margaret Lewis/ }).getByText('Not yet').waitFor();
    const [download] = await Promise.all([again.waitForEvent('download'), again.getByRole('button', { name: 'Export as CSV' }).click()]);
    const csv = (await fs.readFile((await download.path())!, 'utf8')).split('\r\n');
    // Dates as the record shows them: UK style, in the site's time zone (quoted, since they hold a comma).
    expect(csv[0]).toBe('\uFEFFName,E-mail,State,Date recorded,Note');
    expect(csv.find(line => line.startsWith('Tom Reid,'))).toMatch(/^Tom Reid,tom\.reid@[^,]+,Acknowledged,"\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d",$/);
    expect(csv.find(line => line.startsWith('Aisha Khan,'))).toMatch(/,Acknowledged,/);
    expect(csv.find(line => line.startsWith('Margaret Lewis,'))).toMatch(/,Not yet,,/);

    // Remind the rest, then the Excel workbook: who, audience, document and version, real dates, and when reminded.
    await again.getByRole('button', { name: 'Remind the rest' }).click();
    await again.getByText(/Reminded \d+ people\./).waitFor();
    const [xlsx] = await Promise.all([again.waitForEvent('download'), again.getByRole('button', { name: 'Download as Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^acknowledgements-\d+-v[\d.]+\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await fs.readFile((await xlsx.path())!) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Name', 'E-mail', 'Audience', 'Document', 'Version', 'State', 'Acknowledged on', 'Last reminded on', 'Note']);
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => { if (n > 1) rows.set(String(row.getCell(1).value), row); });
    const tomRow = rows.get('Tom Reid')!;
    expect([tomRow.getCell(3).value, tomRow.getCell(6).value]).toEqual([STAFF, 'Acknowledged']);
    expect(tomRow.getCell(7).value).toBeInstanceOf(Date);
    expect(tomRow.getCell(7).numFmt).toBe('dd/mm/yyyy');
    const margaret = rows.get('Margaret Lewis')!;
    expect([margaret.getCell(6).value, margaret.getCell(7).value]).toEqual(['Not yet', 'Not yet']);
    expect(margaret.getCell(8).value).toBeInstanceOf(Date);
    await again.context().close();
  });
});
