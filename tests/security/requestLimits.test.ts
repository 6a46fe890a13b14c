import type { AddressInfo } from 'net';
import { createLocalServer, type LocalServer } from '../../local/server/createLocalServer';
import { NO_FAULTS } from '../../local/server/http/faults';
import { openDatabase } from '../../local/server/store/Database';
import { Store } from '../../local/server/store/Store';
import { seedTenant } from '../../local/seed/tenantSeed';
import { seedProduct } from '../../workbench/seed/productSeed';
import { teamsAppFromManifest } from '../../local/startLocalServer';
import { buildManifest } from '../../scripts/teamsManifest';
import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import { describeError } from '../../src/services/errors/describeError';
import { SCHOOL_LISTS } from '../../src/services/sharepoint/schema/schoolSchema';
import { SITES } from '../support/testTenant';
import { actorFor, outcomeOf, ROLES, type Actor } from './support/securityTenant';

/**
 * Oversized and malformed requests to the local SharePoint, sent through the real services where the services
 * can send them and as raw HTTP where only a hostile client would: each is refused in SharePoint's error shape,
 * writes nothing, and leaves the server answering. (The existing fidelity suite covers a half JSON body, a JSON
 * array, and a malformed or oversized `$batch`; these are the other cases.)
 */
jest.setTimeout(60_000);

/** The server's body limit here: small enough to pass in a test, large enough for the product to set itself up. */
const LIMIT = 1024 * 1024;
const TOO_LARGE = {
  kind: 'refused', status: 413, code: '-2147024882, System.OutOfMemoryException', message: `The request body is larger than the ${LIMIT} bytes this server accepts.`
};
const INVALID_JSON_CODE = '-1, Microsoft.OData.ODataException';
const COMMENTS_PATH = `${SITES.oakfield}/_api/web/lists/getByTitle('Draft%20Comments')/items`;

interface ErrorBody { 'odata.error': { code: string; message: { lang: string; value: string } } }

