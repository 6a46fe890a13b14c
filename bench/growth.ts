import { buildStarterPack } from '../src/content/starterPack';
import { sealPack, type ContentPack } from '../src/domain/content/ContentPack';
import { assembleDraft } from '../src/domain/draft/assembleDraft';
import { newCustomBlock } from '../src/domain/draft/draftCommands';
import { BankService } from '../src/services/bank/BankService';
import { SchoolService } from '../src/services/school/SchoolService';
import { localSp } from '../workbench/client/localClients';
import { seedProduct } from '../workbench/seed/productSeed';
import { startServerProcess } from './serverProcess';
import type { BenchRow } from './table';
import { countWire, kilobytes, type WireCount } from './wireCounter';

const BANK_SITE = '/sites/esafety-bank';
const SCHOOL_SITE = '/sites/oakfield-primary';
const OFFICER = 'priya.shah@northshire.example';
const HEAD = 'helen.carter@northshire.example';
const READER = 'tom.reid@northshire.example';

/** The sizes issue 16 asks the growth table for. */
const BANK_SIZES = [250, 1000, 5000, 10_000];
const DRAFT_SIZES = [200, 2000, 10_000];

/** The starter pack grown to `total` statements: its own, then copies under new keys (same sections and text). */
function grownPack(total: number): ContentPack {
  const { checksum: _checksum, ...starter } = buildStarterPack();
  const statements = [...starter.statements];
  for (let i = 0; statements.length < total; i++) {
    const model = starter.statements[i % starter.statements.length];
    statements.push({ ...model, key: `${model.key}-growth-${i}` });
  }
  return sealPack({ ...starter, packVersion: `growth-${total}`, statements });
}

function row(measure: string, count: WireCount, ms: number): BenchRow {
  return { measure, value: `${count.requests} requests`, detail: `${kilobytes(count.responseBytes)} on the wire (${kilobytes(count.decodedBytes)} JSON), ${ms.toFixed(0)} ms` };
}

/**
 * One row: what `work` cost. `shortBy` says how much of what was asked for did not come back (issue 16: nothing may
 * be silently cut at any size); a row that came back short says so instead of its cost.
 */
async function measured<T>(measure: string, work: () => Promise<T>, shortBy?: (result: T) => string | undefined): Promise<BenchRow> {
  const started = performance.now();
  try {
    const { count, result } = await countWire(work);
    const short = shortBy?.(result);
    if (short) return { measure, value: 'cut', detail: short };
    return row(measure, count, performance.now() - started);
  } catch (error) {
    // A size the product cannot load yet is a row of the table, not the end of the run.
    return { measure, value: 'fails', detail: String((error as Error).message ?? error).slice(0, 160) };
  }
}

/** The officer's bank and a school's bank at one bank size, on a fresh local server. */
async function bankRows(size: number): Promise<BenchRow[]> {
  const server = await startServerProcess();
  try {
    await seedProduct(server.url);
    const officer = new BankService(localSp(server.url, BANK_SITE, OFFICER), `${server.url}${BANK_SITE}`);
    await officer.access();
    const seeded = await officer.load();
    const starter = buildStarterPack().statements.length;
    if (size > starter) {
      try {
        await officer.importPack(seeded, grownPack(size), { publishAs: { label: `growth-${size}`, notes: 'Growth benchmark.' } });
      } catch (error) {
        return [{ measure: `Bank of ${size} statements`, value: 'import fails', detail: String((error as Error).message).slice(0, 160) }];
      }
    }
    const fresh = new BankService(localSp(server.url, BANK_SITE, OFFICER), `${server.url}${BANK_SITE}`);
    await fresh.access();
    const school = new BankService(localSp(server.url, BANK_SITE, HEAD), `${server.url}${BANK_SITE}`);
    const expected = Math.max(size, starter);
    const missing = (bank: { statements: unknown[] }): string | undefined => (bank.statements.length < expected ? `${bank.statements.length} of ${expected} statements came back` : undefined);
    return [
      await measured(`Growth: officer's bank, ${size} statements`, () => fresh.load(), missing),
      await measured(`Growth: a school's bank, ${size} statements`, () => school.loadPublished(), missing)
    ];
  } finally {
    await server.stop();
  }
}

/** Opening drafts of each size (created through the product, so parts and all), on one local server. */
async function draftRows(): Promise<BenchRow[]> {
  const server = await startServerProcess();
  try {
    await seedProduct(server.url);
    const head = new SchoolService(localSp(server.url, SCHOOL_SITE, HEAD), `${server.url}${SCHOOL_SITE}`);
    await head.access();
    const bank = await new BankService(localSp(server.url, BANK_SITE, HEAD), `${server.url}${BANK_SITE}`).loadPublished();
    const rows: BenchRow[] = [];
    for (const size of DRAFT_SIZES) {
      const draft = assembleDraft(bank, 'policy-secondary', { setting: 'Secondary', schoolName: 'Oakfield' }, `Growth ${size}`);
      draft.blocks = draft.blocks.slice(0, size);
      while (draft.blocks.length < size) draft.blocks.push(newCustomBlock(draft.blocks, draft.sections[0], `The school's own statement ${draft.blocks.length}.`, `c:growth-${draft.blocks.length}`));
      const id = await head.createDraft(draft);
      const reader = new SchoolService(localSp(server.url, SCHOOL_SITE, READER), `${server.url}${SCHOOL_SITE}`);
      await reader.access();
      rows.push(await measured(`Growth: open a draft of ${size} blocks`, () => reader.openDraft(id), opened => (opened.draft.blocks.length < size ? `${opened.draft.blocks.length} of ${size} blocks came back` : undefined)));
    }
    return rows;
  } finally {
    await server.stop();
  }
}

/**
 * The growth table of issue 16: requests, bytes and time for the officer's bank and a school's bank at 250, 1,000,
 * 5,000 and 10,000 statements, and for opening drafts of 200, 2,000 and 10,000 blocks. A size that fails is shown
 * as failing, with SharePoint's reason.
 */
export async function benchGrowth(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of BANK_SIZES) rows.push(...(await bankRows(size)));
  rows.push(...(await draftRows()));
  return rows;
}
