import { ApprovalService } from '../../src/services/approval/ApprovalService';
import { partColumn, partOf, partsFor } from '../../src/services/drafts/blockParts';
import { PublishService } from '../../src/services/publish/PublishService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { OAKFIELD_PROFILE, seedProduct } from '../../workbench/seed/productSeed';
import { fillList, listState } from '../local/fidelity/helpers';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

// Seeding 110,000 blocks and 100,000 activity entries, then reading 10,000 blocks over HTTP, on a shared 2-core
// machine: generous, explicit timeouts; nothing here waits on time.
jest.setTimeout(300_000);

const BIG = 10_000;
const OTHER_DRAFTS = 50;
const BLOCKS_EACH = 2_000;

/** Runs `action` and names each HTTP request it sent (method and last path segment), counted at `fetch` itself. */
async function countingRequests<T>(action: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const realFetch = globalThis.fetch;
  const requests: string[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    requests.push(`${init?.method ?? 'GET'} ${decodeURIComponent(url.pathname.split('/').pop() ?? '')}`);
    return realFetch(input, init);
  };
  try {
    return { result: await action(), requests };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/**
 * Drafts at the sizes issue 16 names, seeded straight into the server's store (REST would take minutes) and read
 * through the real services: a 10,000-block draft opens whole among 110,000 blocks, changes sync and blocks are
 * added to it, and the documents' reads work with 100,000 activity entries.
 */
describe('drafts at any size in one school site', () => {
  let tenant: TestTenant;
  let school: SchoolService;
  let bigId: number;
  let smallId: number;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    school = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
    await school.access();
    smallId = (await school.listDrafts())[0].id;
    // The big draft's item as createDraft would leave it once complete: spread over parts.
    const parts = partsFor(BIG);
    const drafts = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.drafts);
    bigId = (await drafts.items.add({ Title: 'A very long policy', DocumentKind: 'Policy', TemplateKey: 'policy-primary', DraftSections: '[]', Archived: false, BlockParts: parts }) as { Id: number }).Id;
    fillList(tenant, SITES.oakfield, SCHOOL_LISTS.blocks, BIG, PEOPLE.oakfieldDsl, id => {
      const key = `c:big-${id}`;
      return { DraftId: bigId, DraftPart: partColumn(bigId, partOf(key, parts)), BlockKey: `${bigId}/${key}`, BlockKind: 'Custom', BlockText: `Statement ${id}`, Included: true, SortOrder: id, SectionKey: 'sec' };
    });
    // 100,000 more blocks across 50 other drafts (ids far from the real ones).
    fillList(tenant, SITES.oakfield, SCHOOL_LISTS.blocks, OTHER_DRAFTS * BLOCKS_EACH, PEOPLE.oakfieldDsl,
      id => ({ DraftId: 5000 + (id % OTHER_DRAFTS), DraftPart: partColumn(5000 + (id % OTHER_DRAFTS), 0), BlockKey: `${5000 + (id % OTHER_DRAFTS)}/filler-${id}`, BlockText: `Filler ${id}`, Included: true, SortOrder: id }));
    // 100,000 activity entries across documents; the small draft has 4,000 of its own.
    fillList(tenant, SITES.oakfield, SCHOOL_LISTS.activity, 100_000, PEOPLE.oakfieldHead,
      id => ({ Title: `Entry ${id}`, DraftId: id % 25 === 0 ? smallId : 9000 + (id % 400), ActivityKind: 'Reminded', Details: '' }));
  }, 300_000);
  afterAll(async () => { await tenant.close(); });

  it('opens a 10,000-block draft whole among 110,000 blocks, part by part', async () => {
    expect(listState(tenant, SITES.oakfield, SCHOOL_LISTS.blocks).items.size).toBeGreaterThan(110_000);
    const { result: { draft, latestChange }, requests } = await countingRequests(() => school.openDraft(bigId));
    expect(draft.blocks).toHaveLength(BIG);
    // The draft and a by-DraftId read (refused: too many), then every part's first and only page in one $batch.
    expect(requests).toEqual(['POST $batch', 'POST $batch']);
    expect(new Set(draft.blocks.map(b => b.key)).size).toBe(BIG);
    expect(latestChange).toBeDefined();
    // A plain DraftId read of it is what SharePoint refuses (threshold): the reason the draft is in parts.
    await expect(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.blocks).items.filter(`DraftId eq ${bigId}`).top(5000)())
      .rejects.toMatchObject({ status: 500 });
  });

  it('syncs, saves and adds blocks of the 10,000-block draft, and polls its parts in one $batch', async () => {
    const { draft, latestChange } = await school.openDraft(bigId);
    const first = draft.blocks[0];
    await school.blocks().updateBlock(first.itemId as number, first.version as number, { text: 'Changed at 10,000 blocks.' });
    const changes = await school.blocks().readChanges(bigId, latestChange);
    expect(changes.blocks.map(b => b.key)).toContain(first.key);
    const added = await school.blocks().addBlock(bigId, { ...first, key: 'c:added-late', itemId: undefined, version: undefined });
    // A retried add of the same block meets the unique key and finds it (led by BlockKey, not the 10,000-item DraftId).
    expect((await school.blocks().addBlock(bigId, { ...first, key: 'c:added-late', itemId: undefined })).itemId).toBe(added.itemId);
    // The poll reads every part's changes in the one $batch it sends (after finding its presence item once).
    await school.pollDraft(bigId, latestChange, undefined);
    const { result: polled, requests } = await countingRequests(() => school.pollDraft(bigId, latestChange, undefined));
    expect(requests).toEqual(['POST $batch']);
    expect(polled.blocks.map(b => b.key)).toEqual(expect.arrayContaining([first.key, 'c:added-late']));
    expect((await school.openDraft(bigId)).draft.blocks).toHaveLength(BIG + 1);
  });

  it('opens an ordinary draft in one request and lists every draft among 110,000 blocks', async () => {
    const { result: { draft }, requests } = await countingRequests(() => school.openDraft(smallId));
    expect(draft.blocks.length).toBeGreaterThan(50);
    expect(draft.blocks.filter(b => b.key.startsWith('filler'))).toEqual([]);
    expect(requests).toEqual(['POST $batch']);
    expect((await school.listDrafts()).map(d => d.id)).toEqual(expect.arrayContaining([smallId, bigId]));
  });

  it("reads a document's whole timeline and the documents' state with 100,000 activity entries", async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    const approvals = new ApprovalService(sp, { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
    const timeline = await approvals.activity(smallId);
    expect(timeline.length).toBeGreaterThanOrEqual(4_000);
    // Newest first, as the timeline shows it.
    expect(timeline[0].id).toBeGreaterThan(timeline[timeline.length - 1].id);
    await expect(approvals.latestOutcomes(OAKFIELD_PROFILE)).resolves.toBeInstanceOf(Map);
    await expect(new PublishService(sp, approvals, async () => 'Europe/London').published()).resolves.toEqual(expect.any(Array));
  });

  it('lists drafts past 5,000 in the drafts list, leaving out archived ones and ones being created', async () => {
    // The drafts list itself over the threshold (a member looping adds, or years of use): no unindexed filter or sort.
    fillList(tenant, SITES.oakfield, SCHOOL_LISTS.drafts, 5_100, PEOPLE.oakfieldDsl,
      id => ({ Title: `Letter ${id}`, DocumentKind: 'Letter', DraftSections: '[]', Archived: id % 100 === 0, CreationPending: id % 100 === 1 }));
    const listed = await school.listDrafts();
    const letters = listed.filter(d => d.title.startsWith('Letter '));
    expect(letters.length).toBe(5_100 - 51 - 51);
    expect(listed.map(d => d.id)).toEqual(expect.arrayContaining([smallId, bigId]));
  });

  it('tells the person, in the app\'s words, where SharePoint really cannot read something whole', async () => {
    const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    // A document with more than 5,000 activity entries (e.g. written in a loop): refused, and said so.
    fillList(tenant, SITES.oakfield, SCHOOL_LISTS.activity, 5_100, PEOPLE.oakfieldHead, id => ({ Title: `Loop ${id}`, DraftId: 7777, ActivityKind: 'Reminded', Details: '' }));
    const approvals = new ApprovalService(sp, { notify: async () => [] }, { deepLink: () => '', webUrl: () => '' });
    await expect(approvals.activity(7777)).rejects.toMatchObject({ name: 'AppError', code: 'activity.tooLarge' });
    // A draft made before parts existed, grown past 5,000 blocks: it cannot be read by DraftId, and the person is told.
    const legacyId = (await sp.web.lists.getByTitle(SCHOOL_LISTS.drafts).items.add({ Title: 'An old, huge draft', DraftSections: '[]' }) as { Id: number }).Id;
    fillList(tenant, SITES.oakfield, SCHOOL_LISTS.blocks, 5_100, PEOPLE.oakfieldDsl, id => ({ DraftId: legacyId, BlockKey: `${legacyId}/old-${id}`, BlockText: `Old ${id}`, SortOrder: id }));
    await expect(school.openDraft(legacyId)).rejects.toMatchObject({ name: 'AppError', code: 'draft.tooLarge', values: ['An old, huge draft', 5000] });
  });
});
