import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import type { Draft, DraftBlock } from '../../src/domain/draft/DraftModel';
import { BankService } from '../../src/services/bank/BankService';
import { isAppError } from '../../src/services/errors/AppError';
import { newCreationKey } from '../../src/services/school/DraftCreator';
import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { seedProduct } from '../../workbench/seed/productSeed';
import { listState } from '../local/fidelity/helpers';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

// Thousands of writes through $batch on a shared 2-core machine, and PnPjs's own retry back-off: generous and
// explicit; no assertion depends on time.
jest.setTimeout(300_000);

const BLOCKS = 2_000;

/** A draft of `count` blocks: the bank's assembled policy, padded with the school's own statements. */
function bigDraft(base: Draft, count: number, title: string): Draft {
  const own = (i: number): DraftBlock => ({
    key: `c:own-${i}`, kind: 'Custom', baseText: '', mandatory: false,
    content: { text: `Our own statement ${i}.`, included: true, note: '', sectionKey: base.sections[0]?.key ?? '', order: 10_000 + i, removed: false }
  });
  const blocks = base.blocks.slice(0, count);
  for (let i = blocks.length; i < count; i++) blocks.push(own(i));
  return { ...base, title, blocks };
}

/**
 * Makes the client's `fetch` fail as a crashed or disconnected page would ("fetch failed") after `allowed` more
 * requests, until `restore` is called. PnPjs looks `fetch` up at each call, so this stands between it and the server.
 */
function cutNetworkAfter(allowed: number): { restore: () => void } {
  const realFetch = globalThis.fetch;
  let left = allowed;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => (left-- > 0 ? realFetch(input, init) : Promise.reject(new TypeError('fetch failed')));
  return { restore: () => { globalThis.fetch = realFetch; } };
}

describe('creating a draft is atomic and idempotent', () => {
  let tenant: TestTenant;
  let base: Draft;
  const school = (headers?: Record<string, string>) => new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead, headers), `${tenant.url}${SITES.oakfield}`);
  const blocksOf = (draftId: number) => [...listState(tenant, SITES.oakfield, SCHOOL_LISTS.blocks).items.values()].filter(item => item.values.DraftId === draftId);
  const draftsTitled = (title: string) => [...listState(tenant, SITES.oakfield, SCHOOL_LISTS.drafts).items.values()].filter(item => item.values.Title === title);

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    const bank = await new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`).loadPublished();
    base = assembleDraft(bank, 'policy-primary', { setting: 'Primary', schoolName: 'Oakfield' });
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('a creation cut off part-way leaves no visible draft; retrying with the same key finishes that one, whole', async () => {
    const draft = bigDraft(base, BLOCKS, 'Cut off while creating');
    const key = newCreationKey();
    const creator = school();
    await creator.access();
    // Enough requests for the draft item and a few batches of blocks, then the network is gone.
    const cut = cutNetworkAfter(4);
    let failure: unknown;
    try {
      await creator.createDraft(draft, key);
    } catch (error) {
      failure = error;
    } finally {
      cut.restore();
    }
    // The person is told in the app's words (a code with a loc sentence), not "fetch failed".
    expect(isAppError(failure) && failure.code).toBe('draft.creationInterrupted');
    expect(isAppError(failure) && failure.kind).toBe('offline');
    const [half] = draftsTitled(draft.title);
    expect(half).toBeDefined();
    expect(blocksOf(half.Id).length).toBeLessThan(BLOCKS);
    // Nobody sees the half draft, and opening it by its id says it is being created rather than show part of it.
    const reader = school();
    expect((await reader.listDrafts()).map(d => d.title)).not.toContain(draft.title);
    await expect(reader.openDraft(half.Id)).rejects.toMatchObject({ code: 'draft.beingCreated' });

    const id = await school().createDraft(draft, key);
    expect(id).toBe(half.Id);
    expect(draftsTitled(draft.title)).toHaveLength(1);
    expect(blocksOf(id)).toHaveLength(BLOCKS);
    const opened = await reader.openDraft(id);
    expect(new Set(opened.draft.blocks.map(b => b.key))).toEqual(new Set(draft.blocks.map(b => b.key)));
    expect((await reader.listDrafts()).filter(d => d.title === draft.title)).toHaveLength(1);
  });

  it('with a fifth of requests failing (answers lost after the write included), retries make one whole draft', async () => {
    const draft = bigDraft(base, 600, 'Created through faults');
    const key = newCreationKey();
    const flaky = school({ 'X-Local-Faults': 'rate=0.2;kinds=429,503,drop,dropAfter;retryAfter=0' });
    await flaky.access().catch(() => undefined);
    let id: number | undefined;
    for (let attempt = 0; attempt < 30 && id === undefined; attempt++) {
      id = await flaky.createDraft(draft, key).catch(() => undefined);
    }
    expect(id).toBeDefined();
    expect(draftsTitled(draft.title)).toHaveLength(1);
    expect(blocksOf(id as number)).toHaveLength(600);
    expect((await school().listDrafts()).filter(d => d.title === draft.title)).toHaveLength(1);
  });
});
