import { SnapshotTamperedError } from '../../src/services/approval/ApprovalService';
import type { RoundView } from '../../src/domain/approval/RoundView';
import type { Draft } from '../../src/domain/draft/DraftModel';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { BANK_LISTS } from '../../src/services/sharepoint/schema/bankSchema';
import { SITES } from '../support/testTenant';
import { outcomeOf, PROFILE, ROLES, startSecurityTenant, type Actor, type SecurityTenant } from './support/securityTenant';

/**
 * Path-like names: the product names every file it writes itself (a slug of a title, a validated key, numbers),
 * so a title can never place a file outside its library or over another document's file; SharePoint refuses a
 * path-like name sent directly; and a round naming some other file as its snapshot opens nothing.
 */
jest.setTimeout(60_000);

const POLICIES = `${SITES.oakfield}/${SCHOOL_LISTS.policies}`;
/** Any one approval approves, so each test approves its round with one decision. */
const ANY = { ...PROFILE, approvalRule: 'Any' as const };

describe('file names and paths', () => {
  let st: SecurityTenant;
  let owner: Actor;
  let base: Draft;

  /** Starts a small draft titled `title`, has it approved, and publishes it; returns what was published. */
  const publishTitled = async (title: string) => {
    const id = await owner.school.createDraft({ ...base, id: undefined, title, blocks: base.blocks.slice(0, 3).map(b => ({ ...b, itemId: undefined })) });
    const draft = { ...(await owner.school.openDraft(id)).draft, id };
    await owner.approvals.submit({ draft, blocks: draft.blocks, profile: ANY, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
    const chair = st.as(ROLES.approver.login).approvals;
    const open = (await chair.view(id, ANY)) as RoundView;
    const approved = await chair.decide({ id, title }, open, ANY, 'Approve', '', open.round.snapshotHash);
    return owner.publishing.publish({ id, title, kind: draft.kind }, approved, ANY);
  };

  beforeAll(async () => {
    st = await startSecurityTenant();
    owner = st.as(ROLES.owner.login);
    base = (await owner.school.openDraft(1)).draft;
  }, 120_000);
  afterAll(async () => { await st.close(); });

  it.each([
    ['../../x', 'x.docx'],
    ['..\\..\\Windows\\evil', 'windows-evil.docx'],
    ['Policies/../../esafety-bank/Resources/poster', 'policies-esafety-bank-resources-poster.docx'],
    ['x%2f..%2f..%2fy', 'x-2f-2f-2fy.docx'],
    ['CON', 'con.docx'],
    ['  .hidden  ', 'hidden.docx']
  ])('publishes a document titled %j as %s, inside the Policies library', async (title, fileName) => {
    const published = await publishTitled(title);
    expect(published.fileName).toBe(fileName);
    expect(published.url).toBe(`${POLICIES}/${fileName}`);
    expect((await owner.publishing.published()).find(p => p.draftId === published.draftId)).toMatchObject({ fileName, url: `${POLICIES}/${fileName}`, title });
  });

  it('publishes a document whose title has no letters or digits under a name made from its id', async () => {
    const published = await publishTitled('../../..');
    expect(published.fileName).toBe(`document-${published.draftId}.docx`);
  });

  it("never publishes over another document's file when two titles make the same name", async () => {
    const first = await publishTitled('Mobile phones policy');
    const second = await publishTitled('Mobile-phones policy!');
    expect(second.fileName).not.toBe(first.fileName);
    const published = await owner.publishing.published();
    expect(published.find(p => p.draftId === first.draftId)).toMatchObject({ fileName: first.fileName, version: '1.0' });
    expect(published.find(p => p.draftId === second.draftId)).toMatchObject({ fileName: second.fileName, version: '1.0' });
    // Publishing the first again is still a new version of its own file.
    const view = (await owner.approvals.view(first.draftId, ANY)) as RoundView;
    const again = await owner.publishing.publish({ id: first.draftId, title: 'Mobile phones policy', kind: first.kind }, view, ANY);
    expect(again).toMatchObject({ fileName: first.fileName, version: '2.0' });
    expect((await owner.publishing.published()).find(p => p.draftId === second.draftId)).toMatchObject({ fileName: second.fileName, version: '1.0' });
  });

  it.each([
    '../../x.docx', '..', '.', 'a/b.docx', 'a\\b.docx', '/sites/esafety-bank/Resources/x.svg', ' x.docx', 'x.docx.', 'x?.docx', 'x*.docx', 'x:y.docx', 'x"y.docx', 'x<y>.docx', 'x|y.docx',
    'x\u0000.docx', 'x\u001f.docx'
  ])("refuses the path-like file name %j sent directly with SharePoint's 400, storing nothing", async name => {
    const list = owner.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.policies);
    const before = await list.items.select('Id', 'FileRef')();
    const outcome = await outcomeOf(() => list.rootFolder.files.addUsingPath(name, 'not a policy', { Overwrite: true }));
    expect(outcome).toMatchObject({ kind: 'refused', status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: expect.stringContaining('is not valid') });
    expect(await list.items.select('Id', 'FileRef')()).toEqual(before);
    // Nothing landed in any other library either.
    const resources = await st.as(ROLES.officer.login).bankSp.web.lists.getByTitle(BANK_LISTS.resources).items.select('FileRef')<{ FileRef: string }[]>();
    expect(resources.every(r => r.FileRef.startsWith(`${SITES.bank}/${BANK_LISTS.resources}/`))).toBe(true);
  });

  describe('a round that names some other file as its frozen snapshot', () => {
    let round: RoundView['round'];
    // Members may add rounds; a round naming a file outside the snapshots library, or another round's copy, takes
    // no part: the round that counts stays the real one, and the ignored entry is named on it.
    const forge = async (snapshotUrl: string): Promise<RoundView> => {
      const member = st.as(ROLES.member.login);
      await member.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.add({
        Title: 'Forged', DraftId: 1, SnapshotHash: round.snapshotHash, SnapshotUrl: snapshotUrl, DueDate: '2031-01-31T23:59:59Z'
      });
      return (await owner.approvals.view(1, PROFILE)) as RoundView;
    };

    beforeAll(async () => {
      const draft = { ...base, id: 1 };
      await owner.approvals.submit({ draft, blocks: draft.blocks, profile: PROFILE, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
      round = ((await owner.approvals.view(1, PROFILE)) as RoundView).round;
    });

    it("is ignored, named, when the file is the school's own but not a snapshot (a published Word file)", async () => {
      const published = (await owner.publishing.published())[0];
      const view = await forge(published.url);
      expect(view.round.id).toBe(round.id);
      expect(view.warnings.some(w => w.kind === 'recordIgnored' && w.record.reason === 'malformed')).toBe(true);
      await expect(st.as(ROLES.approver.login).approvals.snapshot({ ...round, snapshotUrl: published.url })).rejects.toBeInstanceOf(SnapshotTamperedError);
    });

    it.each([
      `${SITES.bank}/${BANK_LISTS.releases}/release-0001.json`,
      `${SITES.oakfield}/${SCHOOL_LISTS.snapshots}/../../esafety-bank/${BANK_LISTS.releases}/release-0001.json`,
      '/_local/users'
    ])('uses nothing outside the school site when it names %s', async snapshotUrl => {
      const view = await forge(snapshotUrl);
      expect(view.round.id).toBe(round.id);
      const outcome = await st.as(ROLES.approver.login).approvals.snapshot({ ...round, snapshotUrl }).then(() => 'read', (error: { status?: number; name?: string }) => error.status ?? error.name);
      expect([404, 'SnapshotTamperedError']).toContain(outcome);
    });
  });
});
