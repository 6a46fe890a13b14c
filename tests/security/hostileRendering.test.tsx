/**
 * @jest-environment ./tests/security/support/jsdomWithFetchEnvironment.ts
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StatementCard } from '../../src/components/bank/StatementCard';
import { BlockCard } from '../../src/components/draft/BlockCard';
import { BlockSidePanel } from '../../src/components/draft/BlockSidePanel';
import { DocumentList, type DocumentRow } from '../../src/components/school/DocumentList';
import { RoundBanner } from '../../src/components/approval/RoundBanner';
import { ApprovalContainer } from '../../src/components/approval/ApprovalContainer';
import { FailureNotice } from '../../src/components/common/FailureNotice';
import { enGB } from '../../src/loc/enGB';
import { editStatement } from '../../src/domain/bank/bankCommands';
import type { BankStatement } from '../../src/domain/bank/BankModel';
import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import type { RoundView } from '../../src/domain/approval/RoundView';
import type { DraftComment } from '../../src/domain/draft/collaboration';
import { describeError, type Failure } from '../../src/services/errors/describeError';
import type { DraftSummary } from '../../src/services/school/ISchoolService';
import { ALL_MARKUP, CONTROL_TEXT, FORBIDDEN_ELEMENTS, MARKUP_PAYLOADS } from './support/payloads';
import { PROFILE, ROLES } from './support/securityTenant';
import { appServicesFor } from './support/appServices';
import { startTenantProcess, type TenantProcess } from './support/tenantProcess';

/**
 * Hostile text written through the real services, read back through them, and drawn by the app's components:
 * every screen shows it as text. No element, event handler or script URL is made from it, and nothing runs.
 */
jest.setTimeout(60_000);

const noop = (): void => undefined;
/** The first payload as it appears inside a JSON string (quotes escaped). */
const QUOTED_NAME = JSON.stringify(MARKUP_PAYLOADS[0]).slice(1, -1);
const day = (iso: string): string => iso.slice(0, 10);

/** Tag names and how many of each a rendering holds. */
function tagCounts(root: HTMLElement): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of Array.from(root.querySelectorAll('*'))) counts[element.tagName] = (counts[element.tagName] ?? 0) + 1;
  return counts;
}

/** Asserts that `text` is on screen as text, and that nothing in `root` was made from markup. */
function expectDrawnAsText(root: HTMLElement, text: string): void {
  expect(root.querySelectorAll(FORBIDDEN_ELEMENTS)).toHaveLength(0);
  const dangerous = Array.from(root.querySelectorAll('*')).flatMap(element => Array.from(element.attributes)
    .filter(a => /^on/i.test(a.name) || (/^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(a.name) && /^\s*(javascript|data):|</i.test(a.value)))
    .map(a => `<${element.tagName.toLowerCase()} ${a.name}="${a.value}">`));
  expect(dangerous).toEqual([]);
  expect(root.textContent).toContain(text);
  expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
}

