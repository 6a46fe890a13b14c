import { createAppServices } from '../../../src/app/createAppServices';
import { SchoolHomeController } from '../../../src/app/schoolHome/SchoolHomeController';
import { dayIn } from '../../../src/domain/review/reviewReminders';
import { formatSubEntity } from '../../../src/domain/approval/deepLink';
import { ApprovalService } from '../../../src/services/approval/ApprovalService';
import type { LinkBuilder } from '../../../src/domain/approval/LinkBuilder';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import { PublishService } from '../../../src/services/publish/PublishService';
import type { PublishedDocument } from '../../../src/domain/publish/PublishedDocument';
import { SchoolService } from '../../../src/services/school/SchoolService';
import { SCHOOL_LISTS } from '../../../src/services/sharepoint/schema/schoolSchema';
import { localGraph, localSp } from '../../../workbench/client/localClients';
import { OAKFIELD_PROFILE, seedProduct } from '../../../workbench/seed/productSeed';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

// A round, two approvals, a publication and several openings against the local server: generous, explicit time.
jest.setTimeout(240_000);

const silent = { notify: async () => [] };
const links: LinkBuilder = { deepLink: () => 'https://teams.microsoft.com/l/entity/x/y', webUrl: () => 'https://example.invalid/' };

/** The UK day `days` after today. */
function ukDayFromNow(days: number): string {
  const today = dayIn(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

describe('review reminders against the local server: sent once, whoever opens first', () => {
  let tenant: TestTenant;
  const profile = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };
  const siteUrl = (): string => `${tenant.url}${SITES.oakfield}`;
  const school = (login: string): SchoolService => new SchoolService(tenant.sp(SITES.oakfield, login), siteUrl());
  const approvalsAs = (login: string): ApprovalService => new ApprovalService(tenant.sp(SITES.oakfield, login), silent, links);
  const feed = async (): Promise<{ recipientLogin: string; activityType: string; previewText?: { content: string } }[]> => (await tenant.fetchAs(undefined, '/_local/feed')).json() as Promise<never>;
  const reviewFeed = async (): Promise<{ recipientLogin: string; activityType: string }[]> => (await feed()).filter(n => n.activityType === 'reviewReminder');

  /** The app as the web part builds it for Oakfield, signed in as `login`, each opener with its own browser storage. */
  const openAs = (login: string, keyValueStore = new MemoryKeyValueStore()): SchoolHomeController => {
    const webUrl = (target: Parameters<typeof formatSubEntity>[0]): string => `${siteUrl()}/_layouts/15/workbench.aspx?subEntityId=${encodeURIComponent(formatSubEntity(target))}`;
    return new SchoolHomeController(createAppServices(
      { site: localSp(tenant.url, SITES.oakfield, login), bank: localSp(tenant.url, SITES.bank, login), bankSiteUrl: `${tenant.url}${SITES.bank}` },
      localGraph(tenant.url, login),
      { kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl: siteUrl() },
      { links: { webUrl, deepLink: () => 'https://teams.microsoft.com/l/entity/x/y' }, keyValueStore }
    ));
  };

  /** Submits draft 1, has two governors approve it, publishes it, and sets its review date. */
  const publishWithReview = async (reviewDate: string): Promise<PublishedDocument> => {
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
    const published = await new PublishService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), approvals, async () => 'Europe/London').publish({ id: 1, title: draft.title, kind: draft.kind }, (await approvals.view(1, profile))!, profile);
    // The school set the review for a week from today (the library's "Review by" column, as an owner may edit it).
    await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.policies).items.getById(published.itemId).update({ ReviewDate: `${reviewDate}T00:00:00Z` });
    return published;
  };

  beforeAll(async () => {
    tenant = await startTestTenant();
    await seedProduct(tenant.url);
    const head = school(PEOPLE.oakfieldHead);
    await head.loadProfile();
    await head.saveProfile(profile);
  }, 180_000);
  afterAll(async () => { await tenant.close(); });

  it('two people opening at the same moment send one reminder to the owner; a later opener sends none', async () => {
    const reviewDate = ukDayFromNow(7);
    await publishWithReview(reviewDate);
    expect(await reviewFeed()).toEqual([]);

    // The DSL and a governor open the app together: both see the reminder due, both try to claim it.
    const first = openAs(PEOPLE.oakfieldDsl);
    const second = openAs(PEOPLE.oakfieldLead);
    await Promise.all([first.refresh(), second.refresh()]);
    const outcomes = [...await first.remindersSent(), ...await second.remindersSent()];
    expect(outcomes.map(o => o.outcome).sort()).toEqual(['alreadySent', 'sent']);
    expect(new Set(outcomes.map(o => o.key))).toEqual(new Set([`review:1:${reviewDate}:oneWeek`]));

    // The owner (the draft's Owner: the headteacher, who made it) has it in Teams, once, in the loc's words.
    const sent = await reviewFeed();
    expect(sent).toHaveLength(1);
    expect(sent[0].recipientLogin).toBe(PEOPLE.oakfieldHead);
    const notice = (await feed()).find(n => n.activityType === 'reviewReminder');
    expect(JSON.stringify(notice)).toMatch(/due for review on \d{1,2} [A-Z][a-z]+ \d{4}/);

    // Opening again, in a new browser: the claim is there, nothing is sent.
    const browser = new MemoryKeyValueStore();
    const later = openAs(PEOPLE.oakfieldHead, browser);
    await later.refresh();
    expect((await later.remindersSent()).map(o => o.outcome)).toEqual(['alreadySent']);
    // The same browser opens the app again: it remembers the claim and tries nothing.
    const again = openAs(PEOPLE.oakfieldHead, browser);
    await again.refresh();
    expect(await again.remindersSent()).toEqual([]);
    expect(await reviewFeed()).toHaveLength(1);
  });

  it('a started review cancels the reminders: the due-date reminder is not sent once the next version is under way', async () => {
    const head = openAs(PEOPLE.oakfieldHead);
    await head.refresh();
    const load = head.state.load;
    if (load.status !== 'ready') throw new Error(`expected the home, got ${load.status}`);
    await head.startReview(load.data.rows.find(r => r.id === 1)!);
    expect(head.state.notice).toBe('reviewStarted');

    // The date itself comes (set here to today): the review has started, so nobody is reminded.
    const today = dayIn(new Date());
    const [publication] = await new PublishService(tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead), approvalsAs(PEOPLE.oakfieldHead), async () => 'Europe/London').published();
    await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(SCHOOL_LISTS.policies).items.getById(publication.itemId).update({ ReviewDate: `${today}T00:00:00Z` });
    const opener = openAs(PEOPLE.oakfieldDsl);
    await opener.refresh();
    expect(await opener.remindersSent()).toEqual([]);
    expect(await reviewFeed()).toHaveLength(1);
  });
});
