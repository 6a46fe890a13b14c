import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import { combinedText } from '../../src/domain/draft/clash';
import { DraftSession, type TabIdentity } from '../../src/services/drafts/DraftSession';
import { MemoryKeyValueStore } from '../../src/services/drafts/IBlockStore';
import { FakeBlockStore, ManualClock } from './fakeBlockStore';

const DRAFT = 1;
const QUEUE = 'draft-1';
const BASE = 'Pupils use school devices only with an adult present.';
const OTHER = 'Staff report every concern to the DSL on the same day.';

function block(key: string, text: string, order: number): DraftBlock {
  return {
    key, kind: 'Statement', sourceKey: key.replace(/^s:/, ''), sourceVersion: 1, baseText: text, mandatory: false,
    content: { text, included: true, note: '', sectionKey: 'roles', order, removed: false }
  };
}

/** Tabs open now, shared by the tabs of one test (as Web Locks or heartbeats would tell them). */
class OpenTabs {
  readonly open = new Set<string>();
  tab(id: string): TabIdentity {
    this.open.add(id);
    return { id, openTabs: async () => new Set(this.open) };
  }
  close(id: string): void {
    this.open.delete(id);
  }
}

interface Person {
  session: DraftSession;
  net: FakeBlockStore;
  storage: MemoryKeyValueStore;
}

function person(store: FakeBlockStore, name: string, options: { storage?: MemoryKeyValueStore; tab?: TabIdentity } = {}): Person {
  const net = store.connection(name);
  const storage = options.storage ?? new MemoryKeyValueStore();
  const session = new DraftSession(net, storage, DRAFT, QUEUE, { clock: new ManualClock(), retryMs: 10, maxRetryMs: 40, tab: options.tab, userName: name });
  session.load(store.blocksOf(DRAFT), store.latestChange(DRAFT));
  return { session, net, storage };
}

function textOf(session: DraftSession, key: string): string {
  return session.blocks().find(b => b.key === key)?.content.text ?? '';
}

/** Waits until `done` holds, turning the event loop (no timers: each turn lets pending promises settle). */
async function until(done: () => boolean, turns = 200): Promise<void> {
  for (let i = 0; i < turns && !done(); i++) await new Promise(resolve => setImmediate(resolve));
  expect(done()).toBe(true);
}

/** Ana saves first; Ben, who started from the same text, changes the same words: Ben has a clash. */
async function clashOnSameWords(store: FakeBlockStore, benStorage = new MemoryKeyValueStore()): Promise<{ ana: Person; ben: Person }> {
  const ana = person(store, 'Ana');
  const ben = person(store, 'Ben', { storage: benStorage });
  ana.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present.' });
  await ana.session.flush();
  ben.session.edit('s:a', { text: 'Pupils use school laptops only with an adult present.' });
  await ben.session.flush();
  expect(ben.session.saveState()).toMatchObject({ kind: 'conflict', conflicts: 1 });
  return { ana, ben };
}

describe('DraftSession: clashes both people see', () => {
  let store: FakeBlockStore;
  beforeEach(() => {
    store = new FakeBlockStore();
    store.seed(DRAFT, [block('s:a', BASE, 10), block('s:b', OTHER, 20)]);
  });

  it('keeps an unsettled clash across a reload, with both versions, and settles it with a combined text', async () => {
    const storage = new MemoryKeyValueStore();
    const { ben } = await clashOnSameWords(store, storage);
    ben.session.dispose();

    // The page reloads: the clash is still there (not re-sent over the other's text, not lost).
    const callsBefore = store.calls.length;
    const again = person(store, 'Ben', { storage });
    // At once, before any answer from SharePoint, and without sending the clashing edit over the other's text.
    expect(again.session.saveState()).toMatchObject({ kind: 'conflict', conflicts: 1 });
    await again.session.flush();
    expect(store.calls.slice(callsBefore)).toEqual([]);
    const [clash] = again.session.conflictList();
    expect(clash).toMatchObject({ key: 's:a', mine: 'Pupils use school laptops only with an adult present.', theirs: 'Pupils use school tablets only with an adult present.' });
    expect(store.current(DRAFT, 's:a')?.content.text).toBe('Pupils use school tablets only with an adult present.');
    expect(textOf(again.session, 's:a')).toBe(clash.mine);

    const combined = combinedText(clash.mine, clash.theirs).replace('tablets laptops', 'tablets or laptops');
    again.session.resolveConflict('s:a', combined);
    await again.session.flush();
    expect(store.current(DRAFT, 's:a')?.content.text).toBe('Pupils use school tablets or laptops only with an adult present.');
    expect(again.session.saveState().kind).toBe('saved');
    expect(again.storage.get(QUEUE)).toBeUndefined();
  });

  it('tells the first person, by name, when a settled clash replaced the words they had saved', async () => {
    const { ana, ben } = await clashOnSameWords(store);
    ben.session.resolveConflict('s:a', ben.session.conflictList()[0].mine);
    await ben.session.flush();
    await ana.session.sync();
    expect(ana.session.statementNotices()).toEqual([{
      key: 's:a', by: 'Ben', mine: 'Pupils use school tablets only with an adult present.', now: 'Pupils use school laptops only with an adult present.'
    }]);
    ana.session.dismissNotice('s:a');
    expect(ana.session.statementNotices()).toEqual([]);
    // Told once: a later sync does not raise it again.
    await ana.session.sync();
    expect(ana.session.statementNotices()).toEqual([]);
  });

  it('tells the first person on their next open when they were away as the clash was settled', async () => {
    const anaStorage = new MemoryKeyValueStore();
    const ana = person(store, 'Ana', { storage: anaStorage });
    const ben = person(store, 'Ben');
    ana.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present.' });
    await ana.session.flush();
    ana.session.dispose();
    ben.session.edit('s:a', { text: 'Pupils use school laptops only with an adult present.' });
    await ben.session.flush();
    ben.session.resolveConflict('s:a', 'Pupils use school tablets or laptops only with an adult present.');
    await ben.session.flush();
    const back = person(store, 'Ana', { storage: anaStorage });
    expect(back.session.statementNotices()).toMatchObject([{ key: 's:a', by: 'Ben' }]);
  });

  it('says nothing when the clash was settled with their version, or when others changed other words', async () => {
    const { ana, ben } = await clashOnSameWords(store);
    ben.session.resolveConflict('s:a', ben.session.conflictList()[0].theirs);
    await ben.session.flush();
    ben.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present in class.' });
    await ben.session.flush();
    await ana.session.sync();
    expect(store.current(DRAFT, 's:a')?.content.text).toBe('Pupils use school tablets only with an adult present in class.');
    expect(ana.session.statementNotices()).toEqual([]);
  });
});

