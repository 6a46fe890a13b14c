import { stableGuid } from '../../../local/seed/tenantSeed';
import { ManualClock } from '../../../src/app/common/manualClock';
import { TIMING } from '../../../src/app/common/timing';
import { ReportingController, type ReportingPorts } from '../../../src/app/register/ReportingController';
import type { MilestoneReport } from '../../../src/domain/register/MilestoneReport';
import type { DocumentFacts } from '../../../src/domain/register/milestones';
import { parseReportPack } from '../../../src/domain/register/ReportPack';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { RegisterService } from '../../../src/services/register/RegisterService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { BANK, oakfieldPolicy } from '../../domain/register/registerFixtures';
import { untilState } from './untilState';

/**
 * The school's reporting: a report made while the bank site is out of reach waits in the outbox and goes when the
 * retry comes round; nothing new makes no new report; a pack carries the same report; a school the authority has
 * not enrolled keeps its reports and is told why. Real PnPjs against the local server; time moved by hand.
 */
jest.setTimeout(180_000);

const OAKFIELD = { key: stableGuid(`group:${SITES.oakfield}`), name: 'Oakfield Primary School' };
const RIVERSIDE = { key: stableGuid(`group:${SITES.riverside}`), name: 'Riverside Secondary School' };

describe('ReportingController', () => {
  let tenant: TestTenant;
  beforeAll(async () => {
    tenant = await startTestTenant();
    await new RegisterService(tenant.sp(SITES.bank, PEOPLE.officer)).enrolSchool(OAKFIELD);
  }, 180_000);
  afterAll(async () => { await tenant.close(); });

  function controllerFor(school: typeof OAKFIELD | undefined, login: string, facts: () => DocumentFacts[]): { controller: ReportingController; clock: ManualClock; network: { online: boolean } } {
    const clock = new ManualClock();
    clock.advance(Date.parse('2026-03-01T09:00:00Z'));
    const network = { online: true };
    const online = new RegisterService(tenant.sp(SITES.bank, login));
    // Every connection to the bank site drops while "offline" (PnPjs retries, then gives up).
    const offline = new RegisterService(tenant.sp(SITES.bank, login, { 'X-Local-Faults': 'rate=1;kinds=drop' }));
    const ports: ReportingPorts = {
      identity: async () => school, facts: async () => facts(), bank: async () => BANK, store: new MemoryKeyValueStore(), clock,
      register: { sendReport: (key: string, report: MilestoneReport) => (network.online ? online : offline).sendReport(key, report) },
      mailPack: () => Promise.reject(new Error('no mail in these tests'))
    };
    return { controller: new ReportingController(ports), clock, network };
  }

  it('keeps a report made offline and sends it when the retry comes round; nothing new makes no report', async () => {
    let facts = [oakfieldPolicy()];
    const { controller, clock, network } = controllerFor(OAKFIELD, PEOPLE.oakfieldLead, () => facts);
    // The first opening reports by itself (no report yet), and the register takes it.
    await controller.start();
    expect(controller.state).toMatchObject({ loading: false, school: OAKFIELD, pending: 0, last: { sent: true } });
    network.online = false;
    facts = [oakfieldPolicy({ submitted: '2026-03-01T10:00:00Z' })];
    await controller.reportNow();
    expect(controller.state).toMatchObject({ pending: 1, notEnrolled: false, last: { sent: false } });
    expect(controller.state.failure?.kind).toBe('offline');
    network.online = true;
    clock.advance(TIMING.registerRetryMs);
    const sent = await untilState(controller, s => s.pending === 0);
    expect(sent.failure).toBeUndefined();
    expect(sent.last?.sent).toBe(true);
    const officer = new RegisterService(tenant.sp(SITES.bank, PEOPLE.officer));
    expect((await officer.readRegister()).find(s => s.key === OAKFIELD.key)?.latest?.sequence).toBe(sent.last?.sequence);
    await controller.reportNow();
    expect(controller.state).toMatchObject({ nothingNew: true, pending: 0 });
    facts = [oakfieldPolicy({ submitted: '2026-03-02T09:00:00Z' })];
    clock.advance(60_000);
    await controller.reportNow();
    expect(controller.state).toMatchObject({ nothingNew: false, pending: 0 });
    expect((await officer.schoolHistory(OAKFIELD.key))[0].report.documents[0].submitted).toBe('2026-03-02T09:00:00Z');
    controller.dispose();
  });

  it('makes a report pack of the same report, and the same number again when nothing changed', async () => {
    const { controller } = controllerFor(OAKFIELD, PEOPLE.oakfieldLead, () => [oakfieldPolicy({ approved: '2026-03-05T09:00:00Z' })]);
    await controller.start();
    const first = await controller.packFile();
    const again = await controller.packFile();
    const parsed = await parseReportPack(first?.text ?? '');
    expect(parsed.ok && parsed.pack.school).toEqual(OAKFIELD);
    expect(parsed.ok && parsed.pack.report.documents[0].approved).toBe('2026-03-05T09:00:00Z');
    expect(again?.fileName).toBe(first?.fileName);
    controller.dispose();
  });

  it('tells a school the authority has not enrolled that its reports wait, and keeps them', async () => {
    const { controller } = controllerFor(RIVERSIDE, PEOPLE.riversideHead, () => [oakfieldPolicy()]);
    await controller.start();
    expect(controller.state).toMatchObject({ notEnrolled: true, pending: 1, failure: undefined });
    controller.dispose();
  });

  it('reports by itself at most once a day', async () => {
    let facts = [oakfieldPolicy({ id: 30 })];
    const store = new MemoryKeyValueStore();
    const open = async (clock: ManualClock): Promise<ReportingController> => {
      const controller = new ReportingController({
        identity: async () => OAKFIELD, facts: async () => facts, bank: async () => BANK, store, clock,
        register: new RegisterService(tenant.sp(SITES.bank, PEOPLE.oakfieldLead)), mailPack: () => Promise.reject(new Error('no mail in these tests'))
      });
      await controller.start();
      return controller;
    };
    const clock = new ManualClock();
    clock.advance(Date.parse('2026-04-01T09:00:00Z'));
    const first = await open(clock);
    const sequence = first.state.last?.sequence;
    first.dispose();
    facts = [oakfieldPolicy({ id: 30, submitted: '2026-04-01T10:00:00Z' })];
    clock.advance(TIMING.registerAutoReportMs - 60_000);
    const sameDay = await open(clock);
    expect(sameDay.state.last?.sequence).toBe(sequence);
    sameDay.dispose();
    clock.advance(60_000);
    const nextDay = await open(clock);
    expect(nextDay.state.last?.sequence).toBeGreaterThan(sequence ?? 0);
    expect(nextDay.state).toMatchObject({ pending: 0, last: { sent: true } });
    nextDay.dispose();
  });

  it('has no outbox on a site that belongs to no Team', async () => {
    const { controller } = controllerFor(undefined, PEOPLE.oakfieldLead, () => []);
    await controller.start();
    expect(controller.state).toMatchObject({ loading: false, noTeam: true });
    expect(await controller.packFile()).toBeUndefined();
    controller.dispose();
  });
});
