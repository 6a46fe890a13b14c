import type { Browser, Page } from 'playwright-core';
import { buildStarterPack, STARTER_PACK_VERSION } from '../../../src/content/starterPack';
import type { StatementContent } from '../../../src/domain/bank/BankModel';
import { publishedColumns, statementColumns } from '../../../src/services/bank/bankWire';
import { BANK_LISTS } from '../../../src/services/sharepoint/schema/bankSchema';
import { partColumn, partOf } from '../../../src/services/drafts/blockParts';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../../src/services/sharepoint/schema/schoolSchema';
import { fillList } from '../../local/fidelity/helpers';
import { PEOPLE, SITES, type TestTenant } from '../../support/testTenant';
import { meterPage, type ScreenWire } from './wireMeter';
import { workbenchUrl } from './workbenchTenant';

/** The bank every opening is measured against (issue 16: "with a 500-statement bank"). */
export const BANK_STATEMENTS = 500;

/**
 * Grows the seeded bank (the starter pack, published as release 2026.1) to `total` published statements. Written
 * straight into the server's store as `tests/integration/bankSize.test.ts` does: each item is what the product
 * itself writes (working columns and the published copy of the starter release).
 */
export function growPublishedBank(tenant: TestTenant, total = BANK_STATEMENTS): void {
  const pack = buildStarterPack();
  const sectionKey = pack.sections.find(s => s.content.group === 'Policy')?.key as string;
  fillList(tenant, SITES.bank, BANK_LISTS.statements, total - pack.statements.length, PEOPLE.officer, id => {
    const content: StatementContent = {
      sectionKey, text: `Filler statement ${id}: staff report any online-safety concern to the DSL the same day, in writing.`,
      guidance: `Guidance for filler statement ${id}: what a good answer names.`, mandatory: false, settings: ['Primary', 'Secondary'],
      tags: ['filler'], order: 10_000 + id, checkAgainstGuidance: false, retired: false
    };
    return { ...statementColumns(`filler-${id}`, content), ...publishedColumns({ version: 1, content, releaseLabel: STARTER_PACK_VERSION }) };
  });
}

/** The draft the editor's opening is measured with (issue 16: "a 200-block draft"). */
export const DRAFT_BLOCKS = 200;

/**
 * Grows Oakfield's policy (draft 1) to `total` blocks with the school's own statements in its first section, written
 * straight into the server's store (as `tests/integration/sizeDrafts.test.ts` does) with the columns the product writes.
 */
export async function growOakfieldDraft(tenant: TestTenant, total = DRAFT_BLOCKS): Promise<void> {
  const { draft } = await new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`).openDraft(1);
  const section = [...draft.sections].sort((a, b) => a.order - b.order)[0];
  // Under BLOCKS_PER_PART: the seeded draft is one part (its BlockParts is empty), as a 200-block creation makes it.
  const parts = 1;
  fillList(tenant, SITES.oakfield, SCHOOL_LISTS.blocks, total - draft.blocks.length, PEOPLE.oakfieldDsl, id => {
    const key = `c:grown-${id}`;
    return {
      DraftId: 1, DraftPart: partColumn(1, partOf(key, parts)), BlockKey: `1/${key}`, BlockKind: 'Custom', Title: `School statement ${id}`,
      BlockText: `School statement ${id}: pupils tell a trusted adult about anything online that worries them.`, BaseText: '', Included: true,
      SortOrder: 10_000 + id, SectionKey: section.key, Mandatory: false
    };
  });
}

/**
 * Makes the adviser a visitor of Oakfield the ordinary way: a member of the site's Visitors group, which the
 * approval lists are shared with. (His seeded direct Read grant alone does not reach those lists, and the app then
 * tells him the site is not set up: see the report of issue 16's opening work.)
 */
export async function addOakfieldVisitor(tenant: TestTenant): Promise<void> {
  await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.siteGroups.getByName('Oakfield Primary School Visitors').users.add(`i:0#.f|membership|${PEOPLE.adviser}`);
}

