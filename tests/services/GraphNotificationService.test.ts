import { GraphNotificationService } from '../../src/services/notify/GraphNotificationService';
import { findTeamsAppCatalogId } from '../../src/services/graph/teamsAppCatalog';
import { classifyGraphFailure } from '../../src/services/notify/graphFailure';
import type { IGraphClient } from '../../src/services/graph/IGraphClient';
import type { NotificationRequest, Recipient } from '../../src/services/notify/INotificationService';
import { buildManifest } from '../../scripts/teamsManifest';
import { PEOPLE, startTestTenant, type TestTenant } from '../support/testTenant';
import { enGB } from '../../src/loc/enGB';

const request: NotificationRequest = {
  activityType: 'approvalRequested', policy: 'Online safety policy', notice: { kind: 'approvalRequested', due: '2026-07-01' }, deepLink: 'https://teams.microsoft.com/l/entity/app/tab',
  webUrl: 'https://contoso.sharepoint.com/sites/oakfield/SitePages/Policy.aspx?round=1'
};
const chair: Recipient = { name: 'Margaret Lewis', login: 'margaret.lewis@northshire.example', email: 'margaret.lewis@northshire.example' };

/** A Graph client that records the paths it was asked to POST to. */
function recordingGraph(): { graph: IGraphClient; posts: string[] } {
  const posts: string[] = [];
  const graph: IGraphClient = {
    get: async <T>() => ({ id: 'user-1' }) as T,
    post: async <T>(path: string) => { posts.push(path); return undefined as T | undefined; },
    getAll: async <T>() => [] as T[]
  };
  return { graph, posts };
}

describe('GraphNotificationService: which Team to notify through', () => {
  it('asks again for the Team after a failed look-up, instead of sending every later notice by mail', async () => {
    const { graph, posts } = recordingGraph();
    let lookups = 0;
    const service = new GraphNotificationService(graph, enGB.notify, async () => {
      lookups++;
      if (lookups === 1) throw new Error('503 Service Unavailable');
      return 'group-1';
    });
    expect((await service.notify([chair], request))[0].channel).toBe('mail');
    expect((await service.notify([chair], request))[0].channel).toBe('teams');
    expect((await service.notify([chair], request))[0].channel).toBe('teams');
    expect(lookups).toBe(2);
    expect(posts).toEqual(['/me/sendMail', '/teams/group-1/sendActivityNotification', '/teams/group-1/sendActivityNotification']);
  });
});

describe('what a failed Graph call means for a notice', () => {
  it("reads SPFx's consent failure (a plain Error from the token provider, no status) as no API access", () => {
    expect(classifyGraphFailure(new Error("AADSTS65001: The user or administrator has not consented to use the application with ID '08e18876-6177-487e-b8b5-cf950c1e598c'."))).toBe('noApiAccess');
  });

  it('tells a missing scope from an app that is not installed, and names the rest', () => {
    const graphError = (statusCode: number, code: string, message = ''): Error => Object.assign(new Error(message), { statusCode, code });
    expect(classifyGraphFailure(graphError(403, 'Authorization_RequestDenied'))).toBe('noApiAccess');
    expect(classifyGraphFailure(graphError(403, 'ErrorAccessDenied'))).toBe('noApiAccess');
    expect(classifyGraphFailure(graphError(403, 'Forbidden', "Missing scope permissions on the request. API requires one of 'TeamsActivity.Send'."))).toBe('noApiAccess');
    expect(classifyGraphFailure(graphError(403, 'Forbidden', 'Ensure that the expected Teams app is installed in the target scope.'))).toBe('notInstalled');
    expect(classifyGraphFailure(graphError(404, 'MailboxNotEnabledForRESTAPI'))).toBe('noMailbox');
    expect(classifyGraphFailure(graphError(404, 'Request_ResourceNotFound'))).toBe('notFound');
    expect(classifyGraphFailure(graphError(429, 'TooManyRequests'))).toBe('rateLimited');
    expect(classifyGraphFailure(graphError(503, 'serviceNotAvailable'))).toBe('failed');
  });
});

