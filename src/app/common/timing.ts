/**
 * Every interval the screens run on, in one place, so two screens never poll the same thing at different rates
 * and a reader sees the whole request budget at a glance. Controllers take a `Clock` so tests drive time.
 */
export const TIMING = {
  /** How often an open draft asks what others saved, while others are present and the tab is visible. */
  draftSyncMs: 4000,
  /** An open approval round's progress (decisions arriving), on every screen that shows it. */
  roundProgressMs: 10_000,
  /** Typing waits this long before one MERGE carries it. */
  draftFlushMs: 600,
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
