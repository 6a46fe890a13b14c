import { editStatement } from '../../src/domain/bank/bankCommands';
import type { Draft, DraftBlock } from '../../src/domain/draft/DraftModel';
import type { RoundView } from '../../src/domain/approval/RoundView';
import { ALL_MARKUP, CONTROL_TEXT, MARKUP_PAYLOADS } from './support/payloads';
import { PROFILE, ROLES, startSecurityTenant, type Actor, type SecurityTenant } from './support/securityTenant';

/**
 * Script and markup typed into any text field go through the real services and SharePoint, and come back exactly
 * as typed: plain text, neither run, stripped nor entity-encoded. Where the product itself writes HTML (mail to
 * approvers Teams cannot reach, the local feed page) the text is escaped.
 */
jest.setTimeout(60_000);

describe('hostile text through the services: stored and read back as the plain text it is', () => {
  let st: SecurityTenant;
  let officer: Actor;
  let owner: Actor;
  let member: Actor;
  let draft: Draft & { id: number };
  let block: DraftBlock;

  beforeAll(async () => {
    st = await startSecurityTenant();
    officer = st.as(ROLES.officer.login);
    owner = st.as(ROLES.owner.login);
    member = st.as(ROLES.member.login);
    draft = { ...(await owner.school.openDraft(1)).draft, id: 1 };
    block = draft.blocks.find(b => b.kind === 'Statement') as DraftBlock;
  }, 120_000);
  afterAll(async () => { await st.close(); });

  it("keeps a statement's text and guidance as the officer typed them, through a release to the schools", async () => {
    const bank = await officer.bank.load();
    const target = bank.statements[0];
    const saved = await officer.bank.save(bank, editStatement(bank, target.key, { text: ALL_MARKUP, guidance: CONTROL_TEXT }));
    await officer.bank.publish(saved, 'Hostile text release', `Notes ${MARKUP_PAYLOADS[0]}`);
    const seen = (await member.bank.loadPublished()).statements.find(s => s.key === target.key);
    expect(seen?.working.text).toBe(ALL_MARKUP);
    expect(seen?.working.guidance).toBe(CONTROL_TEXT);
    expect((await member.bank.loadPublished()).releases.at(-1)?.notes).toBe(`Notes ${MARKUP_PAYLOADS[0]}`);
  });

  it.each(MARKUP_PAYLOADS.map(p => [p]))('keeps %s as typed in a block, its note and a comment on it', async payload => {
    const current = await member.school.blocks().readBlock(block.itemId as number);
    await member.school.blocks().updateBlock(current.itemId as number, current.version as number, { text: `Text ${payload}`, note: `Note ${payload}` });
    const comment = await member.school.addComment(draft.id, block.key, `Comment ${payload}`);
    const reread = (await owner.school.openDraft(draft.id)).draft.blocks.find(b => b.key === block.key);
    expect(reread?.content.text).toBe(`Text ${payload}`);
    expect(reread?.content.note).toBe(`Note ${payload}`);
    expect((await owner.school.comments(draft.id)).find(c => c.id === comment.id)?.text).toBe(`Comment ${payload}`);
    expect((await owner.school.blockHistory(block.itemId as number))[0].text).toBe(`Text ${payload}`);
  });

  it('keeps control, bidirectional and zero-width characters as typed in a block and a comment', async () => {
    const current = await member.school.blocks().readBlock(block.itemId as number);
    await member.school.blocks().updateBlock(current.itemId as number, current.version as number, { text: CONTROL_TEXT });
    const comment = await member.school.addComment(draft.id, block.key, CONTROL_TEXT);
    expect((await owner.school.blocks().readBlock(block.itemId as number)).content.text).toBe(CONTROL_TEXT);
    // A comment is trimmed at its ends (and nothing else) when posted.
    expect((await owner.school.comments(draft.id)).find(c => c.id === comment.id)?.text).toBe(CONTROL_TEXT.trim());
  });

  it("keeps a draft's title, a decision's comment and the activity log's lines as typed", async () => {
    // A title is one line of at most 255 characters (SharePoint refuses longer): one payload at a time fits.
    const title = `Policy ${MARKUP_PAYLOADS[0]} ${MARKUP_PAYLOADS[6]}`;
    const id = await member.school.createDraft({ ...draft, id: undefined, title, blocks: draft.blocks.slice(0, 3).map(b => ({ ...b, itemId: undefined })) });
    expect((await owner.school.listDrafts()).find(d => d.id === id)?.title).toBe(title);
    const opened = { ...(await owner.school.openDraft(id)).draft, id };
    await owner.approvals.submit({ draft: opened, blocks: opened.blocks, profile: PROFILE, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
    const chair = st.as(ROLES.approver.login);
    const view = (await chair.approvals.view(id, PROFILE)) as RoundView;
    const decided = await chair.approvals.decide({ id, title: opened.title }, view, PROFILE, 'RequestChanges', MARKUP_PAYLOADS[1], view.round.snapshotHash);
    expect(decided.outcome.changesRequested.map(d => d.comment)).toEqual([MARKUP_PAYLOADS[1]]);
    expect((await owner.approvals.snapshot(view.round)).title).toBe(title);
    const log = await owner.approvals.activity(id);
    expect(log.find(e => e.kind === 'Decided')?.summary).toBe(`Asked for changes to round 1: ${MARKUP_PAYLOADS[1]}`);
  });

  it('escapes a hostile title in the HTML mail to an approver Teams cannot reach, and keeps it plain in the Teams notice', async () => {
    const title = `Policy ${MARKUP_PAYLOADS[1]} ${MARKUP_PAYLOADS[3]}`;
    const id = await owner.school.createDraft({ ...draft, id: undefined, title, blocks: draft.blocks.slice(0, 3).map(b => ({ ...b, itemId: undefined })) });
    const opened = { ...(await owner.school.openDraft(id)).draft, id };
    const { deliveries } = await owner.approvals.submit({ draft: opened, blocks: opened.blocks, profile: PROFILE, dueDate: '2031-01-31', submitter: { id: -1, login: ROLES.owner.login } });
    expect(deliveries.find(d => d.recipient.name === 'Sarah Whitfield')?.channel).toBe('mail');
    const outbox = await (await st.tenant.fetchAs(undefined, '/_local/outbox')).json() as { subject: string; contentType: string; content: string }[];
    const mail = outbox.find(m => m.subject.startsWith(title)) as (typeof outbox)[number];
    expect(mail.contentType).toBe('HTML');
    // The only elements in the mail are the product's paragraphs and its two links.
    expect([...new Set([...mail.content.matchAll(/<\s*([a-z0-9-]+)/gi)].map(m => m[1].toLowerCase()))].sort()).toEqual(['a', 'p']);
    expect(mail.content).toContain('&lt;img src=x onerror=&quot;window.__pwned = &#39;img&#39;&quot;&gt;');
    expect(mail.content).toContain('&lt;a href=&quot;javascript:window.__pwned = &#39;link&#39;&quot;&gt;');
    // The two links the mail does carry are the product's own, to the round.
    expect([...mail.content.matchAll(/href="([^"]*)"/g)].map(m => m[1].replace(/&amp;/g, '&'))).toEqual([
      expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/entity\//), `${st.tenant.url}/sites/oakfield-primary/_layouts/15/workbench.aspx?host=teams&subEntityId=round%3A${id}%3A1`
    ]);
    const feed = await (await st.tenant.fetchAs(undefined, '/_local/feed')).json() as { topic: { value: string }; templateParameters: { value: string }[] }[];
    // Teams takes these as text (the topic is cut to 100 characters).
    expect(feed.some(n => n.templateParameters[0]?.value === title && n.topic.value === title.slice(0, 100))).toBe(true);
    // The local feed page, which is HTML, escapes what it lists.
    const page = await (await st.tenant.fetchAs(undefined, '/_local/feed', { headers: { Accept: 'text/html' } })).text();
    expect(page).toContain('&lt;img src=x onerror=');
    expect(page).not.toContain(MARKUP_PAYLOADS[1]);
  });
});
