import { TextTooLongError } from '../../src/services/sharepoint/schema/columnLimits';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import fc from 'fast-check';
import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import { DraftSession, type PendingEdit } from '../../src/services/drafts/DraftSession';
import { MemoryKeyValueStore } from '../../src/services/drafts/IBlockStore';
import { FakeBlockStore, ManualClock, NetworkError, type FaultMode } from './fakeBlockStore';

const DRAFT = 1;
const QUEUE = 'draft-1-queue';

function block(key: string, text: string, patch: Partial<DraftBlock> = {}): DraftBlock {
  return {
    key, kind: 'Statement', sourceKey: key.replace(/^s:/, ''), sourceVersion: 1, baseText: text, mandatory: false,
    content: { text, included: true, note: '', sectionKey: 'roles', order: 10, removed: false }, ...patch
  };
}

const TEXT_A = 'Pupils use school devices only with an adult present.';
const TEXT_B = 'Staff report every concern to the DSL on the same day.';

interface Harness {
  store: FakeBlockStore;
  net: FakeBlockStore;
  clock: ManualClock;
  storage: MemoryKeyValueStore;
  session: DraftSession;
  acks: { key: string; text: string; seq: number; version?: number }[];
  seeded: DraftBlock[];
}

/** A list with two blocks and one editor's session over its own connection, retry clock by hand. */
function open(options: { storage?: MemoryKeyValueStore; store?: FakeBlockStore; flushDelayMs?: number } = {}): Harness {
  const store = options.store ?? new FakeBlockStore();
  const seeded = options.store ? store.blocksOf(DRAFT) : store.seed(DRAFT, [block('s:a', TEXT_A), block('s:b', TEXT_B, { content: { ...block('s:b', TEXT_B).content, order: 20 } })]);
  const net = store.connection('ana');
  const clock = new ManualClock();
  const storage = options.storage ?? new MemoryKeyValueStore();
  const session = new DraftSession(net, storage, DRAFT, QUEUE, { clock, retryMs: 100, maxRetryMs: 250, flushDelayMs: options.flushDelayMs });
  const acks: Harness['acks'] = [];
  session.onAcknowledged((key, saved, seq) => acks.push({ key, text: saved.content.text, seq, version: saved.version }));
  session.load(seeded, store.latestChange(DRAFT));
  return { store, net, clock, storage, session, acks, seeded };
}

function textOf(session: DraftSession, key: string): string {
  return session.blocks().find(b => b.key === key)?.content.text ?? '';
}

function itemIdOf(h: Harness, key: string): number {
  return h.seeded.find(b => b.key === key)?.itemId ?? -1;
}

/** The calls one connection made, as `operation:outcome`. */
function callsOf(store: FakeBlockStore, connection: string): string[] {
  return store.calls.filter(c => c.connection === connection).map(c => `${c.operation}:${c.outcome}`);
}

