import type { FaultKind } from '../local/server/http/faults';

/** What the server counted since its faults were last set: requests, and each kind of fault it injected. */
export type FaultCounts = Record<FaultKind | 'requests', number>;

/** The faults of the soak: 429 and 503 with Retry-After, slow answers, and connections dropped before or after the server acted. */
export function soakFaultSpec(rate: number): string {
  return `rate=${rate};kinds=429,503,slow,drop,dropAfter;retryAfter=1;slowMs=1500`;
}

/** Sets the server's faults (`POST /_local/faults`); its counters start again from zero. */
export async function setFaults(serverUrl: string, spec: string): Promise<void> {
  const response = await fetch(`${serverUrl}/_local/faults`, { method: 'POST', body: spec });
  if (!response.ok) throw new Error(`The server refused the faults '${spec}': ${response.status} ${await response.text()}`);
}

/** The server's counters since the faults were last set (`GET /_local/faults`). */
export async function faultCounts(serverUrl: string): Promise<FaultCounts> {
  const response = await fetch(`${serverUrl}/_local/faults`);
  if (!response.ok) throw new Error(`GET /_local/faults answered ${response.status}.`);
  return ((await response.json()) as { counters: FaultCounts }).counters;
}
