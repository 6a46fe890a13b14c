import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { seedProduct } from '../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

jest.setTimeout(180_000);

/**
 * A site set up before review reminders: its Activity list lacks the unique key that claims a reminder. The app asks
 * an owner to set up again (so reminders can never go twice for lack of it), and setup adds the key as unique, so
 * SharePoint refuses a second claim of the same reminder.
 */
describe('a school site set up before review reminders', () => {
  let tenant: TestTenant;
  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.activity).fields.getByInternalNameOrTitle('ActivityKey').delete();
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('asks for setup again; setup adds the claim key, unique, and a second claim with the same key is refused', async () => {
    const owner = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
    expect((await owner.access()).missingLists).toEqual([SCHOOL_LISTS.activity]);
    await owner.provision();
    expect((await owner.access()).missingLists).toEqual([]);
    const activity = tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl).web.lists.getByTitle(SCHOOL_LISTS.activity);
    const fields = await activity.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')<{ InternalName: string; Indexed: boolean; EnforceUniqueValues: boolean }[]>();
    expect(fields.find(f => f.InternalName === 'ActivityKey')).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    // A member claims; the same key again (any case: uniqueness is case-insensitive) is refused as SharePoint does.
    await activity.items.add({ Title: 'claim', DraftId: 1, ActivityKind: 'Reminded', ActivityKey: 'review:1:2026-12-20:due' });
    await expect(activity.items.add({ Title: 'claim', DraftId: 1, ActivityKind: 'Reminded', ActivityKey: 'REVIEW:1:2026-12-20:DUE' }))
      .rejects.toMatchObject({ status: 400, message: expect.stringMatching(/SPDuplicateValuesFoundException/) });
  });
});