describe('DraftSession: one editor', () => {
  it('shows an edit at once, queues it in storage, and clears the queue when the server acknowledges it', async () => {
    const h = open();
    await h.session.flush();
    const seq = h.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present.' });
    expect(seq).toBe(1);
    // Before any answer: on screen, counted as pending, and in local storage.
    expect(textOf(h.session, 's:a')).toBe('Pupils use school tablets only with an adult present.');
    expect(h.session.saveState()).toEqual({ kind: 'saving', pending: 1 });
    const queued = JSON.parse(h.storage.get(QUEUE) ?? '[]') as PendingEdit[];
    expect(queued).toEqual([expect.objectContaining({ key: 's:a', patch: { text: 'Pupils use school tablets only with an adult present.' }, seq: 1, isNew: false })]);
    expect(h.store.current(DRAFT, 's:a')?.content.text).toBe(TEXT_A);

    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')).toMatchObject({ version: 2, content: { text: 'Pupils use school tablets only with an adult present.' } });
    expect(h.session.saveState()).toEqual({ kind: 'saved' });
    expect(h.storage.get(QUEUE)).toBeUndefined();
    expect(h.acks).toEqual([{ key: 's:a', text: 'Pupils use school tablets only with an adult present.', seq: 1, version: 2 }]);
    expect(h.session.serverBlock('s:a')?.version).toBe(2);
    expect(callsOf(h.store, 'ana')).toEqual(['updateBlock:ok']);
  });

  it('sends only the fields an edit changed, and several edits of one block as one save', async () => {
    const h = open();
    h.net.hold();
    h.session.edit('s:a', { note: 'Check with IT.' });
    h.session.edit('s:b', { included: false });
    h.session.edit('s:b', { order: 15 });
    h.net.release();
    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')?.content).toMatchObject({ text: TEXT_A, note: 'Check with IT.' });
    expect(h.store.current(DRAFT, 's:b')?.content).toMatchObject({ included: false, order: 15, text: TEXT_B });
    expect(h.store.writes.filter(w => w.by === 'ana')).toHaveLength(2);
  });

  it('sends an edit made in the same tick as load() (a flush called as a pass ends is not skipped)', async () => {
    const h = open();
    // load() ran a pass with nothing to send; its promise has not settled yet.
    h.session.edit('s:a', { text: 'Edited at once.' });
    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')?.content.text).toBe('Edited at once.');
    expect(h.session.saveState()).toEqual({ kind: 'saved' });
  });

  it('sends a resolution made while a pass with nothing to send is ending', async () => {
    const h = open();
    await h.session.flush();
    await h.store.connection('ben').updateBlock(itemIdOf(h, 's:a'), 1, { text: 'Pupils use school laptops only with an adult present.' });
    h.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present.' });
    await h.session.flush();
    expect(h.session.conflictList()).toHaveLength(1);
    // A pass starts (the block is in conflict, so it has nothing to send); in the same tick, a person chooses.
    void h.session.flush();
    h.session.resolveConflict('s:a', 'Pupils use school tablets or laptops only with an adult present.');
    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')?.content.text).toBe('Pupils use school tablets or laptops only with an adult present.');
    expect(h.session.saveState()).toEqual({ kind: 'saved' });
  });

  it('waits for a pause in typing before sending when flushDelayMs is set, sending one save for many edits', async () => {
    const h = open({ flushDelayMs: 600 });
    await h.session.flush();
    h.session.edit('s:a', { text: 'Pupils use' });
    h.session.edit('s:a', { text: 'Pupils use school' });
    h.session.edit('s:a', { text: 'Pupils use school tablets.' });
    expect(h.session.saveState()).toEqual({ kind: 'saving', pending: 1 });
    expect(h.clock.waiting).toBe(1);
    expect(h.clock.delays).toEqual([600, 600, 600]);
    expect(h.store.calls).toEqual([]);
    expect(h.storage.get(QUEUE)).toContain('Pupils use school tablets.');
    h.clock.fireAll();
    await h.session.flush();
    expect(callsOf(h.store, 'ana')).toEqual(['updateBlock:ok']);
    expect(h.store.current(DRAFT, 's:a')).toMatchObject({ version: 2, content: { text: 'Pupils use school tablets.' } });
    expect(h.acks.map(a => a.seq)).toEqual([3]);
  });

  it('drops the pending send timer on dispose, keeping the edit in storage', () => {
    const h = open({ flushDelayMs: 600 });
    h.session.edit('s:a', { text: 'Typed just before closing.' });
    expect(h.clock.waiting).toBe(1);
    h.session.dispose();
    expect(h.clock.waiting).toBe(0);
    expect(h.storage.get(QUEUE)).toContain('Typed just before closing.');
  });

  it('refuses an edit of a block the draft does not have', () => {
    const h = open();
    expect(() => h.session.edit('s:missing', { text: 'x' })).toThrow('There is no block "s:missing" in this draft.');
  });

  it('sends next what was typed while a save was on its way, based on the version just saved', async () => {
    const h = open();
    await h.session.flush();
    h.net.hold();
    const first = h.session.edit('s:a', { text: 'First pupils use school devices only with an adult present.' });
    const second = h.session.edit('s:a', { text: 'First pupils use school devices only with an adult present today.' });
    expect([first, second]).toEqual([1, 2]);
    // The first save carried only the first text; the second waits for its answer.
    expect(h.store.calls.filter(c => c.connection === 'ana')).toHaveLength(1);
    h.net.release();
    await h.session.flush();
    expect(h.acks.map(a => [a.seq, a.version, a.text])).toEqual([
      [1, 2, 'First pupils use school devices only with an adult present.'],
      [2, 3, 'First pupils use school devices only with an adult present today.']
    ]);
    expect(callsOf(h.store, 'ana')).toEqual(['updateBlock:ok', 'updateBlock:ok']);
    expect(h.store.current(DRAFT, 's:a')?.version).toBe(3);
    expect(h.session.saveState().kind).toBe('saved');
    expect(h.storage.get(QUEUE)).toBeUndefined();
  });

  it('keeps the queue across a reload: a new page with the same storage restores the edit and sends it', async () => {
    const storage = new MemoryKeyValueStore();
    const h = open({ storage });
    await h.session.flush();
    h.net.failAlways('before');
    h.session.edit('s:a', { text: 'Pupils never use school devices alone.' });
    await h.session.flush();
    expect(h.session.saveState()).toMatchObject({ kind: 'offline', pending: 1 });
    h.session.dispose();
    expect(h.store.current(DRAFT, 's:a')?.content.text).toBe(TEXT_A);
    expect(storage.get(QUEUE)).toContain('Pupils never use school devices alone.');

    // The page reloads: a new session, a new connection that works, the same local storage.
    const reloaded = open({ storage, store: h.store });
    expect(textOf(reloaded.session, 's:a')).toBe('Pupils never use school devices alone.');
    await reloaded.session.flush();
    expect(h.store.current(DRAFT, 's:a')).toMatchObject({ version: 2, content: { text: 'Pupils never use school devices alone.' } });
    expect(reloaded.acks.map(a => a.text)).toEqual(['Pupils never use school devices alone.']);
    expect(storage.get(QUEUE)).toBeUndefined();
    expect(reloaded.session.saveState().kind).toBe('saved');
  });

  it('keeps an unreadable queue under another key instead of dropping it', async () => {
    const written: string[] = [];
    const storage = new (class extends MemoryKeyValueStore {
      set(key: string, value: string): void {
        written.push(key);
        super.set(key, value);
      }
    })();
    storage.set(QUEUE, '{not json');
    const h = open({ storage });
    await h.session.flush();
    expect(storage.get(QUEUE)).toBeUndefined();
    const spare = written.filter(key => key.startsWith(`${QUEUE}:unreadable:`));
    expect(spare.map(key => storage.get(key))).toEqual(['{not json']);
    expect(h.session.saveState().kind).toBe('saved');
  });

  it('goes offline when a save fails, retries on the clock with back-off, and sends it', async () => {
    const h = open();
    await h.session.flush();
    h.net.failNext('before', 'before', 'before');
    h.session.edit('s:a', { text: 'Pupils use school laptops only with an adult present.' });
    await h.session.flush();
    const state = h.session.saveState();
    expect(state).toMatchObject({ kind: 'offline', pending: 1 });
    expect(state.kind === 'offline' && state.message).toMatch(/Network error/);
    expect(h.store.current(DRAFT, 's:a')?.version).toBe(1);
    expect(h.clock.waiting).toBe(1);

    for (let attempt = 0; attempt < 2; attempt++) {
      h.clock.fireAll();
      await h.session.flush();
      expect(h.session.saveState().kind).toBe('offline');
    }
    h.clock.fireAll();
    await h.session.flush();
    expect(h.session.saveState()).toEqual({ kind: 'saved' });
    expect(h.store.current(DRAFT, 's:a')).toMatchObject({ version: 2, content: { text: 'Pupils use school laptops only with an adult present.' } });
    expect(h.clock.delays).toEqual([100, 200, 250]);
    expect(h.clock.waiting).toBe(0);

    // Success resets the back-off.
    h.net.failNext('before');
    h.session.edit('s:b', { text: 'Staff report every concern.' });
    await h.session.flush();
    expect(h.clock.delays).toEqual([100, 200, 250, 100]);
  });

  it('stops the retry timer when disposed, leaving the edit in storage', async () => {
    const h = open();
    h.net.failAlways('before');
    h.session.edit('s:a', { text: 'Changed.' });
    await h.session.flush();
    expect(h.clock.waiting).toBe(1);
    h.session.dispose();
    expect(h.clock.waiting).toBe(0);
    expect(h.storage.get(QUEUE)).toContain('Changed.');
  });

  it('recognises a save whose answer was lost: the retry meets a 412, finds its own text and writes nothing more', async () => {
    const h = open();
    await h.session.flush();
    h.net.failNext('after');
    h.session.edit('s:a', { text: 'Pupils use school devices only with an adult in the room.' });
    await h.session.flush();
    expect(h.session.saveState().kind).toBe('offline');
    expect(h.acks).toEqual([]);
    // The write landed even though the editor was told it failed.
    expect(h.store.current(DRAFT, 's:a')).toMatchObject({ version: 2, content: { text: 'Pupils use school devices only with an adult in the room.' } });
    const writesBefore = h.store.writes.length;

    h.clock.fireAll();
    await h.session.flush();
    expect(callsOf(h.store, 'ana')).toEqual(['updateBlock:failedAfter', 'updateBlock:conflict', 'readBlock:ok']);
    expect(h.store.writes.length).toBe(writesBefore);
    expect(h.store.current(DRAFT, 's:a')?.version).toBe(2);
    expect(h.acks).toEqual([{ key: 's:a', text: 'Pupils use school devices only with an adult in the room.', seq: 1, version: 2 }]);
    expect(h.session.saveState()).toEqual({ kind: 'saved' });
    expect(h.session.conflictList()).toEqual([]);
  });

  it('adds a block once even when the answer to the add was lost', async () => {
    const h = open();
    await h.session.flush();
    h.net.failNext('after');
    h.session.add(block('c:own', 'Our own words about tablets.', { kind: 'Custom', sourceKey: undefined, sourceVersion: undefined, baseText: '' }));
    expect(textOf(h.session, 'c:own')).toBe('Our own words about tablets.');
    await h.session.flush();
    expect(h.session.saveState().kind).toBe('offline');
    h.clock.fireAll();
    await h.session.flush();
    expect(h.store.blocksOf(DRAFT).filter(b => b.key === 'c:own')).toHaveLength(1);
    expect(h.acks.map(a => a.key)).toEqual(['c:own']);
    expect(h.session.serverBlock('c:own')).toMatchObject({ version: 1 });
    // It can then be edited like any other block.
    h.session.edit('c:own', { text: 'Our own words about tablets and phones.' });
    await h.session.flush();
    expect(h.store.current(DRAFT, 'c:own')).toMatchObject({ version: 2, content: { text: 'Our own words about tablets and phones.' } });
  });
});

