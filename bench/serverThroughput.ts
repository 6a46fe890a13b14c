import { startServerProcess } from './serverProcess';
import type { BenchRow } from './table';

const USER = 'helen.carter@northshire.example';
const SITE = '/sites/oakfield-primary';
const CLIENTS = 20;
const SECONDS = 5;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Runs `work` from `clients` concurrent loops for `seconds`; returns each call's latency in ms. */
async function load(clients: number, seconds: number, work: (client: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async (_unused, client) => {
    while (performance.now() < deadline) {
      const started = performance.now();
      await work(client);
      latencies.push(performance.now() - started);
    }
  }));
  return latencies;
}

/**
 * The local server's throughput on loopback: 20 concurrent clients reading items, then 20 writing them
 * (each MERGE with its own item, so no client waits on another's ETag), for 5 seconds each.
 */
export async function benchServerThroughput(): Promise<BenchRow[]> {
  const server = await startServerProcess();
  try {
    const base = `${server.url}${SITE}/_api`;
    const headers = { 'X-Local-User': USER, Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8' };
    const digest = (await json<{ FormDigestValue: string }>(await fetch(`${base}/contextinfo`, { method: 'POST', headers }))).FormDigestValue;
    const write = { ...headers, 'X-RequestDigest': digest };
    await json(await fetch(`${base}/web/lists`, { method: 'POST', headers: write, body: JSON.stringify({ Title: 'Bench Items', BaseTemplate: 100 }) }));
    const ids: number[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const item = await json<{ Id: number }>(await fetch(`${base}/web/lists/getByTitle('Bench%20Items')/items`, { method: 'POST', headers: write, body: JSON.stringify({ Title: `Item ${i}` }) }));
      ids.push(item.Id);
    }
    const reads = await load(CLIENTS, SECONDS, async client => {
      await json(await fetch(`${base}/web/lists/getByTitle('Bench%20Items')/items(${ids[client]})?%24select=Id%2CTitle%2CModified`, { headers }));
    });
    let counter = 0;
    const writes = await load(CLIENTS, SECONDS, async client => {
      const response = await fetch(`${base}/web/lists/getByTitle('Bench%20Items')/items(${ids[client]})`, {
        method: 'POST', headers: { ...write, 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body: JSON.stringify({ Title: `Edit ${counter++}` })
      });
      if (response.status !== 204) throw new Error(`MERGE answered ${response.status}`);
    });
    return [
      { measure: `Local server: item reads (${CLIENTS} clients, ${SECONDS} s)`, value: `${(reads.length / SECONDS).toFixed(0)} req/s`, detail: `p95 ${p95(reads).toFixed(1)} ms` },
      { measure: `Local server: item writes (${CLIENTS} clients, ${SECONDS} s)`, value: `${(writes.length / SECONDS).toFixed(0)} req/s`, detail: `p95 ${p95(writes).toFixed(1)} ms` }
    ];
  } finally {
    await server.stop();
  }
}
