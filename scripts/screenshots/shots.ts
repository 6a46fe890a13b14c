/**
 * The README's screenshots, one small named step each. A step opens the workbench as a seeded person, gets the
 * screen into the state the caption describes (by roles and visible text, as a person would find it), waits for
 * the content and saves the picture. When the UI changes, change the step: each stands alone.
 */
import type { Locator, Page } from 'playwright-core';
import { PEOPLE, SITES, workbenchPath, type Person, type Scenario } from './scenario';
import { documentLink, openOakfieldHome, openPolicyDraft } from './steps';
import { LATER_SHOTS } from './laterShots';

/** What a step gets from the runner. */
export interface ShotKit {
  scenario: Scenario;
  /** A new page in its own browser context, signed in as `person` (or nobody), at a path on the local server. */
  open(person: Person | undefined, pathAndQuery: string): Promise<Page>;
  /** Saves the page's viewport as this step's picture; `top` is scrolled to the top of the viewport first. */
  save(page: Page, options?: { top?: Locator }): Promise<void>;
}

/** One screenshot: its file name (without .png), what it must show (the README's caption says the same), and how to get there. */
export interface Shot {
  name: string;
  shows: string;
  run(kit: ShotKit): Promise<void>;
}

export const SHOTS: Shot[] = [
  {
    name: 'bank-officer',
    shows: "The e-Safety officer's statement bank on the authority's bank site: sections, statements, and the selected statement's guidance for schools.",
    async run(kit) {
      const page = await kit.open(PEOPLE.officer, workbenchPath(SITES.bank));
      await page.getByText(/^Published release /).first().waitFor();
      await page.getByRole('article').first().click();
      const detail = page.getByRole('complementary', { name: 'Guidance for schools' });
      await detail.getByText(/^Version \d+, release /).first().waitFor();
      await kit.save(page);
    }
  },
  {
    name: 'draft-editor',
    shows: "The draft editor: sections on the left, the statements in the centre (one amended, its changes from the bank shown), the selected statement's guidance and comments on the right.",
    async run(kit) {
      const page = await openPolicyDraft(kit);
      const amended = page.getByRole('article').filter({ hasText: 'Amended' }).first();
      await amended.getByText('Amended', { exact: true }).click();
      await amended.getByRole('button', { name: 'Show changes from the bank' }).click();
      await page.getByRole('complementary', { name: 'Guidance from the local authority' }).getByRole('tab', { name: /^Comments \(1\)/ }).waitFor();
      await kit.save(page);
    }
  },
  {
    name: 'submit-for-approval',
    shows: 'Submitting for approval: the checks, the approvers group and rule, and the date a decision is due.',
    async run(kit) {
      const page = await openPolicyDraft(kit);
      await page.getByRole('menuitem', { name: 'Submit for approval' }).click();
      await page.getByText('All checks pass', { exact: false }).waitFor();
      await page.getByText(/^Approvers \(/).waitFor();
      await kit.save(page);
      // Sending it makes the round the governors' shot opens.
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await page.getByRole('heading', { name: 'How each approver was told' }).waitFor({ timeout: 30_000 });
    }
  },
  {
    name: 'governor-approval',
    shows: "A governor opens the approval request from the Teams activity feed: the frozen policy, with the school's changes from the bank's wording marked.",
    async run(kit) {
      await kit.scenario.ensureRoundOpen();
      const feed = await kit.open(undefined, '/_local/feed');
      const notification = feed.getByRole('listitem').filter({ hasText: PEOPLE.oakfieldChair.name }).filter({ hasText: 'approvalRequested' }).first();
      await notification.getByRole('link', { name: `Open as ${PEOPLE.oakfieldChair.name}` }).click();
      await feed.getByRole('article', { name: kit.scenario.policyTitle }).waitFor();
      await feed.getByRole('button', { name: 'Approve' }).waitFor();
      await kit.save(feed);
    }
  },
  {
    name: 'school-home',
    shows: "A school's home for its headteacher (a site owner): the school's documents, their state, and what needs attention.",
    async run(kit) {
      const page = await openOakfieldHome(kit);
      await documentLink(page, /acceptable use/i).waitFor();
      await kit.save(page);
    }
  },
  {
    name: 'teams-dark',
    shows: "The same app as a Teams tab in Teams' dark theme, opened on the policy draft by a deep link.",
    async run(kit) {
      const page = await kit.open(PEOPLE.oakfieldHead, workbenchPath(SITES.oakfield, `?host=teams&theme=dark&subEntityId=draft:${kit.scenario.policyDraftId}`));
      await page.getByRole('heading', { name: kit.scenario.policyTitle, exact: true }).waitFor();
      await page.getByText('All changes saved').waitFor();
      await kit.save(page);
    }
  },
  {
    name: 'teams-contrast',
    shows: "The Teams tab in Teams' high-contrast theme.",
    async run(kit) {
      const page = await openOakfieldHome(kit, '?host=teams&theme=contrast');
      await kit.save(page);
    }
  },
  {
    name: 'incident-flowchart',
    shows: "The authority's incident flowchart for staff: one question at a time, then what to do now and who to contact, with the school's own people filled in.",
    async run(kit) {
      const page = await kit.open(PEOPLE.oakfieldDsl, workbenchPath(SITES.oakfield));
      await page.getByRole('tab').first().waitFor();
      const guideTab = page.getByRole('tab', { name: /incident/i });
      if (await guideTab.count() > 0) {
        // The guide: answer the first question ("Is anyone in immediate danger…?") to reach its first outcome.
        await guideTab.first().click();
        await page.getByRole('group', { name: /immediate danger/ }).getByRole('button').first().click();
        await page.getByRole('heading', { name: 'What to do now' }).waitFor();
        await kit.save(page);
        return;
      }
      // No guide in this build: the flowchart as the bank's templates show it.
      const flowchart = /Responding to an online-safety incident/;
      await page.getByRole('tab', { name: 'Statement bank', exact: true }).click();
      await page.getByRole('tab', { name: 'Templates', exact: true }).click();
      await page.getByText(flowchart).first().click();
      await page.getByText('Is anyone in immediate danger', { exact: false }).first().waitFor();
      await kit.save(page, { top: page.getByRole('heading', { name: flowchart }).first() });
    }
  },
  {
    name: 'first-run',
    shows: "The first run on a school's site that has no lists yet: its owner is guided through setting it up.",
    async run(kit) {
      const page = await kit.open(PEOPLE.riversideHead, workbenchPath(SITES.riverside));
      await page.getByRole('heading', { name: /^Set up / }).first().waitFor();
      await page.getByRole('button').filter({ hasText: /set up|create the lists/i }).first().waitFor();
      await kit.save(page);
    }
  },
  // The screens of issues 16 to 18, after the others: their story (published, acknowledged, reported) comes later.
  ...LATER_SHOTS
];
