import { stableGuid } from '../../local/seed/tenantSeed';
import { buildReport } from '../../src/domain/register/milestones';
import { RegisterService } from '../../src/services/register/RegisterService';
import { PEOPLE, SITES, type TestTenant } from '../support/testTenant';
import { BANK, oakfieldPolicy, statementBlock } from '../domain/register/registerFixtures';
import { useBrowserTenant } from './support/browserTenant';

/**
 * Issue 18's officer's dashboard in Chromium: two schools of the tenant adopt release 2026.1 and depart from the
 * bank's wording; their reports reach the register through the real RegisterService as each school's own member;
 * the officer opens the bank site, takes the Schools tab and sees both schools and the statements ranked by how many
 * schools depart from them.
 */
jest.setTimeout(180_000);

const OAKFIELD = { key: stableGuid(`group:${SITES.oakfield}`), name: 'Oakfield Primary School' };
const RIVERSIDE = { key: stableGuid(`group:${SITES.riverside}`), name: 'Riverside Secondary School' };

async function twoSchoolsReport(tenant: TestTenant): Promise<void> {
  const register = (login: string): RegisterService => new RegisterService(tenant.sp(SITES.bank, login));
  await register(PEOPLE.officer).enrolSchool(OAKFIELD);
  await register(PEOPLE.officer).enrolSchool(RIVERSIDE);
  // Oakfield amends "filtering" and leaves "images" out (see the fixture); Riverside amends "filtering" and "ai".
  await register(PEOPLE.oakfieldDsl).sendReport(OAKFIELD.key, buildReport(undefined, [oakfieldPolicy()], BANK, '2026-02-02T08:00:00Z'));
  const riverside = oakfieldPolicy({
    id: 2, templateKey: 'policy-secondary',
    blocks: [
      statementBlock('ai', 'Riverside students use AI tools the school has approved, and say when they did.', { baseText: 'Staff use generative AI only through approved tools.' }),
      statementBlock('filtering', 'Riverside checks its filtering every term.', { baseText: 'The school reviews filtering each year.' }),
      statementBlock('images', 'Images of pupils are stored on school systems only.'),
      statementBlock('phones', 'Phones are kept away all day.', { sourceVersion: 2 })
    ]
  });
  await register(PEOPLE.riversideHead).sendReport(RIVERSIDE.key, buildReport(undefined, [riverside], BANK, '2026-02-03T08:00:00Z'));
}

describe("the officer's dashboard of schools (issue 18)", () => {
  const ctx = useBrowserTenant({ prepare: twoSchoolsReport });

  it('shows both schools under the release they adopted, and ranks first the statement both rewrote', async () => {
    const page = await ctx.signIn(SITES.bank, 'Priya Shah');
    await page.getByRole('tab', { name: 'Schools' }).click();
    const dashboard = page.getByTestId('officer-dashboard');
    await dashboard.getByTestId('release-2026.1').getByText('Release 2026.1: 2 schools').waitFor();
    await dashboard.getByTestId(`school-${OAKFIELD.key}`).waitFor();
    await dashboard.getByTestId(`school-${RIVERSIDE.key}`).waitFor();

    const ranking = dashboard.getByTestId('statement-ranking');
    await ranking.locator('[role="row"]').nth(1).waitFor();
    const rows = (await ranking.locator('[role="row"]').allInnerTexts()).slice(1).map(r => r.split(/\s+/).filter(Boolean));
    // Each row: statement, schools, amended, left out, refused an update.
    expect(rows[0]).toEqual(['filtering', '2', '2', '0', '0']);
    expect(rows.slice(1).map(r => r[0]).sort()).toEqual(expect.arrayContaining(['ai', 'images']));
    expect(rows.find(r => r[0] === 'ai')).toEqual(['ai', '1', '1', '0', '0']);
    expect(rows.find(r => r[0] === 'images')).toEqual(['images', '1', '0', '1', '0']);
    await page.context().close();
  });
});
