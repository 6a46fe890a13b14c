import type { TabIdentity } from './EditQueueStorage';

/** sessionStorage key of this tab's id: it lasts as long as the tab (a reload keeps it; a new tab gets its own). */
const TAB_ID_KEY = 'esafety.tabId';
const LOCK_PREFIX = 'esafety-tab:';
const BEAT_PREFIX = 'esafety-tab-beat:';
/**
 * Without Web Locks each open tab writes a heartbeat this often; one older than three beats is a closed tab.
 * (A service-level interval, not a screen's: TIMING holds the screens' polling.)
 */
export const TAB_HEARTBEAT_MS = 5000;

interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<void> | undefined): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

function lockManager(): LockManagerLike | undefined {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks && typeof locks.request === 'function' && typeof locks.query === 'function' ? locks : undefined;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

function storedId(): string {
  try {
    const existing = window.sessionStorage.getItem(TAB_ID_KEY);
    if (existing) return existing;
    const id = newId();
    window.sessionStorage.setItem(TAB_ID_KEY, id);
    return id;
  } catch {
    return newId();
  }
}

/** A tab identity and how to let go of it when the page closes. */
export interface BrowserTab extends TabIdentity {
  dispose(): void;
}

/**
 * This browser tab as a `TabIdentity`, once it is established (wait for it before making the draft session). With
 * Web Locks (`navigator.locks`) the tab holds a lock named after its id for as long as it is open; the browser
 * releases it when the tab closes or crashes, so the held locks are the open tabs (MDN "Web Locks API"). A
 * duplicated tab copies sessionStorage: finding its id already held, it takes a new one. Without Web Locks, each tab
 * writes a heartbeat to localStorage and recent heartbeats are the open tabs.
 */
export async function openBrowserTab(): Promise<BrowserTab> {
  const locks = lockManager();
  return locks ? lockedTab(locks) : heartbeatTab();
}

async function lockedTab(locks: LockManagerLike): Promise<BrowserTab> {
  let release = (): void => undefined;
  const holdUntilReleased = (): Promise<void> => new Promise<void>(resolve => { release = resolve; });
  const take = (name: string, ifAvailable: boolean): Promise<boolean> => new Promise<boolean>(resolve => {
    void locks.request(name, { ifAvailable }, lock => {
      // With ifAvailable the callback gets null when another tab holds the lock.
      if (!lock) {
        resolve(false);
        return undefined;
      }
      resolve(true);
      return holdUntilReleased();
    });
  });
  let id = storedId();
  if (!(await take(LOCK_PREFIX + id, true))) {
    id = newId();
    try { window.sessionStorage.setItem(TAB_ID_KEY, id); } catch { /* the id lives in memory only */ }
    await take(LOCK_PREFIX + id, false);
  }
  return {
    id,
    openTabs: async () => {
      const state = await locks.query();
      return new Set((state.held ?? []).map(l => l.name ?? '').filter(name => name.startsWith(LOCK_PREFIX)).map(name => name.slice(LOCK_PREFIX.length)));
    },
    dispose: () => release()
  };
}

function heartbeatTab(): BrowserTab {
  const id = storedId();
  const beat = (): void => {
    try { window.localStorage.setItem(BEAT_PREFIX + id, String(Date.now())); } catch { /* no storage: no other tab can adopt anyway */ }
  };
  beat();
  const timer = setInterval(beat, TAB_HEARTBEAT_MS);
  return {
    id,
    openTabs: async () => {
      const open = new Set<string>([id]);
      try {
        for (let i = 0; i < window.localStorage.length; i++) {
          const key = window.localStorage.key(i);
          if (!key?.startsWith(BEAT_PREFIX)) continue;
          const age = Date.now() - Number(window.localStorage.getItem(key));
          if (age < 3 * TAB_HEARTBEAT_MS) open.add(key.slice(BEAT_PREFIX.length));
        }
      } catch { /* unreadable storage: only this tab is known */ }
      return open;
    },
    dispose: () => {
      clearInterval(timer);
      try { window.localStorage.removeItem(BEAT_PREFIX + id); } catch { /* nothing to remove */ }
    }
  };
}