describe('DraftSession: SharePoint refuses an edit for good', () => {
  /** The list refuses saves of one block as SharePoint does a too-large body: an error with status 413. */
  function refusing(h: Harness, itemId: number): { calls: number; allow: () => void } {
    const state = { calls: 0, refuse: true };
    const original = h.net.updateBlock.bind(h.net);
    h.net.updateBlock = async (id, version, patch) => {
      if (id === itemId && state.refuse) {
        state.calls++;
        throw Object.assign(new Error('Error making HttpClient request in queryable [413] Request Entity Too Large'), { status: 413 });
      }
      return original(id, version, patch);
    };
    return { get calls() { return state.calls; }, allow: () => { state.refuse = false; } };
  }

  it('keeps the refused edit, says so, saves the other blocks, and does not retry on its own', async () => {
    const h = open();
    await h.session.flush();
    const refusal = refusing(h, itemIdOf(h, 's:a'));
    h.session.edit('s:a', { text: `${TEXT_A} ${'Very long. '.repeat(5)}` });
    h.session.edit('s:b', { text: `${TEXT_B} Within the hour.` });
    await h.session.flush();
    expect(h.session.saveState()).toMatchObject({ kind: 'refused', refused: 1, pending: 1, message: expect.stringContaining('413') });
    expect(h.store.blocksOf(DRAFT).find(b => b.key === 's:b')?.content.text).toBe(`${TEXT_B} Within the hour.`);
    expect(textOf(h.session, 's:a')).toContain('Very long.');
    expect(h.clock.waiting).toBe(0);
    expect(refusal.calls).toBe(1);
    // Still kept in storage: a reload would not lose it.
    expect(h.storage.get(QUEUE)).toContain('Very long.');
  });

  it('keeps an edit refused before sending for its length (TextTooLongError) and does not retry it on its own', async () => {
    const h = open();
    await h.session.flush();
    const itemId = itemIdOf(h, 's:a');
    let calls = 0;
    const original = h.net.updateBlock.bind(h.net);
    h.net.updateBlock = async (id, version, patch) => {
      if (id !== itemId) return original(id, version, patch);
      calls++;
      throw new TextTooLongError(SCHOOL_LISTS.blocks, 'Section', 100, 101);
    };
    h.session.edit('s:a', { text: `${TEXT_A} Longer.` });
    await h.session.flush();
    expect(h.session.saveState()).toMatchObject({ kind: 'refused', refused: 1, message: expect.stringContaining('holds at most 100 characters') });
    expect(h.clock.waiting).toBe(0);
    expect(calls).toBe(1);
  });

  it('tries again when asked, or when the person changes that block', async () => {
    const h = open();
    await h.session.flush();
    const refusal = refusing(h, itemIdOf(h, 's:a'));
    h.session.edit('s:a', { text: 'Too long, say.' });
    await h.session.flush();
    h.session.edit('s:a', { text: 'Shorter.' });
    await h.session.flush();
    expect(refusal.calls).toBe(2);
    refusal.allow();
    await h.session.retryRefused();
    expect(h.session.saveState()).toEqual({ kind: 'saved' });
    expect(h.store.blocksOf(DRAFT).find(b => b.key === 's:a')?.content.text).toBe('Shorter.');
  });
});

