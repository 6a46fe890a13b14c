/** Steps the shots share: finding a document in the school's list, opening the school home and the policy draft. */
import type { Locator, Page } from 'playwright-core';
import { PEOPLE, SITES, workbenchPath } from './scenario';
import type { ShotKit } from './shots';

/** A document's title in the school's list: a link, or a button where the link has no address (Fluent's Link). */
export function documentLink(page: Page, title: string | RegExp): Locator {
  const name = typeof title === 'string' ? { name: title, exact: true } : { name: title };
  return page.getByRole('link', name).or(page.getByRole('button', name)).first();
}

/** The school home as its owner sees it (Oakfield, the headteacher). */
export async function openOakfieldHome(kit: ShotKit, query = ''): Promise<Page> {
  const page = await kit.open(PEOPLE.oakfieldHead, workbenchPath(SITES.oakfield, query));
  await documentLink(page, kit.scenario.policyTitle).waitFor();
  return page;
}

/** Opens the seeded policy draft from the school home and waits for it to be loaded and saved. */
export async function openPolicyDraft(kit: ShotKit): Promise<Page> {
  const page = await openOakfieldHome(kit);
  await documentLink(page, kit.scenario.policyTitle).click();
  await page.getByRole('heading', { name: kit.scenario.policyTitle, exact: true }).waitFor();
  await page.getByText('All changes saved').waitFor();
  return page;
}

