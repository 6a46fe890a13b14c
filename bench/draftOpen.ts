import { assembleDraft } from '../src/domain/draft/assembleDraft';
import { newCustomBlock } from '../src/domain/draft/draftCommands';
import { BankService } from '../src/services/bank/BankService';
import { DraftSession } from '../src/services/drafts/DraftSession';
import { MemoryKeyValueStore } from '../src/services/drafts/IBlockStore';
import { SchoolService } from '../src/services/school/SchoolService';
import { localSp } from '../workbench/client/localClients';
import { seedProduct } from '../workbench/seed/productSeed';
import { startServerProcess } from './serverProcess';
import type { BenchRow } from './table';
import { countWire, kilobytes } from './wireCounter';

const SITE = '/sites/oakfield-primary';
const BANK = '/sites/esafety-bank';
/** The editor's sync interval (DraftEditorContainer's SYNC_MS). */
const SYNC_MS = 4000;

/** Opening a 200-block draft with the full bank, and how long an edit takes to reach a second person's screen. */
export async function benchDraftOpen(): Promise<BenchRow[]> {
  const server = await startServerProcess();
  try {
    await seedProduct(server.url);
    const as = (login: string): SchoolService => new SchoolService(localSp(server.url, SITE, login), `${server.url}${SITE}`);
    const head = as('helen.carter@northshire.example');
    await head.access();
    const bankService = new BankService(localSp(server.url, BANK, 'helen.carter@northshire.example'), `${server.url}${BANK}`);
    const bank = await bankService.loadPublished();
    const draft = assembleDraft(bank, 'policy-secondary', { setting: 'Secondary', schoolName: 'Oakfield' }, 'Benchmark policy');
    while (draft.blocks.length < 200) draft.blocks.push(newCustomBlock(draft.blocks, draft.sections[0], `The school's own statement ${draft.blocks.length}.`, `c:bench-${draft.blocks.length}`));
    const id = await head.createDraft(draft);

    const reader = as('tom.reid@northshire.example');
    const readerBank = new BankService(localSp(server.url, BANK, 'tom.reid@northshire.example'), `${server.url}${BANK}`);
    await reader.access();
    const started = performance.now();
    const open = await countWire(async () => {
      const [opened, publishedBank] = await Promise.all([reader.openDraft(id), readerBank.loadPublished()]);
      return { opened, publishedBank };
    });
    const openMs = performance.now() - started;

    const writer = new DraftSession(head.blocks(), new MemoryKeyValueStore(), id, 'bench-writer');
    const { draft: forWriter, latestChange } = await head.openDraft(id);
    writer.load(forWriter.blocks, latestChange);
    const watcher = new DraftSession(reader.blocks(), new MemoryKeyValueStore(), id, 'bench-watcher');
    watcher.load(open.result.opened.draft.blocks, open.result.opened.latestChange);
    const key = forWriter.blocks[0].key;
    const saves: number[] = [];
    const visible: number[] = [];
    for (let sample = 0; sample < 3; sample++) {
      const marker = `Edit ${sample} at ${Date.now()}.`;
      const editedAt = performance.now();
      writer.edit(key, { text: marker });
      await writer.flush();
      saves.push(performance.now() - editedAt);
      // The second person's screen syncs every SYNC_MS; the edit shows at its next sync.
      for (;;) {
        await new Promise(resolve => setTimeout(resolve, SYNC_MS));
        await watcher.sync();
        if (watcher.blocks().find(b => b.key === key)?.content.text === marker) break;
      }
      visible.push(performance.now() - editedAt);
    }
    const idle = await countWire(() => watcher.sync());
    writer.dispose();
    watcher.dispose();
    const mean = (values: number[]): string => `${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(0)} ms`;
    return [
      { measure: `Open a ${open.result.opened.draft.blocks.length}-block draft with the full bank (${open.result.publishedBank.statements.length} statements)`, value: `${open.count.requests} requests`, detail: `${kilobytes(open.count.responseBytes)} on the wire (${kilobytes(open.count.decodedBytes)} JSON), ${openMs.toFixed(0)} ms` },
      { measure: 'Save one edit (one MERGE with its ETag)', value: mean(saves), detail: 'edit → acknowledged' },
      { measure: `An edit reaching a second person's screen (sync every ${SYNC_MS / 1000} s)`, value: mean(visible), detail: `samples: ${visible.map(v => v.toFixed(0)).join(', ')} ms` },
      { measure: 'Idle sync, nothing changed', value: `${idle.count.requests} request`, detail: kilobytes(idle.count.responseBytes) }
    ];
  } finally {
    await server.stop();
  }
}
