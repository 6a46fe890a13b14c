import { ApprovalService } from '../../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../../src/domain/approval/LinkBuilder';
import { AcknowledgementService } from '../../../src/services/acknowledgement/AcknowledgementService';
import { graphTeamMembers, readAcknowledgementLists } from '../../../src/services/acknowledgement/acknowledgementLists';
import { GraphNotificationService } from '../../../src/services/notify/GraphNotificationService';
import { PublishService } from '../../../src/services/publish/PublishService';
import type { PublishedDocument } from '../../../src/domain/publish/PublishedDocument';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { enGB } from '../../../src/loc/enGB';
import { recordCsv } from '../../../src/domain/acknowledgement/recordCsv';
import { OAKFIELD_PROFILE, seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

// Rounds, approvals, publications and a list per person against the local server: generous, explicit time.
jest.setTimeout(240_000);

const links: LinkBuilder = { deepLink: () => 'https://teams.microsoft.com/l/entity/x/y', webUrl: () => 'https://example.invalid/' };
const LABELS = {
  headings: { name: 'Name', email: 'E-mail', state: 'State', date: 'Date recorded', note: 'Note' },
  states: { acknowledged: 'Acknowledged', waiting: 'Not yet', noList: 'Cannot acknowledge yet' }, doubtfulDate: 'Date doubtful', formatDate: (iso: string) => iso.slice(0, 10)
};
const claims = (login: string): string => `i:0#.f|membership|${login}`;
/** A person field's value as the validate endpoints take it. */
const personValue = (login: string): string => `[{'Key':'${claims(login)}'}]`;

describe('read and acknowledge against the local server', () => {
  let tenant: TestTenant;
  let groupId: string;
  const STAFF = 'Oakfield Staff';
  const STAFF_PEOPLE = [PEOPLE.oakfieldDsl, PEOPLE.oakfieldLead, PEOPLE.oakfieldTech, PEOPLE.oakfieldChair, PEOPLE.oakfieldGovernor];
  const profile = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };
  const silent = { notify: async () => [] };
  const approvalsAs = (login: string): ApprovalService => new ApprovalService(tenant.sp(SITES.oakfield, login), silent, links);
  const as = (login: string): AcknowledgementService => new AcknowledgementService(
    tenant.sp(SITES.oakfield, login), approvalsAs(login), new GraphNotificationService(tenant.graph(login), enGB.notify, groupId),
    { forRequest: r => ({ deepLink: links.deepLink({ kind: 'draft', draftId: r.draftId }, r.title), webUrl: `https://example.invalid/ack/${r.id}` }) },
    graphTeamMembers(tenant.graph(login))
  );
  const school = (login: string): SchoolService => new SchoolService(tenant.sp(SITES.oakfield, login), `${tenant.url}${SITES.oakfield}`);
  const userId = async (login: string): Promise<number> => (await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.ensureUser(claims(login))).Id;
  const feed = async (): Promise<{ recipient: string; activityType: string }[]> => (await tenant.fetchAs(undefined, '/_local/feed')).json() as Promise<never>;

  /** Submits the draft, has two governors approve it, and publishes it: the next whole version. */
  const approveAndPublish = async (): Promise<PublishedDocument> => {
    const head = school(PEOPLE.oakfieldHead);
    const me = await head.access();
    const { draft } = await head.openDraft(1);
    await approvalsAs(PEOPLE.oakfieldHead).submit({ draft: { ...draft, id: 1 }, blocks: draft.blocks, profile, dueDate: '2026-12-31', submitter: { id: me.userId, login: PEOPLE.oakfieldHead } });
    for (const governor of [PEOPLE.oakfieldChair, PEOPLE.oakfieldGovernor]) {
      const approvals = approvalsAs(governor);
      const view = (await approvals.view(1, profile))!;
      await approvals.decide({ id: 1, title: draft.title }, view, profile, 'Approve', '', view.round.snapshotHash);
    }
    const approvals = approvalsAs(PEOPLE.oakfieldHead);
    const publishing = new PublishService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), approvals, async () => 'Europe/London');
    return publishing.publish({ id: 1, title: draft.title, kind: draft.kind }, (await approvals.view(1, profile))!, profile);
  };

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
    const head = school(PEOPLE.oakfieldHead);
    await head.loadProfile();
    await head.saveProfile(profile);
    // A SharePoint group of people, as a school makes for its staff (the Team's members group holds the Team, not people).
    const web = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web;
    await web.siteGroups.add({ Title: STAFF });
    for (const login of STAFF_PEOPLE) await web.siteGroups.getByName(STAFF).users.add(claims(login));
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('asks a staff group (not the Team group, whose people it may not list), two staff acknowledge, and the record shows who has and who has not; the CSV says the same', async () => {
    const published = await approveAndPublish();
    const head = as(PEOPLE.oakfieldHead);
    const [members, ...others] = await head.audienceGroups();
    expect(members).toBe('Oakfield Primary School Members');
    expect(others).toContain(STAFF);
    // The Team's members group holds the Team: listing its people takes GroupMember.Read.All, which the app lacks.
    await expect(head.request(published, members)).rejects.toMatchObject({ code: 'acknowledgement.teamMembersHidden' });
    const { request, deliveries, withoutList } = await head.request(published, STAFF);
    expect(withoutList).toEqual([]);
    expect(request.audience.map(p => p.name).sort()).toEqual(['Aisha Khan', 'David Okafor', 'Helen Carter', "James O'Brien", 'Margaret Lewis', 'Tom Reid']);
    expect(deliveries.length).toBe(request.audience.length);
    expect((await feed()).filter(n => n.activityType === 'acknowledgementRequested').map(n => n.recipient)).toEqual(expect.arrayContaining(['Tom Reid', 'Aisha Khan']));

    expect((await as(PEOPLE.oakfieldDsl).pendingForMe()).map(r => r.id)).toEqual([request.id]);
    await as(PEOPLE.oakfieldDsl).acknowledge(request.id);
    await as(PEOPLE.oakfieldLead).acknowledge(request.id);
    expect(await as(PEOPLE.oakfieldDsl).pendingForMe()).toEqual([]);

    const record = await as(PEOPLE.oakfieldDsl).record(request.id);
    const byName = Object.fromEntries(record.rows.map(r => [r.person.name, r.state]));
    expect(byName).toMatchObject({ 'Tom Reid': 'acknowledged', 'Aisha Khan': 'acknowledged', 'Margaret Lewis': 'waiting', 'David Okafor': 'waiting' });
    expect(record.acknowledged).toBe(2);
    expect(record.waiting).toBe(request.audience.length - 2);

    const csv = recordCsv(record, LABELS).split('\r\n');
    expect(csv[0]).toBe('\uFEFFName,E-mail,State,Date recorded,Note');
    expect(csv).toContain(`Tom Reid,${PEOPLE.oakfieldDsl},Acknowledged,${record.rows.find(r => r.person.name === 'Tom Reid')!.acknowledgedOn!.slice(0, 10)},`);
    expect(csv).toContain(`Margaret Lewis,${PEOPLE.oakfieldChair},Not yet,,`);

    // "Remind the rest": everyone who has not, nobody who has.
    const reminded = await head.remind(request.id);
    expect(reminded.map(d => d.recipient.name).sort()).toEqual(record.rows.filter(r => r.state === 'waiting').map(r => r.person.name).sort());
    // The record keeps when each was reminded (the DSL, a member, may remind too), and a reminder is never a request.
    await as(PEOPLE.oakfieldDsl).remind(request.id);
    const after = await as(PEOPLE.oakfieldHead).record(request.id);
    for (const row of after.rows) {
      if (row.state === 'waiting') expect(row.remindedOn).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      else expect(row.remindedOn).toBeUndefined();
    }
    expect((await head.requests()).map(r => r.id)).toEqual([request.id]);
  }, 120_000);

  it('refuses an acknowledgement written into someone else\'s list, and a forged author or back-dated one counts for nobody else', async () => {
    const [request] = await as(PEOPLE.oakfieldHead).requests();
    const lists = await readAcknowledgementLists(tenant.sp(SITES.oakfield, PEOPLE.oakfieldTech));
    const listOf = async (login: string): Promise<{ id: string; folder: string }> => {
      const personId = await userId(login);
      const list = lists.find(l => l.personId === personId)!;
      const { Title } = await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getById(list.id).select('Title')<{ Title: string }>();
      return { id: list.id, folder: `${SITES.oakfield}/Lists/${Title}` };
    };
    const davids = await listOf(PEOPLE.oakfieldGovernor);
    const james = tenant.sp(SITES.oakfield, PEOPLE.oakfieldTech).web.lists;
    const forged = [
      { FieldName: 'Title', FieldValue: 'Acknowledged' }, { FieldName: 'RequestId', FieldValue: String(request.id) }, { FieldName: 'DraftId', FieldValue: '1' },
      { FieldName: 'SnapshotHash', FieldValue: request.snapshotHash }, { FieldName: 'Author', FieldValue: personValue(PEOPLE.oakfieldGovernor) },
      { FieldName: 'Editor', FieldValue: personValue(PEOPLE.oakfieldGovernor) }, { FieldName: 'Created', FieldValue: '01/02/2020 10:30' }
    ];
    // A member writing into David's list, plainly or through the validate endpoint: SharePoint refuses both.
    await expect(james.getById(davids.id).items.add({ Title: 'Forged', RequestId: request.id, DraftId: 1, SnapshotHash: request.snapshotHash })).rejects.toMatchObject({ status: 403 });
    await expect(james.getById(davids.id).addValidateUpdateItemUsingPath(forged, davids.folder)).rejects.toMatchObject({ status: 403 });
    // Into his own list naming David as author and back-dated to 2020: SharePoint writes it, but it is James's, dated doubtfully.
    const jamesList = await listOf(PEOPLE.oakfieldTech);
    const written = await james.getById(jamesList.id).addValidateUpdateItemUsingPath(forged, jamesList.folder);
    expect(written.filter(f => f.HasException)).toEqual([]);
    const [stored] = await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getById(jamesList.id).items.select('AuthorId', 'Created')<{ AuthorId: number; Created: string }[]>();
    expect(stored).toMatchObject({ AuthorId: await userId(PEOPLE.oakfieldGovernor), Created: expect.stringMatching(/^2020-/) });
    // A wrong hash (another version, or a guess) counts for nobody.
    const davidSp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldGovernor).web.lists;
    await davidSp.getById(davids.id).items.add({ Title: 'Guess', RequestId: request.id, DraftId: 1, SnapshotHash: '0'.repeat(64) });

    const record = await as(PEOPLE.oakfieldHead).record(request.id);
    const row = (name: string) => record.rows.find(r => r.person.name === name)!;
    expect(row('David Okafor').state).toBe('waiting');
    expect(row("James O'Brien")).toMatchObject({ state: 'acknowledged', dateDoubtful: true });
    expect(record.acknowledged).toBe(3);
  });

  it('a list a member made in someone\'s name counts for nothing, and is emptied when an owner\'s request secures it', async () => {
    const [request] = await as(PEOPLE.oakfieldHead).requests();
    const chloe = 'chloe.adams@northshire.example';
    const chloeId = await userId(chloe);
    // Tom (a member, with Edit) makes Chloe's list before any owner has, and plants an acknowledgement in it.
    const tom = tenant.sp(SITES.oakfield, PEOPLE.oakfieldDsl).web.lists;
    const planted = await tom.ensure(`Acknowledgements ${chloeId}`, '', 100);
    await planted.list.fields.addNumber('RequestId');
    await planted.list.fields.addNumber('DraftId');
    await planted.list.fields.addText('SnapshotHash');
    await planted.list.items.add({ Title: 'Planted', RequestId: request.id, DraftId: 1, SnapshotHash: request.snapshotHash });
    const web = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web;
    await web.siteGroups.getByName(STAFF).users.add(claims(chloe));
    // A member's request does not secure lists: Chloe is named as unable to acknowledge, and the planted item counts for nothing.
    const byTom = await as(PEOPLE.oakfieldDsl).request({ draftId: 1, title: request.title, version: request.version, roundNumber: request.roundNumber }, STAFF);
    expect(byTom.withoutList.map(p => p.name)).toEqual(['Chloe Adams']);
    expect((await as(PEOPLE.oakfieldHead).record(byTom.request.id)).rows.find(r => r.person.name === 'Chloe Adams')!.state).toBe('noList');
    // The owner's request secures it, emptied: now Chloe can acknowledge, and has not.
    const byHead = await as(PEOPLE.oakfieldHead).request({ draftId: 1, title: request.title, version: request.version, roundNumber: request.roundNumber }, STAFF);
    expect(byHead.withoutList).toEqual([]);
    expect(await planted.list.items()).toEqual([]);
    expect((await as(PEOPLE.oakfieldHead).record(byHead.request.id)).rows.find(r => r.person.name === 'Chloe Adams')!.state).toBe('waiting');
    await expect(tom.getByTitle(`Acknowledgements ${chloeId}`).items.add({ Title: 'Planted again', RequestId: request.id, DraftId: 1, SnapshotHash: request.snapshotHash })).rejects.toMatchObject({ status: 403 });
  });

  it('after a second version, shows each person only what changed since the version they last acknowledged', async () => {
    const head = school(PEOPLE.oakfieldHead);
    const { draft } = await head.openDraft(1);
    const view = (await approvalsAs(PEOPLE.oakfieldHead).view(1, profile))!;
    await new PublishService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), approvalsAs(PEOPLE.oakfieldHead), async () => 'Europe/London').startNextVersion({ id: 1, preamble: draft.preamble }, view);
    const { draft: next } = await head.openDraft(1);
    const block = next.blocks.find(b => b.key === 's:purpose-aim')!;
    await head.blocks().updateBlock(block.itemId!, block.version!, { text: `${block.content.text} Reviewed with staff.` });
    const second = await approveAndPublish();
    expect(second.version).toBe('2.0');
    const { request } = await as(PEOPLE.oakfieldHead).request(second, STAFF);

    const tom = await as(PEOPLE.oakfieldDsl).reading(request.id);
    expect(tom.acknowledged).toBe(false);
    expect(tom.changes.sinceEarlier).toBe(true);
    expect(tom.changes.changes.map(c => [c.key, c.kind])).toEqual([['s:purpose-aim', 'changed']]);
    expect(tom.changes.changes[0].runs).toContainEqual({ kind: 'insert', text: expect.stringContaining('Reviewed with staff') });
    // The full text is there too, a click away.
    expect(tom.full.blocks.length).toBeGreaterThan(50);
    // David never acknowledged (his guess did not count): he reads everything.
    const david = await as(PEOPLE.oakfieldGovernor).reading(request.id);
    expect(david.changes.sinceEarlier).toBe(false);
    expect(david.changes.changes.length).toBe(david.full.blocks.length);

    await as(PEOPLE.oakfieldDsl).acknowledge(request.id);
    expect((await as(PEOPLE.oakfieldDsl).reading(request.id)).acknowledged).toBe(true);
    const record = await as(PEOPLE.oakfieldHead).record(request.id);
    expect(record.rows.filter(r => r.state === 'acknowledged').map(r => r.person.name)).toEqual(['Tom Reid']);
  });
});