describe('oversized and malformed requests get SharePoint-shaped 413 and 400 answers, and change nothing', () => {
  let server: LocalServer;
  let store: Store;
  let url: string;
  let owner: Actor;
  let block: DraftBlock;
  let digest: string;

  const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Response> => fetch(`${url}${path}`, {
    method: 'POST', body,
    headers: { 'X-Local-User': ROLES.owner.login, Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': digest, ...headers }
  });
  const commentIds = async (): Promise<number[]> => (await owner.school.comments(1)).map(c => c.id);

  beforeAll(async () => {
    store = new Store(openDatabase(':memory:'));
    seedTenant(store);
    server = createLocalServer({ store, digestSecret: 'limits', teamsApp: teamsAppFromManifest(buildManifest()), faults: NO_FAULTS, log: false, bodyLimit: LIMIT });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    await seedProduct(url);
    owner = actorFor(url, '', ROLES.owner.login);
    block = (await owner.school.openDraft(1)).draft.blocks.find(b => b.kind === 'Statement') as DraftBlock;
    digest = (await (await post(`${SITES.oakfield}/_api/contextinfo`, '')).json() as { FormDigestValue: string }).FormDigestValue;
  }, 120_000);
  afterAll(async () => {
    await server.app.close();
    store.close();
  });

  describe('through the services', () => {
    it('refuses a comment larger than the server accepts with 413 and keeps none of it', async () => {
      const before = await commentIds();
      const outcome = await outcomeOf(() => owner.school.addComment(1, block.key, 'A very long comment. '.repeat(60_000)));
      expect(outcome).toEqual(TOO_LARGE);
      expect(await commentIds()).toEqual(before);
    });

    it('refuses a block edit larger than the server accepts with 413, the block unchanged, and the app says so in words', async () => {
      const current = await owner.school.blocks().readBlock(block.itemId as number);
      let failure: unknown;
      await owner.school.blocks().updateBlock(current.itemId as number, current.version as number, { text: 'x'.repeat(LIMIT + 1) }).catch((error: unknown) => { failure = error; });
      // Too large, in words that say what to do (errorCodes.sharepoint.tooLarge); SharePoint's own words stay in the detail.
      expect(describeError(failure)).toMatchObject({ kind: 'tooLong', code: 'sharepoint.tooLarge', status: 413, detail: expect.stringContaining(TOO_LARGE.message) });
      expect(await owner.school.blocks().readBlock(block.itemId as number)).toEqual(current);
    });

    it('refuses a file larger than the server accepts with 413 and stores no file', async () => {
      const files = async (): Promise<unknown> => owner.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.policies).items.select('Id')();
      const before = await files();
      const outcome = await outcomeOf(() => owner.schoolSp.web.lists.getByTitle(SCHOOL_LISTS.policies).rootFolder.files.addUsingPath('large.docx', new Uint8Array(LIMIT + 10), { Overwrite: true }));
      expect(outcome).toEqual(TOO_LARGE);
      expect(await files()).toEqual(before);
    });
  });

  describe('as raw requests', () => {
    const polluted = (): unknown => (Object.prototype as Record<string, unknown>).polluted;

    it.each([
      ['a raw control character inside a string', '{"Title":"a\u0001b","CommentText":"x"}'],
      ['a trailing comma', '{"Title":"x",}'],
      ['single quotes', "{'Title':'x'}"],
      ['a comment', '{"Title":"x" /* hi */}'],
      ['JavaScript instead of JSON', '{Title: "x"}'],
      ['NaN', '{"Title":"x","DraftId":NaN}'],
      ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0x54, 0x22, 0x3a, 0xff, 0xfe, 0x7d])],
      ['two objects', '{"Title":"x"}{"Title":"y"}'],
      ['arrays nested 400,000 deep', `${'['.repeat(400_000)}${']'.repeat(400_000)}`],
      ['a string', '"Title"'],
      ['a number', '42'],
      ['null', 'null']
    ])('refuses a body of %s with 400 Invalid JSON', async (_what, body) => {
      const before = await commentIds();
      const response = await post(COMMENTS_PATH, body);
      expect(response.status).toBe(400);
      const error = (await response.json() as ErrorBody)['odata.error'];
      expect(error.code).toBe(INVALID_JSON_CODE);
      expect(error.message).toEqual({ lang: 'en-US', value: expect.stringMatching(/^Invalid JSON\. /) });
      expect(await commentIds()).toEqual(before);
    });

    it.each([
      ['__proto__', '__proto__', '{"__proto__":{"polluted":true},"Title":"x"}'],
      ['constructor.prototype', 'constructor', '{"constructor":{"prototype":{"polluted":true}},"Title":"x"}'],
      ['an unknown column', 'IsAdmin', '{"Title":"x","IsAdmin":true}']
    ])('refuses a body writing %s with 400, and pollutes nothing', async (_what, property, body) => {
      const before = await commentIds();
      const response = await post(COMMENTS_PATH, body);
      expect(response.status).toBe(400);
      const error = (await response.json() as ErrorBody)['odata.error'];
      expect(error.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
      expect(error.message.value.startsWith(`The property '${property}' does not exist on type 'SP.Data.Draft_x0020_CommentsListItem'`)).toBe(true);
      expect(polluted()).toBeUndefined();
      expect(await commentIds()).toEqual(before);
    });

    it('refuses a raw body larger than the server accepts with 413, however it claims to be encoded', async () => {
      const kinds: Record<string, string>[] = [{}, { 'Content-Type': 'text/plain' }, { 'Content-Type': 'application/octet-stream' }];
      for (const headers of kinds) {
        const response = await post(COMMENTS_PATH, 'x'.repeat(LIMIT + 1), headers);
        expect(response.status).toBe(413);
        expect((await response.json() as ErrorBody)['odata.error']).toEqual({ code: TOO_LARGE.code, message: { lang: 'en-US', value: TOO_LARGE.message } });
      }
    });

    it('answers a malformed part of a $batch with its own 400, runs the other parts (SharePoint batches are not transactional), and stays up', async () => {
      const part = (body: string): string => [
        '--changeset_x', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
        `POST ${url}${COMMENTS_PATH} HTTP/1.1`, 'accept: application/json', 'content-type: application/json;charset=utf-8', '', body, ''
      ].join('\n');
      const body = [
        '--batch_x', 'Content-Type: multipart/mixed; boundary="changeset_x"', '',
        part('{"Title":"broken'), part(`{"Title":"Fine","DraftId":1,"BlockKey":"1/${block.key}","CommentText":"A fine comment."}`), '--changeset_x--', '--batch_x--', ''
      ].join('\n');
      const before = await commentIds();
      const response = await post(`${SITES.oakfield}/_api/$batch`, body, { 'Content-Type': 'multipart/mixed; boundary=batch_x' });
      expect(response.status).toBe(200);
      const statuses = [...(await response.text()).matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map(m => Number(m[1]));
      expect(statuses).toEqual([400, 201]);
      const after = await owner.school.comments(1);
      expect(after.map(c => c.id).filter(id => !before.includes(id))).toHaveLength(1);
      expect(after.find(c => !before.includes(c.id))?.text).toBe('A fine comment.');
    });

    it('keeps answering after all of that', async () => {
      expect((await fetch(`${url}/_local/health`)).status).toBe(200);
      expect((await owner.school.listDrafts()).length).toBeGreaterThan(0);
    });
  });
});
