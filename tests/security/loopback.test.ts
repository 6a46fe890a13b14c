import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { createLocalServer } from '../../local/server/createLocalServer';
import { NO_FAULTS } from '../../local/server/http/faults';
import { isLoopback, isLoopbackHost, loopbackRefusal } from '../../local/server/http/identity';
import { openDatabase } from '../../local/server/store/Database';
import { Store } from '../../local/server/store/Store';
import { seedTenant } from '../../local/seed/tenantSeed';
import { startLocalServer, teamsAppFromManifest } from '../../local/startLocalServer';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

/**
 * The local server believes the `X-Local-User` header and the `local-user` cookie without proof, so it must
 * serve this machine only: it listens on loopback, refuses any caller whose address is not loopback, and
 * refuses requests addressed to a name that is not loopback (a page that rebinds its DNS name to 127.0.0.1).
 */
interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request over loopback TCP or a Unix socket, with any Host header (fetch does not let a caller set it). */
function send(options: { port?: number; socketPath?: string; method: string; path: string; headers: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: options.port, socketPath: options.socketPath, method: options.method, path: options.path, headers: options.headers }, response => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Headers of a request signed in as the officer (header and cookie), as a cross-origin page would send them. */
function signedIn(host: string): Record<string, string> {
  return {
    host, 'x-local-user': PEOPLE.officer, cookie: `local-user=${PEOPLE.officer}`, accept: 'application/json',
    'content-type': 'application/json;charset=utf-8', origin: 'http://127.0.0.1:9', 'access-control-request-method': 'POST'
  };
}

describe('the local server serves this machine only', () => {
  let tenant: TestTenant;
  const LIST = 'Loopback Check';

  beforeAll(async () => {
    tenant = await startTestTenant();
    const officer = tenant.sp(SITES.bank, PEOPLE.officer);
    await officer.web.lists.add(LIST, '', 100);
    await officer.web.lists.getByTitle(LIST).items.add({ Title: 'The only item' });
  });
  afterAll(async () => { await tenant.close(); });

  const titles = async (): Promise<string[]> =>
    (await tenant.sp(SITES.bank, PEOPLE.officer).web.lists.getByTitle(LIST).items.select('Title')<{ Title: string }[]>()).map(i => i.Title);

  it('listens on 127.0.0.1', () => {
    expect((tenant.server.app.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(new URL(tenant.url).hostname).toBe('127.0.0.1');
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', 'example.org'])('refuses to start listening on %s', async host => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-loopback-'));
    try {
      await expect(startLocalServer({ dataDir, port: 0, host })).rejects.toThrow(`listens on loopback only (127.0.0.1, ::1 or localhost), because it believes the sign-in header of whoever reaches it; '${host}' is not a loopback address.`);
      // Refused before anything was opened or written.
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['SharePoint REST', 'GET', `${SITES.bank}/_api/web/lists/getByTitle('Loopback%20Check')/items`],
    ['a SharePoint write', 'POST', `${SITES.bank}/_api/web/lists/getByTitle('Loopback%20Check')/items`],
    ['a request digest', 'POST', `${SITES.bank}/_api/contextinfo`],
    ['a CORS preflight', 'OPTIONS', `${SITES.bank}/_api/web`],
    ['Graph', 'GET', '/graph/v1.0/me'],
    ['the local tools', 'GET', '/_local/users'],
    ['the sign-in switch', 'GET', `/_local/signin?user=${PEOPLE.officer}&then=/`],
    ['the home page', 'GET', '/'],
    ['the workbench', 'GET', `${SITES.bank}/_layouts/15/workbench.aspx`]
  ] as const)("refuses %s from a caller whose address is not loopback with SharePoint's 403, whoever it claims to be", async (_what, method, url) => {
    // The same server reached through a Unix socket: the caller has no IP address at all, so no loopback one.
    const socketPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-socket-')), 'server.sock');
    const store = new Store(openDatabase(':memory:'));
    seedTenant(store);
    const server = createLocalServer({ store, digestSecret: 'secret', teamsApp: teamsAppFromManifest(undefined), faults: NO_FAULTS, log: false });
    await server.app.listen({ path: socketPath });
    try {
      const response = await send({ socketPath, method, path: url, headers: signedIn('localhost'), body: method === 'POST' ? '{"Title":"From elsewhere"}' : undefined });
      expect(response.status).toBe(403);
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(JSON.parse(response.body)).toEqual({
        'odata.error': {
          code: '-2147024891, System.UnauthorizedAccessException',
          message: { lang: 'en-US', value: 'Access denied. The local server answers callers on this machine only (127.0.0.0/8 or ::1), because it believes the signed-in person they name; an unknown address is not one.' }
        }
      });
      expect(store.listsOfSite([...store.sites.values()][0].id)).toEqual([]);
    } finally {
      await server.app.close();
      store.close();
      fs.rmSync(path.dirname(socketPath), { recursive: true, force: true });
    }
  });

  it('refuses a request addressed to a name that is not loopback (DNS rebinding), even from this machine', async () => {
    const port = Number(new URL(tenant.url).port);
    for (const host of ['evil.example', `evil.example:${port}`, `192.0.2.7:${port}`, `127.0.0.1.evil.example:${port}`, 'localhost.evil.example']) {
      for (const [method, url] of [['POST', `${SITES.bank}/_api/web/lists/getByTitle('Loopback%20Check')/items`], ['OPTIONS', `${SITES.bank}/_api/web`], ['GET', '/_local/users']] as const) {
        const response = await send({ port, method, path: url, headers: signedIn(host), body: method === 'POST' ? '{"Title":"Rebound"}' : undefined });
        expect(response.status).toBe(403);
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
        expect(JSON.parse(response.body)['odata.error'].message.value)
          .toBe(`Access denied. The local server answers requests addressed to 127.0.0.1, localhost or [::1] only; this one was addressed to '${host}'.`);
      }
    }
    expect(await titles()).toEqual(['The only item']);
  });

  it('serves this machine under each of its loopback names', async () => {
    const port = Number(new URL(tenant.url).port);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      const response = await send({ port, method: 'GET', path: `${SITES.bank}/_api/web/lists/getByTitle('Loopback%20Check')/items?$select=Title`, headers: signedIn(host) });
      expect(response.status).toBe(200);
      expect((JSON.parse(response.body) as { value: { Title: string }[] }).value.map(i => i.Title)).toEqual(['The only item']);
    }
  });

  it('still treats a loopback caller who names nobody as anonymous (401), not as anyone in particular', async () => {
    const response = await tenant.fetchAs(undefined, `${SITES.bank}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(401);
  });

  describe('the address checks', () => {
    it.each(['127.0.0.1', '127.255.255.254', '::1', '::ffff:127.0.0.1'])('%s is loopback', address => {
      expect(isLoopback(address)).toBe(true);
      expect(loopbackRefusal(address, 'localhost:4321')).toBeUndefined();
    });

    it.each([undefined, '', '0.0.0.0', '::', '10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', '1127.0.0.1', '127.0.0.1.evil.example', '::2', 'fe80::1'])('%j is not', address => {
      expect(isLoopback(address)).toBe(false);
      expect(loopbackRefusal(address, 'localhost:4321')).toMatch(/answers callers on this machine only/);
    });

    it.each(['localhost', 'localhost:4321', 'LocalHost:1', '127.0.0.1', '127.0.0.1:4321', '[::1]:4321', '[::1]', '::1'])('Host %s names this machine', host => {
      expect(isLoopbackHost(host)).toBe(true);
    });

    it.each(['', 'evil.example', 'localhost.evil.example', 'evil.localhost.example:1', '127.0.0.1.nip.io', '127.0.0.1.nip.io:80', '[::2]:1', '0.0.0.0:4321', '[::]:1'])('Host %j does not', host => {
      expect(isLoopbackHost(host)).toBe(false);
    });
  });
});
