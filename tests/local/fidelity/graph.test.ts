import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { PEOPLE, startTestTenant, type TestTenant } from '../../support/testTenant';
import { buildManifest } from '../../../scripts/teamsManifest';
import { faultCounters, setFaults, team, tenantUser } from './helpers';

interface GraphUser { id: string; displayName: string; userPrincipalName: string; mail: string; userType: string }
interface FeedEntry { recipientId: string; senderId: string; scope: string; activityType: string; previewText: string; topic: { source: string; value: string } }
interface OutboxEntry { senderId: string; subject: string; contentType: string; content: string; to: string[] }

/** Awaits a Graph client call that must fail, and returns its GraphError. */
async function graphErrorOf(promise: Promise<unknown>): Promise<GraphError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  if (!(caught instanceof GraphError)) throw new Error(`Expected a GraphError, got ${String(caught)}`);
  return caught;
}

describe('Microsoft Graph through the real Graph JS client (PROTOCOL §3)', () => {
  let tenant: TestTenant;
  let oakfieldTeam: string;

  const notification = (recipientId: string, activityType = 'approvalRequested'): Record<string, unknown> => ({
    topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${oakfieldTeam}` },
    activityType,
    previewText: { content: 'Online Safety Policy 2026 awaits your approval' },
    templateParameters: [{ name: 'policy', value: 'Online Safety Policy 2026' }],
    recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: recipientId }
  });
  const feed = async (): Promise<FeedEntry[]> => (await fetch(`${tenant.url}/_local/feed`)).json() as Promise<FeedEntry[]>;

  beforeAll(async () => {
    tenant = await startTestTenant();
    oakfieldTeam = team(tenant, 'Oakfield Primary School').id;
  });
  afterAll(async () => { await tenant.close(); });

  describe('people and groups', () => {
    it('answers GET /me for the signed-in person', async () => {
      const me = await tenant.graphClient(PEOPLE.oakfieldDsl).api('/me').get() as GraphUser & { '@odata.context': string };
      expect(me).toMatchObject({ displayName: 'Tom Reid', userPrincipalName: PEOPLE.oakfieldDsl, mail: PEOPLE.oakfieldDsl, userType: 'Member' });
      expect(me.id).toBe(tenantUser(tenant, PEOPLE.oakfieldDsl).id);
      expect(me['@odata.context']).toMatch(/\/graph\/v1\.0\/\$metadata#users\/\$entity$/);
    });

    it('answers GET /users/{id} and /users/{upn}, guests (#EXT#) included, and 404 for nobody', async () => {
      const client = tenant.graphClient(PEOPLE.oakfieldHead);
      const guest = tenantUser(tenant, PEOPLE.oakfieldGuestGovernor);
      const byId = await client.api(`/users/${guest.id}`).get() as GraphUser;
      expect(byId).toMatchObject({ displayName: 'Sarah Whitfield', userType: 'Guest' });
      expect(byId.userPrincipalName).toContain('#EXT#');
      const byUpn = await client.api(`/users/${encodeURIComponent(byId.userPrincipalName)}`).get() as GraphUser;
      expect(byUpn.id).toBe(guest.id);
      const byMemberUpn = await client.api(`/users/${encodeURIComponent(PEOPLE.riversideHead)}`).select('displayName').get() as GraphUser;
      expect(byMemberUpn.displayName).toBe('Daniel Price');
      const missing = await graphErrorOf(client.api('/users/nobody@northshire.example').get());
      expect(missing).toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
    });

    it('pages GET /groups/{id}/members by @odata.nextLink ($top=2), followed through the app\'s GraphClientAdapter.getAll', async () => {
      const first = await tenant.graphClient(PEOPLE.oakfieldHead).api(`/groups/${oakfieldTeam}/members?$top=2`).get() as
        { value: GraphUser[]; '@odata.nextLink': string };
      expect(first.value).toHaveLength(2);
      expect(first['@odata.nextLink']).toMatch(new RegExp(`^${tenant.url.replace(/\./g, '\\.')}/graph/v1\\.0/groups/${oakfieldTeam}/members\\?`));
      await setFaults(tenant, 'rate=0');
      const all = await tenant.graph(PEOPLE.oakfieldHead).getAll<GraphUser>(`/groups/${oakfieldTeam}/members?$top=2`);
      expect((await faultCounters(tenant)).requests).toBe(4);
      expect(all.map(u => u.displayName).sort()).toEqual([
        'Aisha Khan', 'David Okafor', 'Helen Carter', "James O'Brien", 'Margaret Lewis', 'Sarah Whitfield', 'Tom Reid'
      ]);
      expect(new Set(all.map(u => u.id)).size).toBe(7);
    });
  });

  describe('Teams activity notifications (team-scoped)', () => {
    it('answers POST /teams/{groupId}/sendActivityNotification with 204 and delivers to the local feed', async () => {
      const recipient = tenantUser(tenant, PEOPLE.oakfieldChair);
      const result = await tenant.graphClient(PEOPLE.oakfieldHead).api(`/teams/${oakfieldTeam}/sendActivityNotification`).post(notification(recipient.id)) as unknown;
      expect(result).toBeUndefined();
      const delivered = (await feed()).filter(n => n.recipientId === recipient.id);
      expect(delivered).toHaveLength(1);
      expect(delivered[0]).toMatchObject({
        senderId: tenantUser(tenant, PEOPLE.oakfieldHead).id, scope: `teams/${oakfieldTeam}`, activityType: 'approvalRequested',
        previewText: 'Online Safety Policy 2026 awaits your approval', topic: { source: 'entityUrl' }
      });
    });

    it('answers 403 "Ensure that the expected Teams app is installed in the target scope" for a recipient without the app', async () => {
      const guest = tenantUser(tenant, PEOPLE.oakfieldGuestGovernor);
      const error = await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api(`/teams/${oakfieldTeam}/sendActivityNotification`).post(notification(guest.id)));
      expect(error.statusCode).toBe(403);
      expect(error.message).toContain('Ensure that the expected Teams app is installed in the target scope');
      expect((await feed()).some(n => n.recipientId === guest.id)).toBe(false);
    });

    it('answers 400 to a sender notifying themselves and to an activity type the manifest does not declare', async () => {
      const client = tenant.graphClient(PEOPLE.oakfieldHead);
      const self = await graphErrorOf(client.api(`/teams/${oakfieldTeam}/sendActivityNotification`).post(notification(tenantUser(tenant, PEOPLE.oakfieldHead).id)));
      expect(self).toMatchObject({ statusCode: 400, code: 'BadRequest' });
      const undeclared = await graphErrorOf(client.api(`/teams/${oakfieldTeam}/sendActivityNotification`)
        .post(notification(tenantUser(tenant, PEOPLE.oakfieldDsl).id, 'somethingMadeUp')));
      expect(undeclared).toMatchObject({ statusCode: 400, code: 'BadRequest' });
      expect(undeclared.message).toContain('somethingMadeUp');
    });

    it('answers 403 for a recipient outside the team', async () => {
      const outsider = tenantUser(tenant, PEOPLE.riversideDsl);
      const error = await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api(`/teams/${oakfieldTeam}/sendActivityNotification`).post(notification(outsider.id)));
      expect(error.statusCode).toBe(403);
      expect((await feed()).some(n => n.recipientId === outsider.id)).toBe(false);
    });

    it('accepts the user-scoped endpoint and the systemDefault type too', async () => {
      const recipient = tenantUser(tenant, PEOPLE.oakfieldLead);
      await tenant.graphClient(PEOPLE.oakfieldHead).api(`/users/${recipient.id}/teamwork/sendActivityNotification`).post({
        topic: { source: 'text', value: 'Policy', webUrl: 'https://teams.microsoft.com/l/entity/app/tab' }, activityType: 'systemDefault',
        previewText: { content: 'Hello' }, templateParameters: [{ name: 'systemDefaultText', value: 'Hello' }]
      });
      expect((await feed()).filter(n => n.recipientId === recipient.id).map(n => n.scope)).toEqual([`users/${recipient.id}`]);
    });
  });

  describe('notification bodies', () => {
    it("keeps the first 150 characters of the preview, as Teams shows, and needs a webUrl for a 'text' topic", async () => {
      const recipient = tenantUser(tenant, PEOPLE.oakfieldTech);
      const client = tenant.graphClient(PEOPLE.oakfieldHead);
      await client.api(`/teams/${oakfieldTeam}/sendActivityNotification`).post({ ...notification(recipient.id), previewText: { content: 'x'.repeat(200) } });
      expect((await feed()).find(n => n.recipientId === recipient.id)?.previewText).toBe('x'.repeat(150));
      const noWebUrl = await graphErrorOf(client.api(`/teams/${oakfieldTeam}/sendActivityNotification`)
        .post({ ...notification(recipient.id), topic: { source: 'text', value: 'Policy' } }));
      expect(noWebUrl).toMatchObject({ statusCode: 400, code: 'BadRequest' });
      const noRecipient = await graphErrorOf(client.api(`/teams/${oakfieldTeam}/sendActivityNotification`).post({ ...notification(recipient.id), recipient: undefined }));
      expect(noRecipient).toMatchObject({ statusCode: 400, code: 'BadRequest' });
    });

    it('answers POST /teamwork/sendActivityNotificationToRecipients with 202 for 1 to 100 recipients', async () => {
      const recipients = [PEOPLE.oakfieldDsl, PEOPLE.oakfieldGovernor].map(login => ({
        '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: tenantUser(tenant, login).id
      }));
      const body = { ...notification(''), recipient: undefined, activityType: 'policyApproved', recipients };
      const response = await tenant.fetchAs(PEOPLE.oakfieldHead, '/graph/v1.0/teamwork/sendActivityNotificationToRecipients', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
      expect(response.status).toBe(202);
      const approved = (await feed()).filter(n => n.activityType === 'policyApproved').map(n => n.recipientId).sort();
      expect(approved).toEqual(recipients.map(r => r.userId).sort());
      const tooMany = await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api('/teamwork/sendActivityNotificationToRecipients')
        .post({ ...body, recipients: Array.from({ length: 101 }, () => recipients[0]) }));
      expect(tooMany.statusCode).toBe(400);
    });
  });

  it("finds the app in the org catalogue by its manifest id (for deep links), and nothing for another id", async () => {
    const manifestId = (buildManifest() as { id: string }).id;
    const client = tenant.graphClient(PEOPLE.oakfieldHead);
    const found = await client.api('/appCatalogs/teamsApps').filter(`externalId eq '${manifestId}'`).get() as { value: { id: string; externalId: string; distributionMethod: string }[] };
    expect(found.value).toHaveLength(1);
    expect(found.value[0]).toMatchObject({ externalId: manifestId, distributionMethod: 'organization' });
    const other = await client.api('/appCatalogs/teamsApps').filter("externalId eq '00000000-0000-0000-0000-000000000000'").get() as { value: unknown[] };
    expect(other.value).toEqual([]);
  });

  describe('mail and identity', () => {
    it('answers POST /me/sendMail with 202 and puts the mail in the local outbox', async () => {
      await tenant.graphClient(PEOPLE.oakfieldHead).api('/me/sendMail').post({
        message: {
          subject: 'Please approve the Online Safety Policy', body: { contentType: 'HTML', content: '<p>It is ready.</p>' },
          toRecipients: [{ emailAddress: { address: PEOPLE.oakfieldGuestGovernor } }]
        },
        saveToSentItems: false
      });
      const response = await tenant.fetchAs(PEOPLE.oakfieldHead, '/graph/v1.0/me/sendMail', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: { subject: 'Raw', body: { contentType: 'Text', content: 'x' }, toRecipients: [{ emailAddress: { address: PEOPLE.oakfieldDsl } }] } })
      });
      expect(response.status).toBe(202);
      expect(await response.text()).toBe('');
      const outbox = await (await fetch(`${tenant.url}/_local/outbox`)).json() as OutboxEntry[];
      expect(outbox.find(m => m.subject === 'Please approve the Online Safety Policy')).toMatchObject({
        senderId: tenantUser(tenant, PEOPLE.oakfieldHead).id, contentType: 'HTML', content: '<p>It is ready.</p>', to: [PEOPLE.oakfieldGuestGovernor]
      });
    });

    it('answers 401 InvalidAuthenticationToken when no one is signed in', async () => {
      const anonymous = Client.init({ baseUrl: `${tenant.url}/graph`, defaultVersion: 'v1.0', authProvider: done => done(null, 'local') });
      const error = await graphErrorOf(anonymous.api('/me').get());
      expect(error).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
    });
  });
});
