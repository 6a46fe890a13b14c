import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import type { Draft } from '../../src/domain/draft/DraftModel';
import { BankService } from '../../src/services/bank/BankService';
import { DraftSession } from '../../src/services/drafts/DraftSession';
import { MemoryKeyValueStore } from '../../src/services/drafts/IBlockStore';
import { SchoolService } from '../../src/services/school/SchoolService';
import { seedProduct } from '../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';
import { seededRandom } from '../support/random';

/** 20% of requests: 429 or 503 (Retry-After 0), a connection dropped before the server acts, or one dropped after it acted. */
const FAULTS = 'rate=0.2;kinds=429,503,drop,dropAfter;retryAfter=0';
const EDITORS = [PEOPLE.oakfieldHead, PEOPLE.oakfieldDsl, PEOPLE.oakfieldLead, PEOPLE.oakfieldTech, PEOPLE.oakfieldGovernor];

interface Edit { editor: number; key: string; token: string; acknowledged: boolean }

/** Inserts `token` as a word at a random word boundary of `text`. */
function insertWord(text: string, token: string, random: () => number): string {
  const words = text.split(' ');
  const at = Math.floor(random() * (words.length + 1));
  return [...words.slice(0, at), token, ...words.slice(at)].join(' ');
}

async function settle(sessions: DraftSession[], deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until && sessions.some(s => s.saveState().kind !== 'saved')) {
    await Promise.all(sessions.map(s => s.flush()));
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

/**
 * Simulated editors edit the same few blocks at once through the real DraftSession and PnPjs, with a fifth of
 * their requests failing. Each edit inserts a unique word. A conflict is settled as a person would who keeps
 * both versions. At the end every edit the server acknowledged to its author must be in the final text.
 */
async function runEditors(tenant: TestTenant, draftId: number, editorCount: number, editsEach: number, seed: number): Promise<{ edits: Edit[]; conflicts: number; final: Map<string, string> }> {
  const random = seededRandom(seed);
  const edits: Edit[] = [];
  let conflicts = 0;
  const sessions: DraftSession[] = [];
  for (let e = 0; e < editorCount; e++) {
    const school = new SchoolService(tenant.sp(SITES.oakfield, EDITORS[e], { 'X-Local-Faults': FAULTS }), `${tenant.url}${SITES.oakfield}`);
    const { draft, latestChange } = await openWithRetry(school, draftId);
    const session = new DraftSession(school.blocks(), new MemoryKeyValueStore(), draftId, `draft-${draftId}-${e}`, { retryMs: 20, maxRetryMs: 200 });
    session.onAcknowledged((key, saved) => {
      for (const edit of edits) if (edit.editor === e && edit.key === key && !edit.acknowledged && saved.content.text.split(' ').includes(edit.token)) edit.acknowledged = true;
    });
    session.load(draft.blocks, latestChange);
    sessions.push(session);
  }
  const keys = sessions[0].blocks().filter(b => b.kind === 'Statement').slice(0, 3).map(b => b.key);
  for (let round = 0; round < editsEach; round++) {
    await Promise.all(sessions.map(async (session, e) => {
      const key = keys[Math.floor(random() * keys.length)];
      const token = `w${e}x${round}`;
      const current = session.blocks().find(b => b.key === key)?.content.text ?? '';
      edits.push({ editor: e, key, token, acknowledged: false });
      session.edit(key, { text: insertWord(current, token, random) });
      if (random() < 0.5) await session.sync().catch(() => undefined);
      for (const conflict of session.conflictList()) {
        conflicts++;
        const mine = conflict.mine.split(' ').filter(w => /^w\d+x\d+$/.test(w) && !conflict.theirs.split(' ').includes(w));
        session.resolveConflict(conflict.key, [conflict.theirs, ...mine].join(' '));
      }
    }));
  }
  // Keep saving (faults still on) until every queue is empty, settling any last conflicts the same way.
  const until = Date.now() + 60_000;
  while (Date.now() < until && sessions.some(s => s.saveState().kind !== 'saved')) {
    for (const session of sessions) {
      for (const conflict of session.conflictList()) {
        conflicts++;
        const mine = conflict.mine.split(' ').filter(w => /^w\d+x\d+$/.test(w) && !conflict.theirs.split(' ').includes(w));
        session.resolveConflict(conflict.key, [conflict.theirs, ...mine].join(' '));
      }
    }
    await settle(sessions, 2000);
  }
  for (const session of sessions) session.dispose();
  const reader = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
  const { draft } = await reader.openDraft(draftId);
  expect(sessions.every(s => s.saveState().kind === 'saved')).toBe(true);
  return { edits, conflicts, final: new Map(draft.blocks.map(b => [b.key, b.content.text])) };
}

async function openWithRetry(school: SchoolService, id: number): Promise<{ draft: Draft; latestChange?: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await school.openDraft(id);
    } catch (error) {
      if (attempt >= 10) throw error;
    }
  }
}

describe('co-editing a draft under faults', () => {
  let tenant: TestTenant;
  let draftId: number;

  beforeAll(async () => {
    // The server's fault draws come from a seeded generator, so a run's faults can be replayed.
    tenant = await startTestTenant({ random: seededRandom(2026) });
    await seedProduct(tenant.url);
    const head = new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`);
    await head.access();
    await head.provision();
    const bank = await new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`).loadPublished();
    draftId = await head.createDraft(assembleDraft(bank, 'policy-primary', { setting: 'Primary', schoolName: 'Oakfield Primary School' }));
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  it.each([[2, 11, 30], [5, 23, 16]])('keeps every acknowledged edit with %i editors (seed %i, %i edits each)', async (editorCount, seed, editsEach) => {
    const before = { ...tenant.server.faults.counters.counts };
    const { edits, conflicts, final } = await runEditors(tenant, draftId, editorCount, editsEach, seed);
    const counts = tenant.server.faults.counters.counts;
    const requests = counts.requests - before.requests;
    const injected = (['429', '503', 'drop', 'dropAfter'] as const).reduce((sum, kind) => sum + counts[kind] - before[kind], 0);
    // The faults really happened: about a fifth of the requests failed (and some writes landed with their answer lost).
    expect(injected / requests).toBeGreaterThan(0.1);
    expect(counts.dropAfter - before.dropAfter).toBeGreaterThan(0);
    const acknowledged = edits.filter(e => e.acknowledged);
    const lost = acknowledged.filter(e => !(final.get(e.key) ?? '').split(' ').includes(e.token));
    // Every edit is eventually saved (the queues emptied), so every one was acknowledged to its author.
    expect(acknowledged.length).toBe(edits.length);
    expect(lost).toEqual([]);
    expect(edits.length).toBe(editorCount * editsEach);
    process.stdout.write(`${editorCount} editors: ${edits.length} edits, ${acknowledged.length} acknowledged, ${conflicts} conflicts settled by a person, 0 lost; ${injected} of ${requests} requests failed\n`);
  }, 120_000);
});
