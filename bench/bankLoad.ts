import { BankService } from '../src/services/bank/BankService';
import { localSp } from '../workbench/client/localClients';
import { seedProduct } from '../workbench/seed/productSeed';
import { startServerProcess } from './serverProcess';
import type { BenchRow } from './table';
import { countWire, kilobytes } from './wireCounter';

/** Requests and bytes to load the whole starter bank: the officer's full read and a school's published read. */
export async function benchBankLoad(): Promise<BenchRow[]> {
  const server = await startServerProcess();
  try {
    await seedProduct(server.url);
    const bankUrl = `${server.url}/sites/esafety-bank`;
    const officer = new BankService(localSp(server.url, '/sites/esafety-bank', 'priya.shah@northshire.example'), bankUrl);
    const school = new BankService(localSp(server.url, '/sites/esafety-bank', 'helen.carter@northshire.example'), bankUrl);
    // Warm the digest caches so the counts are those of a page that is already open.
    await officer.access();
    const full = await countWire(() => officer.load());
    const published = await countWire(() => school.loadPublished());
    const statements = full.result.statements.length;
    return [
      { measure: `Load the starter bank, officer (${statements} statements, working + published)`, value: `${full.count.requests} requests`, detail: `${kilobytes(full.count.responseBytes)} on the wire (${kilobytes(full.count.decodedBytes)} JSON)` },
      { measure: `Load the starter bank, school (published only)`, value: `${published.count.requests} requests`, detail: `${kilobytes(published.count.responseBytes)} on the wire (${kilobytes(published.count.decodedBytes)} JSON)` }
    ];
  } finally {
    await server.stop();
  }
}
