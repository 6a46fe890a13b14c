import { BankController } from '../../../src/app/bank/BankController';
import { buildStarterPack } from '../../../src/content/starterPack';
import { editStatement } from '../../../src/domain/bank/bankCommands';
import { BankService } from '../../../src/services/bank/BankService';
import { publishedColumns } from '../../../src/services/bank/bankWire';
import { BANK_LISTS } from '../../../src/services/sharepoint/schema/bankSchema';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/**
 * The bank screen's workflow against the local server: the officer's edits saved with their ETags, a change another
 * officer saved first shown as a conflict with its code (never matched from text), publishing, and an interrupted
 * release reported by a load that writes nothing, then finished by an explicit call.
 */
describe('BankController against the local server', () => {
  let tenant: TestTenant;
  const service = (login: string): BankService => new BankService(tenant.sp(SITES.bank, login), `${tenant.url}${SITES.bank}`);

  beforeAll(async () => {
    tenant = await startTestTenant();
    const officer = service(PEOPLE.officer);
    await officer.provision();
    await officer.importPack(await officer.load(), buildStarterPack(), { publishAs: { label: '2026.1', notes: 'Starter bank' } });
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('saves an edit, then shows a change another officer saved first as a conflict with its code and their version', async () => {
    const controller = new BankController(service(PEOPLE.officer));
    await controller.load();
    expect(controller.state.phase).toBe('ready');
    expect(controller.editable).toBe(true);
    const key = controller.state.bank?.statements[0].key as string;
    const original = controller.state.bank?.statements[0].working.text as string;

    controller.editStatement(key, { text: `${original} Checked by the officer.` });
    expect(controller.state.saving).toBe(true);
    await controller.idle();
    expect(controller.state).toMatchObject({ saving: false, problem: undefined });
    expect((await service(PEOPLE.adviser).load()).statements.find(s => s.key === key)?.working.text).toBe(`${original} Checked by the officer.`);

    // The adviser saves the same statement: the officer's screen still carries the ETag it read before that.
    const adviser = service(PEOPLE.adviser);
    const theirs = await adviser.load();
    await adviser.save(theirs, editStatement(theirs, key, { text: 'The adviser rewrote this statement.' }));
    controller.editStatement(key, { guidance: 'The officer adds guidance.' });
    await controller.idle();
    expect(controller.state.problem?.action).toBe('save');
    expect(controller.state.problem?.failure).toMatchObject({ kind: 'conflict', code: 'bank.saveConflict', status: 412, values: [1] });
    // The screen reads the truth again: the adviser's words, not the officer's lost guidance.
    const shown = controller.state.bank?.statements.find(s => s.key === key);
    expect(shown?.working.text).toBe('The adviser rewrote this statement.');
    expect(shown?.working.guidance).not.toBe('The officer adds guidance.');

    // Making the change again on the fresh copy saves it.
    controller.editStatement(key, { guidance: 'The officer adds guidance.' });
    await controller.idle();
    expect(controller.state.problem).toBeUndefined();
    expect((await adviser.load()).statements.find(s => s.key === key)?.working).toMatchObject({ text: 'The adviser rewrote this statement.', guidance: 'The officer adds guidance.' });
    controller.dispose();
  }, 60_000);

  it('saves edits made while a save is out, in order, none lost', async () => {
    const controller = new BankController(service(PEOPLE.officer));
    await controller.load();
    const [first, second] = controller.state.bank?.statements ?? [];
    controller.editStatement(first.key, { tags: ['one'] });
    controller.editStatement(second.key, { tags: ['two'] });
    controller.editStatement(first.key, { tags: ['one', 'again'] });
    await controller.idle();
    expect(controller.state.problem).toBeUndefined();
    const reread = await service(PEOPLE.adviser).load();
    expect(reread.statements.find(s => s.key === first.key)?.working.tags).toEqual(['one', 'again']);
    expect(reread.statements.find(s => s.key === second.key)?.working.tags).toEqual(['two']);
    controller.dispose();
  }, 60_000);

  it('publishes the saved edits as a release that schools then read', async () => {
    const controller = new BankController(service(PEOPLE.officer));
    await controller.load();
    const key = controller.state.bank?.statements[2].key as string;
    controller.editStatement(key, { text: 'A statement clarified for release 2026.2.' });
    expect(await controller.publish('2026.2', 'Clarified one statement.')).toBe(true);
    expect(controller.state.published?.label).toBe('2026.2');
    expect(controller.state.bank?.releases.map(r => r.label)).toEqual(['2026.1', '2026.2']);
    const school = await service(PEOPLE.oakfieldHead).loadPublished();
    expect(school.statements.find(s => s.key === key)?.working.text).toBe('A statement clarified for release 2026.2.');
    // A second release with the same label is refused by the domain, with the code the view explains.
    controller.editStatement(key, { text: 'Changed again.' });
    expect(await controller.publish('2026.2', '')).toBe(false);
    expect(controller.state.problem).toMatchObject({ action: 'publish', failure: { kind: 'invalid', code: 'bank.releaseRefused' } });
    controller.dispose();
  }, 60_000);

  it('reports a half-published release without writing, refuses another release until it is finished, and finishes it when asked', async () => {
    // A session stopped half-way through publishing 2026.3: its file is written and marked "Publishing", one
    // statement's published copy is still the old one.
    const officer = service(PEOPLE.officer);
    const before = await officer.load();
    const key = before.statements[3].key;
    const edited = await officer.save(before, editStatement(before, key, { text: 'Wording for release 2026.3.' }));
    await officer.publish(edited, '2026.3', 'Half published.');
    const sp = tenant.sp(SITES.bank, PEOPLE.officer);
    const [release] = await sp.web.lists.getByTitle(BANK_LISTS.releases).items.select('Id').filter('ReleaseNumber eq 3')<{ Id: number }[]>();
    await sp.web.lists.getByTitle(BANK_LISTS.releases).items.getById(release.Id).update({ ReleaseStatus: 'Publishing' });
    const old = before.statements[3];
    await sp.web.lists.getByTitle(BANK_LISTS.statements).items.getById(old.itemId as number).update(publishedColumns(old.published as NonNullable<typeof old.published>));

    const writes: string[] = [];
    const recorded = new BankService(tenant.sp(SITES.bank, PEOPLE.officer).using(instance => {
      instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
        if ((init.method ?? 'GET') !== 'GET' && !/\$batch|contextinfo/.test(url)) writes.push(`${init.method} ${url}`);
        return [url, init, result];
      });
      return instance;
    }), `${tenant.url}${SITES.bank}`);
    const controller = new BankController(recorded);
    await controller.load();
    expect(writes).toEqual([]);
    expect(controller.state.interrupted?.label).toBe('2026.3');
    expect((await service(PEOPLE.oakfieldHead).loadPublished()).statements.find(s => s.key === key)?.published?.version).toBe(old.published?.version);

    controller.editStatement(key, { guidance: 'More guidance.' });
    expect(await controller.publish('2026.4', '')).toBe(false);
    expect(controller.state.problem?.failure).toMatchObject({ kind: 'conflict', code: 'bank.releaseInterrupted', values: ['2026.3'] });

    expect(await controller.resumeRelease()).toBe(true);
    expect(controller.state.interrupted).toBeUndefined();
    const school = await service(PEOPLE.oakfieldHead).loadPublished();
    expect(school.statements.find(s => s.key === key)?.working.text).toBe('Wording for release 2026.3.');
    expect(school.releases.map(r => r.label)).toContain('2026.3');
    expect((await officer.load()).releases.some(r => r.interrupted)).toBe(false);
    // Now the next release goes out.
    expect(await controller.publish('2026.4', 'After finishing 2026.3.')).toBe(true);
    controller.dispose();
  }, 60_000);
});
