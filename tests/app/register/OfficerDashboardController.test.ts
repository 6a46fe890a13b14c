import { stableGuid } from '../../../local/seed/tenantSeed';
import { OfficerDashboardController } from '../../../src/app/register/OfficerDashboardController';
import { buildReport } from '../../../src/domain/register/milestones';
import { reportPackToFile, sealReportPack } from '../../../src/domain/register/ReportPack';
import { RegisterService } from '../../../src/services/register/RegisterService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { BANK, oakfieldPolicy } from '../../domain/register/registerFixtures';

/**
 * The officer's dashboard over the real register on the local server: enrolling (and refusing a bad code),
 * reading both kinds of school alike, one school's reports on one click, pack imports with their refusals
 * explained by code, and the CSV export.
 */
jest.setTimeout(180_000);

const OAKFIELD = { key: stableGuid(`group:${SITES.oakfield}`), name: 'Oakfield Primary School' };
const HILLSIDE = { key: '0c6f2d1e-5b7a-4c3d-9e8f-1a2b3c4d5e6f', name: 'Hillside Academy' };
const WORDS = {
  header: ['School', 'Route', 'Stage', 'Release', 'Started', 'Submitted', 'Approved', 'Published', 'Review due', 'Overdue', 'Staff %', 'Reported'] as const,
  route: { tenant: 'own', pack: 'pack' }, yes: 'yes', no: 'no',
  stage: { notStarted: 'not started', started: 'started', submitted: 'submitted', approved: 'approved', published: 'published' }
};

describe('OfficerDashboardController', () => {
  let tenant: TestTenant;
  let controller: OfficerDashboardController;
  beforeAll(async () => {
    tenant = await startTestTenant();
    controller = new OfficerDashboardController(new RegisterService(tenant.sp(SITES.bank, PEOPLE.officer)), () => new Date('2026-08-01T00:00:00Z'));
  }, 180_000);
  afterAll(async () => {
    controller.dispose();
    await tenant.close();
  });

  it('starts empty, refuses a malformed register code, and enrols a school', async () => {
    await controller.load();
    expect(controller.state.model?.schools).toEqual([]);
    await controller.enrol({ key: 'not-a-code', name: 'Oakfield' });
    expect(controller.state.refusal).toEqual({ code: 'badEnrolment', values: [] });
    // A well-formed code that names no Team of this tenant: refused before any list is made.
    await controller.enrol({ key: HILLSIDE.key, name: HILLSIDE.name });
    expect(controller.state.refusal).toEqual({ code: 'unknownSchool', values: [HILLSIDE.key] });
    const titles = (await tenant.sp(SITES.bank, PEOPLE.officer).web.lists.select('Title')<{ Title: string }[]>()).map(l => l.Title);
    expect(titles).not.toContain(`School Register ${HILLSIDE.key}`);
    await controller.enrol({ key: ` ${OAKFIELD.key.toUpperCase()} `, name: OAKFIELD.name });
    expect(controller.state.enrolled).toEqual(OAKFIELD);
    expect(controller.state.model?.neverStarted.map(s => s.name)).toEqual([OAKFIELD.name]);
  });

  it('shows a school that reports itself and one that sends packs alike, and opens one school on one click', async () => {
    await new RegisterService(tenant.sp(SITES.bank, PEOPLE.oakfieldHead)).sendReport(OAKFIELD.key, buildReport(undefined, [oakfieldPolicy()], BANK, '2026-02-02T08:00:00Z'));
    const hillside = buildReport(undefined, [oakfieldPolicy({ bankRelease: '2026.2', started: '2026-06-01T09:00:00Z', published: '2026-07-01T09:00:00Z', reviewDue: '2026-07-30' })], BANK, '2026-07-02T08:00:00Z');
    const file = reportPackToFile(await sealReportPack(HILLSIDE, hillside));
    await controller.importPack(file.replace('"Policy"', '"Aup"'));
    expect(controller.state.refusal?.code).toBe('pack.tampered');
    await controller.importPack(file);
    expect(controller.state.imported).toMatchObject({ school: HILLSIDE, newSchool: true });
    await controller.importPack(file);
    expect(controller.state.refusal).toEqual({ code: 'pack.replayed', values: [hillside.sequence, hillside.sequence] });
    const model = controller.state.model;
    expect(model?.schools.map(s => [s.name, s.route, s.stage])).toEqual([[HILLSIDE.name, 'pack', 'published'], [OAKFIELD.name, 'tenant', 'started']]);
    expect(model?.overdue.map(s => s.name)).toEqual([HILLSIDE.name]);
    await controller.openSchool(HILLSIDE.key);
    expect(controller.state.school).toMatchObject({ name: HILLSIDE.name, loading: false });
    expect(controller.state.school?.history.map(e => e.report.reportedOn)).toEqual(['2026-07-02T08:00:00Z']);
    controller.selectRelease('2026.2');
    expect(controller.state.release).toBe('2026.2');
  });

  it('exports every school as CSV in the loc file\'s words', () => {
    const csv = controller.csv(WORDS) ?? '';
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('School,Route,Stage,Release,Started,Submitted,Approved,Published,Review due,Overdue,Staff %,Reported');
    expect(lines[1]).toBe('Hillside Academy,pack,published,2026.2,2026-06-01,,,2026-07-01,2026-07-30,yes,,2026-07-02');
    expect(lines[2]).toBe('Oakfield Primary School,own,started,2026.1,2026-01-10,,,,,no,,2026-02-02');
  });
});