describe('DraftSession: someone saved first (412)', () => {
  it('merges a change to other words with theirs and sends the merge', async () => {
    const h = open();
    await h.session.flush();
    const ben = h.store.connection('ben');
    await ben.updateBlock(itemIdOf(h, 's:a'), 1, { text: 'Pupils use school devices only with an adult present at all times.' });
    h.session.edit('s:a', { text: 'Younger pupils use school devices only with an adult present.' });
    await h.session.flush();
    expect(callsOf(h.store, 'ana')).toEqual(['updateBlock:conflict', 'readBlock:ok', 'updateBlock:ok']);
    const merged = 'Younger pupils use school devices only with an adult present at all times.';
    expect(h.store.current(DRAFT, 's:a')).toMatchObject({ version: 3, content: { text: merged } });
    expect(h.acks).toEqual([{ key: 's:a', text: merged, seq: 1, version: 3 }]);
    expect(textOf(h.session, 's:a')).toBe(merged);
    expect(h.session.saveState().kind).toBe('saved');
  });

  it('merges two notes written at once by keeping both', async () => {
    const h = open();
    await h.session.flush();
    await h.store.connection('ben').updateBlock(itemIdOf(h, 's:a'), 1, { note: 'Ben: ask IT.' });
    h.session.edit('s:a', { note: 'Ana: check the age.' });
    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')?.content.note).toBe('Ben: ask IT.\nAna: check the age.');
  });

  it('turns a change to the same words into a conflict and sends nothing for that block until a person chooses', async () => {
    const h = open();
    await h.session.flush();
    const ben = h.store.connection('ben');
    await ben.updateBlock(itemIdOf(h, 's:a'), 1, { text: 'Pupils use school laptops only with an adult present.' });
    h.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present.' });
    h.session.edit('s:b', { text: 'Staff report every concern to the DSL at once.' });
    await h.session.flush();

    expect(h.session.saveState()).toEqual({ kind: 'conflict', conflicts: 1, pending: 1 });
    expect(h.session.conflictList()).toEqual([expect.objectContaining({
      key: 's:a', base: TEXT_A, mine: 'Pupils use school tablets only with an adult present.', theirs: 'Pupils use school laptops only with an adult present.',
      theirsBlock: expect.objectContaining({ version: 2 })
    })]);
    // The other block was saved; the conflicted one keeps the editor's words on screen.
    expect(h.store.current(DRAFT, 's:b')?.content.text).toBe('Staff report every concern to the DSL at once.');
    expect(textOf(h.session, 's:a')).toBe('Pupils use school tablets only with an adult present.');
    expect(h.storage.get(QUEUE)).toContain('tablets');

    // Flushing, retrying and typing more send nothing for the conflicted block.
    const callsBefore = h.store.calls.length;
    h.clock.fireAll();
    await h.session.flush();
    h.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present nearby.' });
    await h.session.flush();
    expect(h.store.calls.length).toBe(callsBefore);
    expect(h.store.current(DRAFT, 's:a')?.version).toBe(2);

    h.session.resolveConflict('s:a', 'Pupils use school tablets or laptops only with an adult present.');
    expect(h.session.saveState()).toEqual({ kind: 'saving', pending: 1 });
    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')).toMatchObject({ version: 3, content: { text: 'Pupils use school tablets or laptops only with an adult present.' } });
    expect(h.session.saveState()).toEqual({ kind: 'saved' });
    expect(h.session.conflictList()).toEqual([]);
    expect(h.acks.map(a => a.text)).toContain('Pupils use school tablets or laptops only with an adult present.');
  });

  it('offers what the person has now as "mine" when they type on while the conflict waits', async () => {
    const h = open();
    await h.session.flush();
    await h.store.connection('ben').updateBlock(itemIdOf(h, 's:a'), 1, { text: 'Pupils use school laptops only with an adult present.' });
    h.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present.' });
    await h.session.flush();
    h.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present, always.' });
    h.session.edit('s:a', { note: 'A note does not change the versions offered.' });
    expect(h.session.conflictList()).toEqual([expect.objectContaining({ mine: 'Pupils use school tablets only with an adult present, always.', theirs: 'Pupils use school laptops only with an adult present.' })]);
    h.session.resolveConflict('s:a', h.session.conflictList()[0].mine);
    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')?.content).toMatchObject({ text: 'Pupils use school tablets only with an adult present, always.', note: 'A note does not change the versions offered.' });
  });

  it('ignores resolveConflict for a block with no conflict', async () => {
    const h = open();
    await h.session.flush();
    h.session.resolveConflict('s:a', 'anything');
    await h.session.flush();
    expect(h.store.calls).toEqual([]);
    expect(textOf(h.session, 's:a')).toBe(TEXT_A);
  });

  it('merges again when the block moved on between the conflict and its resolution', async () => {
    const h = open();
    await h.session.flush();
    const ben = h.store.connection('ben');
    await ben.updateBlock(itemIdOf(h, 's:a'), 1, { text: 'Pupils use school laptops only with an adult present.' });
    h.session.edit('s:a', { text: 'Pupils use school tablets only with an adult present.' });
    await h.session.flush();
    expect(h.session.conflictList()).toHaveLength(1);
    await ben.updateBlock(itemIdOf(h, 's:a'), 2, { text: 'Pupils use school laptops only with an adult present, always.' });
    h.session.resolveConflict('s:a', 'Pupils use school tablets and laptops only with an adult present.');
    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')?.content.text).toBe('Pupils use school tablets and laptops only with an adult present, always.');
    expect(h.session.saveState().kind).toBe('saved');
  });
});

