import { TIMING } from '../common/timing';

/** Whether the page is shown, and news when that changes: the browser's, or a hand-driven one in tests. */
export interface VisibilitySource {
  isVisible(): boolean;
  /** Calls `listener` after each change; returns how to stop. */
  onChange(listener: () => void): () => void;
}

/** The browser's Page Visibility API (`document.visibilityState`, `visibilitychange`); always visible without a document. */
export function documentVisibility(): VisibilitySource {
  const doc = typeof document === 'undefined' ? undefined : document;
  return {
    isVisible: () => !doc || doc.visibilityState !== 'hidden',
    onChange: listener => {
      if (!doc) return () => undefined;
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    }
  };
}

/**
 * How long the editor waits between syncs: fast while others are in the draft and the page is shown (their edits
 * must appear within 2 s), slower alone, slowest hidden. The numbers and their request budget live in `TIMING`.
 */
export function syncIntervalMs(visible: boolean, othersPresent: boolean): number {
  if (!visible) return TIMING.draftSyncHiddenMs;
  return othersPresent ? TIMING.draftSyncTogetherMs : TIMING.draftSyncAloneMs;
}
