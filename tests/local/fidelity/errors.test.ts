import type { AddressInfo } from 'net';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { createLocalServer } from '../../../local/server/createLocalServer';
import { NO_FAULTS } from '../../../local/server/http/faults';
import { openDatabase } from '../../../local/server/store/Database';
import { Store } from '../../../local/server/store/Store';
import { seedTenant } from '../../../local/seed/tenantSeed';
import { teamsAppFromManifest } from '../../../local/startLocalServer';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { digestFor, failureOf, SP, spErrorOf, spErrorOfResponse } from './helpers';

const LIST = 'Error List';

describe("SharePoint's errors through the real PnPjs and plain requests (PROTOCOL §2 errors)", () => {
  let tenant: TestTenant;
  let sp: SPFI;
  let webUrl: string;
  let digest: string;
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle(LIST);
  const postJson = (path: string, body: string, accept = 'application/json'): Promise<Response> => tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/${path}`, {
    method: 'POST', body, headers: { Accept: accept, 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': digest }
  });

  beforeAll(async () => {
    tenant = await startTestTenant();
    sp = tenant.sp(SITES.bank, PEOPLE.officer);
    webUrl = `${tenant.url}${SITES.bank}`;
    await sp.web.lists.add(LIST, '', 100);
    await list().items.add({ Title: 'Only item' });
    digest = await digestFor(tenant, PEOPLE.officer, SITES.bank);
  });
  afterAll(async () => { await tenant.close(); });

  it("answers a missing list with 404 and \"List 'Tasks' does not exist at site with URL '…'.\"", async () => {
    const failure = await failureOf(sp.web.lists.getByTitle('Tasks')());
    expect(failure.message).toMatch(/^Error making HttpClient request in queryable \[404\] Not Found ::> \{"odata\.error"/);
    expect(await spErrorOf(sp.web.lists.getByTitle('Tasks').items())).toEqual({ status: 404, ...SP.listNotFound('Tasks', webUrl) });
  });

  it('answers a missing item with 404 and "Item does not exist…"', async () => {
    expect(await spErrorOf(list().items.getById(4242)())).toEqual({ status: 404, ...SP.itemNotFound });
    expect(await spErrorOf(list().items.getById(4242).update({ Title: 'x' }))).toEqual({ status: 404, ...SP.itemNotFound });
  });

  it('answers a $select of an unknown property with 400 InvalidClientQueryException', async () => {
    const typeName = (await list().select('ListItemEntityTypeFullName')<{ ListItemEntityTypeFullName: string }>()).ListItemEntityTypeFullName;
    expect(await spErrorOf(list().items.select('Id', 'Nope')())).toEqual({
      status: 400, code: SP.invalidClientQuery,
      message: `The property 'Nope' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
    });
    expect(await spErrorOf(list().items.add({ Nope: 1 }))).toMatchObject({ status: 400, code: SP.invalidClientQuery });
  });

  it("answers a $filter on an unknown field with 400 \"The field or property 'X' does not exist.\"", async () => {
    expect(await spErrorOf(list().items.filter("Nope eq 'x'")())).toEqual({ status: 400, ...SP.fieldNotFound('Nope') });
    expect(await spErrorOf(list().items.orderBy('Nope')())).toEqual({ status: 400, ...SP.fieldNotFound('Nope') });
  });

  it('refuses the $filter functions SharePoint does not support, and broken expressions, with 400', async () => {
    for (const filter of ["endswith(Title, 'x')", "tolower(Title) eq 'x'", 'Id add 1 eq 2', "Title eq 'unterminated", '(Id eq 1']) {
      const error = await spErrorOf(list().items.filter(filter)());
      expect(error).toMatchObject({ status: 400, code: SP.invalidClientQuery });
    }
  });

  it('answers a malformed JSON body with a clear 400', async () => {
    const response = await postJson(`web/lists/getByTitle('Error%20List')/items`, '{"Title": "half');
    const error = await spErrorOfResponse(response);
    expect(error.status).toBe(400);
    expect(error.code).toBe('-1, Microsoft.OData.ODataException');
    expect(error.message).toMatch(/^Invalid JSON\. /);
    const notObject = await spErrorOfResponse(await postJson(`web/lists/getByTitle('Error%20List')/items`, '[1, 2]'));
    expect(notObject).toMatchObject({ status: 400, message: 'Invalid JSON. A JSON object is expected.' });
    expect(await list().items.select('Id')<{ Id: number }[]>()).toHaveLength(1);
  });

  it('answers in the verbose error shape ("error") to Accept: application/json;odata=verbose', async () => {
    const response = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web/lists/getByTitle('Tasks')`, { headers: { Accept: 'application/json;odata=verbose' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json;odata=verbose/);
    const tasks = SP.listNotFound('Tasks', webUrl);
    expect(await response.json()).toEqual({ error: { code: tasks.code, message: { lang: 'en-US', value: tasks.message } } });
    const badJson = await postJson(`web/lists/getByTitle('Error%20List')/items`, '{', 'application/json;odata=verbose');
    expect(Object.keys(await badJson.json() as object)).toEqual(['error']);
  });

  it('answers an anonymous caller with 401 and an unknown resource with 404, in the same shape', async () => {
    const anonymous = await tenant.fetchAs(undefined, `${SITES.bank}/_api/web`, { headers: { Accept: 'application/json' } });
    expect((await spErrorOfResponse(anonymous)).status).toBe(401);
    const unknown = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web/nothingHere`, { headers: { Accept: 'application/json' } });
    expect(await spErrorOfResponse(unknown)).toMatchObject({ status: 404, code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException' });
  });

  it('answers a site that does not exist with 404', async () => {
    const response = await tenant.fetchAs(PEOPLE.officer, '/sites/no-such-site/_api/web', { headers: { Accept: 'application/json' } });
    expect(await spErrorOfResponse(response)).toEqual({ status: 404, code: '-2147024894, System.IO.FileNotFoundException', message: 'File Not Found.' });
  });

  describe('malformed and oversized $batch', () => {
    const batch = (body: string, contentType: string): Promise<Response> => tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/$batch`, {
      method: 'POST', body, headers: { 'Content-Type': contentType, 'X-RequestDigest': digest, Accept: 'application/json' }
    });
    const getPart = (boundary: string): string => [
      `--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${tenant.url}${SITES.bank}/_api/web/lists/getByTitle('Error%20List')/items(1) HTTP/1.1`, 'accept: application/json', '', ''
    ].join('\n');

    it('refuses a batch without a multipart boundary', async () => {
      const error = await spErrorOfResponse(await batch(getPart('batch_x'), 'application/json'));
      expect(error).toMatchObject({ status: 400, code: SP.invalidClientQuery });
      expect(error.message).toContain('boundary');
    });

    it('refuses a batch part whose request line is not an HTTP request', async () => {
      const body = getPart('batch_x').replace(/GET (\S+) HTTP\/1\.1/, 'FETCH-ME-THIS $1') + '--batch_x--\n';
      const error = await spErrorOfResponse(await batch(body, 'multipart/mixed; boundary=batch_x'));
      expect(error).toMatchObject({ status: 400, code: SP.invalidClientQuery });
      expect(error.message).toContain('FETCH-ME-THIS');
    });

    it('refuses a batch of more requests than the server accepts (100), running none of them', async () => {
      const writes = Array.from({ length: 101 }, () => [
        '--batch_big', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
        `POST ${tenant.url}${SITES.bank}/_api/web/lists/getByTitle('Error%20List')/items HTTP/1.1`,
        'accept: application/json', 'content-type: application/json;charset=utf-8', '', '{"Title":"From a huge batch"}', ''
      ].join('\n')).join('\n');
      const error = await spErrorOfResponse(await batch(`${writes}\n--batch_big--\n`, 'multipart/mixed; boundary=batch_big'));
      expect(error).toEqual({ status: 400, code: SP.invalidClientQuery, message: 'A batch may hold at most 100 requests; this one holds 101.' });
      expect(await list().items.select('Id')<{ Id: number }[]>()).toHaveLength(1);
    });

    it('refuses a request body over the size limit with 413 in the same shape', async () => {
      // A server of its own with a 4 KB limit: the tenant's real limit (60 MB) is too big to send in a unit of time.
      const store = new Store(openDatabase(':memory:'));
      seedTenant(store);
      const small = createLocalServer({ store, digestSecret: 'secret', teamsApp: teamsAppFromManifest(undefined), faults: NO_FAULTS, log: false, bodyLimit: 4096 });
      await small.app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const url = `http://127.0.0.1:${(small.app.server.address() as AddressInfo).port}`;
        const response = await fetch(`${url}${SITES.bank}/_api/$batch`, {
          method: 'POST', body: 'x'.repeat(5000),
          headers: { 'X-Local-User': PEOPLE.officer, 'Content-Type': 'multipart/mixed; boundary=batch_big', 'X-RequestDigest': digest, Accept: 'application/json' }
        });
        expect(await spErrorOfResponse(response)).toEqual({
          status: 413, code: '-2147024882, System.OutOfMemoryException', message: 'The request body is larger than the 4096 bytes this server accepts.'
        });
      } finally {
        await small.app.close();
        store.close();
      }
    });

    it('answers a well-formed batch of exactly one request with exactly one part', async () => {
      const response = await batch(`${getPart('batch_one')}--batch_one--\n`, 'multipart/mixed; boundary=batch_one');
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text.match(/^--batchresponse_[^\n]+$/gm)).toHaveLength(2);
      expect(text).toContain('HTTP/1.1 200 OK');
    });
  });
});