describe('DraftSession: sync', () => {
  it("takes in others' changes and keeps the editor's unsent edits on screen", async () => {
    const h = open();
    await h.session.flush();
    h.net.failNext('before');
    h.session.edit('s:a', { text: 'Younger pupils use school devices only with an adult present.' });
    await h.session.flush();
    expect(h.session.saveState().kind).toBe('offline');

    const ben = h.store.connection('ben');
    h.store.advanceClock(3000);
    await ben.updateBlock(itemIdOf(h, 's:a'), 1, { text: 'Pupils use school devices only with an adult present at all times.' });
    await ben.updateBlock(itemIdOf(h, 's:b'), 1, { text: 'Staff report every concern to the DSL today.', included: false });

    expect(await h.session.sync()).toBe(2);
    expect(textOf(h.session, 's:b')).toBe('Staff report every concern to the DSL today.');
    expect(h.session.blocks().find(b => b.key === 's:b')?.content.included).toBe(false);
    expect(textOf(h.session, 's:a')).toBe('Younger pupils use school devices only with an adult present.');
    expect(h.session.serverBlock('s:a')?.version).toBe(2);
    expect(h.session.saveState()).toMatchObject({ kind: 'offline', pending: 1 });
    // A second sync finds nothing newer (the latest second is read again, but no version is newer).
    expect(await h.session.sync()).toBe(0);

    h.clock.fireAll();
    await h.session.flush();
    expect(h.store.current(DRAFT, 's:a')?.content.text).toBe('Younger pupils use school devices only with an adult present at all times.');
    expect(h.session.saveState().kind).toBe('saved');
  });

  it('reads only changes at or after the last change it saw', async () => {
    const h = open();
    await h.session.flush();
    h.store.advanceClock(5000);
    await h.store.connection('ben').updateBlock(itemIdOf(h, 's:b'), 1, { text: 'Changed by Ben.' });
    await h.session.sync();
    const changes = await h.store.readChanges(DRAFT, h.store.latestChange(DRAFT));
    expect(changes.blocks.map(b => b.key)).toEqual(['s:b']);
    expect(textOf(h.session, 's:b')).toBe('Changed by Ben.');
    expect(textOf(h.session, 's:a')).toBe(TEXT_A);
  });

  it('reports a failed sync to the caller and keeps what it had', async () => {
    const h = open();
    await h.session.flush();
    h.net.failNext('after');
    await expect(h.session.sync()).rejects.toBeInstanceOf(NetworkError);
    expect(textOf(h.session, 's:a')).toBe(TEXT_A);
  });
});

