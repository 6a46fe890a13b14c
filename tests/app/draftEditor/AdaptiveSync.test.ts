import { ManualClock } from '../../../src/app/common/manualClock';
import { TIMING } from '../../../src/app/common/timing';
import { AdaptiveSync } from '../../../src/app/draftEditor/AdaptiveSync';
import { syncIntervalMs } from '../../../src/app/draftEditor/syncRate';
import { TestVisibility } from './editorTenant';

/** Lets resolved promises run their callbacks before the next step. */
const settle = (): Promise<void> => new Promise(resolve => setImmediate(resolve));

describe('the draft sync rhythm', () => {
  it('is fastest with others in a shown page, slower alone, slowest hidden', () => {
    expect(syncIntervalMs(true, true)).toBe(TIMING.draftSyncTogetherMs);
    expect(syncIntervalMs(true, false)).toBe(TIMING.draftSyncAloneMs);
    expect(syncIntervalMs(false, true)).toBe(TIMING.draftSyncHiddenMs);
    // The budget: about one request a second at most, and a hidden page still inside the 45 s presence lease.
    expect(TIMING.draftSyncTogetherMs).toBeGreaterThanOrEqual(1000);
    expect(TIMING.draftSyncHiddenMs).toBeLessThan(45_000);
  });

  it('asks at the rate presence and visibility call for, and catches up at once when shown again', async () => {
    const clock = new ManualClock();
    const page = new TestVisibility();
    const rates: number[] = [];
    let runs = 0;
    const sync = new AdaptiveSync(clock, page, async () => { runs++; }, () => undefined, ms => rates.push(ms));
    sync.start();
    await settle();
    expect(runs).toBe(1);
    clock.advance(TIMING.draftSyncAloneMs - 1);
    expect(runs).toBe(1);
    clock.advance(1);
    await settle();
    expect(runs).toBe(2);

    sync.setOthersPresent(true); // takes effect from the next wait
    clock.advance(TIMING.draftSyncAloneMs);
    await settle();
    expect(runs).toBe(3);
    clock.advance(TIMING.draftSyncTogetherMs);
    await settle();
    expect(runs).toBe(4);

    page.set(false);
    sync.visibilityChanged();
    clock.advance(TIMING.draftSyncTogetherMs); // the wait already under way
    await settle();
    expect(runs).toBe(5);
    clock.advance(TIMING.draftSyncHiddenMs - 1);
    await settle();
    expect(runs).toBe(5);
    page.set(true);
    sync.visibilityChanged();
    await settle();
    expect(runs).toBe(6);
    expect(rates).toEqual([TIMING.draftSyncTogetherMs, TIMING.draftSyncHiddenMs, TIMING.draftSyncTogetherMs]);
    sync.stop();
    expect(clock.pending).toBe(0);
  });
});