describe('GraphNotificationService against the strict local Graph (real Graph JS client)', () => {
  let tenant: TestTenant;
  let oakfield: string;
  let riverside: string;
  let manifestId: string;
  /** One clock for the local Graph's window and the service's own count. */
  let now = Date.parse('2026-12-01T09:00:00Z');
  const people = (): Map<string, Recipient> => new Map([...tenant.server.store.users.values()].map(u => [u.userPrincipalName.toLowerCase(), { name: u.displayName, login: u.userPrincipalName, email: u.mail }]));
  const person = (login: string): Recipient => {
    const found = [...people().values()].find(p => p.login.toLowerCase() === login.toLowerCase() || p.email.toLowerCase() === login.toLowerCase());
    if (!found) throw new Error(`No seeded person ${login}`);
    return found;
  };
  const service = (login: string, teamId: string, options: { headers?: Record<string, string>; catalog?: boolean; now?: () => number } = {}): GraphNotificationService => {
    const graph = tenant.graph(login, options.headers);
    return new GraphNotificationService(graph, enGB.notify, teamId, options.catalog === false ? undefined : () => findTeamsAppCatalogId(graph, manifestId), options.now);
  };
  const feed = async (): Promise<{ recipientId: string; senderId: string; teamsAppId?: string }[]> => (await fetch(`${tenant.url}/_local/feed`)).json() as Promise<never>;
  const outbox = async (): Promise<{ senderId: string; to: string[] }[]> => (await fetch(`${tenant.url}/_local/outbox`)).json() as Promise<never>;
  const idOf = (login: string): string => [...tenant.server.store.users.values()].find(u => u.userPrincipalName === person(login).login)!.id;

  beforeAll(async () => {
    tenant = await startTestTenant({ graph: { now: () => now } });
    const groups = [...tenant.server.store.groups.values()];
    oakfield = groups.find(g => g.displayName === 'Oakfield Primary School')!.id;
    riverside = groups.find(g => g.displayName === 'Riverside Secondary School')!.id;
    manifestId = (buildManifest() as { id: string }).id;
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  it("reaches members through the Team's feed naming our catalogue id, and a guest by mail", async () => {
    const deliveries = await service(PEOPLE.oakfieldHead, oakfield).notify([person(PEOPLE.oakfieldChair), person(PEOPLE.oakfieldGuestGovernor)], request);
    expect(deliveries.map(d => [d.recipient.name, d.channel, d.problem])).toEqual([['Margaret Lewis', 'teams', undefined], ['Sarah Whitfield', 'mail', 'notInstalled']]);
    const catalogId = await findTeamsAppCatalogId(tenant.graph(PEOPLE.oakfieldHead), manifestId);
    expect((await feed()).find(n => n.recipientId === idOf(PEOPLE.oakfieldChair))?.teamsAppId).toBe(catalogId);
    expect((await outbox()).find(m => m.to.includes('sarah.whitfield@outlook.example'))?.senderId).toBe(idOf(PEOPLE.oakfieldHead));
  });

  it("sends a guest's decision to the owner through the Team, and never as the guest's mail", async () => {
    const guest = service(PEOPLE.oakfieldGuestGovernor, oakfield);
    const owner = person(PEOPLE.oakfieldHead);
    expect((await guest.notify([owner], { ...request, activityType: 'policyApproved' }))[0].channel).toBe('teams');
    // Where Teams cannot (the app removed from the Team), nothing is sent and the guest gets the link to pass on.
    const catalogId = (await findTeamsAppCatalogId(tenant.graph(PEOPLE.oakfieldHead), manifestId))!;
    tenant.server.graph.teamsCatalog.uninstallFromTeam(catalogId, oakfield);
    try {
      const [delivery] = await guest.notify([owner], { ...request, activityType: 'policyApproved' });
      expect(delivery).toMatchObject({ channel: 'failed', problem: 'noMailbox', link: request.webUrl });
    } finally {
      tenant.server.graph.teamsCatalog.installInTeam(catalogId, oakfield);
    }
    expect((await outbox()).some(m => m.senderId === idOf(PEOPLE.oakfieldGuestGovernor))).toBe(false);
  });

  it('names teamsAppId where another SPFx app shares the Entra id (409 otherwise, then mail)', async () => {
    const dsl = person(PEOPLE.riversideDsl);
    const without = await service(PEOPLE.riversideHead, riverside, { catalog: false }).notify([dsl], request);
    expect(without[0]).toMatchObject({ channel: 'mail', problem: 'failed' });
    expect(without[0].detail).toContain('Found multiple applications');
    expect((await service(PEOPLE.riversideHead, riverside).notify([dsl], request))[0].channel).toBe('teams');
  });

  it('without the API access grant, sends nothing, says so and hands back the links', async () => {
    for (const scopes of ['none', 'User.Read']) {
      const deliveries = await service(PEOPLE.oakfieldHead, oakfield, { headers: { 'X-Local-Graph-Scopes': scopes } }).notify([person(PEOPLE.oakfieldDsl), person(PEOPLE.oakfieldGuestGovernor)], request);
      expect(deliveries.map(d => [d.channel, d.problem, d.link])).toEqual([['failed', 'noApiAccess', request.webUrl], ['failed', 'noApiAccess', request.webUrl]]);
    }
    // Teams granted but not Mail.Send: Teams still carries it for members.
    const partial = await service(PEOPLE.oakfieldHead, oakfield, { headers: { 'X-Local-Graph-Scopes': 'User.Read,User.ReadBasic.All,TeamsActivity.Send,AppCatalog.Read.All' } })
      .notify([person(PEOPLE.oakfieldLead), person(PEOPLE.oakfieldGuestGovernor)], request);
    expect(partial.map(d => [d.channel, d.problem])).toEqual([['teams', undefined], ['failed', 'noApiAccess']]);
  });

  it('keeps to 10 Teams notifications a minute per person: the 11th goes by mail without waiting for a 429, and Teams again a minute later', async () => {
    const head = service(PEOPLE.oakfieldHead, oakfield, { now: () => now });
    const tech = person(PEOPLE.oakfieldTech);
    for (let i = 0; i < 10; i++) expect((await head.notify([tech], { ...request, activityType: 'approvalReminder' }))[0].channel).toBe('teams');
    expect((await head.notify([tech], request))[0]).toMatchObject({ channel: 'mail', problem: 'rateLimited' });
    expect((await feed()).filter(n => n.recipientId === idOf(PEOPLE.oakfieldTech))).toHaveLength(10);
    now += 61_000;
    expect((await head.notify([tech], request))[0].channel).toBe('teams');
    expect((await feed()).filter(n => n.recipientId === idOf(PEOPLE.oakfieldTech))).toHaveLength(11);
  });
});
