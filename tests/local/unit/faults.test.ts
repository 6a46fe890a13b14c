import { drawFault, FaultCounters, NO_FAULTS, parseFaultSpec } from '../../../local/server/http/faults';

describe('parseFaultSpec', () => {
  it('reads every setting on top of the base', () => {
    expect(parseFaultSpec('rate=0.25; kinds=429,drop ;retryAfter=2;slowMs=300;count=3')).toEqual({
      rate: 0.25, kinds: ['429', 'drop'], retryAfterSeconds: 2, slowMs: 300, remaining: 3
    });
    expect(parseFaultSpec('', NO_FAULTS)).toEqual(NO_FAULTS);
    expect(parseFaultSpec('rate=1', { ...NO_FAULTS, retryAfterSeconds: 5 }).retryAfterSeconds).toBe(5);
  });

  it('does not change the base it starts from', () => {
    const base = { ...NO_FAULTS, kinds: [...NO_FAULTS.kinds] };
    parseFaultSpec('kinds=503;rate=1', base);
    expect(base).toEqual(NO_FAULTS);
  });

  it.each([
    ['rate=2', "Fault rate '2' must be a number from 0 to 1."],
    ['rate=often', "Fault rate 'often' must be a number from 0 to 1."],
    ['kinds=429,teapot', "Fault kinds must be some of 429, 503, slow, drop, dropAfter; got '429,teapot'."],
    ['kinds=', "Fault kinds must be some of 429, 503, slow, drop, dropAfter; got ''."],
    ['count=-1', "Fault count '-1' must be a whole number."],
    ['count=1.5', "Fault count '1.5' must be a whole number."],
    ['rats=1', "Unknown fault setting 'rats' (use rate, kinds, retryAfter, slowMs, count)."]
  ])('refuses %s', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message);
  });
});

describe('drawFault', () => {
  const always = (): number => 0;

  it('never faults at rate 0 or with no kinds', () => {
    expect(drawFault(parseFaultSpec('rate=0;kinds=429'), always)).toBeUndefined();
    expect(drawFault({ ...NO_FAULTS, rate: 1, kinds: [] }, always)).toBeUndefined();
  });

  it('spends the count budget, then answers normally', () => {
    const config = parseFaultSpec('rate=1;kinds=429;count=2');
    expect([drawFault(config, always), drawFault(config, always), drawFault(config, always), drawFault(config, always)])
      .toEqual(['429', '429', undefined, undefined]);
    expect(config.remaining).toBe(0);
  });

  it('spends no budget on requests the rate spares', () => {
    const config = parseFaultSpec('rate=0.5;kinds=503;count=1');
    expect(drawFault(config, () => 0.9)).toBeUndefined();
    expect(config.remaining).toBe(1);
    expect(drawFault(config, () => 0.1)).toBe('503');
    expect(drawFault(config, () => 0.1)).toBeUndefined();
  });

  it('draws kinds uniformly from the list', () => {
    const config = parseFaultSpec('rate=1;kinds=429,503,drop');
    // Each draw asks twice: once against the rate, once for the kind.
    const sequence = [0, 0, 0, 0.4, 0, 0.8];
    const random = (): number => sequence.shift() ?? 0;
    expect([drawFault(config, random), drawFault(config, random), drawFault(config, random)]).toEqual(['429', '503', 'drop']);
  });

  it('counts requests and each injected kind', () => {
    const counters = new FaultCounters();
    counters.record(undefined);
    counters.record('429');
    counters.record('429');
    counters.record('drop');
    expect(counters.counts).toEqual({ requests: 4, '429': 2, '503': 0, slow: 0, drop: 1, dropAfter: 0 });
  });
});
