/**
 * `npm run bench`: measures what the product promises about speed and cost, on loopback only, and prints
 * one table. Numbers vary with the machine's load: they are for reading, never for a test to assert.
 */
import { benchServerThroughput } from './serverThroughput';
import { benchBankLoad } from './bankLoad';
import { benchDraftOpen } from './draftOpen';
import { benchEditCost } from './editCost';
import { benchWordExport } from './wordExport';
import { benchBundleSize } from './bundleSize';
import { benchRegisterDashboard } from './registerDashboard';
import { benchGrowth } from './growth';
import { benchUiOpen } from './uiOpen';
import { benchUiEditVisibility } from './uiEditVisibility';
import { printTable, type BenchRow } from './table';

const BENCHES: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'local server throughput', run: benchServerThroughput },
  { name: 'bank load', run: benchBankLoad },
  { name: 'draft open and co-editing', run: benchDraftOpen },
  { name: 'opening each role\'s first screen (UI)', run: benchUiOpen },
  { name: 'edit visibility with two browsers (UI)', run: benchUiEditVisibility },
  { name: 'edit cost', run: benchEditCost },
  { name: 'Word export', run: benchWordExport },
  { name: 'ship bundle size', run: benchBundleSize },
  { name: 'register dashboard', run: benchRegisterDashboard },
  { name: 'growth table', run: benchGrowth }
];

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  // `npm run bench -- growth` runs only the benches whose name contains the word.
  const only = process.argv[2];
  for (const bench of BENCHES.filter(b => !only || b.name.includes(only))) {
    process.stderr.write(`Running ${bench.name}…\n`);
    rows.push(...(await bench.run()));
  }
  printTable(rows);
}

main().catch((error: Error) => {
  console.error(`The benchmark failed: ${error.message}`);
  process.exit(1);
});
