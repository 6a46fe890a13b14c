import { stableGuid } from '../../../local/seed/tenantSeed';
import { buildDashboard } from '../../../src/domain/register/dashboard';
import { buildReport } from '../../../src/domain/register/milestones';
import { reportPackToFile, sealReportPack } from '../../../src/domain/register/ReportPack';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { isAppError } from '../../../src/services/errors/AppError';
import { RegisterService } from '../../../src/services/register/RegisterService';
import { registerListTitle } from '../../../src/services/register/registerLists';
import { ReportOutbox } from '../../../src/services/register/ReportOutbox';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { BANK, oakfieldPolicy } from '../../domain/register/registerFixtures';

/**
 * The register on the bank site, through the real PnPjs client against the local SharePoint: two schools of the
 * tenant report into lists only they (and the officers) can reach; a member of one cannot read or write the
 * other's; a school that cannot reach the bank site sends later; a school of another tenant reports by pack,
 * and a tampered or replayed pack is refused.
 */
jest.setTimeout(180_000);

const OAKFIELD = { key: stableGuid(`group:${SITES.oakfield}`), name: 'Oakfield Primary School' };
const RIVERSIDE = { key: stableGuid(`group:${SITES.riverside}`), name: 'Riverside Secondary School' };
const HILLSIDE = { key: '0c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f', name: 'Hillside Academy' };
/** A member of no school's Team: Oakfield's teaching assistant reaches Oakfield's site through a custom group only. */
const OUTSIDER = 'chloe.adams@northshire.example';

async function statusOf(action: () => Promise<unknown>): Promise<number | string> {
  try {
    await action();
    return 'allowed';
  } catch (error) {
    // SharePoint's refusals are told by their HTTP status; the register's own refusals by their code.
    if (isAppError(error)) return error.code.startsWith('sharepoint.') ? error.status ?? error.code : error.code;
    return (error as { status?: number }).status ?? String(error);
  }
}

