import { ManualClock } from '../../../src/app/common/manualClock';
import { Poller } from '../../../src/app/common/Poller';

/** Lets resolved promises run their callbacks before the next step. */
const settle = (): Promise<void> => new Promise(resolve => setImmediate(resolve));

describe('Poller', () => {
  it('asks at once, then once per interval, never two at a time, and stops when told', async () => {
    const clock = new ManualClock();
    let runs = 0;
    let release: (() => void) | undefined;
    const poller = new Poller(clock, 1000, () => { runs++; return new Promise<void>(resolve => { release = resolve; }); }, () => undefined);
    poller.start();
    expect(runs).toBe(1);
    clock.advance(5000); // the first answer is still out: nothing stacks up behind it
    expect(runs).toBe(1);
    release?.();
    await settle();
    clock.advance(999);
    expect(runs).toBe(1);
    clock.advance(1);
    expect(runs).toBe(2);
    release?.();
    await settle();
    poller.stop();
    clock.advance(10_000);
    expect(runs).toBe(2);
    expect(clock.pending).toBe(0);
  });

  it('reports a failed run and keeps polling', async () => {
    const clock = new ManualClock();
    const errors: unknown[] = [];
    let runs = 0;
    const poller = new Poller(clock, 500, async () => { runs++; if (runs === 1) throw new Error('offline'); }, e => errors.push(e));
    poller.start();
    await settle();
    expect(errors).toHaveLength(1);
    clock.advance(500);
    await settle();
    expect(runs).toBe(2);
    poller.stop();
  });
});
