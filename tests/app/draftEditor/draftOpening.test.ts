import { DraftEditorController } from '../../../src/app/draftEditor/DraftEditorController';
import { queueDraftOpening, takeDraftOpening } from '../../../src/app/draftEditor/draftOpening';
import { ManualClock } from '../../../src/app/common/manualClock';
import type { Bank } from '../../../src/domain/bank/BankModel';
import { OAKFIELD_PROFILE, seedProduct } from '../../../workbench/seed/productSeed';
import { completeOakfieldProfile, submitOakfieldPolicy } from '../../e2e/support/roundSetup';
import { PEOPLE, startTestTenant, type TestTenant } from '../../support/testTenant';
import { servicesFor, TestVisibility, until } from './editorTenant';

const DRAFT = 1;
const PROFILE = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };

/**
 * Issue 16: the draft editor opened from a deep link. Its first reads ride in the home's opening `$batch`
 * (`queueDraftOpening`); only the round's frozen copy and ballots follow, in one more; the editor then takes what
 * was read instead of reading it again, and the round it shows is the one `view` derives on its own.
 */
describe('the draft editor\'s opening queued in another $batch', () => {
  let tenant: TestTenant;
  let groupId: string;
  let bank: Bank;
  const sent: string[] = [];
  const original = globalThis.fetch;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    await completeOakfieldProfile(tenant);
    await submitOakfieldPolicy(tenant);
    groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
    bank = await servicesFor(tenant, PEOPLE.oakfieldHead, groupId).bank.loadPublished();
    globalThis.fetch = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      sent.push(`${init?.method ?? 'GET'} ${decodeURIComponent(String(input))}`);
      return original(input, init);
    };
  }, 120_000);
  afterAll(async () => {
    globalThis.fetch = original;
    await tenant.close();
  });

  it('reads the draft and its round in two $batches, and the editor reads neither again', async () => {
    const services = servicesFor(tenant, PEOPLE.oakfieldDsl, groupId);
    const me = await services.school.access();
    sent.length = 0;
    await services.readTogether(together => { queueDraftOpening(services, DRAFT, together); });
    const queued = takeDraftOpening(services, DRAFT);
    expect(queued).toBeDefined();
    // Taken here to look at what was read; queued again below for the editor.
    const opening = queued!;
    const [opened, round] = await Promise.all([opening.draft, opening.round]);
    // The draft, its blocks, who is here, the rounds, the snapshots' folder and the ballot lists in the first
    // `$batch`; the round's frozen copy, its ballots and the rounds list's stamp in the second; nothing else.
    expect(sent.filter(s => !/_api\/contextinfo$/.test(s)).map(s => s.replace(/^(\w+) .*\/_api\/(\$batch)$/, '$1 $2'))).toEqual(['POST $batch', 'POST $batch']);
    expect(opened.draft.blocks.length).toBeGreaterThan(0);
    expect(opened.people).toEqual([]);

    // The same round `view` derives with its own reads.
    const alone = await servicesFor(tenant, PEOPLE.oakfieldDsl, groupId).approvals.view(DRAFT, PROFILE);
    expect(round?.outcome.state).toBe('Open');
    const shown = (view: typeof round) => view && { round: view.round, state: view.outcome.state, approvers: view.approvers, decisions: view.decisions, warnings: view.warnings, snapshot: view.snapshot };
    expect(shown(round)).toEqual(shown(alone));

    // The editor takes what was read (queued again here, as the home queues it before the editor exists).
    const again = await services.readTogether(together => queueDraftOpening(services, DRAFT, together));
    await again.round; // its second `$batch` (the frozen copy and ballots) is the opening's, not the editor's
    sent.length = 0;
    const editor = new DraftEditorController(services, { draftId: DRAFT, bank, profile: PROFILE, userId: me.userId, userLogin: PEOPLE.oakfieldDsl, canEdit: me.canEdit },
      { clock: new ManualClock(), visibility: new TestVisibility() });
    try {
      await editor.open();
      await until(() => editor.state.round.kind === 'known', 'the round');
      expect(editor.state.blocks.length).toBe(opened.draft.blocks.length);
      expect(editor.state.round).toMatchObject({ kind: 'known', view: { outcome: { state: 'Open' } } });
      // Only the site's time zone (read once per site, here for the first time): no draft, block or round read.
      expect(sent.filter(s => /Draft Blocks|Policy Drafts|Approval Rounds|Approval Snapshots|\$batch/.test(s))).toEqual([]);
      expect(sent.length).toBeLessThanOrEqual(1);
      // Nothing is left queued: a second editor on this draft reads afresh.
      expect(takeDraftOpening(services, DRAFT)).toBeUndefined();
    } finally {
      editor.dispose();
    }
  }, 120_000);
});
