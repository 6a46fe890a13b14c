/**
 * Every interval the screens run on, in one place, so two screens never poll the same thing at different rates
 * and a reader sees the whole request budget at a glance. Controllers take a `Clock` so tests drive time.
 */
export const TIMING = {
  /**
   * The draft editor's adaptive sync (issue 16: an edit visible to the others within 2 s at p95). Each poll is one
   * small `$batch` (heartbeat + changed blocks + changed comments + who is here). With others present: about one
   * request per second per person: a tenth of SharePoint's per-user throttling threshold (about 3,000 requests per
   * user per 5 minutes, Microsoft's "Avoid getting throttled or blocked in SharePoint Online"; the figure is from a
   * third-party summary, see TENANT-FACTS, so we stay far below it). Typing-to-visible with others present:
   * `draftFlushMs` + one MERGE + up to `draftSyncTogetherMs` + one poll. Measured through the UI in Chromium
   * (two browsers, 25 edits, local server, a loaded 2-core machine): p50 1.24 s, p95 1.66 s; with a 400 ms flush
   * the p95 was 2.36 s. Idle with others present: 9 requests in 10 s.
   */
  draftSyncTogetherMs: 1000,
  /** Alone in the draft: nobody waits for these changes, so one request per 5 s keeps presence and catches arrivals. */
  draftSyncAloneMs: 5000,
  /**
   * The tab is hidden: nobody looks at it. Still under the 45 s presence lease (`PRESENCE_LEASE_MS`), so the person
   * stays "in the draft" for the others; the editor catches up at once when the tab is shown again.
   */
  draftSyncHiddenMs: 30_000,
  /** An open approval round's progress (decisions arriving), on every screen that shows it. */
  roundProgressMs: 10_000,
  /**
   * Typing waits this long before one MERGE carries it (was 600 ms; shortened to fit the 2 s budget above). Steady
   * typing keeps resetting it, so a typist still sends one MERGE per pause, not one per key.
   */
  draftFlushMs: 250,
  /** First retry after a failed save; doubles from here. */
  draftRetryMs: 1000,
  /** Reports waiting for the authority's register are tried again this often while the school's page is open. */
  registerRetryMs: 5 * 60_000,
  /** Opening the school's page makes a new report by itself when the last one is older than this. */
  registerAutoReportMs: 24 * 60 * 60_000
} as const;

/** Timers, injectable: the real ones in the app, a hand-driven one in tests. */
export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realClock: Clock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now()
};
