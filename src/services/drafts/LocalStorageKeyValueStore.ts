import type { IKeyValueStore } from './IBlockStore';

/**
 * The browser's localStorage as the queue of unsent edits. When storage is unavailable (private mode, quota)
 * edits stay in memory for the page's life and the save state says so through the session's normal errors.
 */
export class LocalStorageKeyValueStore implements IKeyValueStore {
  private readonly fallback = new Map<string, string>();

  get(key: string): string | undefined {
    try {
      return window.localStorage.getItem(key) ?? this.fallback.get(key);
    } catch {
      return this.fallback.get(key);
    }
  }

  set(key: string, value: string): void {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      this.fallback.set(key, value);
    }
  }

  remove(key: string): void {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // nothing stored there to remove
    }
    this.fallback.delete(key);
  }

  keys(prefix: string): string[] {
    const found = new Set<string>([...this.fallback.keys()].filter(key => key.startsWith(prefix)));
    try {
      for (let i = 0; i < window.localStorage.length; i++) {
        const key = window.localStorage.key(i);
        if (key !== null && key.startsWith(prefix)) found.add(key);
      }
    } catch {
      // storage unavailable: only what this page kept in memory
    }
    return [...found];
  }
}
