/**
 * The shots of the screens issues 16 to 18 added: publishing's copies, read and acknowledge and its record, the
 * coverage check, the clash panel and the officer's dashboard of schools. Each asks the scenario's story for the
 * state it needs (see `story.ts`), then finds its screen by roles and visible text, as the older shots do.
 */
import type { Page } from 'playwright-core';
import { PEOPLE, SITES, workbenchPath, type Person } from './scenario';
import { openOakfieldHome, openPolicyDraft } from './steps';
import type { Shot, ShotKit } from './shots';

/** The statement the headteacher and the DSL change at once: the same words (the sentence version 2.0 added), each their own way. */
const CLASH_BLOCK = 's:purpose-part-of-safeguarding';
const CLASH_WORDS = 'each September.';
const CLASH_TEXTS = {
  head: 'at the start of each school year.',
  dsl: 'every autumn term, and signs to say so.'
};

/**
 * Fails the shot when the documents list is wider than its space or a row's copies and actions are clipped: the list
 * once needed ~1330 px in the 1168 px a 1280 px page leaves, and its buttons showed as bare icons.
 */
async function assertRowFits(page: Page, draftId: number): Promise<void> {
  const grid = page.getByRole('grid').first();
  const gridBox = await grid.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  for (const id of [`pdf-${draftId}`, `website-copy-${draftId}`, `ask-ack-${draftId}`]) {
    const element = page.getByTestId(id);
    const box = await element.boundingBox();
    const clipped = await element.evaluate(el => el.scrollWidth > el.clientWidth + 1);
    if (!box || !gridBox || box.x + box.width > Math.min(width, gridBox.x + gridBox.width) || clipped) {
      throw new Error(`${id} is clipped or past the list's right edge (${JSON.stringify(box)} in ${JSON.stringify(gridBox)}).`);
    }
  }
  await page.getByRole('button', { name: 'Ask to acknowledge' }).first().waitFor();
}

/** The policy draft as `person` sees it, opened from their school home. */
async function openDraftAs(kit: ShotKit, person: Person): Promise<Page> {
  const page = await kit.open(person, workbenchPath(SITES.oakfield));
  await page.getByText(kit.scenario.policyTitle, { exact: true }).first().click();
  await page.getByRole('heading', { name: kit.scenario.policyTitle, exact: true }).waitFor();
  await page.getByText('All changes saved').waitFor();
  return page;
}

/** Resolves with the page whose clash panel shows first; fails when neither shows one within a minute. */
function firstWithClash(pages: Page[]): Promise<Page> {
  return Promise.any(pages.map(page => page.locator(`article[data-block-key="${CLASH_BLOCK}"]`).getByTestId('clash-panel')
    .waitFor({ timeout: 60_000 }).then(() => page)));
}

