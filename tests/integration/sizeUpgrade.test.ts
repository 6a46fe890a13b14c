import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { seedProduct } from '../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

jest.setTimeout(180_000);

/**
 * A site set up before drafts had creation keys and parts: the app asks for setup again (the lists count as not set
 * up), and setup adds the columns, with DraftPart indexed, so large drafts can be read part by part.
 */
describe('a school site set up before drafts had parts', () => {
  let tenant: TestTenant;
  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    const web = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web;
    // As such a site was: without the columns added since.
    await web.lists.getByTitle(SCHOOL_LISTS.blocks).fields.getByInternalNameOrTitle('DraftPart').delete();
    await web.lists.getByTitle(SCHOOL_LISTS.drafts).fields.getByInternalNameOrTitle('BlockParts').delete();
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('asks an owner to set the site up again, and setup adds the missing columns with their index', async () => {
    const owner = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
    expect((await owner.access()).missingLists).toEqual([SCHOOL_LISTS.drafts, SCHOOL_LISTS.blocks]);
    await owner.provision();
    expect((await owner.access()).missingLists).toEqual([]);
    const fields = await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.blocks).fields
      .select('InternalName', 'Indexed')<{ InternalName: string; Indexed: boolean }[]>();
    expect(fields.find(f => f.InternalName === 'DraftPart')?.Indexed).toBe(true);
    // Drafts made before keep opening (no parts recorded: one part, read by DraftId).
    const [first] = await owner.listDrafts();
    expect((await owner.openDraft(first.id)).draft.blocks.length).toBeGreaterThan(0);
  });
});
