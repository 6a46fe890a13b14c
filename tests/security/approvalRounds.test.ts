import { SnapshotTamperedError } from '../../src/services/approval/ApprovalService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { ROLES, startSecurityTenant, type SecurityTenant } from './support/securityTenant';
import { Attacks, RULE } from './support/approvalAttacks';

/**
 * The attacks of issue 14 on rounds: pre-empting or hiding a round, changing its terms or its frozen copy, and
 * status lines in the activity log. Each ends with the outcome unchanged, or a named warning on the round.
 */
jest.setTimeout(180_000);

describe('rounds: nobody can pre-empt or hide one, and owners cannot change one silently', () => {
  let st: SecurityTenant;
  let at: Attacks;
  const CHAIR = ROLES.approver.login;
  const rounds = (): ReturnType<Attacks['owner']['schoolSp']['web']['lists']['getByTitle']> => st.as(ROLES.member.login).schoolSp.web.lists.getByTitle(SCHOOL_LISTS.rounds);

  beforeAll(async () => {
    st = await startSecurityTenant();
    const owner = st.as(ROLES.owner.login);
    at = new Attacks(st, owner, { ...(await owner.school.openDraft(1)).draft, id: 1 });
  }, 180_000);
  afterAll(async () => { await st.close(); });

  it("a member's 'Withdrawn' lines for the next round ids (activity log or rounds list) withdraw nothing", async () => {
    const open = await at.submit(RULE.Any);
    const member = st.as(ROLES.member.login);
    for (let next = open.round.id + 1; next <= open.round.id + 8; next++) {
      await member.approvals.record(1, next, 'Withdrawn', `Round withdrawn: pre-empted ${next}.`);
      await rounds().items.add({ Title: 'Withdrawn', DraftId: 1, WithdrawsRound: next });
    }
    const fresh = await at.submit(RULE.Any);
    expect(fresh.round.id).toBeGreaterThan(open.round.id + 8);
    const approved = await at.decide(CHAIR, 'Approve');
    expect(approved.outcome.state).toBe('Approved');
    expect(Attacks.warnings(approved).filter(w => w === 'recordIgnored:withdrawalBeforeRound').length).toBeGreaterThan(0);
    expect((await st.as(ROLES.visitor.login).approvals.latestOutcomes(RULE.Any)).get(1)?.outcome.state).toBe('Approved');
  });

  it("a member's withdrawal after the round does withdraw an open one (as editing the draft would)", async () => {
    const open = await at.submit(RULE.All);
    await st.as(ROLES.member.login).approvals.withdraw(at.draft, open, 'the draft is being edited', -1);
    expect((await at.viewAs()).outcome).toMatchObject({ state: 'Withdrawn', closedBecause: 'withdrawn' });
  });

  it("a fake 'round 99' (a replayed frozen copy, or one whose hash does not match) cannot hide the real approved round", async () => {
    const real = await at.submit(RULE.Any);
    await at.decide(CHAIR, 'Approve');
    await rounds().items.add({ Title: 'Round 99', DraftId: 1, RoundNumber: 99, SnapshotHash: real.round.snapshotHash, SnapshotUrl: real.round.snapshotUrl, DueDate: '2031-01-31T23:59:59Z' });
    await rounds().items.add({ Title: 'Round 99', DraftId: 1, RoundNumber: 99, SnapshotHash: 'f'.repeat(64), SnapshotUrl: real.round.snapshotUrl.replace(/[^/]+$/, 'made-up.json'), DueDate: '2031-01-31T23:59:59Z' });
    const view = await at.viewAs();
    expect(view.round.id).toBe(real.round.id);
    expect(view.round.number).toBe(real.round.number);
    expect(view.outcome.state).toBe('Approved');
    expect(Attacks.warnings(view)).toEqual(expect.arrayContaining(['recordIgnored:duplicateSnapshot', 'recordIgnored:snapshotMismatch']));
    const dashboard = (await st.as(ROLES.visitor.login).approvals.latestOutcomes(RULE.Any)).get(1);
    expect([dashboard?.round.id, dashboard?.outcome.state]).toEqual([real.round.id, 'Approved']);
  });

  it("an owner's change to a round's item (its due date) is named on the round", async () => {
    const open = await at.submit(RULE.All);
    await at.owner.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.getById(open.round.id).update({ DueDate: '2032-06-30T23:59:59Z' });
    const view = await at.viewAs();
    expect(view.warnings).toEqual(expect.arrayContaining([{ kind: 'roundChanged', version: 2 }]));
    // The terms that count are the frozen ones.
    expect(view.terms.dueDate).toBe('2031-01-31');
  });

  it("an owner's change to a frozen copy makes the round fall away, named, and it is never published", async () => {
    const previous = await at.viewAs();
    const open = await at.submit(RULE.Any);
    await at.decide(CHAIR, 'Approve');
    const name = open.round.snapshotUrl.split('/').pop() as string;
    const original = await at.owner.schoolSp.web.getFileByServerRelativePath(open.round.snapshotUrl).getText();
    const altered = original.replace(/"text":"[^"]*"/, '"text":"Pupils may use any website they like."');
    expect(altered).not.toBe(original);
    await at.owner.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.snapshots).rootFolder.files.addUsingPath(name, altered, { Overwrite: true });
    await expect(st.as(CHAIR).approvals.snapshot(open.round)).rejects.toBeInstanceOf(SnapshotTamperedError);
    await expect(at.viewAs(ROLES.visitor.login, open.round.number)).rejects.toBeInstanceOf(SnapshotTamperedError);
    const current = await at.viewAs();
    expect(current.round.id).toBe(previous.round.id);
    expect(Attacks.warnings(current)).toContain('recordIgnored:snapshotMismatch');
    const publisher = st.as(ROLES.owner.login);
    const before = await publisher.publishing.published();
    await expect(publisher.publishing.publish({ id: 1, title: at.draft.title, kind: at.draft.kind }, { ...current, round: open.round }, RULE.Any)).rejects.toThrow();
    expect(await publisher.publishing.published()).toEqual(before);
  });

  it("approves nothing with a forged 'Approved' line in the activity log", async () => {
    const open = await at.submit(RULE.Any);
    const member = st.as(ROLES.member.login);
    await member.approvals.record(1, open.round.id, 'Approved', `Round ${open.round.number} approved (Margaret Lewis).`);
    expect((await at.viewAs()).outcome.state).toBe('Open');
    expect((await at.owner.approvals.latestOutcomes(RULE.Any)).get(1)?.outcome.state).toBe('Open');
  });
});
