import { Client } from '@microsoft/microsoft-graph-client';
import { PEOPLE, startTestTenant, type TestTenant } from '../../support/testTenant';
import { buildManifest } from '../../../scripts/teamsManifest';
import { SHARED_ID_APP } from '../../../local/server/graph/teamsCatalog';
import { faultCounters, setFaults, team, tenantUser } from './helpers';
import { graphErrorOf, type CatalogEntry, type GraphUser, type OutboxEntry } from './graphSupport';

const GROUPS = { 'X-Local-Graph-Scopes': 'User.Read,GroupMember.Read.All' };

describe('Microsoft Graph through the real Graph JS client (PROTOCOL §3)', () => {
  let tenant: TestTenant;
  let oakfieldTeam: string;
  const outbox = async (): Promise<OutboxEntry[]> => (await fetch(`${tenant.url}/_local/outbox`)).json() as Promise<OutboxEntry[]>;
  const mail = (subject: string, to: string): Record<string, unknown> => ({
    message: { subject, body: { contentType: 'HTML', content: '<p>It is ready.</p>' }, toRecipients: [{ emailAddress: { address: to } }] }, saveToSentItems: false
  });

  beforeAll(async () => {
    tenant = await startTestTenant();
    oakfieldTeam = team(tenant, 'Oakfield Primary School').id;
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  describe('people: /users/{id | userPrincipalName} only (user-get)', () => {
    it('answers GET /me for the signed-in person', async () => {
      const me = await tenant.graphClient(PEOPLE.oakfieldDsl).api('/me').get() as GraphUser & { '@odata.context': string };
      expect(me).toMatchObject({ displayName: 'Tom Reid', userPrincipalName: PEOPLE.oakfieldDsl, mail: PEOPLE.oakfieldDsl, userType: 'Member' });
      expect(me.id).toBe(tenantUser(tenant, PEOPLE.oakfieldDsl).id);
      expect(me['@odata.context']).toMatch(/\/graph\/v1\.0\/\$metadata#users\/\$entity$/);
    });

    it("finds a guest by object id or by the #EXT# UPN, and answers 404 for the guest's mail address, as Graph does", async () => {
      const client = tenant.graphClient(PEOPLE.oakfieldHead);
      const guest = tenantUser(tenant, PEOPLE.oakfieldGuestGovernor);
      expect(guest.mail).toBe('sarah.whitfield@outlook.example');
      const byId = await client.api(`/users/${guest.id}`).get() as GraphUser;
      expect(byId).toMatchObject({ displayName: 'Sarah Whitfield', userType: 'Guest', mail: guest.mail });
      expect(byId.userPrincipalName).toBe('sarah.whitfield_outlook.example#EXT#@northshire.example');
      const byUpn = await client.api(`/users/${encodeURIComponent(byId.userPrincipalName)}`).get() as GraphUser;
      expect(byUpn.id).toBe(guest.id);
      const byMail = await graphErrorOf(client.api(`/users/${encodeURIComponent(guest.mail)}`).get());
      expect(byMail).toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
      const byMemberUpn = await client.api(`/users/${encodeURIComponent(PEOPLE.riversideHead.toUpperCase())}`).select('displayName').get() as GraphUser;
      expect(byMemberUpn.displayName).toBe('Daniel Price');
      expect(await graphErrorOf(client.api('/users/nobody@northshire.example').get())).toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
    });

    it("pages GET /groups/{id}/members by @odata.nextLink ($top=2), followed through the app's GraphClientAdapter.getAll", async () => {
      const first = await tenant.graphClient(PEOPLE.oakfieldHead, GROUPS).api(`/groups/${oakfieldTeam}/members?$top=2`).get() as
        { value: GraphUser[]; '@odata.nextLink': string };
      expect(first.value).toHaveLength(2);
      expect(first['@odata.nextLink']).toMatch(new RegExp(`^${tenant.url.replace(/\./g, '\\.')}/graph/v1\\.0/groups/${oakfieldTeam}/members\\?`));
      await setFaults(tenant, 'rate=0');
      const all = await tenant.graph(PEOPLE.oakfieldHead, GROUPS).getAll<GraphUser>(`/groups/${oakfieldTeam}/members?$top=2`);
      expect((await faultCounters(tenant)).requests).toBe(4);
      expect(all.map(u => u.displayName).sort()).toEqual([
        'Aisha Khan', 'David Okafor', 'Helen Carter', "James O'Brien", 'Margaret Lewis', 'Sarah Whitfield', 'Tom Reid'
      ]);
    });
  });

  describe('mail: POST /me/sendMail needs a mailbox', () => {
    it('answers 202 for a member and puts the mail in the local outbox', async () => {
      await tenant.graphClient(PEOPLE.oakfieldHead).api('/me/sendMail').post(mail('Please approve the Online Safety Policy', PEOPLE.oakfieldGuestGovernor));
      expect((await outbox()).find(m => m.subject === 'Please approve the Online Safety Policy')).toMatchObject({
        senderId: tenantUser(tenant, PEOPLE.oakfieldHead).id, contentType: 'HTML', content: '<p>It is ready.</p>', to: [PEOPLE.oakfieldGuestGovernor]
      });
    });

    it('refuses a guest (no mailbox in this tenant) with 404 MailboxNotEnabledForRESTAPI, on /me and /users/{me}, and sends nothing', async () => {
      const guest = tenantUser(tenant, PEOPLE.oakfieldGuestGovernor);
      const client = tenant.graphClient(PEOPLE.oakfieldGuestGovernor);
      for (const path of ['/me/sendMail', `/users/${guest.id}/sendMail`]) {
        const error = await graphErrorOf(client.api(path).post(mail(`From a guest via ${path}`, PEOPLE.oakfieldHead)));
        expect(error).toMatchObject({ statusCode: 404, code: 'MailboxNotEnabledForRESTAPI' });
      }
      expect((await outbox()).some(m => m.senderId === guest.id)).toBe(false);
    });

    it("refuses sending as someone else with 403 ErrorAccessDenied (delegated Mail.Send is the signed-in user's)", async () => {
      const other = tenantUser(tenant, PEOPLE.oakfieldDsl);
      const error = await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api(`/users/${other.id}/sendMail`).post(mail('Spoofed', PEOPLE.oakfieldChair)));
      expect(error).toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied' });
    });

    it('keeps file attachments, and refuses what Graph refuses: no type, bad base64, over 3 MB; other kinds are 501 here', async () => {
      const client = tenant.graphClient(PEOPLE.oakfieldHead);
      const withAttachments = (subject: string, attachments: unknown[]): Record<string, unknown> => {
        const body = mail(subject, PEOPLE.officer) as { message: Record<string, unknown> };
        return { ...body, message: { ...body.message, attachments } };
      };
      const file = (contentBytes: string, type = '#microsoft.graph.fileAttachment'): Record<string, unknown> => ({ '@odata.type': type, name: 'pack.json', contentType: 'application/json', contentBytes });
      await client.api('/me/sendMail').post(withAttachments('With a pack', [file(Buffer.from('{"a":1}').toString('base64'))]));
      expect((await outbox()).find(m => m.subject === 'With a pack')).toMatchObject({ attachments: [{ name: 'pack.json', contentType: 'application/json', size: 7 }] });
      expect(await graphErrorOf(client.api('/me/sendMail').post(withAttachments('No type', [{ name: 'a.json', contentBytes: 'e30=' }])))).toMatchObject({ statusCode: 400, code: 'ErrorInvalidRequest' });
      expect(await graphErrorOf(client.api('/me/sendMail').post(withAttachments('Bad bytes', [file('not base64!')])))).toMatchObject({ statusCode: 400, code: 'ErrorInvalidRequest' });
      const big = Buffer.alloc(3 * 1024 * 1024 + 3).toString('base64');
      expect(await graphErrorOf(client.api('/me/sendMail').post(withAttachments('Too big', [file(big)])))).toMatchObject({ statusCode: 413 });
      expect(await graphErrorOf(client.api('/me/sendMail').post(withAttachments('Item', [file('e30=', '#microsoft.graph.itemAttachment')])))).toMatchObject({ statusCode: 501 });
      const subjects = (await outbox()).map(m => m.subject);
      expect(subjects.filter(s => ['No type', 'Bad bytes', 'Too big', 'Item'].includes(s))).toEqual([]);
    });

    it('answers 401 InvalidAuthenticationToken when no one is signed in', async () => {
      const anonymous = Client.init({ baseUrl: `${tenant.url}/graph`, defaultVersion: 'v1.0', authProvider: done => done(null, 'local') });
      expect(await graphErrorOf(anonymous.api('/me').get())).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
    });
  });

  describe('the org catalogue: GET /appCatalogs/teamsApps with $filter (appcatalogs-list-teamsapps)', () => {
    const manifestId = (buildManifest() as { id: string }).id;

    it('finds exactly our app by externalId, alone or with distributionMethod, and nothing for another id', async () => {
      const client = tenant.graphClient(PEOPLE.oakfieldHead);
      const found = await client.api('/appCatalogs/teamsApps').filter(`externalId eq '${manifestId}'`).get() as { value: CatalogEntry[] };
      expect(found.value).toEqual([expect.objectContaining({ externalId: manifestId, displayName: 'e-Safety Policy Hub', distributionMethod: 'organization' })]);
      const both = await client.api('/appCatalogs/teamsApps').filter(`distributionMethod eq 'organization' and externalId eq '${manifestId}'`).get() as { value: CatalogEntry[] };
      expect(both.value.map(a => a.id)).toEqual(found.value.map(a => a.id));
      const organisation = await client.api('/appCatalogs/teamsApps').filter("distributionMethod eq 'organization'").get() as { value: CatalogEntry[] };
      expect(organisation.value.map(a => a.externalId).sort()).toEqual([manifestId, SHARED_ID_APP.externalId].sort());
      const other = await client.api('/appCatalogs/teamsApps').filter("externalId eq '00000000-0000-0000-0000-000000000000'").get() as { value: unknown[] };
      expect(other.value).toEqual([]);
      const prefix = await client.api('/appCatalogs/teamsApps').filter(`externalId eq '${manifestId.slice(0, 8)}'`).get() as { value: unknown[] };
      expect(prefix.value).toEqual([]);
    });

    it('refuses a filter it cannot honour with 400 instead of answering every app', async () => {
      const error = await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api('/appCatalogs/teamsApps').filter("startswith(displayName,'e-Safety')").get());
      expect(error).toMatchObject({ statusCode: 400, code: 'BadRequest' });
    });
  });

  describe('API access not approved: the grant SPFx holds (TENANT-FACTS "Graph")', () => {
    const as = (scopes: string): Client => tenant.graphClient(PEOPLE.oakfieldHead, { 'X-Local-Graph-Scopes': scopes });

    it('with no consent at all, every call fails with the AADSTS65001 consent error', async () => {
      const error = await graphErrorOf(as('none').api('/me').get());
      expect(error.statusCode).toBe(401);
      expect(error.message).toContain('AADSTS65001');
      expect(error.message).toContain('08e18876-6177-487e-b8b5-cf950c1e598c');
    });

    it('without a scope, each workload refuses in its own words; with it, the call goes through', async () => {
      const recipient = tenantUser(tenant, PEOPLE.oakfieldChair);
      const notify = { topic: { source: 'text', value: 'Policy', webUrl: 'https://teams.microsoft.com/l/entity/x/y' }, activityType: 'systemDefault', previewText: { content: 'Hi' }, recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: recipient.id } };
      const teams = await graphErrorOf(as('User.Read').api(`/teams/${oakfieldTeam}/sendActivityNotification`).post(notify));
      expect(teams).toMatchObject({ statusCode: 403, code: 'Forbidden' });
      expect(teams.message).toContain("API requires one of 'TeamsActivity.Send'");
      expect(await graphErrorOf(as('User.Read').api('/me/sendMail').post(mail('No scope', PEOPLE.oakfieldChair)))).toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied' });
      expect(await graphErrorOf(as('User.Read').api(`/users/${recipient.id}`).get())).toMatchObject({ statusCode: 403, code: 'Authorization_RequestDenied' });
      expect(await graphErrorOf(as('User.Read').api(`/groups/${oakfieldTeam}/owners`).get())).toMatchObject({ statusCode: 403, code: 'Authorization_RequestDenied' });
      expect(await graphErrorOf(as('User.Read').api('/appCatalogs/teamsApps').get())).toMatchObject({ statusCode: 403, code: 'Forbidden' });
      const me = await as('User.Read').api('/me').get() as GraphUser;
      expect(me.displayName).toBe('Helen Carter');
      expect((await as('User.ReadBasic.All').api(`/users/${recipient.id}`).get() as GraphUser).displayName).toBe('Margaret Lewis');
    });

    it('by default grants what config/package-solution.json requests (and no more: group members need GroupMember.Read.All)', async () => {
      const shown = await (await fetch(`${tenant.url}/_local/graph-scopes`)).json() as { scopes: string[] };
      expect(shown.scopes).toEqual(['AppCatalog.Read.All', 'Files.Read.All', 'Mail.Send', 'TeamsActivity.Send', 'User.Read', 'User.ReadBasic.All']);
      expect(await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api(`/groups/${oakfieldTeam}/members`).get())).toMatchObject({ statusCode: 403 });
    });

    it('POST /_local/graph-scopes switches the running tenant to "not approved" and back', async () => {
      const set = (text: string): Promise<Response> => fetch(`${tenant.url}/_local/graph-scopes`, { method: 'POST', body: text });
      expect((await set('none')).status).toBe(200);
      try {
        expect(await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api('/me').get())).toMatchObject({ statusCode: 401 });
        expect((await set('Not a scope!')).status).toBe(400);
      } finally {
        await set('default');
      }
      expect((await tenant.graphClient(PEOPLE.oakfieldHead).api('/me').get() as GraphUser).displayName).toBe('Helen Carter');
    });
  });
});
