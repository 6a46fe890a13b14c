import { ApprovalController, type ApprovalState } from '../../../src/app/approval/ApprovalController';
import type { AppServices } from '../../../src/app/AppServices';
import { ManualClock } from '../../../src/app/common/manualClock';
import { TIMING } from '../../../src/app/common/timing';
import { createAppServices } from '../../../src/app/createAppServices';
import { formatSubEntity, teamsDeepLink } from '../../../src/domain/approval/deepLink';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { makeWordFile } from '../../../src/services/word/WordService';
import { localGraph, localSp } from '../../../workbench/client/localClients';
import { OAKFIELD_PROFILE, seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/**
 * The approval screen as its controller runs it, through the services the composition root builds, against the local
 * server: Oakfield's draft 1 is put to its governors (rule: majority of three), and each person opens the round.
 */
// A round makes a few hundred requests on a shared machine: generous and explicit, never a condition the test relies on.
jest.setTimeout(240_000);

describe('ApprovalController against the local server', () => {
  let tenant: TestTenant;
  const profile = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };
  const clock = new ManualClock();
  const controllers: ApprovalController[] = [];

  const servicesFor = (login: string): AppServices => {
    const siteUrl = `${tenant.url}${SITES.oakfield}`;
    const webUrl = (target: Parameters<typeof formatSubEntity>[0]): string => `${siteUrl}/_layouts/15/workbench.aspx?subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
    return createAppServices(
      { site: localSp(tenant.url, SITES.oakfield, login), bank: localSp(tenant.url, SITES.bank, login), bankSiteUrl: `${tenant.url}${SITES.bank}` },
      localGraph(tenant.url, login),
      { kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl },
      { links: { webUrl, deepLink: (target, label) => teamsDeepLink({ appId: 'local-app', entityId: 'esafety-policy-hub', webUrl: webUrl(target), label, subEntity: target }) }, keyValueStore: new MemoryKeyValueStore() }
    );
  };
  /** The round of draft 1 as `login` opens it (the latest round), read once. */
  const open = async (login: string): Promise<ApprovalController> => {
    const services = servicesFor(login);
    const { userId } = await services.school.access();
    const controller = new ApprovalController({ approvals: services.approvals, site: services.site, strings: services.strings, makeWordFile, clock }, { draftId: 1, profile, userId });
    controllers.push(controller);
    await controller.refresh();
    return controller;
  };
  /** Resolves once the controller's state satisfies `test` (checked on every change). */
  const until = (controller: ApprovalController, test: (state: ApprovalState) => boolean): Promise<void> => new Promise(resolve => {
    if (test(controller.state)) return resolve();
    const stop = controller.subscribe(() => { if (test(controller.state)) { stop(); resolve(); } });
  });
  const approvals = (controller: ApprovalController): number => controller.state.view?.outcome.approvals.length ?? -1;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    const head = servicesFor(PEOPLE.oakfieldHead);
    const me = await head.school.access();
    await head.school.saveProfile(profile);
    const { draft } = await head.school.openDraft(1);
    await head.approvals.submit({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile, dueDate: '2031-01-31', submitter: { id: me.userId, login: PEOPLE.oakfieldHead } });
  }, 180_000);
  afterAll(async () => {
    for (const controller of controllers) controller.dispose();
    await tenant.close();
  });

  it('lets a governor decide, bound to the copy shown, and sees progress arrive on the next poll for another governor', async () => {
    const david = await open(PEOPLE.oakfieldGovernor);
    expect(david.state).toMatchObject({ status: 'ready', standing: { isApprover: true, canDecide: true } });
    expect(approvals(david)).toBe(0);
    // An open round is polled: one timer, at the shared interval.
    expect(clock.pending).toBe(1);

    const chair = await open(PEOPLE.oakfieldChair);
    await chair.decide('Approve');
    expect(chair.state.decisionProblem).toBeUndefined();
    expect(chair.state.receipt).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    expect(chair.state.standing).toMatchObject({ isApprover: true, canDecide: false, mine: { decision: 'Approve', snapshotHash: chair.state.view?.round.snapshotHash } });
    expect(chair.state.view?.outcome.state).toBe('Open');
    expect(approvals(chair)).toBe(1);

    // Nothing is read again before the interval passes; then the poll brings the chair's decision to David's screen.
    clock.advance(TIMING.roundProgressMs - 1);
    expect(approvals(david)).toBe(0);
    clock.advance(1);
    await until(david, state => state.view?.outcome.approvals.length === 1);
    expect(david.state.refreshFailure).toBeUndefined();

    // David's approval settles the round (two of three): it closes, and the screen stops polling it.
    await david.decide('Approve');
    expect(david.state.view?.outcome.state).toBe('Approved');
    david.dispose();
    chair.dispose();
    expect(clock.pending).toBe(0);
  });

  it("tells a staff member who is not an approver that they cannot decide, and records nothing", async () => {
    const staff = await open(PEOPLE.oakfieldDsl);
    expect(staff.state.standing).toEqual({ isApprover: false, canDecide: false });
    const before = staff.state.view?.decisions.length;
    await staff.decide('Approve');
    expect(staff.state.decisionProblem).toEqual({ kind: 'notApprover' });
    await staff.refresh();
    expect(staff.state.view?.decisions.length).toBe(before);
    staff.dispose();
  });

  it('asks for a comment before a request for changes', async () => {
    const guest = await open(PEOPLE.oakfieldGuestGovernor);
    expect(guest.state.standing.canDecide).toBe(true);
    await guest.decide('RequestChanges');
    expect(guest.state.decisionProblem).toEqual({ kind: 'commentNeeded' });
    expect(guest.state.standing.mine).toBeUndefined();
    guest.dispose();
  });

  it("exports the round's copy as a Word file", async () => {
    const chair = await open(PEOPLE.oakfieldChair);
    const file = await chair.export();
    expect(chair.state.exportFailure).toBeUndefined();
    expect(file?.fileName).toMatch(/\.docx$/);
    // A .docx is a zip archive: it starts with the local file header "PK\x03\x04".
    expect(Array.from(file?.bytes.slice(0, 4) ?? [])).toEqual([0x50, 0x4b, 0x03, 0x04]);
    chair.dispose();
  });

  it('says a round the draft never had is not found, as a Failure', async () => {
    const services = servicesFor(PEOPLE.oakfieldChair);
    const controller = new ApprovalController({ approvals: services.approvals, site: services.site, strings: services.strings, makeWordFile, clock }, { draftId: 1, roundNumber: 99, profile, userId: 0 });
    controllers.push(controller);
    await controller.refresh();
    expect(controller.state).toMatchObject({ status: 'failed', failure: { kind: 'notFound', status: 404 } });
    expect(clock.pending).toBe(0);
  });
});