export const LATER_SHOTS: Shot[] = [
  {
    name: 'published-copies',
    shows: "A published policy's row on the school home: its Word file (\"Open v1.0\"), the website copy (HTML) and the PDF, the row's menu and \"Ask to acknowledge\".",
    async run(kit) {
      const published = await kit.scenario.story.published();
      const page = await openOakfieldHome(kit);
      await page.getByTestId(`website-copy-${published.draftId}`).waitFor();
      await page.getByTestId(`pdf-${published.draftId}`).waitFor();
      await page.getByTestId(`ask-ack-${published.draftId}`).waitFor();
      await assertRowFits(page, published.draftId);
      await page.getByText(kit.scenario.policyTitle, { exact: true }).first().waitFor();
      await page.mouse.move(0, 0);
      await kit.save(page);
    }
  },
  {
    name: 'acknowledge',
    shows: "A member of staff's \"To read and acknowledge\": the new version of the policy shows only the statement that changed since the version they acknowledged, with one button to acknowledge it.",
    async run(kit) {
      await kit.scenario.story.secondVersionAsked();
      const page = await kit.open(PEOPLE.oakfieldDsl, workbenchPath(SITES.oakfield));
      await page.getByRole('tab', { name: 'To read and acknowledge' }).click();
      await page.getByTestId('ack-pending').getByRole('button').first().click();
      await page.getByTestId('changed-statements').waitFor();
      await page.getByRole('button', { name: 'I have read and understood it' }).waitFor();
      await kit.save(page);
    }
  },
  {
    name: 'acknowledgement-record',
    shows: 'The owner\'s record of a request to acknowledge: who has (with the date) and who has not yet, with "Remind the rest" and "Export as CSV".',
    async run(kit) {
      await kit.scenario.story.someAcknowledged();
      const page = await openOakfieldHome(kit);
      await page.getByTestId(`ask-ack-${kit.scenario.policyDraftId}`).click();
      const record = page.getByTestId('acknowledgement-record');
      await record.getByRole('row', { name: /Tom Reid/ }).getByText('Acknowledged').waitFor();
      await record.getByRole('row', { name: /Margaret Lewis/ }).getByText('Not yet').waitFor();
      await page.getByRole('button', { name: 'Export as CSV' }).waitFor();
      await kit.save(page);
    }
  },
  {
    name: 'coverage-check',
    shows: "The draft editor's coverage check: a topic a 2026 policy must cover that the draft leaves out, with the bank's statement that covers it offered to add.",
    async run(kit) {
      const topic = await kit.scenario.story.coverageGap();
      const page = await openPolicyDraft(kit);
      const panel = page.getByTestId('coverage-panel');
      const missing = panel.locator('section', { has: page.getByRole('heading', { name: topic, exact: true }) });
      await missing.getByRole('button', { name: /^Add/ }).first().waitFor();
      await kit.save(page, { top: panel });
    }
  },
  {
    name: 'clash',
    shows: 'Two people changed the same words of a statement at once: the one who saved second sees both versions (whose is whose, the differences marked) and a combined text to save.',
    async run(kit) {
      // The next version is being drafted (the coverage shot's state): the policy can be edited again.
      await kit.scenario.story.coverageGap();
      const [head, dsl] = await Promise.all([openDraftAs(kit, PEOPLE.oakfieldHead), openDraftAs(kit, PEOPLE.oakfieldDsl)]);
      const box = (page: Page) => page.locator(`article[data-block-key="${CLASH_BLOCK}"]`).locator('textarea');
      const before = await box(head).inputValue();
      if (!before.includes(CLASH_WORDS)) throw new Error(`The statement ${CLASH_BLOCK} no longer says "${CLASH_WORDS}" (scripts/screenshots/story.ts changes it).`);
      await Promise.all([box(head).fill(before.replace(CLASH_WORDS, CLASH_TEXTS.head)), box(dsl).fill(before.replace(CLASH_WORDS, CLASH_TEXTS.dsl))]);
      const settler = await firstWithClash([head, dsl]);
      const panel = settler.locator(`article[data-block-key="${CLASH_BLOCK}"]`).getByTestId('clash-panel');
      await panel.getByTestId('clash-combined').waitFor();
      await kit.save(settler, { top: settler.locator(`article[data-block-key="${CLASH_BLOCK}"]`) });
    }
  },
  {
    name: 'officer-dashboard',
    shows: "The e-Safety officer's Schools tab on the bank site after two schools reported: the release each adopted, and the bank's statements ranked by how many schools amended them or left them out.",
    async run(kit) {
      await kit.scenario.story.reported();
      const page = await kit.open(PEOPLE.officer, workbenchPath(SITES.bank));
      await page.getByRole('tab', { name: 'Schools' }).click();
      const dashboard = page.getByTestId('officer-dashboard');
      await dashboard.getByText(/: 2 schools$/).first().waitFor();
      await dashboard.getByTestId('statement-ranking').locator('[role="row"]').nth(1).waitFor();
      await page.mouse.move(0, 0);
      await kit.save(page, { top: dashboard.getByText('Releases and the schools that adopted them') });
    }
  }
];
