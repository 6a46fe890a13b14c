/**
 * Fault injection for tests and soaks: answers some requests with 429 or 503 (+ Retry-After), slows some,
 * and drops some connections either before the request is handled or after (the write happened, the answer is lost).
 */
export type FaultKind = '429' | '503' | 'slow' | 'drop' | 'dropAfter';

export interface FaultConfig {
  /** Share of requests that get a fault, 0 to 1. */
  rate: number;
  /** Which faults to draw from, uniformly. */
  kinds: FaultKind[];
  /** Seconds sent in Retry-After with 429/503. */
  retryAfterSeconds: number;
  /** How long a slow answer waits, in milliseconds. */
  slowMs: number;
  /** When set, only this many more faults are injected, then none (for "429 once, then success"). */
  remaining?: number;
}

export const NO_FAULTS: FaultConfig = { rate: 0, kinds: ['429', '503', 'slow', 'drop'], retryAfterSeconds: 0, slowMs: 1500 };

const KINDS: FaultKind[] = ['429', '503', 'slow', 'drop', 'dropAfter'];

/**
 * Parses `rate=0.2;kinds=429,503,drop;retryAfter=0;slowMs=500;count=3` (the `X-Local-Faults` header, the `LOCAL_FAULTS`
 * variable and `POST /_local/faults` all use it). Unknown keys or values are an error, so a typo is never silent.
 */
export function parseFaultSpec(spec: string, base: FaultConfig = NO_FAULTS): FaultConfig {
  const config: FaultConfig = { ...base, kinds: [...base.kinds] };
  for (const part of spec.split(';').map(p => p.trim()).filter(Boolean)) {
    const [key, value = ''] = part.split('=').map(s => s.trim());
    switch (key) {
      case 'rate': {
        const rate = Number(value);
        if (!(rate >= 0 && rate <= 1)) throw new Error(`Fault rate '${value}' must be a number from 0 to 1.`);
        config.rate = rate;
        break;
      }
      case 'kinds': {
        const kinds = value.split(',').map(k => k.trim()).filter(Boolean);
        const unknown = kinds.filter(k => !KINDS.includes(k as FaultKind));
        if (kinds.length === 0 || unknown.length > 0) throw new Error(`Fault kinds must be some of ${KINDS.join(', ')}; got '${value}'.`);
        config.kinds = kinds as FaultKind[];
        break;
      }
      case 'retryAfter': config.retryAfterSeconds = Math.max(0, Math.floor(Number(value) || 0)); break;
      case 'slowMs': config.slowMs = Math.max(0, Number(value) || 0); break;
      case 'count': {
        const count = Number(value);
        if (!Number.isInteger(count) || count < 0) throw new Error(`Fault count '${value}' must be a whole number.`);
        config.remaining = count;
        break;
      }
      default: throw new Error(`Unknown fault setting '${key}' (use rate, kinds, retryAfter, slowMs, count).`);
    }
  }
  return config;
}

/** Draws a fault for one request, or undefined for a normal answer (spending the `count` budget if set). */
export function drawFault(config: FaultConfig, random: () => number = Math.random): FaultKind | undefined {
  if (config.rate <= 0 || config.kinds.length === 0 || config.remaining === 0 || random() >= config.rate) return undefined;
  if (config.remaining !== undefined) config.remaining--;
  return config.kinds[Math.floor(random() * config.kinds.length)];
}

/** Counts what was injected, so a soak can report it. */
export class FaultCounters {
  readonly counts: Record<FaultKind | 'requests', number> = { requests: 0, '429': 0, '503': 0, slow: 0, drop: 0, dropAfter: 0 };

  record(kind: FaultKind | undefined): void {
    this.counts.requests++;
    if (kind) this.counts[kind]++;
  }
}
