import { ManualClock } from '../../../src/app/common/manualClock';
import { TIMING } from '../../../src/app/common/timing';
import type { AppServices } from '../../../src/app/AppServices';
import { DraftEditorController } from '../../../src/app/draftEditor/DraftEditorController';
import type { DraftEditorContext } from '../../../src/app/draftEditor/draftEditorState';
import { editorView } from '../../../src/app/draftEditor/editorView';
import type { Bank } from '../../../src/domain/bank/BankModel';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { OAKFIELD_PROFILE, seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { servicesFor, TestVisibility, until } from './editorTenant';

// Each test makes tens to hundreds of requests to the local server: generous, explicit, never relied upon.
jest.setTimeout(240_000);

const DRAFT = 1;
const KEY = 's:purpose-aim';
/** The profile with every merge field the seeded draft uses, so it can be submitted. */
const PROFILE = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };

describe('the draft editor controller against the local server', () => {
  let tenant: TestTenant;
  let groupId: string;
  let bank: Bank;
  const open: DraftEditorController[] = [];

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
    const head = servicesFor(tenant, PEOPLE.oakfieldHead, groupId);
    await head.approvals.secure(PROFILE.approversGroup);
    bank = await head.bank.load();
  }, 120_000);
  afterEach(() => { for (const c of open.splice(0)) c.dispose(); });
  afterAll(async () => { await tenant.close(); });

  /** A person's editor on the seeded draft, with its own hand-driven clock and page visibility. */
  async function editorFor(login: string, services?: AppServices): Promise<{ editor: DraftEditorController; clock: ManualClock; page: TestVisibility; context: DraftEditorContext }> {
    const s = services ?? servicesFor(tenant, login, groupId);
    const me = await s.school.access();
    const context: DraftEditorContext = { draftId: DRAFT, bank, profile: PROFILE, userId: me.userId, userLogin: login, canEdit: me.canEdit };
    const clock = new ManualClock();
    const page = new TestVisibility();
    const editor = new DraftEditorController(s, context, { clock, visibility: page });
    open.push(editor);
    await editor.open();
    return { editor, clock, page, context };
  }
  const textOf = (editor: DraftEditorController, key: string): string | undefined => editor.state.blocks.find(b => b.key === key)?.content.text;
  const savedText = async (key: string): Promise<string | undefined> =>
    (await new SchoolService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), `${tenant.url}${SITES.oakfield}`).openDraft(DRAFT)).draft.blocks.find(b => b.key === key)?.content.text;
  /** Moves an editor's clock by `ms` and waits for the sync that fires then. */
  async function tick(editor: DraftEditorController, clock: ManualClock, ms: number): Promise<void> {
    const before = editor.state.syncs;
    clock.advance(ms);
    await until(() => editor.state.syncs > before, 'a sync after the clock moved');
  }

  // First, while the draft has no round yet.
  it('opens reading each thing once: no Policies without an approved round, comments on first selection, approvers once', async () => {
    const services = servicesFor(tenant, PEOPLE.oakfieldHead, groupId);
    const me = await services.school.access(); // read by the home screen before the editor opens
    const clock = new ManualClock();
    const editor = new DraftEditorController(services, { draftId: DRAFT, bank, profile: PROFILE, userId: me.userId, userLogin: PEOPLE.oakfieldHead, canEdit: true }, { clock, visibility: new TestVisibility() });
    open.push(editor);
    const sent: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      sent.push(`${init?.method ?? 'GET'} ${decodeURIComponent(String(input))}`);
      return original(input, init);
    };
    const count = (pattern: RegExp): number => sent.filter(s => pattern.test(s)).length;
    try {
      await editor.open();
      // Who is here came with the draft; the first sync waits one interval (it would bring nothing new at once).
      expect(editor.state.syncs).toBe(0);
      clock.advance(TIMING.draftSyncAloneMs);
      await until(() => editor.state.syncs > 0, 'the first sync');
      // The draft, its blocks and who is here in one $batch, the round (its items and the snapshots folder), the time
      // zone, the first sync's $batch, and this person's presence item (found, or added on their first visit).
      expect(count(/\$batch/)).toBe(2);
      expect(count(/Approval Rounds/)).toBe(1);
      expect(count(/Policies|Draft Comments/)).toBe(0);
      expect(sent.length).toBeLessThanOrEqual(8);
      editor.selectBlock(KEY);
      await until(() => editor.state.busy.readComments === false, 'the comments');
      editor.selectBlock('s:purpose-whole-school');
      expect(count(/Draft Comments/)).toBe(1);
      editor.openSubmit();
      await until(() => editor.state.submitPanel?.approvers !== undefined, 'the approvers');
      const afterFirst = sent.length;
      await editor.closeSubmit();
      const afterRound = sent.length;
      editor.openSubmit();
      expect(editor.state.submitPanel?.approvers?.length).toBeGreaterThan(0);
      expect(sent.length).toBe(afterRound);
      expect(afterRound).toBeGreaterThan(afterFirst); // closing reads the round again, nothing else
    } finally {
      globalThis.fetch = original;
    }
  });

  it('opens the draft with no round, and an edit is saved as one MERGE after the typing pause', async () => {
    const { editor, clock, context } = await editorFor(PEOPLE.oakfieldHead);
    expect(editor.state.opening).toBe(false);
    expect(editor.state.draft?.title).toBe('Online safety policy');
    expect(editor.state.round).toMatchObject({ kind: 'known', view: undefined });
    const view = editorView(editor.state, context);
    expect(view?.editable).toBe(true);
    const text = `${textOf(editor, KEY)} Reviewed by the head.`;
    editor.editText(KEY, text);
    expect(textOf(editor, KEY)).toBe(text);
    expect(editor.state.saveState.kind).toBe('saving');
    clock.advance(TIMING.draftFlushMs);
    await until(() => editor.state.saveState.kind === 'saved', 'the edit to be saved');
    expect(await savedText(KEY)).toBe(text);
    // A draft's Word file is made from what is on screen (docx loaded on demand), for the view to download.
    const file = await editor.export(true);
    expect(editor.state.actionFailure).toBeUndefined();
    expect(file?.fileName).toMatch(/\.docx$/);
    expect(Buffer.from(file!.bytes.slice(0, 2)).toString()).toBe('PK');
  });

  it("takes in another person's edit at the next sync, at 1 s while others are here, 5 s alone and 30 s hidden", async () => {
    const helen = await editorFor(PEOPLE.oakfieldHead);
    // Alone in the draft (her own earlier sessions are still her): the slow rate, from the first sync on.
    expect(helen.editor.state.syncIntervalMs).toBe(TIMING.draftSyncAloneMs);
    await tick(helen.editor, helen.clock, TIMING.draftSyncAloneMs);
    expect(helen.editor.state.syncIntervalMs).toBe(TIMING.draftSyncAloneMs);
    // Tom finds Helen here as the draft opens (read with it): the fast rate before his first sync.
    const tom = await editorFor(PEOPLE.oakfieldDsl);
    expect(tom.editor.state.people.map(p => p.name)).toContain('Helen Carter');
    expect(tom.editor.state.syncIntervalMs).toBe(TIMING.draftSyncTogetherMs);
    await tick(tom.editor, tom.clock, TIMING.draftSyncTogetherMs);
    await tick(helen.editor, helen.clock, TIMING.draftSyncAloneMs);
    expect(helen.editor.state.syncIntervalMs).toBe(TIMING.draftSyncTogetherMs);

    const tomsText = `${textOf(tom.editor, KEY)} Tom added this.`;
    tom.editor.editText(KEY, tomsText);
    tom.clock.advance(TIMING.draftFlushMs);
    await until(() => tom.editor.state.saveState.kind === 'saved', "Tom's edit to be saved");
    await tick(helen.editor, helen.clock, TIMING.draftSyncTogetherMs);
    expect(textOf(helen.editor, KEY)).toBe(tomsText);

    // Hidden: one request per 30 s; shown again: it catches up at once, without waiting for the clock.
    helen.page.set(false);
    expect(helen.editor.state.syncIntervalMs).toBe(TIMING.draftSyncHiddenMs);
    await tick(helen.editor, helen.clock, TIMING.draftSyncTogetherMs); // the wait already under way ends as it was
    const hiddenSyncs = helen.editor.state.syncs;
    helen.clock.advance(TIMING.draftSyncHiddenMs - 1);
    expect(helen.editor.state.syncs).toBe(hiddenSyncs);
    const later = `${tomsText} And this, while Helen looked away.`;
    tom.editor.editText(KEY, later);
    tom.clock.advance(TIMING.draftFlushMs);
    await until(() => tom.editor.state.saveState.kind === 'saved', "Tom's second edit to be saved");
    helen.page.set(true);
    await until(() => textOf(helen.editor, KEY) === later, "Tom's edit on Helen's screen once her page is shown");
    expect(helen.editor.state.syncIntervalMs).toBe(TIMING.draftSyncTogetherMs);
  });

  it('submits: the round opens; a failed refresh keeps it open; an edit then asks to withdraw, and withdraw-and-edit makes it', async () => {
    const services = servicesFor(tenant, PEOPLE.oakfieldHead, groupId);
    let failRounds = false;
    const realView = services.approvals.view.bind(services.approvals);
    let roundReads = 0;
    let roundAnswers = 0;
    services.approvals.view = (...args) => {
      roundReads++;
      return (failRounds ? Promise.reject(Object.assign(new Error('Service Unavailable'), { status: 503 })) : realView(...args)).finally(() => { roundAnswers++; });
    };
    const { editor, clock, page } = await editorFor(PEOPLE.oakfieldHead, services);
    editor.openSubmit();
    await until(() => editor.state.submitPanel?.approvers !== undefined, 'the approvers');
    expect(editor.state.submitPanel?.approvers?.map(a => a.name).sort()).toEqual(['David Okafor', 'Margaret Lewis', 'Sarah Whitfield']);
    const deliveries = await editor.submit('2026-12-31');
    expect(deliveries).toHaveLength(3);
    expect(editor.state.round).toMatchObject({ kind: 'known', view: { outcome: { state: 'Open' } } });

    // The open round's progress is read every `roundProgressMs` while the page is shown, not while it is hidden;
    // shown again, it is read at once.
    let reads = roundReads;
    clock.advance(TIMING.roundProgressMs);
    await until(() => roundReads === reads + 1 && roundAnswers === roundReads, 'a progress read');
    page.set(false);
    reads = roundReads;
    clock.advance(TIMING.roundProgressMs * 3);
    expect(roundReads).toBe(reads);
    page.set(true);
    await until(() => roundReads === reads + 1 && roundAnswers === roundReads, 'the catch-up read');
    expect(editor.state.round.kind).toBe('known');

    // The progress poll fails: the failure is in the state, and the round is not forgotten.
    failRounds = true;
    clock.advance(TIMING.roundProgressMs);
    await until(() => editor.state.round.kind === 'failed', 'the failed progress read');
    expect(editor.state.round).toMatchObject({ kind: 'failed', failure: { kind: 'throttled', status: 503 }, last: { view: { outcome: { state: 'Open' } } } });
    const before = textOf(editor, KEY);
    editor.editText(KEY, 'Changed under review.');
    expect(editor.state.confirmingWithdraw).toBe(true);
    expect(textOf(editor, KEY)).toBe(before);

    failRounds = false;
    await editor.withdrawAndEdit();
    expect(editor.state.actionFailure).toBeUndefined();
    expect(editor.state.round).toMatchObject({ kind: 'known', view: { outcome: { state: 'Withdrawn' } } });
    expect(textOf(editor, KEY)).toBe('Changed under review.');
    clock.advance(TIMING.draftFlushMs);
    await until(() => editor.state.saveState.kind === 'saved', 'the edit to be saved');
    expect(await savedText(KEY)).toBe('Changed under review.');
  });

  it('refuses edits while the round cannot be read at all, says so, and recovers on retry', async () => {
    const services = servicesFor(tenant, PEOPLE.oakfieldHead, groupId);
    let failRounds = true;
    const realView = services.approvals.view.bind(services.approvals);
    services.approvals.view = (...args) => (failRounds ? Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 })) : realView(...args));
    const { editor, context } = await editorFor(PEOPLE.oakfieldHead, services);
    expect(editor.state.round).toMatchObject({ kind: 'failed', failure: { kind: 'accessDenied' }, last: undefined });
    expect(editorView(editor.state, context)?.editable).toBe(false);
    const before = textOf(editor, KEY);
    editor.editText(KEY, 'Not while the round is unknown.');
    expect(editor.state.notice).toEqual({ kind: 'roundUnknown' });
    expect(textOf(editor, KEY)).toBe(before);
    failRounds = false;
    await editor.retryRound();
    expect(editor.state.round.kind).toBe('known');
    editor.editText(KEY, `${before} Now it may.`);
    expect(textOf(editor, KEY)).toBe(`${before} Now it may.`);
  });

  it('publishes an approved draft, exports its approved copy as Word, and starts the next version', async () => {
    const { editor, clock, context } = await editorFor(PEOPLE.oakfieldHead);
    clock.advance(TIMING.draftFlushMs);
    await until(() => editor.state.saveState.kind === 'saved', 'nothing left to save');
    await editor.submit('2026-12-31');
    const round = editor.state.round.kind === 'known' ? editor.state.round.view! : undefined;
    expect(round?.outcome.state).toBe('Open');
    for (const governor of [PEOPLE.oakfieldChair, PEOPLE.oakfieldGovernor]) {
      const approvals = servicesFor(tenant, governor, groupId).approvals;
      const view = (await approvals.view(DRAFT, PROFILE))!;
      await approvals.decide({ id: DRAFT, title: 'Online safety policy' }, view, PROFILE, 'Approve', '', view.round.snapshotHash);
    }
    clock.advance(TIMING.roundProgressMs);
    await until(() => editor.state.round.kind === 'known' && editor.state.round.view?.outcome.state === 'Approved', 'the approval to arrive');
    let view = editorView(editor.state, context)!;
    expect(view.lock.kind).toBe('locked');
    expect(view.canPublish).toBe(true);
    editor.editText(KEY, 'Not in an approved version.');
    expect(editor.state.notice).toEqual({ kind: 'locked' });

    await editor.publish();
    expect(editor.state.actionFailure).toBeUndefined();
    // These services have no Graph file client: the publication stands, and the notice says there is no PDF and why.
    expect(editor.state.notice).toEqual({ kind: 'published', version: '1.0', pdfFailure: expect.objectContaining({ code: 'documents.pdfNotSupported' }) });
    view = editorView(editor.state, context)!;
    expect(view.canPublish).toBe(false);
    expect(view.labels).toMatchObject({ approved: '1.0', next: '1.1', publishedRound: round!.round.number });

    const file = await editor.export(false);
    expect(file?.fileName).toMatch(/\.docx$/);
    expect(Buffer.from(file!.bytes.slice(0, 2)).toString()).toBe('PK');
    expect(editor.state.busy.export).toBe(false);

    await editor.startNewVersion();
    expect(editor.state.notice).toEqual({ kind: 'versionStarted', next: '1.1', approved: '1.0' });
    expect(editorView(editor.state, context)?.lock.kind).toBe('nextVersion');
    editor.editText(KEY, 'Version 1.1 wording.');
    expect(textOf(editor, KEY)).toBe('Version 1.1 wording.');
  });

  it('shows a failed open as a Failure and opens on retry', async () => {
    const services = servicesFor(tenant, PEOPLE.oakfieldHead, groupId);
    const realOpen = services.school.openDraft.bind(services.school);
    let fail = true;
    services.school.openDraft = id => (fail ? Promise.reject(Object.assign(new TypeError('fetch failed'))) : realOpen(id));
    const { editor } = await editorFor(PEOPLE.oakfieldHead, services);
    expect(editor.state.openFailure).toMatchObject({ kind: 'offline' });
    expect(editor.state.draft).toBeUndefined();
    fail = false;
    await editor.retryOpen();
    expect(editor.state.openFailure).toBeUndefined();
    expect(editor.state.draft?.title).toBe('Online safety policy');
  });
});