describe('DraftSession: two tabs of one person', () => {
  let store: FakeBlockStore;
  beforeEach(() => {
    store = new FakeBlockStore();
    store.seed(DRAFT, [block('s:a', BASE, 10), block('s:b', OTHER, 20)]);
  });

  it("keeps each tab's unsent edits in its own queue, so neither wipes the other's", async () => {
    const storage = new MemoryKeyValueStore();
    const tabs = new OpenTabs();
    const one = person(store, 'Ana', { storage, tab: tabs.tab('one') });
    const two = person(store, 'Ana', { storage, tab: tabs.tab('two') });
    one.net.failAlways('before');
    two.net.failAlways('before');
    one.session.edit('s:a', { text: 'Typed in the first tab.' });
    two.session.edit('s:b', { text: 'Typed in the second tab.' });
    await Promise.all([one.session.flush(), two.session.flush()]);
    expect(storage.get(`${QUEUE}:tab:one`)).toContain('Typed in the first tab.');
    expect(storage.get(`${QUEUE}:tab:two`)).toContain('Typed in the second tab.');
    // Each tab goes on to save its own edit when the network is back.
    one.net.clearFaults();
    two.net.clearFaults();
    await Promise.all([one.session.retryRefused(), two.session.retryRefused()]);
    await until(() => store.current(DRAFT, 's:a')?.content.text === 'Typed in the first tab.' && store.current(DRAFT, 's:b')?.content.text === 'Typed in the second tab.');
  });

  it("adopts the queue of a tab that closed with unsent edits (and the single queue of before), and sends them", async () => {
    const storage = new MemoryKeyValueStore();
    const tabs = new OpenTabs();
    // Another tab, open all along, keeps its own queue: it is not taken.
    const open = person(store, 'Ana', { storage, tab: tabs.tab('open') });
    open.net.failAlways('before');
    open.session.edit('s:b', { text: 'Still typing in an open tab.' });
    const closing = person(store, 'Ana', { storage, tab: tabs.tab('closing') });
    closing.net.failAlways('before');
    closing.session.edit('s:a', { text: 'Typed just before the tab closed.' });
    await closing.session.flush();
    closing.session.dispose();
    tabs.close('closing');
    // A queue written under the single key before tabs had their own.
    storage.set(QUEUE, JSON.stringify([{ key: 's:b', base: store.current(DRAFT, 's:b'), patch: { text: 'From the old single queue.' }, isNew: false, seq: 1 }]));

    const next = person(store, 'Ana', { storage, tab: tabs.tab('next') });
    await until(() => store.current(DRAFT, 's:a')?.content.text === 'Typed just before the tab closed.');
    await until(() => store.current(DRAFT, 's:b')?.content.text === 'From the old single queue.');
    expect(storage.get(`${QUEUE}:tab:closing`)).toBeUndefined();
    expect(storage.get(QUEUE)).toBeUndefined();
    expect(storage.get(`${QUEUE}:tab:open`)).toContain('Still typing in an open tab.');
    expect(next.session.saveState().kind).toBe('saved');
  });
});

describe('DraftSession: a clash while the other person goes on typing', () => {
  it('shows their latest saved version in the clash, and settling it saves over that version', async () => {
    const store = new FakeBlockStore();
    store.seed(DRAFT, [block('s:a', BASE, 10), block('s:b', OTHER, 20)]);
    const ana = person(store, 'Ana');
    const ben = person(store, 'Ben');
    ana.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present.' });
    await ana.session.flush();
    ben.session.edit('s:a', { text: 'Pupils use school laptops only with an adult present.' });
    await ben.session.flush();
    ana.session.edit('s:a', { text: 'Pupils use school tablets only with a teacher present.' });
    await ana.session.flush();
    await ben.session.sync();
    expect(ben.session.conflictList()[0].theirs).toBe('Pupils use school tablets only with a teacher present.');
    ben.session.resolveConflict('s:a', 'Pupils use school tablets or laptops only with a teacher present.');
    await ben.session.flush();
    expect(store.current(DRAFT, 's:a')?.content.text).toBe('Pupils use school tablets or laptops only with a teacher present.');
    expect(ben.session.saveState().kind).toBe('saved');
  });
});
