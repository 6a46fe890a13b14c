import { ApprovalService, SubmitRefusedError } from '../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../src/domain/approval/LinkBuilder';
import { GraphNotificationService } from '../../src/services/notify/GraphNotificationService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { formatSubEntity, teamsDeepLink } from '../../src/domain/approval/deepLink';
import { OAKFIELD_PROFILE, seedProduct } from '../../workbench/seed/productSeed';
import { readBallotLists } from '../../src/services/approval/ballotLists';
import type { Draft } from '../../src/domain/draft/DraftModel';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';
import { enGB } from '../../src/loc/enGB';

const APP_ID = 'catalog-app-id';

// A whole round makes a few hundred requests: generous, explicit, never a condition the test relies on.
jest.setTimeout(180_000);

describe('approval by governors against the local server', () => {
  let tenant: TestTenant;
  let groupId: string;
  const profile = { ...OAKFIELD_PROFILE };

  const links = (tenantUrl: string): LinkBuilder => ({
    webUrl: target => `${tenantUrl}${SITES.oakfield}/_layouts/15/workbench.aspx?host=teams&subEntityId=${encodeURIComponent(formatSubEntity(target))}`,
    deepLink: (target, label) => teamsDeepLink({ appId: APP_ID, entityId: 'esafety-policy-hub', webUrl: links(tenantUrl).webUrl(target), label, subEntity: target })
  });
  const as = (login: string): { school: SchoolService; approvals: ApprovalService } => ({
    school: new SchoolService(tenant.sp(SITES.oakfield, login), `${tenant.url}${SITES.oakfield}`),
    approvals: new ApprovalService(tenant.sp(SITES.oakfield, login), new GraphNotificationService(tenant.graph(login), enGB.notify, groupId), links(tenant.url))
  });
  const openDraft = async (login: string): Promise<Draft & { id: number }> => {
    const { school } = as(login);
    const { draft } = await school.openDraft(1);
    return { ...draft, id: 1 };
  };
  const feed = async (): Promise<{ recipient: string; activityType: string; topic: { webUrl?: string } }[]> => (await tenant.fetchAs(undefined, '/_local/feed')).json() as Promise<never>;
  const outbox = async (): Promise<{ to: string[]; subject: string }[]> => (await tenant.fetchAs(undefined, '/_local/outbox')).json() as Promise<never>;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
    await as(PEOPLE.oakfieldHead).approvals.secure(profile.approversGroup);
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  it('refuses to submit while the checks fail, naming each problem and its block', async () => {
    const head = as(PEOPLE.oakfieldHead);
    const draft = await openDraft(PEOPLE.oakfieldHead);
    const attempt = head.approvals.submit({ draft, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: 0, login: PEOPLE.oakfieldHead } });
    await expect(attempt).rejects.toBeInstanceOf(SubmitRefusedError);
    const issues = await attempt.then(() => [], (e: SubmitRefusedError) => e.issues);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every(i => i.kind === 'missingMergeField' && i.blockKey && /DeputyDSLName/.test(i.message))).toBe(true);
  });

  it('runs the whole round: notifications with deep links, the mail fallback, changes requested, resubmission and a majority', async () => {
    profile.deputyDslName = 'Aisha Khan';
    const head = as(PEOPLE.oakfieldHead);
    const me = await head.school.access();
    await head.school.loadProfile();
    await head.school.saveProfile(profile);
    const draft = await openDraft(PEOPLE.oakfieldHead);
    const { round, deliveries } = await head.approvals.submit({ draft, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login: PEOPLE.oakfieldHead } });
    expect(deliveries.map(d => [d.recipient.name, d.channel]).sort()).toEqual([['David Okafor', 'teams'], ['Margaret Lewis', 'teams'], ['Sarah Whitfield', 'mail']]);
    const notices = (await feed()).filter(n => n.activityType === 'approvalRequested');
    expect(notices.map(n => n.recipient).sort()).toEqual(['David Okafor', 'Margaret Lewis']);
    // The deep link's web address opens the tab on this round.
    expect(decodeURIComponent(notices[0].topic.webUrl ?? '')).toContain(`context={"subEntityId":"round:1:${round.number}"}`);
    expect((await outbox()).map(m => m.to[0])).toContain('sarah.whitfield@outlook.example');

    const chair = as(PEOPLE.oakfieldChair);
    const view = (await chair.approvals.view(1, profile))!;
    const snapshot = await chair.approvals.snapshot(view.round);
    expect(snapshot.blocks.length).toBeGreaterThan(50);
    // Under "majority" (three governors) one request for changes leaves the round open; a second settles it.
    const afterOne = await chair.approvals.decide({ id: 1, title: draft.title }, view, profile, 'RequestChanges', 'Please name the deputy DSL in section 2.', view.round.snapshotHash);
    expect(afterOne.outcome.state).toBe('Open');
    // The chair gets a receipt of her own decision with the policy's fingerprint (by mail: Teams does not notify you of yourself).
    const receipts = [...(await feed()).filter(n => n.activityType === 'decisionRecorded').map(n => n.recipient), ...(await outbox()).filter(m => /Your decision/.test(m.subject)).map(m => m.to[0])];
    expect(receipts).toEqual(expect.arrayContaining([expect.stringMatching(/Margaret Lewis|margaret\.lewis/)]));
    const governor = as(PEOPLE.oakfieldGovernor);
    const afterChanges = await governor.approvals.decide({ id: 1, title: draft.title }, (await governor.approvals.view(1, profile))!, profile, 'RequestChanges', 'Agreed: section 2.', view.round.snapshotHash);
    expect(afterChanges.outcome).toMatchObject({ state: 'ChangesRequested', closedBecause: 'approvalsUnreachable', pending: [expect.any(Number)] });
    expect((await feed()).some(n => n.activityType === 'changesRequested' && n.recipient === 'Helen Carter')).toBe(true);
    // The governor whose decision is no longer needed is told (a guest: by mail).
    expect((await outbox()).some(m => m.to[0] === 'sarah.whitfield@outlook.example' && /has closed/.test(m.subject))).toBe(true);

    const edited = await openDraft(PEOPLE.oakfieldHead);
    const block = edited.blocks.find(b => b.key === 's:purpose-aim')!;
    await head.school.blocks().updateBlock(block.itemId!, block.version!, { text: `${block.content.text} Reviewed with governors.` });
    const second = await openDraft(PEOPLE.oakfieldHead);
    const resubmitted = await head.approvals.submit({ draft: second, blocks: second.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login: PEOPLE.oakfieldHead } });
    expect(resubmitted.round.number).toBe(2);
    expect(resubmitted.round.snapshotHash).not.toBe(round.snapshotHash);

    const chairView = (await chair.approvals.view(1, profile))!;
    await chair.approvals.decide({ id: 1, title: draft.title }, chairView, profile, 'Approve', '', chairView.round.snapshotHash);
    const governorView = (await governor.approvals.view(1, profile))!;
    expect(governorView.outcome.state).toBe('Open');
    const approved = await governor.approvals.decide({ id: 1, title: draft.title }, governorView, profile, 'Approve', '', governorView.round.snapshotHash);
    expect(approved.outcome.state).toBe('Approved');
    expect(approved.outcome.approvals.map(a => a.authorName).sort()).toEqual(['David Okafor', 'Margaret Lewis']);
    expect((await feed()).some(n => n.activityType === 'policyApproved' && n.recipient === 'Helen Carter')).toBe(true);
    const timeline = await head.approvals.activity(1);
    expect(timeline.map(t => t.kind)).toEqual(expect.arrayContaining(['Submitted', 'Notified', 'Decided', 'ChangesRequested', 'Approved']));
  });

  it("refuses a staff member's ballot, a governor's ballot in another's list, and anyone's edit of a ballot, and changes nothing", async () => {
    const lists = await readBallotLists(tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl));
    const chairId = (await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.ensureUser(`i:0#.f|membership|${PEOPLE.oakfieldChair}`)).Id;
    const chairList = lists.find(l => l.userId === chairId)!;
    const otherList = lists.find(l => l.userId !== chairId && !l.retired)!;
    const read = (): Promise<unknown> => tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getById(chairList.id).items.select('Id', 'Decision', 'DecisionComment')();
    const before = await read();
    const staff = tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl).web.lists.getById(chairList.id);
    await expect(staff.items.add({ Title: 'Forged', RoundId: 2, DraftId: 1, Decision: 'Approve', SnapshotHash: 'x' })).rejects.toMatchObject({ status: 403 });
    const chair = tenant.sp(SITES.oakfield, PEOPLE.oakfieldChair).web.lists;
    const [mine] = await chair.getById(chairList.id).items.select('Id')<{ Id: number }[]>();
    await expect(chair.getById(chairList.id).items.getById(mine.Id).update({ Decision: 'Approve', DecisionComment: 'rewritten' })).rejects.toMatchObject({ status: 403 });
    await expect(chair.getById(chairList.id).items.getById(mine.Id).delete()).rejects.toMatchObject({ status: 403 });
    await expect(chair.getById(otherList.id).items.add({ Title: 'Forged', RoundId: 2, DraftId: 1, Decision: 'Approve', SnapshotHash: 'x' })).rejects.toMatchObject({ status: 403 });
    expect(await read()).toEqual(before);
  });
});