describe('hostile text on screen: every component draws it as text, never as markup', () => {
  let tenant: TenantProcess;
  let statement: BankStatement;
  let benignStatement: BankStatement;
  let block: DraftBlock;
  let comments: DraftComment[];
  let titled: DraftSummary;
  let view: RoundView;
  let failure: Failure;

  beforeAll(async () => {
    tenant = await startTenantProcess();
    const officer = tenant.as(ROLES.officer.login);
    const owner = tenant.as(ROLES.owner.login);
    const member = tenant.as(ROLES.member.login);
    // The officer publishes a statement whose text and guidance are hostile; a school reads it back.
    const bank = await officer.bank.load();
    const saved = await officer.bank.save(bank, editStatement(bank, bank.statements[0].key, { text: ALL_MARKUP, guidance: `Guidance ${ALL_MARKUP}` }));
    await officer.bank.publish(saved, 'Hostile', 'Release notes');
    const published = await member.bank.loadPublished();
    statement = published.statements.find(s => s.key === bank.statements[0].key) as BankStatement;
    benignStatement = published.statements[1];
    // A member writes hostile text into a block and a comment; the owner reads them back.
    const opened = (await owner.school.openDraft(1)).draft;
    const target = opened.blocks.find(b => b.kind === 'Statement') as DraftBlock;
    await member.school.blocks().updateBlock(target.itemId as number, target.version as number, { text: ALL_MARKUP, note: MARKUP_PAYLOADS[2] });
    await member.school.addComment(1, target.key, ALL_MARKUP);
    const reread = (await owner.school.openDraft(1)).draft;
    block = reread.blocks.find(b => b.key === target.key) as DraftBlock;
    comments = await owner.school.comments(1);
    // A draft with a hostile title.
    const id = await member.school.createDraft({ ...reread, id: undefined, title: `Policy ${MARKUP_PAYLOADS[1]}`, blocks: reread.blocks.slice(0, 2).map(b => ({ ...b, itemId: undefined })) });
    titled = (await owner.school.listDrafts()).find(d => d.id === id) as DraftSummary;
    // The owner submits the draft with the hostile block; the chair asks for changes in hostile words.
    await owner.approvals.submit({ draft: { ...reread, id: 1 }, blocks: reread.blocks, profile: PROFILE, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
    const chair = tenant.as(ROLES.approver.login);
    const open = (await chair.approvals.view(1, PROFILE)) as RoundView;
    view = await chair.approvals.decide({ id: 1, title: reread.title }, open, PROFILE, 'RequestChanges', ALL_MARKUP, open.round.snapshotHash);
    // SharePoint's own error, quoting the hostile name it was asked for.
    failure = await owner.schoolSp.web.lists.getByTitle(MARKUP_PAYLOADS[0]).items().then(() => { throw new Error('expected a 404'); }, (error: unknown) => describeError(error));
  }, 120_000);
  afterAll(async () => { await tenant.stop(); });

  it('reads every payload back exactly as it was written', () => {
    expect(statement.working.text).toBe(ALL_MARKUP);
    expect(block.content.text).toBe(ALL_MARKUP);
    expect(block.content.note).toBe(MARKUP_PAYLOADS[2]);
    expect(comments.map(c => c.text)).toContain(ALL_MARKUP);
    expect(titled.title).toBe(`Policy ${MARKUP_PAYLOADS[1]}`);
    expect(view.outcome.changesRequested.map(d => d.comment)).toEqual([ALL_MARKUP]);
    // The detail is PnPjs' message, which carries SharePoint's JSON body (so the name's quotes are escaped).
    expect(failure).toMatchObject({ kind: 'notFound', status: 404, detail: expect.stringContaining(QUOTED_NAME) });
  });

  const statementCard = (s: BankStatement) => (
    <StatementCard statement={s} strings={enGB} editable selected={false} isFirst isLast={false} onSelect={noop} onEdit={noop} onMove={noop} onRetire={noop} onRestore={noop} />
  );

  it("draws a bank statement's card with the same elements as a harmless one's", () => {
    const { container } = render(statementCard(statement));
    expectDrawnAsText(container, ALL_MARKUP);
    expect(screen.getByTestId('statement-text').textContent).toBe(ALL_MARKUP);
    const benign = render(statementCard(benignStatement)).container;
    expect(tagCounts(container)).toEqual(tagCounts(benign));
  });

  const blockCard = (b: DraftBlock, editable: boolean) => (
    <BlockCard strings={enGB} block={b} editors={[MARKUP_PAYLOADS[3]]} sections={[]} selected={false} editable={editable} isFirst isLast={false}
      onSelect={noop} onText={noop} onRisk={noop} onMoveToSection={noop} onInclude={noop} onMove={noop} onRemove={noop} onAcceptBank={noop} onKeepSchool={noop} onResolve={noop} />
  );

  it("draws a block (read-only, with its word diff from the bank) and the names of who is editing it as text", () => {
    const { container } = render(blockCard(block, false));
    expectDrawnAsText(container, ALL_MARKUP);
    expect(container.textContent).toContain(MARKUP_PAYLOADS[3]);
    fireEvent.click(screen.getByText(enGB.draft.showChanges));
    expectDrawnAsText(container, 'window.__pwned');
    expect(container.querySelectorAll('ins').length).toBeGreaterThan(0);
  });

  it('puts a block being edited into the text box as its value', () => {
    const { container } = render(blockCard(block, true));
    expect(container.querySelector('textarea')?.value).toBe(ALL_MARKUP);
    expectDrawnAsText(container, MARKUP_PAYLOADS[3]);
  });

  it("draws the block's guidance, note and comment thread as text", () => {
    const { container } = render(
      <BlockSidePanel strings={enGB} block={block} guidance={statement.working.guidance} comments={comments} canEdit formatDate={day}
        loadHistory={async () => []} onComment={async () => true} onResolve={noop} onRestore={noop} onNote={noop} />
    );
    expectDrawnAsText(container, `Guidance ${ALL_MARKUP}`);
    expect(Array.from(container.querySelectorAll('textarea')).map(t => t.value)).toContain(MARKUP_PAYLOADS[2]);
    fireEvent.click(screen.getByText(new RegExp(`^${enGB.draft.commentsTab}`)));
    expectDrawnAsText(screen.getByTestId('comments'), ALL_MARKUP);
  });

  it("draws a document's hostile title in the school's list of documents as text", () => {
    const row: DocumentRow = { ...titled, state: 'Draft', review: 'none' };
    const { container } = render(<DocumentList strings={enGB} drafts={[row]} canEdit formatDate={day} formatDay={day} onOpen={noop} onNew={noop} onStartReview={noop} onOpenPublished={noop} />);
    expectDrawnAsText(container, `Policy ${MARKUP_PAYLOADS[1]}`);
    expect(screen.getByTestId(`open-draft-${titled.id}`).textContent).toBe(`Policy ${MARKUP_PAYLOADS[1]}`);
  });

  // Fluent's MessageBar draws its content a moment after it mounts (so screen readers announce it): wait for it.
  it("draws an approver's request for changes in the round banner as text", async () => {
    const { container } = render(<RoundBanner strings={enGB} view={view} canManage formatDate={day} onOpen={noop} onRemind={noop} onWithdraw={noop} />);
    await waitFor(() => expect(container.textContent).toContain('Margaret Lewis'));
    expectDrawnAsText(container, `Margaret Lewis: “${ALL_MARKUP}”`);
  });

  it("draws SharePoint's error, quoting the hostile name, as text in the technical detail", async () => {
    const { container } = render(<FailureNotice failure={failure} strings={enGB} title="We couldn't load this." onRetry={noop} />);
    fireEvent.click(await screen.findByText(enGB.shell.technicalDetail));
    expectDrawnAsText(container, QUOTED_NAME);
  });

  it('draws the frozen draft an approver reads, with its changes from the bank, as text (through the real services)', async () => {
    const services = appServicesFor(tenant.url, ROLES.approver.login);
    const { container, unmount } = render(<ApprovalContainer services={services} draftId={1} profile={PROFILE} userId={-1} onBack={noop} />);
    const frozen = await screen.findByTestId('frozen-draft', undefined, { timeout: 15_000 });
    expectDrawnAsText(frozen, 'window.__pwned');
    expect(frozen.textContent).toContain('<script>');
    // Under "majority" one request for changes leaves the round open; the hostile comment is drawn as text.
    await waitFor(() => expect(container.textContent).toContain(enGB.approval.approverStatus.changes));
    expectDrawnAsText(container, enGB.approval.approverStatus.changes);
    unmount();
  });

  it('keeps control characters out of markup too: drawn as the characters they are', () => {
    const { container } = render(blockCard({ ...block, content: { ...block.content, text: CONTROL_TEXT } }, false));
    expectDrawnAsText(container, CONTROL_TEXT);
  });

  it('would notice markup: the same text drawn as HTML fails the check', () => {
    // Only payloads that cannot run in jsdom (an image it never loads, a link nobody clicks).
    const html = `${MARKUP_PAYLOADS[1]} ${MARKUP_PAYLOADS[3]}`;
    const { container } = render(<div dangerouslySetInnerHTML={{ __html: html }} />);
    expect(() => expectDrawnAsText(container, 'Read the policy')).toThrow();
    expect(container.querySelectorAll('img[onerror], a[href^="javascript:"]')).toHaveLength(2);
  });

  it('ran no script at any point', async () => {
    await waitFor(() => expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined());
    expect(document.querySelectorAll('body script')).toHaveLength(0);
  });
});
