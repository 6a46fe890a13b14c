import { SnapshotTamperedError, type RoundView } from '../../src/services/approval/ApprovalService';
import type { Draft } from '../../src/domain/draft/DraftModel';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { claimsLogin } from '../../local/server/sharepoint/security';
import { APPROVERS_GROUP, CO_OPTED_GOVERNOR, PROFILE, ROLES, startSecurityTenant, type Actor, type SecurityTenant } from './support/securityTenant';

/**
 * The outcome of a round is derived from what SharePoint stamps (a decision's author and time) and from who is in
 * the approvers group now, and a decision is bound to the hash of the snapshot it was made on. These tests try to
 * get around that through the real services and direct requests, and check the derived outcome does not move.
 */
jest.setTimeout(60_000);

describe('what decides a round: server stamps, live group membership and the snapshot hash', () => {
  let st: SecurityTenant;
  let owner: Actor;
  let draft: Draft & { id: number };
  /** Any one approval approves under this rule, so one decision shows whether it counted. */
  const ANY = { ...PROFILE, approvalRule: 'Any' as const };

  const submit = async (): Promise<RoundView> => {
    await owner.approvals.submit({ draft, blocks: draft.blocks, profile: ANY, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
    return (await owner.approvals.view(draft.id, ANY)) as RoundView;
  };
  const viewAs = async (login: string): Promise<RoundView> => (await st.as(login).approvals.view(draft.id, ANY)) as RoundView;
  const siteUserId = async (login: string): Promise<number> => (await owner.schoolSp.web.ensureUser(claimsLogin(login))).Id;

  beforeAll(async () => {
    st = await startSecurityTenant();
    owner = st.as(ROLES.owner.login);
    draft = { ...(await owner.school.openDraft(1)).draft, id: 1 };
  }, 120_000);
  afterAll(async () => { await st.close(); });

  it("stores a site owner's decision (Full Control) but never counts it: the owner is not an approver", async () => {
    const open = await submit();
    const after = await owner.approvals.decide(draft, open, ANY, 'Approve', '', open.round.snapshotHash);
    expect(after.outcome.state).toBe('Open');
    expect(after.outcome.approvals).toEqual([]);
    expect(after.outcome.ignored.map(i => [i.decision.authorName, i.reason])).toEqual([['Helen Carter', 'notAnApprover']]);
  });

  it("counts nothing for a decision made on another snapshot than the round's", async () => {
    const open = await submit();
    const chair = st.as(ROLES.approver.login);
    const after = await chair.approvals.decide(draft, open, ANY, 'Approve', '', 'a'.repeat(64));
    expect(after.outcome.state).toBe('Open');
    expect(after.outcome.ignored.map(i => [i.decision.authorName, i.reason])).toEqual([['Margaret Lewis', 'otherSnapshot']]);
  });

  it("stamps a decision with its real author and time, whatever author, editor or date the request names", async () => {
    const open = await submit();
    const chair = st.as(ROLES.approver.login);
    const someoneElse = await siteUserId('david.okafor@northshire.example');
    const added = await chair.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.decisions).items.add({
      Title: 'Approve', RoundId: open.round.id, DraftId: draft.id, Decision: 'Approve', SnapshotHash: open.round.snapshotHash,
      AuthorId: someoneElse, EditorId: someoneElse, Created: '2020-01-01T00:00:00Z', Modified: '2020-01-01T00:00:00Z'
    }) as { Id: number; AuthorId: number; Created: string };
    expect(added.AuthorId).toBe(await siteUserId(ROLES.approver.login));
    expect(Date.parse(added.Created)).toBeGreaterThan(Date.parse('2025-01-01T00:00:00Z'));
    const view = await viewAs(ROLES.owner.login);
    expect(view.outcome.approvals.map(a => a.authorName)).toEqual(['Margaret Lewis']);
  });

  it('counts an approval only while its author is in the approvers group: removed, it stops counting; back, it counts again', async () => {
    const open = await submit();
    const coOpted = st.as(CO_OPTED_GOVERNOR);
    expect((await coOpted.approvals.decide(draft, open, ANY, 'Approve', '', open.round.snapshotHash)).outcome.state).toBe('Approved');
    const governors = owner.schoolSp.web.siteGroups.getByName(APPROVERS_GROUP).users;
    await governors.removeById(await siteUserId(CO_OPTED_GOVERNOR));
    try {
      const without = await viewAs(ROLES.owner.login);
      expect(without.outcome.state).toBe('Open');
      expect(without.outcome.ignored.map(i => [i.decision.authorName, i.reason])).toEqual([['Robert Hughes', 'notAnApprover']]);
      // Out of the group, SharePoint refuses his next decision outright.
      await expect(coOpted.approvals.decide(draft, without, ANY, 'Approve', '', open.round.snapshotHash)).rejects.toMatchObject({ status: 403 });
    } finally {
      await governors.add(claimsLogin(CO_OPTED_GOVERNOR));
    }
    expect((await viewAs(ROLES.owner.login)).outcome.state).toBe('Approved');
  });

  it("approves nothing with a forged 'Approved' line in the activity log, written through the service or directly", async () => {
    const open = await submit();
    const member = st.as(ROLES.member.login);
    await member.approvals.record(draft.id, open.round.id, 'Approved', `Round ${open.round.number} approved (Margaret Lewis).`);
    await member.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.activity).items.add({ Title: 'Approved', DraftId: draft.id, RoundId: open.round.id, ActivityKind: 'Approved', Details: '{"state":"Approved"}' });
    const view = await viewAs(ROLES.visitor.login);
    expect(view.outcome.state).toBe('Open');
    expect((await owner.approvals.latestOutcomes(ANY)).get(draft.id)?.outcome.state).toBe('Open');
  });

  it('refuses a frozen snapshot changed after submission, even by a site owner, and so refuses to publish it', async () => {
    const open = await submit();
    const name = open.round.snapshotUrl.split('/').pop() as string;
    const original = await owner.schoolSp.web.getFileByServerRelativePath(open.round.snapshotUrl).getText();
    const altered = original.replace(/"text":"[^"]*"/, '"text":"Pupils may use any website they like."');
    expect(altered).not.toBe(original);
    await owner.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.snapshots).rootFolder.files.addUsingPath(name, altered, { Overwrite: true });
    const chair = st.as(ROLES.approver.login);
    await expect(chair.approvals.snapshot(open.round)).rejects.toBeInstanceOf(SnapshotTamperedError);
    // Even approved (on the round's own hash), the changed copy is never published.
    const approved = await chair.approvals.decide(draft, open, ANY, 'Approve', '', open.round.snapshotHash);
    expect(approved.outcome.state).toBe('Approved');
    const before = await owner.publishing.published();
    await expect(owner.publishing.publish({ id: draft.id, title: draft.title, kind: draft.kind }, approved, ANY)).rejects.toBeInstanceOf(SnapshotTamperedError);
    expect(await owner.publishing.published()).toEqual(before);
  });

  it("refuses a round a member adds by hand whose hash does not match the file it names", async () => {
    const open = await submit();
    const member = st.as(ROLES.member.login);
    // Members may add rounds (they may submit); pointing one at another round's file under a made-up hash is caught.
    await member.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.add({
      Title: 'Forged round', DraftId: draft.id, RoundNumber: open.round.number + 1, SnapshotHash: 'b'.repeat(64), SnapshotUrl: open.round.snapshotUrl, DueDate: '2031-01-31T23:59:59Z'
    });
    const forged = await viewAs(ROLES.approver.login);
    expect(forged.round.number).toBe(open.round.number + 1);
    expect(forged.round.submittedBy).toBe('Aisha Khan');
    await expect(st.as(ROLES.approver.login).approvals.snapshot(forged.round)).rejects.toBeInstanceOf(SnapshotTamperedError);
  });
});
