import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { PEOPLE, startTestTenant, type TestTenant } from '../../support/testTenant';
import { buildManifest } from '../../../scripts/teamsManifest';
import { SHARED_ID_APP } from '../../../local/server/graph/teamsCatalog';
import { ActivityThrottle } from '../../../local/server/graph/activityThrottle';
import { team, tenantUser } from './helpers';
import { graphErrorOf, type CatalogEntry, type FeedEntry } from './graphSupport';

/** No client-side retries: a 429 shows itself instead of the client waiting out Retry-After. */
const NO_RETRY = [new RetryHandlerOptions(0, 0)];

describe('Teams activity notifications through the real Graph JS client (PROTOCOL §3, TENANT-FACTS "Graph")', () => {
  let tenant: TestTenant;
  let oakfieldTeam: string;
  let riversideTeam: string;
  let clock = Date.parse('2026-12-01T09:00:00Z');
  let ourCatalogId: string;

  const notification = (teamId: string, recipientId: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${teamId}` },
    activityType: 'approvalRequested',
    previewText: { content: 'Online Safety Policy 2026 awaits your approval' },
    templateParameters: [{ name: 'policy', value: 'Online Safety Policy 2026' }],
    recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: recipientId },
    ...extra
  });
  const feed = async (): Promise<FeedEntry[]> => (await fetch(`${tenant.url}/_local/feed`)).json() as Promise<FeedEntry[]>;
  const sendToTeam = (sender: string, teamId: string, body: Record<string, unknown>): Promise<unknown> =>
    tenant.graphClient(sender).api(`/teams/${teamId}/sendActivityNotification`).middlewareOptions(NO_RETRY).post(body) as Promise<unknown>;

  beforeAll(async () => {
    tenant = await startTestTenant({ graph: { now: () => clock } });
    oakfieldTeam = team(tenant, 'Oakfield Primary School').id;
    riversideTeam = team(tenant, 'Riverside Secondary School').id;
    const manifestId = (buildManifest() as { id: string }).id;
    const found = await tenant.graphClient(PEOPLE.oakfieldHead).api('/appCatalogs/teamsApps').filter(`externalId eq '${manifestId}'`).get() as { value: CatalogEntry[] };
    ourCatalogId = found.value[0].id;
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  describe('team scope: POST /teams/{id}/sendActivityNotification', () => {
    it('answers 204 and delivers to the feed when the app is installed in the team and the recipient is a member', async () => {
      const recipient = tenantUser(tenant, PEOPLE.oakfieldChair);
      expect(await sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id))).toBeUndefined();
      const delivered = (await feed()).filter(n => n.recipientId === recipient.id);
      expect(delivered).toHaveLength(1);
      expect(delivered[0]).toMatchObject({ senderId: tenantUser(tenant, PEOPLE.oakfieldHead).id, scope: `teams/${oakfieldTeam}`, activityType: 'approvalRequested', teamsAppId: ourCatalogId });
    });

    it('answers 403 "…installed in the target scope" once the app is removed from the team, and 204 again when it is added back', async () => {
      const recipient = tenantUser(tenant, PEOPLE.oakfieldDsl);
      tenant.server.graph.teamsCatalog.uninstallFromTeam(ourCatalogId, oakfieldTeam);
      try {
        const error = await graphErrorOf(sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id)));
        expect(error.statusCode).toBe(403);
        expect(error.message).toContain('Ensure that the expected Teams app is installed in the target scope');
      } finally {
        tenant.server.graph.teamsCatalog.installInTeam(ourCatalogId, oakfieldTeam);
      }
      await sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id));
      expect((await feed()).filter(n => n.recipientId === recipient.id)).toHaveLength(1);
    });

    it('answers 403 for a recipient outside the team, for a guest recipient (stricter reading), and 400 for oneself', async () => {
      const outsider = tenantUser(tenant, PEOPLE.riversideDsl);
      expect((await graphErrorOf(sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, outsider.id)))).statusCode).toBe(403);
      const guest = tenantUser(tenant, PEOPLE.oakfieldGuestGovernor);
      expect((await graphErrorOf(sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, guest.id)))).statusCode).toBe(403);
      const self = tenantUser(tenant, PEOPLE.oakfieldHead);
      expect(await graphErrorOf(sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, self.id)))).toMatchObject({ statusCode: 400, code: 'BadRequest' });
      const ids = (await feed()).map(n => n.recipientId);
      expect(ids).not.toContain(outsider.id);
      expect(ids).not.toContain(guest.id);
    });

    it('lets a guest who is a member send to the owner in a team where the app is installed', async () => {
      const owner = tenantUser(tenant, PEOPLE.oakfieldHead);
      await sendToTeam(PEOPLE.oakfieldGuestGovernor, oakfieldTeam, notification(oakfieldTeam, owner.id, { activityType: 'policyApproved' }));
      expect((await feed()).some(n => n.recipientId === owner.id && n.senderId === tenantUser(tenant, PEOPLE.oakfieldGuestGovernor).id)).toBe(true);
    });

    it('answers 409 where two installed apps share the SPFx Entra app id, unless teamsAppId names ours (sp-dev-docs#8719)', async () => {
      const recipient = tenantUser(tenant, PEOPLE.riversideDsl);
      const conflict = await graphErrorOf(sendToTeam(PEOPLE.riversideHead, riversideTeam, notification(riversideTeam, recipient.id)));
      expect(conflict).toMatchObject({ statusCode: 409 });
      expect(conflict.message).toContain("Found multiple applications with the same Microsoft Entra App ID '08e18876-6177-487e-b8b5-cf950c1e598c'");
      const unknownApp = await graphErrorOf(sendToTeam(PEOPLE.riversideHead, riversideTeam, notification(riversideTeam, recipient.id, { teamsAppId: '00000000-0000-4000-8000-000000000000' })));
      expect(unknownApp.statusCode).toBe(403);
      // The other app's id picks the other app, whose manifest does not declare our activity type.
      const otherApp = await graphErrorOf(sendToTeam(PEOPLE.riversideHead, riversideTeam, notification(riversideTeam, recipient.id, { teamsAppId: SHARED_ID_APP.catalogId })));
      expect(otherApp).toMatchObject({ statusCode: 400, code: 'BadRequest' });
      await sendToTeam(PEOPLE.riversideHead, riversideTeam, notification(riversideTeam, recipient.id, { teamsAppId: ourCatalogId }));
      expect((await feed()).filter(n => n.recipientId === recipient.id).map(n => n.teamsAppId)).toEqual([ourCatalogId]);
    });

    it('answers 400 to an activity type the manifest does not declare, to a text topic without webUrl and to a missing recipient', async () => {
      const recipient = tenantUser(tenant, PEOPLE.oakfieldTech);
      expect(await graphErrorOf(sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id, { activityType: 'somethingMadeUp' })))).toMatchObject({ statusCode: 400 });
      expect(await graphErrorOf(sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id, { topic: { source: 'text', value: 'Policy' } })))).toMatchObject({ statusCode: 400 });
      expect(await graphErrorOf(sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id, { recipient: undefined })))).toMatchObject({ statusCode: 400 });
      await sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id, { previewText: { content: 'x'.repeat(200) } }));
      expect((await feed()).find(n => n.recipientId === recipient.id)?.previewText).toBe('x'.repeat(150));
    });
  });

  describe('user and bulk scope', () => {
    it('needs the app installed for the user personally: a member has it, a guest does not', async () => {
      const lead = tenantUser(tenant, PEOPLE.oakfieldLead);
      await tenant.graphClient(PEOPLE.oakfieldHead).api(`/users/${lead.id}/teamwork/sendActivityNotification`).post({
        topic: { source: 'text', value: 'Policy', webUrl: 'https://teams.microsoft.com/l/entity/app/tab' }, activityType: 'systemDefault',
        previewText: { content: 'Hello' }, templateParameters: [{ name: 'systemDefaultText', value: 'Hello' }]
      });
      expect((await feed()).filter(n => n.recipientId === lead.id).map(n => n.scope)).toEqual([`users/${lead.id}`]);
      const guest = tenantUser(tenant, PEOPLE.oakfieldGuestGovernor);
      const error = await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api(`/users/${encodeURIComponent(guest.userPrincipalName)}/teamwork/sendActivityNotification`)
        .post({ topic: { source: 'text', value: 'Policy', webUrl: 'https://teams.microsoft.com/l/entity/app/tab' }, activityType: 'systemDefault', previewText: { content: 'Hi' } }));
      expect(error.statusCode).toBe(403);
    });

    it('answers POST /teamwork/sendActivityNotificationToRecipients with 202 for 1 to 100 recipients (409 where apps share the id)', async () => {
      const riversider = [{ '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: tenantUser(tenant, PEOPLE.riversideHead).id }];
      const bulk = tenant.graphClient(PEOPLE.oakfieldHead).api('/teamwork/sendActivityNotificationToRecipients').middlewareOptions(NO_RETRY);
      const shared = { ...notification(oakfieldTeam, ''), recipient: undefined, activityType: 'policyApproved', recipients: riversider };
      expect((await graphErrorOf(bulk.post(shared))).statusCode).toBe(409);
      const recipients = [PEOPLE.oakfieldGovernor, PEOPLE.officer].map(login => ({ '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: tenantUser(tenant, login).id }));
      const body = { ...notification(oakfieldTeam, ''), recipient: undefined, activityType: 'policyApproved', recipients };
      const response = await tenant.fetchAs(PEOPLE.oakfieldHead, '/graph/v1.0/teamwork/sendActivityNotificationToRecipients', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
      expect(response.status).toBe(202);
      expect((await feed()).filter(n => n.activityType === 'policyApproved' && n.scope === 'teamwork').map(n => n.recipientId).sort()).toEqual(recipients.map(r => r.userId).sort());
      const tooMany = await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api('/teamwork/sendActivityNotificationToRecipients').post({ ...body, recipients: Array.from({ length: 101 }, () => recipients[0]) }));
      expect(tooMany.statusCode).toBe(400);
    });
  });

  describe('at most 10 notifications a minute per recipient', () => {
    it('answers the 11th within a minute with 429 and Retry-After, and delivers again once the window has moved', async () => {
      const recipient = tenantUser(tenant, PEOPLE.oakfieldGovernor);
      const before = (await feed()).filter(n => n.recipientId === recipient.id).length;
      for (let i = before; i < 10; i++) {
        clock += 1_000;
        await sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id));
      }
      const throttled = await graphErrorOf(sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id)));
      expect(throttled.statusCode).toBe(429);
      const retryAfter = Number(throttled.headers?.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Someone else is not throttled by it.
      await sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, tenantUser(tenant, PEOPLE.oakfieldLead).id));
      clock += retryAfter * 1_000;
      await sendToTeam(PEOPLE.oakfieldHead, oakfieldTeam, notification(oakfieldTeam, recipient.id));
      expect((await feed()).filter(n => n.recipientId === recipient.id)).toHaveLength(11);
    });

    it('slides the window: 10 in one minute, then one more each time the oldest leaves it', () => {
      let now = 0;
      const throttle = new ActivityThrottle(() => now);
      for (let i = 0; i < 10; i++) { expect(throttle.retryAfterSeconds('u')).toBe(0); throttle.record('u'); now += 5_000; }
      expect(throttle.retryAfterSeconds('u')).toBe(10);
      now = 60_001;
      expect(throttle.retryAfterSeconds('u')).toBe(0);
      throttle.record('u');
      expect(throttle.retryAfterSeconds('u')).toBe(5);
      expect(throttle.retryAfterSeconds('someone else')).toBe(0);
    });
  });
});

describe('a Teams manifest whose webApplicationInfo.id is not the SPFx principal (PROTOCOL §6)', () => {
  it('gets 403 from every scope: no installed app matches the caller\'s Entra app id', async () => {
    const tenant = await startTestTenant({ teamsManifest: buildManifest({ TEAMS_WEB_APPLICATION_ID: '00000003-0000-0ff1-ce00-000000000000' }) });
    try {
      const oakfield = team(tenant, 'Oakfield Primary School').id;
      const recipient = tenantUser(tenant, PEOPLE.oakfieldChair);
      const error = await graphErrorOf(tenant.graphClient(PEOPLE.oakfieldHead).api(`/teams/${oakfield}/sendActivityNotification`).post({
        topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${oakfield}` }, activityType: 'approvalRequested', previewText: { content: 'x' },
        recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: recipient.id }
      }));
      expect(error.statusCode).toBe(403);
      expect(error.message).toContain('Ensure that the expected Teams app is installed in the target scope');
    } finally {
      await tenant.close();
    }
  }, 60_000);
});
