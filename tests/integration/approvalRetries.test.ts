import { ApprovalService } from '../../src/services/approval/ApprovalService';
import { GraphNotificationService } from '../../src/services/notify/GraphNotificationService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { formatSubEntity, teamsDeepLink } from '../../src/domain/approval/deepLink';
import { OAKFIELD_PROFILE, seedProduct } from '../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';
import { enGB } from '../../src/loc/enGB';

/**
 * Submitting survives what the soak found: an upload whose answer was lost (so the retry finds the file already
 * there) and a file someone put where the next round's copy would go.
 */
jest.setTimeout(120_000);

describe('submitting when the frozen copy\'s name is already taken', () => {
  let tenant: TestTenant;
  const profile = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };
  const as = (login: string): { school: SchoolService; approvals: ApprovalService } => {
    const sp = tenant.sp(SITES.oakfield, login);
    const webUrl = (target: Parameters<typeof formatSubEntity>[0]): string => `${tenant.url}${SITES.oakfield}?subEntityId=${formatSubEntity(target)}`;
    return {
      school: new SchoolService(sp, `${tenant.url}${SITES.oakfield}`),
      approvals: new ApprovalService(sp, new GraphNotificationService(tenant.graph(login), enGB.notify, undefined), {
        webUrl, deepLink: (target, label) => teamsDeepLink({ appId: 'app', entityId: 'tab', webUrl: webUrl(target), label, subEntity: target })
      })
    };
  };
  /** The name and text the next submission of draft 1 will freeze (ApprovalService's own computation). */
  const nextCopy = async (login: string): Promise<{ name: string; text: string; hash: string }> => {
    const { school, approvals } = as(login);
    const { draft } = await school.openDraft(1);
    const me = await school.access();
    return approvals.prepareRound({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login } });
  };
  const submit = async (login: string): Promise<{ snapshotUrl: string; number: number; hash: string }> => {
    const { school, approvals } = as(login);
    const me = await school.access();
    const { draft } = await school.openDraft(1);
    const { round } = await approvals.submit({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login } });
    return { snapshotUrl: round.snapshotUrl, number: round.number, hash: round.snapshotHash };
  };
  const addFile = async (login: string, name: string, text: string): Promise<string> => {
    const added = await tenant.sp(SITES.oakfield, login).web.lists.getByTitle(SCHOOL_LISTS.snapshots).rootFolder.files.addUsingPath(name, text, { Overwrite: false }) as { ServerRelativeUrl: string };
    return added.ServerRelativeUrl;
  };

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    const head = as(PEOPLE.oakfieldHead).school;
    await head.loadProfile();
    await head.saveProfile(profile);
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  it('uses the copy a lost-answer upload already stored, when its bytes are the same', async () => {
    const copy = await nextCopy(PEOPLE.oakfieldLead);
    const landed = await addFile(PEOPLE.oakfieldLead, copy.name, copy.text);
    const round = await submit(PEOPLE.oakfieldLead);
    expect(round).toEqual({ snapshotUrl: landed, number: 1, hash: copy.hash });
    // And the round opens: its copy matches its hash.
    const view = (await as(PEOPLE.oakfieldChair).approvals.view(1, profile))!;
    await expect(as(PEOPLE.oakfieldChair).approvals.snapshot(view.round)).resolves.toMatchObject({ draftId: 1 });
  });

  it('is not blocked by a different file put where the next copy would go: it freezes under a fresh name', async () => {
    const copy = await nextCopy(PEOPLE.oakfieldHead);
    const squatted = await addFile(PEOPLE.oakfieldTech, copy.name, '{"not":"the snapshot"}');
    const round = await submit(PEOPLE.oakfieldHead);
    expect(round.number).toBe(2);
    expect(round.snapshotUrl).not.toBe(squatted);
    expect(round.snapshotUrl).toMatch(/\/draft-1-[0-9a-f]{16}-[0-9a-z]+\.json$/);
    const view = (await as(PEOPLE.oakfieldChair).approvals.view(1, profile))!;
    expect(view.round.number).toBe(2);
    await expect(as(PEOPLE.oakfieldChair).approvals.snapshot(view.round)).resolves.toMatchObject({ draftId: 1 });
  });
});
