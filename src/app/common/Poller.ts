import type { Clock } from './timing';

/**
 * Runs a task every `intervalMs`, never two at once (a slow answer delays the next ask instead of stacking
 * requests), until stopped. A failed run is reported to `onError` and the polling goes on.
 */
export class Poller {
  private handle: unknown;
  private running = false;
  private stopped = true;

  public constructor(
    private readonly clock: Clock,
    private intervalMs: number,
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void
  ) {}

  public start(runNow = true): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (runNow) void this.run();
    else this.schedule();
  }

  public stop(): void {
    this.stopped = true;
    if (this.handle !== undefined) this.clock.clearTimeout(this.handle);
    this.handle = undefined;
  }

  /** A new rate takes effect from the next wait (faster when others arrive, slower when alone or hidden). */
  public setInterval(ms: number): void {
    this.intervalMs = ms;
  }

  /** Asks now (after a local action that others may have answered), then keeps the rhythm. */
  public async runNow(): Promise<void> {
    if (this.stopped) return;
    if (this.handle !== undefined) this.clock.clearTimeout(this.handle);
    this.handle = undefined;
    await this.run();
  }

  private async run(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      await this.task();
    } catch (error) {
      this.onError(error);
    } finally {
      this.running = false;
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.handle = this.clock.setTimeout(() => {
      this.handle = undefined;
      void this.run();
    }, this.intervalMs);
  }
}
