import { BankService } from '../../src/services/bank/BankService';
import { buildStarterPack } from '../../src/content/starterPack';
import { editStatement, retireStatement } from '../../src/domain/bank/bankCommands';
import { planRelease } from '../../src/domain/bank/releasePlan';
import { packToFile } from '../../src/domain/content/ContentPack';
import { parseContentPack } from '../../src/domain/content/parseContentPack';
import { BANK_LISTS } from '../../src/services/sharepoint/schema/bankSchema';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

describe('the bank against the local server', () => {
  let tenant: TestTenant;
  let officer: BankService;
  const pack = buildStarterPack();

  beforeAll(async () => {
    tenant = await startTestTenant();
    officer = new BankService(tenant.sp(SITES.bank, PEOPLE.officer), `${tenant.url}${SITES.bank}`);
  });
  afterAll(async () => { await tenant.close(); });

  it('provisions an empty bank site for its owner', async () => {
    expect([...(await officer.access()).missingLists].sort()).toEqual([...Object.values(BANK_LISTS)].sort());
    await officer.provision();
    const access = await officer.access();
    expect(access).toEqual({ missingLists: [], canEdit: true, canProvision: true });
  });

  it('asks for setup again when a list lacks a column this release reads (a bank made by an older release), and setup adds it', async () => {
    await tenant.sp(SITES.bank, PEOPLE.officer).web.lists.getByTitle(BANK_LISTS.statements).fields.getByInternalNameOrTitle('CoverageTopics').delete();
    expect((await officer.access()).missingLists).toEqual([BANK_LISTS.statements]);
    await officer.provision();
    expect((await officer.access()).missingLists).toEqual([]);
    expect((await officer.load()).statements).toEqual([]);
  });

  it('imports the starter pack and publishes it as the first release', async () => {
    const result = await officer.importPack(await officer.load(), pack, { publishAs: { label: '2026.1', notes: 'Starter bank' } });
    expect(result.plan.counts).toEqual({ new: pack.sections.length + pack.statements.length + pack.templates.length + pack.resources.length, changed: 0, unchanged: 0 });
    expect(result.release?.number).toBe(1);
    const bank = await officer.load();
    expect(bank.statements).toHaveLength(pack.statements.length);
    expect(bank.statements.every(s => s.published?.version === 1 && s.published.releaseLabel === '2026.1')).toBe(true);
    expect(bank.releases.map(r => [r.number, r.label, r.publishedBy])).toEqual([[1, '2026.1', 'Priya Shah']]);
    expect((await officer.resources()).map(r => r.key).sort()).toEqual(pack.resources.map(r => r.key).sort());
  });

  it('keeps edits as drafts until a release publishes them, then schools see the new version', async () => {
    const loaded = await officer.load();
    const target = loaded.statements[0];
    const retired = loaded.statements[1];
    let bank = editStatement(loaded, target.key, { text: `${target.working.text} This sentence was added by the officer.` });
    bank = retireStatement(bank, retired.key);
    bank = await officer.save(loaded, bank);

    const school = new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`);
    const before = await school.loadPublished();
    expect(before.statements.find(s => s.key === target.key)?.working.text).toBe(target.working.text);

    // The officer previews the change list: a word-level diff shows exactly what the new sentence adds.
    const planned = planRelease(bank).find(c => c.key === target.key);
    expect(planned?.textDiff?.filter(r => r.kind !== 'equal')).toEqual([{ kind: 'insert', text: ' This sentence was added by the officer.' }]);

    const { release } = await officer.publish(bank, '2026.2', 'Clarified the first statement; retired the second.');
    const statementChanges = release.changes.filter(c => c.entity === 'statement').map(c => [c.key, c.change, c.fromVersion, c.toVersion]);
    expect(statementChanges).toEqual([[target.key, 'changed', 1, 2], [retired.key, 'retired', 1, 2]]);
    // The retired statement left every template that offered it.
    const templatesWithIt = pack.templates.filter(t => (t.content.body.kind === 'Policy' || t.content.body.kind === 'Aup') && t.content.body.statementKeys.includes(retired.key));
    expect(release.changes.filter(c => c.entity === 'template').map(c => c.key).sort()).toEqual(templatesWithIt.map(t => t.key).sort());

    const after = await school.loadPublished();
    const seen = after.statements.find(s => s.key === target.key);
    expect(seen?.published?.version).toBe(2);
    expect(seen?.working.text).toMatch(/added by the officer\.$/);
    expect(after.statements.some(s => s.key === retired.key)).toBe(false);
    expect(after.releases.map(r => r.label)).toEqual(['2026.1', '2026.2']);

    const history = await officer.statementHistory(await officer.load(), target.key);
    expect(history.map(h => [h.version, h.releaseLabel])).toEqual([[2, '2026.2'], [1, '2026.1']]);
  });

  it('refuses a tampered or malformed pack before writing anything', async () => {
    const writes: string[] = [];
    const watched = new BankService(tenant.sp(SITES.bank, PEOPLE.officer), `${tenant.url}${SITES.bank}`);
    const before = await watched.load();
    // Count every request that is not a read from here on: a refused import must send none.
    const recorder = tenant.sp(SITES.bank, PEOPLE.officer).using(instance => {
      instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
        if ((init.method ?? 'GET') !== 'GET') writes.push(`${init.method} ${url}`);
        return [url, init, result];
      });
      return instance;
    });
    const recorded = new BankService(recorder, `${tenant.url}${SITES.bank}`);
    const start = await recorded.load();
    writes.length = 0;
    const tampered = packToFile(pack).replace('Online safety policy for primary schools', 'Online safety policy for primary schools (edited)');
    await expect(recorded.importFile(start, tampered, { publishAs: { label: 'Tampered', notes: '' } })).rejects.toMatchObject({ name: 'PackRefusedError', code: 'tampered' });
    await expect(recorded.importFile(start, '{"format":"something else"}')).rejects.toMatchObject({ code: 'notAPack' });
    await expect(recorded.importFile(start, packToFile(pack).slice(0, 5000))).rejects.toMatchObject({ code: 'notJson' });
    expect(writes).toEqual([]);
    const after = await watched.load();
    expect(after.statements.map(s => [s.key, s.published?.version, s.working.text])).toEqual(before.statements.map(s => [s.key, s.published?.version, s.working.text]));
    expect(after.releases.map(r => r.label)).toEqual(before.releases.map(r => r.label));
    expect(parseContentPack(tampered).ok).toBe(false);
    // The recorder does see writes: saving one edit shows up (the MERGE inside the $batch that carries it).
    const loaded = await recorded.load();
    writes.length = 0;
    await recorded.save(loaded, editStatement(loaded, loaded.statements[2].key, { guidance: `${loaded.statements[2].working.guidance} (checked)` }));
    expect(writes.some(w => /items\(\d+\)$/.test(w))).toBe(true);
  });

  it("refuses a school user's write with SharePoint's 403 and changes nothing", async () => {
    const school = new BankService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead), `${tenant.url}${SITES.bank}`);
    expect(await school.access()).toMatchObject({ canEdit: false, canProvision: false });
    const bank = await school.load();
    const first = bank.statements[0];
    await expect(school.save(bank, editStatement(bank, first.key, { text: 'A school rewrote the bank.' }))).rejects.toMatchObject({ name: 'AppError', kind: 'accessDenied', code: 'bank.saveFailed', status: 403 });
    const reread = await officer.load();
    expect(reread.statements.find(s => s.key === first.key)?.working.text).toBe(first.working.text);
  });
});
