import { PEOPLE } from '../support/testTenant';
import { claimsLogin } from '../../local/server/sharepoint/security';
import { termsNotes } from '../../src/domain/approval/warnings';
import { ACCESS_DENIED, APPROVERS_GROUP, CO_OPTED_GOVERNOR, PROFILE, ROLES, outcomeOf, startSecurityTenant, type SecurityTenant } from './support/securityTenant';
import { Attacks, RULE, claims } from './support/approvalAttacks';

/**
 * The attacks of issue 14 on decisions, through the real services and direct requests to a local SharePoint as
 * lenient as SharePoint Online (the validate endpoints write Author). Each ends with the outcome unchanged, the
 * change refused (403), or a named warning on the round.
 */
jest.setTimeout(180_000);

describe('who decides: only an approver records their own decision, under the terms frozen at submission', () => {
  let st: SecurityTenant;
  let at: Attacks;
  const CHAIR = ROLES.approver.login;
  const DAVID = PEOPLE.oakfieldGovernor;

  beforeAll(async () => {
    st = await startSecurityTenant();
    const owner = st.as(ROLES.owner.login);
    at = new Attacks(st, owner, { ...(await owner.school.openDraft(1)).draft, id: 1 });
  }, 180_000);
  afterAll(async () => { await st.close(); });

  it("an approver's validate-endpoint forgery naming another governor as author counts, at most, as her own decision", async () => {
    const open = await at.submit(RULE.All);
    const chair = st.as(CHAIR).schoolSp.web.lists;
    const forged = (round: number): { FieldName: string; FieldValue: string }[] => [
      { FieldName: 'Title', FieldValue: 'Approve' }, { FieldName: 'RoundId', FieldValue: String(round) }, { FieldName: 'DraftId', FieldValue: '1' },
      { FieldName: 'Decision', FieldValue: 'Approve' }, { FieldName: 'SnapshotHash', FieldValue: open.round.snapshotHash },
      { FieldName: 'Author', FieldValue: claims(DAVID) }, { FieldName: 'Editor', FieldValue: claims(DAVID) }, { FieldName: 'Created', FieldValue: '01/02/2020 10:30' }
    ];
    // Into another governor's ballot list: refused.
    const davids = at.listOf(open, DAVID);
    expect(await outcomeOf(async () => chair.getById(davids).addValidateUpdateItemUsingPath(forged(open.round.id), await at.folderOf(davids)))).toEqual(ACCESS_DENIED);
    // Into her own list, twice, naming David: SharePoint writes the forged author...
    const mine = at.listOf(open, CHAIR);
    await chair.getById(mine).addValidateUpdateItemUsingPath(forged(open.round.id), await at.folderOf(mine));
    await chair.getById(mine).addValidateUpdateItemUsingPath(forged(open.round.id), await at.folderOf(mine));
    const rows = await at.ballots(mine, open.round.id);
    expect(rows.map(r => r.AuthorId)).toEqual([await at.siteUserId(DAVID), await at.siteUserId(DAVID)]);
    // ...but the list says whose they are: one approval, Margaret's; the second is named, and "all" is far off.
    const view = await at.viewAs();
    expect(view.outcome.state).toBe('Open');
    expect(view.outcome.approvals.map(a => a.authorName)).toEqual(['Margaret Lewis']);
    expect(Attacks.warnings(view)).toContain('extraBallot:Margaret Lewis');
  });

  it("an owner's edit of a governor's 'request changes' to 'approve' counts as cast, and is named on the round", async () => {
    const open = await at.submit(RULE.Any);
    await at.decide(CHAIR, 'RequestChanges');
    const list = at.listOf(open, CHAIR);
    const [ballot] = await at.ballots(list, open.round.id);
    await at.owner.schoolSp.web.lists.getById(list).items.getById(ballot.Id).update({ Decision: 'Approve', DecisionComment: 'Fine.' });
    const edited = await at.viewAs();
    expect(edited.outcome.state).toBe('Open');
    expect(edited.outcome.approvals).toEqual([]);
    expect(edited.outcome.changesRequested.map(d => [d.authorName, d.comment])).toEqual([['Margaret Lewis', 'Please reword 4.2.']]);
    expect(Attacks.warnings(edited)).toEqual(['ballotChanged:Margaret Lewis']);
    // An overwrite in place (no new version) still moves the ETag: still named.
    await at.owner.schoolSp.web.lists.getById(list).items.getById(ballot.Id).validateUpdateListItem([{ FieldName: 'Decision', FieldValue: 'Approve' }], true);
    const overwritten = await at.viewAs();
    expect(overwritten.outcome.state).toBe('Open');
    expect(overwritten.warnings).toEqual([{ kind: 'ballotChanged', name: 'Margaret Lewis', version: 3 }]);
  });

  it("an overwrite right after the vote, leaving no first version, changes the count but is named on the round", async () => {
    const open = await at.submit(RULE.Any);
    await at.decide(CHAIR, 'RequestChanges');
    const list = at.listOf(open, CHAIR);
    const [ballot] = await at.ballots(list, open.round.id);
    await at.owner.schoolSp.web.lists.getById(list).items.getById(ballot.Id).validateUpdateListItem([{ FieldName: 'Decision', FieldValue: 'Approve' }], true);
    const view = await at.viewAs();
    expect(view.outcome.state).toBe('Approved');
    expect(Attacks.warnings(view)).toEqual(['ballotChanged:Margaret Lewis']);
  });

  it("changing the school's rule after submission changes nothing for the round (Majority→Any, then →All)", async () => {
    const open = await at.submit(RULE.Majority);
    expect(open.terms.rule).toBe('Majority');
    await at.decide(CHAIR, 'Approve');
    await at.owner.school.saveProfile(RULE.Any);
    try {
      const underAny = await at.viewAs();
      expect(underAny.outcome).toMatchObject({ state: 'Open', rule: 'Majority', needed: 3 });
      expect(termsNotes(underAny.terms, { rule: 'Any', approverIds: underAny.terms.electorate.map(e => e.id) })).toEqual([{ kind: 'ruleNow', rule: 'Any' }]);
      await at.decide(DAVID, 'Approve');
      await at.decide(CO_OPTED_GOVERNOR, 'Approve');
      expect((await at.viewAs()).outcome.state).toBe('Approved');
      await at.owner.school.saveProfile(RULE.All);
      expect((await at.viewAs()).outcome).toMatchObject({ state: 'Approved', rule: 'Majority' });
      expect((await st.as(ROLES.visitor.login).approvals.latestOutcomes(RULE.All)).get(1)?.outcome.state).toBe('Approved');
    } finally {
      await at.owner.school.saveProfile(PROFILE);
    }
  });

  it('an owner who adds herself to the governors gets no ballot list, cannot decide, and is left out of later rounds', async () => {
    const open = await at.submit(RULE.Any);
    const governors = at.owner.schoolSp.web.siteGroups.getByName(APPROVERS_GROUP).users;
    await governors.add(claimsLogin(ROLES.owner.login));
    try {
      await at.owner.approvals.secure(APPROVERS_GROUP);
      await expect(at.owner.approvals.decide(at.draft, open, RULE.Any, 'Approve', '', open.round.snapshotHash)).rejects.toMatchObject({ status: 403 });
      expect((await at.viewAs()).outcome.state).toBe('Open');
      const next = await at.submit(RULE.Any);
      expect(next.terms.electorate.map(e => e.name)).not.toContain('Helen Carter');
      expect(next.terms.excludedOwners).toEqual(['Helen Carter']);
    } finally {
      await governors.removeById(await at.siteUserId(ROLES.owner.login));
    }
  });

  it("a governor cannot change or delete their ballot after the round closed (403), by MERGE or the validate endpoint", async () => {
    const open = await at.submit(RULE.Any);
    expect((await at.decide(CHAIR, 'Approve')).outcome.state).toBe('Approved');
    const list = at.listOf(open, CHAIR);
    const [ballot] = await at.ballots(list, open.round.id);
    const mine = st.as(CHAIR).schoolSp.web.lists.getById(list).items.getById(ballot.Id);
    expect(await outcomeOf(() => mine.update({ Decision: 'RequestChanges' }))).toEqual(ACCESS_DENIED);
    expect(await outcomeOf(() => mine.validateUpdateListItem([{ FieldName: 'Decision', FieldValue: 'RequestChanges' }]))).toEqual(ACCESS_DENIED);
    expect(await outcomeOf(() => mine.delete())).toEqual(ACCESS_DENIED);
    expect((await at.viewAs()).outcome.state).toBe('Approved');
  });

  it("an owner deleting a ballot is named on the round", async () => {
    const open = await at.submit(RULE.Any);
    await at.decide(CHAIR, 'Approve');
    const list = at.listOf(open, CHAIR);
    const [ballot] = await at.ballots(list, open.round.id);
    await at.owner.schoolSp.web.lists.getById(list).items.getById(ballot.Id).delete();
    const view = await at.viewAs();
    expect(view.warnings).toEqual([expect.objectContaining({ kind: 'ballotDeleted', name: 'Margaret Lewis' })]);
  });

  it('a ballot replayed onto a later round (same list, earlier hash) counts for nothing', async () => {
    const first = await at.submit(RULE.Any);
    await at.decide(CHAIR, 'Approve');
    const later = await at.submit(RULE.Any);
    expect(later.round.number).toBe(first.round.number + 1);
    const list = at.listOf(later, CHAIR);
    const replay = { Title: 'Approve', RoundId: later.round.id, DraftId: 1, Decision: 'Approve', SnapshotHash: first.round.snapshotHash };
    await st.as(CHAIR).schoolSp.web.lists.getById(list).items.add(replay);
    await at.owner.schoolSp.web.lists.getById(at.listOf(later, DAVID)).items.add(replay);
    const view = await at.viewAs();
    expect(view.outcome.state).toBe('Open');
    expect(view.outcome.ignored.map(i => [i.decision.authorName, i.reason]).sort()).toEqual([['David Okafor', 'otherSnapshot'], ['Margaret Lewis', 'otherSnapshot']]);
  });

  it("a removed governor's vote keeps counting for the round he was frozen into; after the set-up he can add nothing, and later rounds leave him out", async () => {
    const open = await at.submit(RULE.Majority);
    await at.decide(CO_OPTED_GOVERNOR, 'Approve');
    const governors = at.owner.schoolSp.web.siteGroups.getByName(APPROVERS_GROUP).users;
    await governors.removeById(await at.siteUserId(CO_OPTED_GOVERNOR));
    try {
      await at.owner.approvals.secure(APPROVERS_GROUP);
      const still = await at.viewAs();
      expect(still.outcome.approvals.map(a => a.authorName)).toEqual(['Robert Hughes']);
      const list = at.listOf(open, CO_OPTED_GOVERNOR);
      expect(await outcomeOf(() => st.as(CO_OPTED_GOVERNOR).schoolSp.web.lists.getById(list).items.add({ Title: 'Again', RoundId: open.round.id, DraftId: 1, Decision: 'Approve', SnapshotHash: open.round.snapshotHash }))).toEqual(ACCESS_DENIED);
      const next = await at.submit(RULE.Majority);
      expect(next.terms.electorate.map(e => e.name)).not.toContain('Robert Hughes');
      // An owner writing into his retired list changes nothing for the new round.
      await at.owner.schoolSp.web.lists.getById(list).items.add({ Title: 'Planted', RoundId: next.round.id, DraftId: 1, Decision: 'Approve', SnapshotHash: next.round.snapshotHash });
      const view = await at.viewAs();
      expect(view.outcome.approvals).toEqual([]);
    } finally {
      await governors.add(claimsLogin(CO_OPTED_GOVERNOR));
      await at.owner.approvals.secure(APPROVERS_GROUP);
    }
  });
});
