import { randomUUID } from 'crypto';
import { openBrowserTab, TAB_HEARTBEAT_MS } from '../../../src/services/drafts/browserTab';

/** Web Locks as the browser keeps them for one origin: a lock is held until its callback's promise settles. */
class FakeLocks {
  readonly held = new Set<string>();
  request(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<void> | undefined): Promise<unknown> {
    if (this.held.has(name)) {
      if (options.ifAvailable) return Promise.resolve(callback(null));
      return Promise.reject(new Error('This fake does not queue waiting requests.'));
    }
    this.held.add(name);
    const holding = Promise.resolve(callback({ name }));
    void holding.then(() => this.held.delete(name));
    return holding;
  }
  async query(): Promise<{ held: { name: string }[] }> {
    return { held: [...this.held].map(name => ({ name })) };
  }
}

/** Lets promise callbacks run until `done` holds (microtasks only: no timers, no waiting on time). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !done(); i++) await Promise.resolve();
  expect(done()).toBe(true);
}

describe('browser tab identity', () => {
  beforeAll(() => {
    if (!globalThis.crypto?.randomUUID) Object.defineProperty(globalThis, 'crypto', { value: { randomUUID }, configurable: true });
  });
  afterEach(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
    Reflect.deleteProperty(window.navigator, 'locks');
  });

  it('with Web Locks: the open tabs are the held locks; a duplicated tab takes a new id; a closed tab is gone', async () => {
    const locks = new FakeLocks();
    Object.defineProperty(window.navigator, 'locks', { value: locks, configurable: true });
    const first = await openBrowserTab();
    expect(window.sessionStorage.getItem('esafety.tabId')).toBe(first.id);
    // One window here, so the second tab shares sessionStorage exactly as a duplicated tab does.
    const duplicate = await openBrowserTab();
    expect(duplicate.id).not.toBe(first.id);
    expect(await first.openTabs()).toEqual(new Set([first.id, duplicate.id]));
    first.dispose();
    await until(() => !locks.held.has(`esafety-tab:${first.id}`));
    expect(await duplicate.openTabs()).toEqual(new Set([duplicate.id]));
    duplicate.dispose();
  });

  it('without Web Locks: recent heartbeats are the open tabs, stale ones are closed tabs', async () => {
    const tab = await openBrowserTab();
    window.localStorage.setItem('esafety-tab-beat:recent', String(Date.now()));
    window.localStorage.setItem('esafety-tab-beat:stale', String(Date.now() - 4 * TAB_HEARTBEAT_MS));
    expect(await tab.openTabs()).toEqual(new Set([tab.id, 'recent']));
    tab.dispose();
    expect(window.localStorage.getItem(`esafety-tab-beat:${tab.id}`)).toBeNull();
  });
});
