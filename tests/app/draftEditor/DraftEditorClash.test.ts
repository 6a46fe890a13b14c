import { ManualClock } from '../../../src/app/common/manualClock';
import { TIMING } from '../../../src/app/common/timing';
import { DraftEditorController } from '../../../src/app/draftEditor/DraftEditorController';
import type { Bank } from '../../../src/domain/bank/BankModel';
import type { BrowserTab } from '../../../src/services/drafts/browserTab';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { OAKFIELD_PROFILE, seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { servicesFor, TestVisibility, until } from './editorTenant';

// Each test makes tens of requests to the local server: generous, explicit, never relied upon.
jest.setTimeout(240_000);

const DRAFT = 1;
const KEY = 's:purpose-aim';

/** A tab identity the test can watch: which tabs are open, and whether the editor let go of it. */
class FakeTab implements BrowserTab {
  public disposed = false;
  public constructor(public readonly id: string) {}
  public openTabs(): Promise<Set<string>> { return Promise.resolve(new Set([this.id])); }
  public dispose(): void { this.disposed = true; }
}

/**
 * The editor's commands for issue 16's clashes and tabs: the clash as the panel shows it (whose is whose), settled
 * with a combined text through `settleClash`; the other person's statement notice in the state until dismissed; and
 * the session made with this tab's identity, let go of when the editor closes.
 */
describe('the draft editor settles clashes and tells the other person', () => {
  let tenant: TestTenant;
  let groupId: string;
  let bank: Bank;
  const open: DraftEditorController[] = [];

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
    bank = await servicesFor(tenant, PEOPLE.oakfieldHead, groupId).bank.load();
  }, 120_000);
  afterEach(() => { for (const c of open.splice(0)) c.dispose(); });
  afterAll(async () => { await tenant.close(); });

  async function editorFor(login: string, name: string, tab: FakeTab): Promise<{ editor: DraftEditorController; clock: ManualClock }> {
    const services = servicesFor(tenant, login, groupId);
    const me = await services.school.access();
    const clock = new ManualClock();
    const editor = new DraftEditorController(services, { draftId: DRAFT, bank, profile: OAKFIELD_PROFILE, userId: me.userId, userLogin: login, userName: name, canEdit: me.canEdit },
      { clock, visibility: new TestVisibility(), openTab: () => Promise.resolve(tab) });
    open.push(editor);
    await editor.open();
    return { editor, clock };
  }
  const savedText = async (): Promise<string | undefined> =>
    (await new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`).openDraft(DRAFT)).draft.blocks.find(b => b.key === KEY)?.content.text;
  /** Lets the flush pause pass and waits until everything is saved. */
  async function save(editor: DraftEditorController, clock: ManualClock): Promise<void> {
    clock.advance(TIMING.draftFlushMs);
    await until(() => editor.state.saveState.kind === 'saved' || editor.state.saveState.kind === 'conflict', 'the edit sent');
  }

  it('shows whose the other version is, settles with the combined text, and tells the first person', async () => {
    const helenTab = new FakeTab('helen-tab');
    const helen = await editorFor(PEOPLE.oakfieldHead, 'Helen Carter', helenTab);
    const tom = await editorFor(PEOPLE.oakfieldDsl, 'Tom Reid', new FakeTab('tom-tab'));

    helen.editor.editText(KEY, 'Helen rewrote this statement completely.');
    await save(helen.editor, helen.clock);
    expect(helen.editor.state.saveState.kind).toBe('saved');
    // Tom changed the same words from the text both started with: his save meets Helen's and cannot be merged.
    tom.editor.editText(KEY, 'Tom rewrote this statement in his own way.');
    await save(tom.editor, tom.clock);
    expect(tom.editor.state.conflicts).toEqual([expect.objectContaining({
      key: KEY, mine: 'Tom rewrote this statement in his own way.', theirs: 'Helen rewrote this statement completely.',
      theirsBlock: expect.objectContaining({ modifiedBy: 'Helen Carter' })
    })]);

    tom.editor.settleClash(KEY, 'Helen and Tom agreed this statement together.');
    await save(tom.editor, tom.clock);
    expect(tom.editor.state.conflicts).toEqual([]);
    expect(await savedText()).toBe('Helen and Tom agreed this statement together.');

    // Helen's next sync brings Tom's version: her words are gone, so she is told, by whom and what it says now.
    expect(helen.editor.state.statementNotices).toEqual([]);
    const before = helen.editor.state.syncs;
    helen.clock.advance(helen.editor.state.syncIntervalMs);
    await until(() => helen.editor.state.syncs > before, 'a sync after the clock moved');
    expect(helen.editor.state.statementNotices).toEqual([{ key: KEY, mine: 'Helen rewrote this statement completely.', now: 'Helen and Tom agreed this statement together.', by: 'Tom Reid' }]);
    // Tom is not told about his own settling.
    expect(tom.editor.state.statementNotices).toEqual([]);
    helen.editor.dismissStatementNotice(KEY);
    expect(helen.editor.state.statementNotices).toEqual([]);

    // Closing the editor lets go of the tab, so another tab of Helen's may adopt what this one left unsent.
    expect(helenTab.disposed).toBe(false);
    helen.editor.dispose();
    expect(helenTab.disposed).toBe(true);
  });
});
