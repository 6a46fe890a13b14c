import { ManualClock } from '../../../src/app/common/manualClock';
import { DraftEditorController } from '../../../src/app/draftEditor/DraftEditorController';
import type { Bank } from '../../../src/domain/bank/BankModel';
import { additionFor } from '../../../src/domain/coverage/addOffer';
import { coverageOf } from '../../../src/domain/coverage/coverage';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { OAKFIELD_PROFILE, seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { servicesFor, TestVisibility } from './editorTenant';

// A tenant of its own (the editor's other tests walk one draft through its rounds): generous, explicit time.
jest.setTimeout(180_000);

const PROFILE = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };

/**
 * The coverage check in the draft editor (issue 18): "Add" on a statement it offers for a missing topic puts that
 * bank statement into the draft through the controller (saved like any edit), and the topic is then covered.
 */
describe('adding a statement the coverage check offers', () => {
  let tenant: TestTenant;
  let groupId: string;
  let bank: Bank;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
    bank = await servicesFor(tenant, PEOPLE.oakfieldHead, groupId).bank.load();
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('takes the offered statement into the draft, saves it, and the topic is no longer missing', async () => {
    const services = servicesFor(tenant, PEOPLE.oakfieldHead, groupId);
    const me = await services.school.access();
    const editor = new DraftEditorController(services, { draftId: 1, bank, profile: PROFILE, userId: me.userId, userLogin: PEOPLE.oakfieldHead, canEdit: true }, { clock: new ManualClock(), visibility: new TestVisibility() });
    try {
      await editor.open();
      const draft = editor.state.draft!;
      const report = (): ReturnType<typeof coverageOf> => coverageOf({ kind: draft.kind, setting: draft.setting, blocks: editor.state.blocks }, bank);
      // Leave out a covering statement the draft has, so there is a topic to fix (the seeded draft may cover them all).
      const blockOf = (key: string) => editor.state.blocks.find(b => b.sourceKey === key);
      const covered = report().covered.find(t => t.coveredBy.every(key => blockOf(key) && !blockOf(key)!.mandatory));
      if (covered && report().missing.length === 0) {
        for (const key of covered.coveredBy) {
          const block = editor.state.blocks.find(b => b.sourceKey === key);
          if (block && !block.mandatory) editor.include(block.key, false);
        }
      }
      const missing = report().missing.find(m => m.offers.some(o => {
        const addition = additionFor({ blocks: editor.state.blocks, sections: draft.sections }, bank, o.statementKey);
        return addition.kind === 'include' || !addition.section;
      }));
      // A failure says what the check found instead.
      if (!missing) throw new Error(JSON.stringify({ missing: report().missing.map(m => [m.topic.key, m.offers.map(o => o.statementKey)]), covered: report().covered.map(c => [c.topic.key, c.coveredBy]), applies: report().applies, kind: draft.kind, setting: draft.setting, sections: draft.sections.map(s => s.key) }));
      const offer = missing!.offers.find(o => {
        const addition = additionFor({ blocks: editor.state.blocks, sections: draft.sections }, bank, o.statementKey);
        return addition.kind === 'include' || !addition.section;
      })!;

      editor.addFromCoverage(offer.statementKey);
      expect(editor.state.notice).toBeUndefined();
      expect(report().missing.map(m => m.topic.key)).not.toContain(missing!.topic.key);
      await editor.flush();
      expect(editor.state.saveState.kind).toBe('saved');
      const saved = (await new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`).openDraft(1)).draft.blocks;
      expect(saved.find(b => b.sourceKey === offer.statementKey)?.content.included).toBe(true);
    } finally {
      editor.dispose();
    }
  });

  it('refuses, with a notice, a statement that is not in the published bank', async () => {
    const services = servicesFor(tenant, PEOPLE.oakfieldHead, groupId);
    const me = await services.school.access();
    const editor = new DraftEditorController(services, { draftId: 1, bank, profile: PROFILE, userId: me.userId, userLogin: PEOPLE.oakfieldHead, canEdit: true }, { clock: new ManualClock(), visibility: new TestVisibility() });
    try {
      await editor.open();
      const before = editor.state.blocks.length;
      editor.addFromCoverage('no-such-statement');
      expect(editor.state.notice).toEqual({ kind: 'cannotAddOffer' });
      expect(editor.state.blocks.length).toBe(before);
    } finally {
      editor.dispose();
    }
  });
});