// ---- Property: several editors, random interleavings and faults; no acknowledged edit is lost ----

type Resolution = 'theirs' | 'mine' | 'both';

type Action =
  | { kind: 'edit'; s: number; b: number; at: number; del: number | null }
  | { kind: 'flush'; s: number }
  | { kind: 'tick'; s: number }
  | { kind: 'sync'; s: number }
  | { kind: 'fault'; s: number; mode: FaultMode }
  | { kind: 'resolve'; s: number; how: Resolution };

interface Scenario {
  editors: number;
  blocks: number;
  /** Edits wait for the editor's clock (flushDelayMs) instead of sending at once. */
  debounce: boolean;
  actions: Action[];
  finally: Resolution;
}

const resolutionArb = fc.constantFrom<Resolution>('theirs', 'mine', 'both');
const who = fc.nat({ max: 4 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), s: who, b: fc.nat({ max: 2 }), at: fc.nat({ max: 30 }), del: fc.option(fc.nat({ max: 30 }), { freq: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('flush' as const), s: who }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), s: who }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), s: who }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fault' as const), s: who, mode: fc.constantFrom<FaultMode>('none', 'before', 'after') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resolve' as const), s: who, how: resolutionArb }) }
);
const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  editors: fc.integer({ min: 2, max: 5 }),
  blocks: fc.integer({ min: 1, max: 3 }),
  debounce: fc.boolean(),
  actions: fc.array(actionArb, { minLength: 4, maxLength: 40, size: 'medium' }),
  finally: resolutionArb
});

