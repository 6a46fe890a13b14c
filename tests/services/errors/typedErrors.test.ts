import { AuthenticationHandler, Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { AppError, isAppError } from '../../../src/services/errors/AppError';
import { GraphClientAdapter } from '../../../src/services/graph/GraphClientAdapter';
import { buildManifest } from '../../../scripts/teamsManifest';
import { findTeamsAppCatalogId } from '../../../src/services/graph/teamsAppCatalog';
import { LOCAL_USER_HEADER } from '../../../workbench/client/localClients';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';

/** Awaits a call that must fail, and returns what it failed with. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('The call was expected to fail but it succeeded.');
}

/** Asserts the failure is an AppError and returns it typed. */
async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const failure = await failureOf(promise);
  expect(failure).toBeInstanceOf(AppError);
  expect(isAppError(failure)).toBe(true);
  return failure as AppError;
}

const LIST = 'Typed Errors Test';

/**
 * The TypedErrors behavior and the Graph adapter against the local server: the real PnPjs and Graph clients, set up
 * as the composition roots set them up (`localSp` adds TypedErrors like the web part and the workbench do).
 */
describe('every failed request rejects with an AppError the UI can explain', () => {
  let tenant: TestTenant;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.add(LIST, '', 100, false);
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  describe('SharePoint (PnPjs with TypedErrors)', () => {
    it('a save with a stale ETag: 412, conflict, "changed by others", status and SharePoint code kept', async () => {
      const items = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(LIST).items;
      const added = await items.add({ Title: 'First' }) as { Id: number };
      await items.getById(added.Id).update({ Title: 'Second' }, '"1"');
      const error = await appErrorOf(items.getById(added.Id).update({ Title: 'Stale' }, '"1"'));
      expect(error).toMatchObject({ kind: 'conflict', code: 'sharepoint.changedByOthers', status: 412, serviceCode: '-1, Microsoft.SharePoint.Client.ClientServiceException' });
      // The technical detail keeps SharePoint's own words; the unread answer stays for diagnostics.
      expect(error.message).toContain("does not match the object's ETag value");
      expect(error.response?.status).toBe(412);
    }, 30_000);

    it('a reader writing, and someone of another school reading: 403, accessDenied', async () => {
      // Ben Morgan has Read on Oakfield, granted to him directly.
      const reader = tenant.sp(SITES.oakfield, PEOPLE.adviser).web.lists.getByTitle(LIST).items;
      expect(await appErrorOf(reader.add({ Title: 'Not mine to add' }))).toMatchObject({ kind: 'accessDenied', code: 'sharepoint.accessDenied', status: 403 });
      expect(await appErrorOf(tenant.sp(SITES.oakfield, PEOPLE.riversideHead).web())).toMatchObject({ kind: 'accessDenied', status: 403 });
    }, 30_000);

    it('a missing list, item or file: 404, notFound, with the exact case from SharePoint\'s code', async () => {
      const web = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web;
      expect(await appErrorOf(web.lists.getByTitle('No Such List').items())).toMatchObject({ kind: 'notFound', code: 'sharepoint.listMissing', status: 404 });
      expect(await appErrorOf(web.lists.getByTitle(LIST).items.getById(987654)())).toMatchObject({ kind: 'notFound', code: 'sharepoint.itemMissing', status: 404 });
      // getText() replaces the parse observers with its own: the error observer still types the failure.
      expect(await appErrorOf(web.getFileByServerRelativePath(`${SITES.oakfield}/Shared Documents/no-such-file.txt`).getText()))
        .toMatchObject({ kind: 'notFound', code: 'sharepoint.fileMissing', status: 404 });
    }, 30_000);

    it('a failure inside a batch is typed too', async () => {
      const [batched, execute] = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).batched();
      const missing = batched.web.lists.getByTitle('No Such List')();
      const caught = failureOf(missing);
      await execute();
      const error = await caught;
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ kind: 'notFound', code: 'sharepoint.listMissing', status: 404 });
    }, 30_000);

    it('text longer than its column: SharePoint\'s 500 SPFieldValueException is tooLong', async () => {
      const items = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).web.lists.getByTitle(LIST).items;
      expect(await appErrorOf(items.add({ Title: 'x'.repeat(256) })))
        .toMatchObject({ kind: 'tooLong', code: 'sharepoint.valueTooLong', status: 500, serviceCode: '-2130575155, Microsoft.SharePoint.SPFieldValueException' });
    }, 30_000);

    it('a lasting 429 after PnPjs\' three attempts: throttled, with the wait SharePoint asked for', async () => {
      const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead, { 'X-Local-Faults': 'rate=1;kinds=429;retryAfter=1' });
      const error = await appErrorOf(sp.web.select('Title')());
      expect(error).toMatchObject({ kind: 'throttled', code: 'sharepoint.throttledFor', status: 429, retryAfterSeconds: 1, values: [1] });
    }, 60_000);

    it('a dropped connection, every time: offline, no status', async () => {
      const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead, { 'X-Local-Faults': 'rate=1;kinds=drop' });
      const error = await appErrorOf(sp.web.select('Title')());
      expect(error).toMatchObject({ kind: 'offline', code: 'network.offline' });
      expect(error.status).toBeUndefined();
    }, 60_000);
  });

  describe('Graph (the app\'s Graph adapter)', () => {
    /** The real Graph client without its retry handler, so a 429 comes back at once rather than after Retry-After. */
    const noRetryGraph = (login: string): GraphClientAdapter => new GraphClientAdapter(Client.initWithMiddleware({
      baseUrl: `${tenant.url}/graph`, defaultVersion: 'v1.0',
      middleware: (() => {
        const auth = new AuthenticationHandler({ getAccessToken: async () => 'local' });
        auth.setNext(new HTTPMessageHandler());
        return auth;
      })(),
      fetchOptions: { headers: { [LOCAL_USER_HEADER]: login } }
    }));

    it('the local Graph\'s limit of 10 notices a minute per person: the 11th is throttled, with Retry-After', async () => {
      const graph = noRetryGraph(PEOPLE.oakfieldHead);
      const team = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
      const teamsAppId = await findTeamsAppCatalogId(graph, (buildManifest() as { id: string }).id);
      const tech = await graph.get<{ id: string }>(`/users/${encodeURIComponent(PEOPLE.oakfieldTech)}?$select=id`);
      const notice = {
        topic: { source: 'text', value: 'Online safety policy', webUrl: 'https://teams.microsoft.com/l/entity/app/tab' }, activityType: 'approvalReminder',
        previewText: { content: 'Waiting' }, templateParameters: [{ name: 'policy', value: 'Online safety policy' }], teamsAppId,
        recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: tech.id }
      };
      for (let i = 0; i < 10; i++) await graph.post(`/teams/${team}/sendActivityNotification`, notice);
      const error = await appErrorOf(graph.post(`/teams/${team}/sendActivityNotification`, notice));
      expect(error).toMatchObject({ kind: 'throttled', code: 'graph.throttledFor', status: 429, serviceCode: 'TooManyRequests' });
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
      expect(error.values).toEqual([error.retryAfterSeconds]);
    }, 60_000);

    it('a guest sending mail: MailboxNotEnabledForRESTAPI kept as the service code', async () => {
      const guest = tenant.graph(PEOPLE.oakfieldGuestGovernor);
      const mail = { message: { subject: 'Hello', body: { contentType: 'Text', content: 'Hi' }, toRecipients: [{ emailAddress: { address: PEOPLE.oakfieldHead } }] }, saveToSentItems: false };
      expect(await appErrorOf(guest.post('/me/sendMail', mail))).toMatchObject({ kind: 'notFound', code: 'graph.noMailbox', status: 404, serviceCode: 'MailboxNotEnabledForRESTAPI' });
    }, 30_000);

    it('no API access grant: the app\'s Graph access is named, not the person\'s', async () => {
      const ungranted = tenant.graph(PEOPLE.oakfieldHead, { 'X-Local-Graph-Scopes': 'none' });
      expect(await appErrorOf(ungranted.get('/me'))).toMatchObject({ kind: 'accessDenied', code: 'graph.noApiAccess', status: 401 });
    }, 30_000);

    it('a dropped connection: offline', async () => {
      const dropping = tenant.graph(PEOPLE.oakfieldHead, { 'X-Local-Faults': 'rate=1;kinds=drop' });
      const error = await appErrorOf(dropping.get('/me'));
      expect(error).toMatchObject({ kind: 'offline', code: 'network.offline' });
    }, 60_000);
  });
});
