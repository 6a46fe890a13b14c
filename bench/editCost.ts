import { DraftSession } from '../src/services/drafts/DraftSession';
import { MemoryKeyValueStore } from '../src/services/drafts/IBlockStore';
import { SchoolService } from '../src/services/school/SchoolService';
import { localSp } from '../workbench/client/localClients';
import { SEED_SCHOOL, seedProduct } from '../workbench/seed/productSeed';
import { startServerProcess } from './serverProcess';
import type { BenchRow } from './table';
import { countWire, type WireCount } from './wireCounter';

const EDITS = 20;

function total(counts: WireCount[]): WireCount {
  return counts.reduce((sum, c) => ({
    requests: sum.requests + c.requests, requestBytes: sum.requestBytes + c.requestBytes, responseBytes: sum.responseBytes + c.responseBytes, decodedBytes: sum.decodedBytes + c.decodedBytes
  }), { requests: 0, requestBytes: 0, responseBytes: 0, decodedBytes: 0 });
}

/**
 * What one saved edit costs on the wire, through the real DraftSession (send at once, as after the typing pause):
 * edits of blocks nobody else touched, and an edit of a block someone else saved first (412, read, merged save).
 */
export async function benchEditCost(): Promise<BenchRow[]> {
  const server = await startServerProcess();
  try {
    await seedProduct(server.url);
    const as = (login: string): SchoolService => new SchoolService(localSp(server.url, SEED_SCHOOL.site, login), `${server.url}${SEED_SCHOOL.site}`);
    const head = as(SEED_SCHOOL.owner);
    const deputy = as('tom.reid@northshire.example');
    await Promise.all([head.access(), deputy.access()]);
    const draftId = (await head.listDrafts())[0].id;
    const open = async (school: SchoolService, name: string): Promise<DraftSession> => {
      const { draft, latestChange } = await school.openDraft(draftId);
      const session = new DraftSession(school.blocks(), new MemoryKeyValueStore(), draftId, name, { flushDelayMs: 0 });
      session.load(draft.blocks, latestChange);
      await session.flush();
      return session;
    };
    const mine = await open(head, 'bench-edit-head');
    const theirs = await open(deputy, 'bench-edit-deputy');
    const statements = mine.blocks().filter(b => b.kind === 'Statement');

    const plain: WireCount[] = [];
    for (let i = 0; i < EDITS; i++) {
      const block = statements[i % statements.length];
      const counted = await countWire(async () => {
        mine.edit(block.key, { text: `${block.content.text} Edit ${i}.` });
        await mine.flush();
      });
      plain.push(counted.count);
    }

    // The deputy saves a block first; the head's edit of the same block, from the version before, meets the 412.
    const contested = statements[statements.length - 1];
    theirs.edit(contested.key, { text: `Their words. ${contested.content.text}` });
    await theirs.flush();
    const clash = await countWire(async () => {
      mine.edit(contested.key, { text: `${contested.content.text} My words.` });
      await mine.flush();
    });
    if (mine.saveState().kind !== 'saved') throw new Error(`The contested edit did not save: ${JSON.stringify(mine.saveState())}`);
    mine.dispose();
    theirs.dispose();

    const sum = total(plain);
    return [
      { measure: `Requests per saved edit (DraftSession, ${EDITS} edits of different blocks)`, value: `${(sum.requests / EDITS).toFixed(2)} requests/edit`, detail: `${sum.requests} requests in all; per edit ${Math.round(sum.requestBytes / EDITS)} B sent, ${Math.round(sum.responseBytes / EDITS)} B received (a 204 with its ETag)` },
      { measure: 'Requests to save an edit of a block someone else saved first', value: `${clash.count.requests} requests`, detail: 'MERGE → 412, read the block, three-way merge, MERGE' }
    ];
  } finally {
    await server.stop();
  }
}