const BASES = [
  'The school filters and monitors internet use on every device it provides.',
  'Pupils learn how to report anything online that worries them.',
  'Governors review this policy every year with the DSL.'
];

const isMarker = (word: string): boolean => /^m\d+$/.test(word);
const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const markersIn = (text: string): string[] => wordsOf(text).filter(isMarker);

interface EditRecord {
  editor: number;
  key: string;
  marker: string;
  acknowledged: boolean;
}

interface Outcome {
  edits: EditRecord[];
  /** Markers that were in `mine` or `theirs` of a conflict shown to some editor. */
  shown: Set<string>;
  final: Map<string, string>;
  conflicts: number;
  views: Map<string, string>[];
}

function resolutionText(how: Resolution, mine: string, theirs: string): string {
  if (how === 'theirs') return theirs;
  if (how === 'mine') return mine;
  const theirMarkers = markersIn(theirs);
  return [theirs, ...markersIn(mine).filter(m => !theirMarkers.includes(m))].join(' ');
}

/** Runs a scenario to the end (faults off, every queue empty); `always` settles every conflict one way. */
async function runScenario(scenario: Scenario, always?: Resolution): Promise<Outcome> {
  const store = new FakeBlockStore('seed');
  const seeded = store.seed(DRAFT, BASES.slice(0, scenario.blocks).map((text, i) => block(`s:b${i}`, text, { content: { ...block('x', text).content, order: (i + 1) * 10 } })));
  const keys = seeded.map(b => b.key);
  const edits: EditRecord[] = [];
  const shown = new Set<string>();
  let conflicts = 0;
  let nextMarker = 0;

  const editors = Array.from({ length: scenario.editors }, (_, i) => {
    const net = store.connection(`editor${i}`);
    const clock = new ManualClock();
    const session = new DraftSession(net, new MemoryKeyValueStore(), DRAFT, `draft-1-editor${i}`, { clock, retryMs: 10, maxRetryMs: 40, flushDelayMs: scenario.debounce ? 5 : 0 });
    session.onAcknowledged((key, saved) => {
      const words = wordsOf(saved.content.text);
      for (const edit of edits) if (edit.editor === i && edit.key === key && !edit.acknowledged && words.includes(edit.marker)) edit.acknowledged = true;
    });
    session.subscribe(() => {
      for (const conflict of session.conflictList()) for (const marker of [...markersIn(conflict.mine), ...markersIn(conflict.theirs)]) shown.add(marker);
    });
    session.load(seeded, store.latestChange(DRAFT));
    return { net, clock, session };
  });

  const resolveAll = (i: number, how: Resolution): void => {
    const { session } = editors[i];
    for (const conflict of session.conflictList()) {
      conflicts++;
      session.resolveConflict(conflict.key, resolutionText(always ?? how, conflict.mine, conflict.theirs));
    }
  };

  for (const action of scenario.actions) {
    const i = action.s % scenario.editors;
    const { net, clock, session } = editors[i];
    switch (action.kind) {
      case 'edit': {
        const key = keys[action.b % keys.length];
        const words = wordsOf(session.blocks().find(b => b.key === key)?.content.text ?? '');
        const deletable = words.map((w, at) => ({ w, at })).filter(({ w }) => !isMarker(w));
        if (action.del !== null && deletable.length > 0 && words.length > 1) words.splice(deletable[action.del % deletable.length].at, 1);
        const marker = `m${nextMarker++}`;
        words.splice(action.at % (words.length + 1), 0, marker);
        edits.push({ editor: i, key, marker, acknowledged: false });
        session.edit(key, { text: words.join(' ') });
        break;
      }
      case 'flush':
        await session.flush();
        break;
      case 'tick':
        clock.fireAll();
        break;
      case 'sync':
        await session.sync().catch((error: unknown) => {
          if (!(error instanceof NetworkError)) throw error;
        });
        break;
      case 'fault':
        if (action.mode === 'none') net.clearFaults();
        else net.failNext(action.mode);
        break;
      case 'resolve':
        resolveAll(i, action.how);
        break;
    }
  }

  // Faults off; keep saving (one editor at a time) until every queue is empty, settling conflicts the same way.
  for (const { net } of editors) net.clearFaults();
  for (let round = 0; round < 60 && editors.some(e => e.session.saveState().kind !== 'saved'); round++) {
    for (let i = 0; i < editors.length; i++) {
      resolveAll(i, scenario.finally);
      editors[i].clock.fireAll();
      await editors[i].session.flush();
    }
  }
  for (const { session } of editors) expect(session.saveState()).toEqual({ kind: 'saved' });
  const views: Map<string, string>[] = [];
  for (const { session } of editors) {
    await session.sync();
    views.push(new Map(session.blocks().map(b => [b.key, b.content.text])));
    session.dispose();
  }
  const final = new Map(store.blocksOf(DRAFT).map(b => [b.key, b.content.text]));
  expect(store.blocksOf(DRAFT)).toHaveLength(scenario.blocks);
  return { edits, shown, final, conflicts, views };
}

