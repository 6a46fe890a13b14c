import JSZip from 'jszip';
import { ApprovalService, type LinkBuilder } from '../../src/services/approval/ApprovalService';
import { PublishService } from '../../src/services/publish/PublishService';
import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { OAKFIELD_PROFILE, seedProduct } from '../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

const links: LinkBuilder = { deepLink: () => 'https://teams.microsoft.com/l/entity/x/y', webUrl: () => 'https://example.invalid/' };
const silent = { notify: async () => [] };

describe('publishing an approved policy to the Policies library', () => {
  let tenant: TestTenant;
  const profile = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };
  const as = (login: string) => ({
    school: new SchoolService(tenant.sp(SITES.oakfield, login), `${tenant.url}${SITES.oakfield}`),
    approvals: new ApprovalService(tenant.sp(SITES.oakfield, login), silent, links)
  });
  const publisher = () => {
    const head = as(PEOPLE.oakfieldHead);
    return { ...head, publishing: new PublishService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), head.approvals, async () => 'Europe/London') };
  };
  const approveRound = async (): Promise<void> => {
    const head = as(PEOPLE.oakfieldHead);
    const me = await head.school.access();
    const { draft } = await head.school.openDraft(1);
    await head.approvals.submit({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login: PEOPLE.oakfieldHead } });
    for (const governor of [PEOPLE.oakfieldChair, PEOPLE.oakfieldGovernor]) {
      const { approvals } = as(governor);
      const view = (await approvals.view(1, profile))!;
      await approvals.decide({ id: 1, title: draft.title }, view, profile, 'Approve', '', view.round.snapshotHash);
    }
  };

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    const head = as(PEOPLE.oakfieldHead);
    await head.school.loadProfile();
    await head.school.saveProfile(profile);
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  it('refuses to publish a round that is not approved', async () => {
    const head = publisher();
    const me = await head.school.access();
    const { draft } = await head.school.openDraft(1);
    await head.approvals.submit({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login: PEOPLE.oakfieldHead } });
    const view = (await head.approvals.view(1, profile))!;
    await expect(head.publishing.publish({ id: 1, title: draft.title, kind: draft.kind }, view, profile)).rejects.toThrow(/Only an approved round/);
  });

  it('stores the Word file with version, approval and review dates; a second publication keeps the first in version history', async () => {
    await approveRound();
    const head = publisher();
    const view = (await head.approvals.view(1, profile))!;
    expect(view.outcome.state).toBe('Approved');
    const first = await head.publishing.publish({ id: 1, title: 'Online safety policy', kind: 'Policy' }, view, profile);
    expect(first).toMatchObject({ version: '1.0', fileName: 'online-safety-policy.docx', roundNumber: view.round.number });
    expect(first.reviewDate).toMatch(/^2027-\d\d-\d\d$/);
    const listed = await head.publishing.published();
    expect(listed.map(p => [p.title, p.version, p.draftId])).toEqual([['Online safety policy', '1.0', 1]]);
    const bytes = await tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl).web.getFileByServerRelativePath(first.url).getBuffer();
    const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(document).toContain('Approval record');
    expect(document).toContain('Margaret Lewis');

    // A later approval publishes version 2.0 of the same file; version 1.0 stays in the file's history.
    const { draft } = await head.school.openDraft(1);
    const block = draft.blocks[0];
    await head.school.blocks().updateBlock(block.itemId!, block.version!, { text: `${block.content.text} Updated for the new year.` });
    await approveRound();
    const second = await head.publishing.publish({ id: 1, title: 'Online safety policy', kind: 'Policy' }, (await head.approvals.view(1, profile))!, profile);
    expect(second.version).toBe('2.0');
    const history = await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.getFileByServerRelativePath(second.url).versions();
    expect(history.length).toBeGreaterThanOrEqual(1);
    expect((await head.approvals.activity(1)).filter(a => a.kind === 'Published').map(a => a.summary.slice(0, 19))).toEqual(['Published version 2', 'Published version 1']);
  });

  it('starts a review as a new draft with the content exactly as approved', async () => {
    const head = publisher();
    const [publication] = await head.publishing.published();
    const { draft: original } = await head.school.openDraft(1);
    const id = await head.publishing.startReview(publication, head.school, original, profile);
    const { draft: review } = await head.school.openDraft(id);
    expect(review.title).toMatch(/^Online safety policy \(review \d{4}\)$/);
    const approvedTexts = original.blocks.filter(b => b.content.included).map(b => b.content.text).sort();
    expect(review.blocks.map(b => b.content.text).sort()).toEqual(approvedTexts);
  });

  it('lets staff read the Policies library', async () => {
    const items = await tenant.sp(SITES.oakfield, PEOPLE.oakfieldTech).web.lists.getByTitle(SCHOOL_LISTS.policies).items.select('Title')();
    expect(items.length).toBe(1);
  });
});
