/**
 * Teams' limit on activity notifications: "Verify that your app does not send more than 10 notifications per
 * minute, per user. Notifications will be automatically throttled if the count exceeds 10."
 * (microsoft-graph-docs-contrib concepts/teams-activity-feed-notifications-best-practices.md; TENANT-FACTS "Graph").
 * "Per user" is read as per recipient; a per-sender reading is [unverified]. Throttled calls get Graph's 429 with
 * `Retry-After` in seconds (learn.microsoft.com/graph/throttling).
 *
 * A sliding window of the last minute's deliveries per recipient, on an injectable clock so tests need not wait.
 */
export const NOTIFICATIONS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

export class ActivityThrottle {
  private readonly sent = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now, private readonly limit = NOTIFICATIONS_PER_MINUTE) {}

  /** Seconds to wait before `recipientId` may get another notification, or 0 when one may go now. */
  retryAfterSeconds(recipientId: string): number {
    const recent = this.recent(recipientId);
    if (recent.length < this.limit) return 0;
    const oldestThatCounts = recent[recent.length - this.limit];
    return Math.max(1, Math.ceil((oldestThatCounts + WINDOW_MS - this.now()) / 1000));
  }

  /** Counts one delivered notification. */
  record(recipientId: string): void {
    this.sent.set(recipientId, [...this.recent(recipientId), this.now()]);
  }

  private recent(recipientId: string): number[] {
    const from = this.now() - WINDOW_MS;
    const kept = (this.sent.get(recipientId) ?? []).filter(t => t > from);
    this.sent.set(recipientId, kept);
    return kept;
  }
}