describe('the register of schools\' milestones', () => {
  let tenant: TestTenant;
  const register = (login: string, headers?: Record<string, string>): RegisterService => new RegisterService(tenant.sp(SITES.bank, login, headers));
  const oakfieldReport = buildReport(undefined, [oakfieldPolicy({ submitted: '2026-02-01T10:00:00Z' })], BANK, '2026-02-02T08:00:00Z');
  const riversideReport = buildReport(undefined, [oakfieldPolicy({ id: 2, started: '2026-01-20T09:00:00Z' })], BANK, '2026-01-21T08:00:00Z');

  beforeAll(async () => {
    tenant = await startTestTenant();
    const officer = register(PEOPLE.officer);
    await officer.enrolSchool(OAKFIELD);
    await officer.enrolSchool(RIVERSIDE);
  }, 180_000);
  afterAll(async () => { await tenant.close(); });

  it('takes each school\'s milestones from its own members, and the officers read both', async () => {
    await register(PEOPLE.oakfieldDsl).sendReport(OAKFIELD.key, oakfieldReport);
    await register(PEOPLE.riversideHead).sendReport(RIVERSIDE.key, riversideReport);
    for (const officer of [PEOPLE.officer, PEOPLE.adviser]) {
      const schools = await register(officer).readRegister();
      expect(schools.map(s => [s.name, s.route, s.latest?.sequence])).toEqual([
        [OAKFIELD.name, 'tenant', oakfieldReport.sequence], [RIVERSIDE.name, 'tenant', riversideReport.sequence]
      ].sort());
    }
  });

  it('lets a school read only its own entries, and nobody outside a school read any', async () => {
    const oakfieldSees = await register(PEOPLE.oakfieldHead).readRegister();
    expect(oakfieldSees.map(s => s.name)).toEqual([OAKFIELD.name]);
    expect(await statusOf(() => register(PEOPLE.oakfieldHead).schoolHistory(RIVERSIDE.key))).toBe(404);
    expect(await register(OUTSIDER).readRegister()).toEqual([]);
    expect(await statusOf(() => register(OUTSIDER).schoolHistory(OAKFIELD.key))).toBe(404);
  });

  it('refuses a member who writes into another school\'s list, however the write is made', async () => {
    expect(await statusOf(() => register(PEOPLE.oakfieldHead).sendReport(RIVERSIDE.key, oakfieldReport))).toMatch(/^register\.notEnrolled/);
    // Through the validate endpoint with a forged Author: the list is still not theirs.
    const oakfieldSp = tenant.sp(SITES.bank, PEOPLE.oakfieldHead);
    const forged = [{ FieldName: 'Title', FieldValue: 'Report 1' }, { FieldName: 'Report', FieldValue: JSON.stringify(oakfieldReport) }, { FieldName: 'Author', FieldValue: `[{'Key':'i:0#.f|membership|${PEOPLE.riversideHead}'}]` }];
    expect(await statusOf(() => oakfieldSp.web.lists.getByTitle(registerListTitle(RIVERSIDE.key)).addValidateUpdateItemUsingPath(forged, `${SITES.bank}/Lists/${registerListTitle(RIVERSIDE.key)}`))).toBe(404);
    const history = await register(PEOPLE.officer).schoolHistory(RIVERSIDE.key);
    expect(history.map(e => e.report.sequence)).toEqual([riversideReport.sequence]);
  });

  it('lets a school add entries but never change or delete one, even its own', async () => {
    const list = tenant.sp(SITES.bank, PEOPLE.oakfieldDsl).web.lists.getByTitle(registerListTitle(OAKFIELD.key));
    const [first] = await list.items.select('Id').top(1)<{ Id: number }[]>();
    expect(await statusOf(() => list.items.getById(first.Id).update({ Report: '{}' }))).toBe(403);
    expect(await statusOf(() => list.items.getById(first.Id).delete())).toBe(403);
  });

  it('keeps a school\'s reports while the bank site is out of reach, and sends them, in order, later', async () => {
    const outbox = new ReportOutbox(new MemoryKeyValueStore(), OAKFIELD.key);
    const later = buildReport(oakfieldReport, [oakfieldPolicy({ submitted: '2026-02-01T10:00:00Z', approved: '2026-02-09T10:00:00Z' })], BANK, '2026-02-10T08:00:00Z');
    expect(outbox.record(later)).toBe(true);
    expect(outbox.record(later)).toBe(false);
    // Every connection to the bank site drops (PnPjs retries, then gives up): nothing is lost.
    const offline = register(PEOPLE.oakfieldHead, { 'X-Local-Faults': 'rate=1;kinds=drop' });
    const failed = await outbox.flush(report => offline.sendReport(OAKFIELD.key, report));
    expect(failed.sent).toBe(0);
    expect(failed.failure).toBeDefined();
    expect(outbox.state.pending.map(r => r.sequence)).toEqual([later.sequence]);
    const sent = await outbox.flush(report => register(PEOPLE.oakfieldHead).sendReport(OAKFIELD.key, report));
    expect(sent).toEqual({ sent: 1 });
    expect(outbox.state.pending).toEqual([]);
    const oakfield = (await register(PEOPLE.officer).readRegister()).find(s => s.key === OAKFIELD.key);
    expect(oakfield?.latest?.documents[0].approved).toBe('2026-02-09T10:00:00Z');
  });

  it('keeps the reports of a school not yet enrolled (SharePoint answers as if its list did not exist)', async () => {
    const brook = { key: stableGuid('group:/sites/brook-infant'), name: 'Brook Infant School' };
    const outbox = new ReportOutbox(new MemoryKeyValueStore(), brook.key);
    outbox.record(oakfieldReport);
    const first = await outbox.flush(report => register(PEOPLE.oakfieldHead).sendReport(brook.key, report));
    expect(first.sent).toBe(0);
    expect(isAppError(first.failure) && first.failure.code).toBe('register.notEnrolled');
    expect(outbox.state.pending).toHaveLength(1);
  });

  it('imports a pack from a school in another tenant, shows it like the others, and refuses it tampered or replayed', async () => {
    const officer = register(PEOPLE.officer);
    const report = buildReport(undefined, [oakfieldPolicy({ bankRelease: '2026.2', started: '2026-06-01T09:00:00Z' })], BANK, '2026-06-02T08:00:00Z');
    const file = reportPackToFile(await sealReportPack(HILLSIDE, report));
    const tampered = file.replace('"2026.2"', '"2026.1"');
    expect(await statusOf(() => officer.importPack(tampered))).toBe('register.pack.tampered');
    expect(await officer.importPack(file)).toEqual({ school: HILLSIDE, sequence: report.sequence, reportedOn: report.reportedOn, newSchool: true });
    expect(await statusOf(() => officer.importPack(file))).toBe('register.pack.replayed');
    const next = buildReport(report, [oakfieldPolicy({ bankRelease: '2026.2', started: '2026-06-01T09:00:00Z', submitted: '2026-07-01T09:00:00Z' })], BANK, '2026-07-02T08:00:00Z');
    expect((await officer.importPack(reportPackToFile(await sealReportPack(HILLSIDE, next)))).newSchool).toBe(false);
    // The older pack, sent again after the newer one: still a replay.
    expect(await statusOf(() => officer.importPack(file))).toBe('register.pack.replayed');
    // A pack cannot speak for a school of this tenant (anyone can make a pack).
    expect(await statusOf(async () => officer.importPack(reportPackToFile(await sealReportPack(OAKFIELD, next))))).toBe('register.pack.schoolInTenant');
    const model = buildDashboard(await officer.readRegister(), new Date('2026-08-01T00:00:00Z'));
    expect(model.schools.map(s => [s.name, s.route, s.stage, s.reportedOn])).toEqual([
      [HILLSIDE.name, 'pack', 'submitted', '2026-07-02T08:00:00Z'],
      [OAKFIELD.name, 'tenant', 'approved', '2026-02-10T08:00:00Z'],
      [RIVERSIDE.name, 'tenant', 'started', '2026-01-21T08:00:00Z']
    ]);
    expect(model.releases.find(r => r.release === '2026.1')?.schools.map(s => s.name)).toEqual([OAKFIELD.name, RIVERSIDE.name]);
  });

  it('ignores a register list a bank member made by hand, and empties it when the officer enrols that school', async () => {
    const adviser = tenant.sp(SITES.bank, PEOPLE.adviser);
    const key = '2c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f';
    await adviser.web.lists.add(registerListTitle(key), JSON.stringify({ name: 'Invented School', route: 'pack' }), 100);
    const made = adviser.web.lists.getByTitle(registerListTitle(key));
    await made.fields.addMultilineText('Report');
    await made.items.add({ Title: 'Report 1', Report: JSON.stringify(oakfieldReport) });
    expect((await register(PEOPLE.officer).readRegister()).map(s => s.name)).not.toContain('Invented School');
    // The officer's first import for that key secures the list and drops what was planted.
    const report = buildReport(undefined, [], BANK, '2026-09-02T08:00:00Z');
    expect(await register(PEOPLE.officer).importPack(reportPackToFile(await sealReportPack({ key, name: 'Real School' }, report)))).toMatchObject({ newSchool: true });
    const history = await register(PEOPLE.officer).schoolHistory(key);
    expect(history.map(e => e.report.sequence)).toEqual([report.sequence]);
  });

  it('lets only officers import packs', async () => {
    const report = buildReport(undefined, [], BANK, '2026-09-02T08:00:00Z');
    const pack = reportPackToFile(await sealReportPack({ key: '1c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f', name: 'Pretend School' }, report));
    expect(await statusOf(() => register(PEOPLE.oakfieldHead).importPack(pack))).toBe(403);
  });
});
