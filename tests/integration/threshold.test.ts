import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { BankService } from '../../src/services/bank/BankService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { seedProduct } from '../../workbench/seed/productSeed';
import { fillList, listState } from '../local/fidelity/helpers';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

/**
 * 30,000 draft blocks in one site: every query the product makes on "Draft Blocks" still answers, because each
 * leads with the indexed DraftId (SharePoint refuses a query on a list over 5,000 items that does not).
 */
describe('30,000 blocks in one school site', () => {
  let tenant: TestTenant;
  let school: SchoolService;
  let draftId: number;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
    await school.access();
    const bank = await new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`).loadPublished();
    draftId = await school.createDraft(assembleDraft(bank, 'policy-secondary', { setting: 'Secondary', schoolName: 'Oakfield' }));
    // Fill the list past the threshold directly in the store (writing 30,000 items over REST would take minutes).
    const missing = 30_000 - listState(tenant, SITES.oakfield, SCHOOL_LISTS.blocks).items.size;
    fillList(tenant, SITES.oakfield, SCHOOL_LISTS.blocks, missing, PEOPLE.oakfieldDsl,
      id => ({ DraftId: 1000 + (id % 150), BlockKey: `${1000 + (id % 150)}/filler-${id}`, BlockText: `Filler block ${id}`, Included: true, SortOrder: id }));
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('opens a draft, syncs its changes and finds a block by key without hitting the list view threshold', async () => {
    const { draft, latestChange } = await school.openDraft(draftId);
    expect(draft.blocks.length).toBeGreaterThan(100);
    const changes = await school.blocks().readChanges(draftId, latestChange);
    expect(changes.blocks.every(b => b.key.startsWith('s:'))).toBe(true);
    const first = draft.blocks[0];
    const version = await school.blocks().updateBlock(first.itemId as number, first.version as number, { note: 'Checked at 30,000 blocks.' });
    expect(version).toBe((first.version as number) + 1);
    expect((await school.listDrafts()).map(d => d.id)).toContain(draftId);
    // A retried add meets the unique key and finds the block that is there, by DraftId first.
    const again = await school.blocks().addBlock(draftId, first);
    expect(again.itemId).toBe(first.itemId);
  });

  it('would be refused by SharePoint if a query led with a column that is not indexed', async () => {
    await expect(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.blocks).items.filter("SectionKey eq 'x'")())
      .rejects.toMatchObject({ status: 500 });
  });
});
