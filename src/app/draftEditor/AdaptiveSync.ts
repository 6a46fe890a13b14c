import { Poller } from '../common/Poller';
import type { Clock } from '../common/timing';
import { syncIntervalMs, type VisibilitySource } from './syncRate';

/**
 * The draft's sync rhythm: one task, never two at once, at a rate that follows who is here and whether the page
 * is shown (see `syncIntervalMs`); shown again after being hidden, it catches up at once.
 */
export class AdaptiveSync {
  private readonly poller: Poller;
  private othersPresent = false;
  private current: number;

  public constructor(
    clock: Clock,
    private readonly visibility: VisibilitySource,
    task: () => Promise<void>,
    onError: (error: unknown) => void,
    private readonly onRate: (ms: number) => void
  ) {
    this.current = syncIntervalMs(visibility.isVisible(), false);
    this.poller = new Poller(clock, this.current, task, onError);
  }

  public get intervalMs(): number {
    return this.current;
  }

  /** Starts the rhythm: the first sync now, or (`immediately` false) after one interval. */
  public start(immediately = true): void {
    this.poller.start(immediately);
  }

  public stop(): void {
    this.poller.stop();
  }

  public runNow(): Promise<void> {
    return this.poller.runNow();
  }

  /** After each sync: others in the draft make it fast, being alone slows it. */
  public setOthersPresent(present: boolean): void {
    this.othersPresent = present;
    this.adjust();
  }

  /** The page was shown or hidden. */
  public visibilityChanged(): void {
    this.adjust();
    if (this.visibility.isVisible()) void this.poller.runNow();
  }

  private adjust(): void {
    const ms = syncIntervalMs(this.visibility.isVisible(), this.othersPresent);
    this.poller.setInterval(ms);
    if (ms === this.current) return;
    this.current = ms;
    this.onRate(ms);
  }
}
