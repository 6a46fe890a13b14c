import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import { newCustomBlock } from '../../src/domain/draft/draftCommands';
import { BankService } from '../../src/services/bank/BankService';
import { DraftSession } from '../../src/services/drafts/DraftSession';
import { MemoryKeyValueStore } from '../../src/services/drafts/IBlockStore';
import { SchoolService } from '../../src/services/school/SchoolService';
import { seedProduct } from '../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';
import { countRequests } from '../support/countRequests';

/**
 * The request budgets of DESIGN "Budgets", counted (never timed): requests are counted by the local server
 * itself, and what each one was is recorded at the client's `fetch`.
 */
describe('budgets: requests to open a draft and to save an edit', () => {
  let tenant: TestTenant;
  let draftId: number;
  const school = (login: string): SchoolService => new SchoolService(tenant.sp(SITES.oakfield, login), `${tenant.url}${SITES.oakfield}`);

  const counted = <T>(work: () => Promise<T>) => countRequests(tenant, work);

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    const head = school(PEOPLE.oakfieldHead);
    await head.access();
    const bank = await new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`).loadPublished();
    const draft = assembleDraft(bank, 'policy-secondary', { setting: 'Secondary', schoolName: 'Oakfield' }, 'Budget policy');
    while (draft.blocks.length < 200) draft.blocks.push(newCustomBlock(draft.blocks, draft.sections[0], `The school's own statement ${draft.blocks.length}.`, `c:budget-${draft.blocks.length}`));
    draftId = await head.createDraft(draft);
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  it('opens a 200-block draft, with the published bank beside it, in at most 5 requests', async () => {
    // A person who has the app open (it read their access when it started) opens the draft, as the editor does.
    const deputy = school(PEOPLE.oakfieldDsl);
    await deputy.access();
    const draftOnly = await counted(() => deputy.openDraft(draftId));
    expect(draftOnly.result.draft.blocks).toHaveLength(200);
    expect(draftOnly.requests).toBeLessThanOrEqual(5);

    const bank = new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldDsl), `${tenant.url}${SITES.bank}`);
    const withBank = await counted(() => Promise.all([deputy.openDraft(draftId), bank.loadPublished()]));
    expect(withBank.result[0].draft.blocks).toHaveLength(200);
    expect(withBank.result[1].statements.length).toBeGreaterThan(0);
    expect(withBank.requests).toBeLessThanOrEqual(5);
  });

  it('saves one edit with exactly one request: a MERGE carrying the block\'s ETag', async () => {
    const deputy = school(PEOPLE.oakfieldDsl);
    await deputy.access();
    const { draft, latestChange } = await deputy.openDraft(draftId);
    const session = new DraftSession(deputy.blocks(), new MemoryKeyValueStore(), draftId, 'budget-edit', { flushDelayMs: 0 });
    session.load(draft.blocks, latestChange);
    await session.flush();
    const block = draft.blocks.find(b => b.kind === 'Statement')!;
    const saved = await counted(async () => {
      session.edit(block.key, { text: `${block.content.text} Reviewed for the budget test.` });
      await session.flush();
    });
    session.dispose();
    expect(session.saveState()).toEqual({ kind: 'saved' });
    expect(saved.requests).toBe(1);
    expect(saved.sent).toEqual([{ verb: 'MERGE', url: expect.stringContaining(`/items(${block.itemId})`), ifMatch: `"${block.version}"` }]);
    expect(session.serverBlock(block.key)?.version).toBe((block.version ?? 0) + 1);
  });

  it('costs one request per idle sync once the editor is open', async () => {
    const deputy = school(PEOPLE.oakfieldDsl);
    await deputy.access();
    const { latestChange } = await deputy.openDraft(draftId);
    // The first poll finds (or makes) the person's presence item; every later one is one batched request.
    const first = await deputy.pollDraft(draftId, latestChange, undefined);
    const idle = await counted(() => deputy.pollDraft(draftId, first.latest, undefined));
    expect(idle.requests).toBe(1);
  });
});