describe('DraftSession: several editors under faults (property)', () => {
  const totals = { edits: 0, acknowledged: 0, conflicts: 0, lostToAChoice: 0 };

  it('keeps every acknowledged edit in the final text, unless a person saw it in a conflict and chose otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async scenario => {
        const { edits, shown, final, conflicts, views } = await runScenario(scenario);
        const acknowledged = edits.filter(e => e.acknowledged);
        const lost = acknowledged.filter(e => !wordsOf(final.get(e.key) ?? '').includes(e.marker) && !shown.has(e.marker));
        expect(lost).toEqual([]);
        // Every editor ends up seeing what the list holds.
        for (const view of views) expect(view).toEqual(final);
        totals.edits += edits.length;
        totals.acknowledged += acknowledged.length;
        totals.conflicts += conflicts;
        totals.lostToAChoice += acknowledged.filter(e => !wordsOf(final.get(e.key) ?? '').includes(e.marker)).length;
      }),
      { numRuns: 150 }
    );
    if (process.env.DRAFT_STATS) process.stdout.write(`${JSON.stringify(totals)}\n`);
  });

  it('reached the interesting paths: most edits acknowledged, conflicts settled, and edits lost only to a choice', () => {
    expect(totals.acknowledged).toBeGreaterThan(totals.edits / 2);
    expect(totals.conflicts).toBeGreaterThan(20);
  });

  it('drops no edit unseen: every word typed (saved or not, even into a waiting conflict) is in the final text or was in a conflict a person saw', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async scenario => {
        const { edits, shown, final } = await runScenario(scenario);
        const vanished = edits.filter(e => !wordsOf(final.get(e.key) ?? '').includes(e.marker) && !shown.has(e.marker));
        expect(vanished).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });

  it('keeps every acknowledged edit in the final text when conflicts are always settled by keeping both', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async scenario => {
        const { edits, final } = await runScenario(scenario, 'both');
        const lost = edits.filter(e => e.acknowledged && !wordsOf(final.get(e.key) ?? '').includes(e.marker));
        expect(lost).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });
});
