import JSZip from 'jszip';
import { ApprovalService } from '../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../src/domain/approval/LinkBuilder';
import { PublishService } from '../../src/services/publish/PublishService';
import { PdfConversionService } from '../../src/services/publish/pdfConversion';
import { browserNavigation } from '../../src/services/host/HostNavigation';
import { freezeDraft } from '../../src/domain/approval/snapshot';
import { sameContent } from '../../src/domain/draft/versions';
import { SchoolService } from '../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { OAKFIELD_PROFILE, seedProduct } from '../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

const links: LinkBuilder = { deepLink: () => 'https://teams.microsoft.com/l/entity/x/y', webUrl: () => 'https://example.invalid/' };
const silent = { notify: async () => [] };

// Rounds, approvals and Word files against the local server: generous, explicit time on a shared machine.
jest.setTimeout(120_000);

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
    await expect(head.publishing.publish({ id: 1, title: draft.title, kind: draft.kind }, view, profile)).rejects.toMatchObject({ name: 'AppError', kind: 'invalid', code: 'publish.notApproved' });
  });

  it('stores the Word file with version, approval and review dates; a second publication keeps the first in version history', async () => {
    await approveRound();
    const head = publisher();
    const view = (await head.approvals.view(1, profile))!;
    expect(view.outcome.state).toBe('Approved');
    const first = await head.publishing.publish({ id: 1, title: 'Online safety policy', kind: 'Policy' }, view, profile);
    expect(first).toMatchObject({ version: '1.0', fileName: 'online-safety-policy.docx', roundNumber: view.round.number });
    expect(first.reviewDate).toMatch(/^2027-\d\d-\d\d$/);
    // The website copy sits beside the Word file; with no Graph conversion configured there is no PDF, and the
    // outcome says so instead of failing the publication.
    expect(first.websiteCopyUrl).toMatch(/\/Policies\/online-safety-policy\.html$/);
    expect(first.pdfUrl).toBeUndefined();
    expect(first.pdfFailure).toMatchObject({ code: 'documents.pdfNotSupported' });
    // Only the Word file is a publication: its website copy is one of its downloads, not a second row.
    const listed = await head.publishing.published();
    expect(listed.map(p => [p.title, p.version, p.draftId])).toEqual([['Online safety policy', '1.0', 1]]);
    expect(listed[0].websiteCopyUrl).toBe(first.websiteCopyUrl);
    const html = await (await tenant.fetchAs(PEOPLE.oakfieldTech, first.websiteCopyUrl!)).text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('Margaret Lewis');
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

  it('gives the approved copy as Word: version, approval date and record, built from the approved snapshot', async () => {
    const head = publisher();
    const view = (await head.approvals.view(1, profile))!;
    const file = await head.publishing.approvedCopy({ id: 1, kind: 'Policy' }, view, profile, false);
    const document = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    expect(file.fileName).toBe('online-safety-policy-v2.0.docx');
    expect(document).toMatch(/Version 2\.0, approved \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(document).not.toContain('not yet approved');
    expect(document).toContain('Updated for the new year.');
    expect(document).not.toContain('{{');
  });

  it('a locked draft read back from SharePoint says exactly what was approved, until someone types in it', async () => {
    const head = publisher();
    const view = (await head.approvals.view(1, profile))!;
    const approved = await head.approvals.snapshot(view.round);
    const { draft } = await head.school.openDraft(1);
    expect(sameContent(freezeDraft({ ...draft, id: 1 }, draft.blocks, {}), approved)).toBe(true);
    const typedIn = draft.blocks.map((b, i) => (i === 0 ? { ...b, content: { ...b.content, text: `${b.content.text} Typed after approval.` } } : b));
    expect(sameContent(freezeDraft({ ...draft, id: 1 }, typedIn, {}), approved)).toBe(false);
  });

  it('starts the review as the next version of the same draft, which locks no more and needs a new approval', async () => {
    const head = publisher();
    const publication = (await head.publishing.published()).find(p => p.version === '2.0')!;
    const { draft: original } = await head.school.openDraft(1);
    expect(original.nextVersionOf).toBeUndefined();
    const id = await head.publishing.startReview(publication, original, profile);
    expect(id).toBe(1);
    const { draft: next } = await head.school.openDraft(1);
    const view = (await head.approvals.view(1, profile))!;
    expect(next.nextVersionOf).toBe(view.round.number);
    // The marker rides in the Preamble column but never reaches the domain's preamble (so never a snapshot).
    expect(next.preamble).toEqual(original.preamble ?? {});
    const [summary] = (await head.school.listDrafts()).filter(d => d.id === 1);
    expect(summary.nextVersionOf).toBe(view.round.number);
    // The approved copy and the publication are untouched: still version 2.0 of the same file.
    expect((await head.publishing.published()).map(p => p.version)).toEqual(['2.0']);
    // Starting twice changes nothing.
    await head.publishing.startReview(publication, next, profile);
    expect((await head.school.openDraft(1)).draft.nextVersionOf).toBe(view.round.number);
  });

  it('lets staff read the Policies library', async () => {
    const items = await tenant.sp(SITES.oakfield, PEOPLE.oakfieldTech).web.lists.getByTitle(SCHOOL_LISTS.policies).items.select('FileLeafRef')<{ FileLeafRef: string }[]>();
    expect(items.map(i => i.FileLeafRef).sort()).toEqual(['online-safety-policy.docx', 'online-safety-policy.html']);
  });

  it('opens the published file at the address the app opens it with (local mode included), to readers only', async () => {
    const [publication] = await publisher().publishing.published();
    let opened = '';
    await browserNavigation(tenant.url, url => { opened = url; }).openDocument(publication.url);
    const address = opened.slice(tenant.url.length);
    expect(address).toMatch(/^\/sites\/[^/]+\/Policies\/online-safety-policy\.docx\?web=1$/);
    const answer = await tenant.fetchAs(PEOPLE.oakfieldTech, address);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/wordprocessingml/);
    const document = await (await JSZip.loadAsync(await answer.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(document).toContain('Version 2.0, approved');
    expect((await tenant.fetchAs(undefined, address)).status).toBe(401);
    // Another school's head is no member of this site: SharePoint refuses her.
    expect((await tenant.fetchAs(PEOPLE.riversideHead, address)).status).toBe(403);
    expect((await tenant.fetchAs(PEOPLE.oakfieldTech, address.replace('online-safety-policy', 'no-such-file'))).status).toBe(404);
  });

  it('makes the PDF through Graph beside the Word file; a refused conversion keeps the publication and says why', async () => {
    const head = as(PEOPLE.oakfieldHead);
    const siteUrl = `${tenant.url}${SITES.oakfield}`;
    const publishing = (graph: ReturnType<TestTenant['graphClient']>) =>
      new PublishService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), head.approvals, async () => 'Europe/London', { converter: new PdfConversionService(graph), siteUrl });
    const view = (await head.approvals.view(1, profile))!;
    const withPdf = await publishing(tenant.graphClient(PEOPLE.oakfieldHead)).publish({ id: 1, title: 'Online safety policy', kind: 'Policy' }, view, profile);
    expect(withPdf.pdfFailure).toBeUndefined();
    expect(withPdf.pdfUrl).toMatch(/\/Policies\/online-safety-policy\.pdf$/);
    const pdf = Buffer.from(await (await tenant.fetchAs(PEOPLE.oakfieldTech, withPdf.pdfUrl!)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await publisher().publishing.published()).find(p => p.version === withPdf.version)).toMatchObject({ pdfUrl: withPdf.pdfUrl, websiteCopyUrl: withPdf.websiteCopyUrl });

    // A Graph token without file access (an administrator who has not approved Files.Read.All): Graph answers 403.
    const refused = await publishing(tenant.graphClient(PEOPLE.oakfieldHead, { 'X-Local-Graph-Scopes': 'User.Read,User.ReadBasic.All,Mail.Send' }))
      .publish({ id: 1, title: 'Online safety policy', kind: 'Policy' }, view, profile);
    expect(refused.version).not.toBe(withPdf.version);
    expect(refused.pdfFailure).toMatchObject({ kind: 'accessDenied', code: 'documents.pdfAccessDenied' });
    expect(refused.websiteCopyUrl).toMatch(/\.html$/);
    // The earlier version's PDF is gone rather than offered beside the newer Word file.
    expect((await publisher().publishing.published()).find(p => p.version === refused.version)?.pdfUrl).toBeUndefined();
  }, 240_000);
});