/** Each role's first screen: who signs in where, and what shows once it has its content. */
export interface FirstScreen {
  role: string;
  site: string;
  person: string;
  /** Resolves once the screen shows its content. */
  shown: (page: Page) => Promise<void>;
}

/** The home has its content: the role line, and the policy in review where this person sees it. */
async function schoolHomeShown(page: Page, rolesLine: string, inReview: string): Promise<void> {
  await page.getByTestId('roles-line').getByText(rolesLine, { exact: true }).waitFor();
  await page.getByTestId('role-home').getByText(inReview, { exact: false }).first().waitFor();
}

/** The roles line and what each person's home shows once read (`submitOakfieldPolicy` put one policy in review). */
export const FIRST_SCREENS: FirstScreen[] = [
  { role: 'owner', site: SITES.oakfield, person: 'Helen Carter', shown: page => schoolHomeShown(page, 'You are a site owner here.', 'Online safety policy') },
  { role: 'member', site: SITES.oakfield, person: 'Tom Reid', shown: page => schoolHomeShown(page, 'You are an editor here.', 'Online safety policy') },
  // The outcome (0 of 2) comes from the round's frozen copy and the ballots: the second `$batch`.
  { role: 'governor', site: SITES.oakfield, person: 'Margaret Lewis', shown: page => schoolHomeShown(page, 'You are an editor and an approver here.', 'round 1, 0 of 2 approvals so far') },
  { role: 'visitor', site: SITES.oakfield, person: 'Ben Morgan', shown: page => schoolHomeShown(page, 'You are a reader here.', 'Nothing has been published yet.') },
  { role: 'officer', site: SITES.bank, person: 'Priya Shah', shown: page => page.getByTestId('release-state').getByText('Published release', { exact: false }).waitFor() }
];

/**
 * The draft editor opened from a deep link, usable: the draft's title and its grown statements show, with its round
 * (in review: `submitOakfieldPolicy`; edits wait until the round is known) and the coverage check against the bank.
 */
export const DRAFT_EDITOR: FirstScreen = {
  role: 'draft editor', site: SITES.oakfield, person: 'Tom Reid',
  shown: async page => {
    await page.getByTestId('draft-title').getByText('Online safety policy', { exact: true }).waitFor();
    await page.locator('article[data-block-key]').first().waitFor();
    await page.getByTestId('round-state').waitFor();
    await page.getByTestId('coverage-panel').first().waitFor();
  }
};

/**
 * Opens a role's first screen in a fresh browser profile and counts its SharePoint and Graph calls: from the
 * "sign in as" click (which loads the app) until the screen shows its content and the network is quiet.
 */
export async function openFirstScreen(browser: Browser, tenant: TestTenant, screen: FirstScreen, query = ''): Promise<{ page: Page; wire: ScreenWire }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(workbenchUrl(tenant, screen.site, query));
  const meter = meterPage(page);
  await page.getByRole('button', { name: `Sign in as ${screen.person}` }).click();
  try {
    await screen.shown(page);
  } catch (error) {
    // Say what the screen showed instead, and what it sent.
    const shown = await page.locator('body').innerText().catch(() => '');
    throw new Error(`${screen.role}'s first screen did not show: ${String(error)}\n${shown}\n${describeWire(screen.role, await meter.stop())}`);
  }
  await page.waitForLoadState('networkidle');
  return { page, wire: await meter.stop() };
}

/** The lines a failing budget prints: totals, then each request. */
export function describeWire(role: string, wire: ScreenWire): string {
  return [`${role}: ${wire.requests} requests, ${(wire.wireBytes / 1024).toFixed(1)} KB wire, ${(wire.decodedBytes / 1024).toFixed(1)} KB decoded`, ...wire.lines.map(l => `  ${l}`)].join('\n');
}
