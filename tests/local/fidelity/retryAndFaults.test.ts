import { GraphError } from '@microsoft/microsoft-graph-client';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { faultCounters, failureOf, setFaults, spErrorOfResponse } from './helpers';

describe('retries and injected faults through the real PnPjs and Graph client (PROTOCOL §1 Retry)', () => {
  let tenant: TestTenant;
  const title = async (): Promise<string> =>
    (await tenant.sp(SITES.bank, PEOPLE.officer).web.select('Title')<{ Title: string }>()).Title;

  beforeAll(async () => { tenant = await startTestTenant(); });
  afterAll(async () => { await tenant.close(); });
  afterEach(async () => { await setFaults(tenant, 'rate=0'); });

  it('honours Retry-After: 1 on a 429 once, then resolves (2 requests, at least ~1 s)', async () => {
    await setFaults(tenant, 'rate=1;kinds=429;retryAfter=1;count=1');
    const started = performance.now();
    expect(await title()).toBe('Northshire e-Safety Bank');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(await faultCounters(tenant)).toMatchObject({ requests: 2, '429': 1 });
  });

  it('gives up after 3 attempts on 429 with "Retry count exceeded (3)"', async () => {
    await setFaults(tenant, 'rate=1;kinds=429;retryAfter=0');
    const failure = await failureOf(title());
    expect(failure.status).toBe(429);
    expect(failure.message).toBe('Retry count exceeded (3) for this request. 429: Too Many Requests;');
    expect(failure.response.headers.get('retry-after')).toBe('0');
    expect(await spErrorOfResponse(failure.response)).toEqual({
      status: 429, code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', message: 'The request has been throttled. Please wait and try again.'
    });
    expect(await faultCounters(tenant)).toMatchObject({ requests: 3, '429': 3 });
  });

  it('retries a 503 once and resolves; gives up after 3 attempts on a lasting 503', async () => {
    await setFaults(tenant, 'rate=1;kinds=503;retryAfter=0;count=1');
    expect(await title()).toBe('Northshire e-Safety Bank');
    expect(await faultCounters(tenant)).toMatchObject({ requests: 2, '503': 1 });
    await setFaults(tenant, 'rate=1;kinds=503;retryAfter=0');
    const failure = await failureOf(title());
    expect(failure.status).toBe(503);
    expect(failure.message).toBe('Retry count exceeded (3) for this request. 503: Service Unavailable;');
    expect(await faultCounters(tenant)).toMatchObject({ requests: 3, '503': 3 });
  });

  it('retries a dropped connection and resolves', async () => {
    await setFaults(tenant, 'rate=1;kinds=drop;count=1');
    expect(await title()).toBe('Northshire e-Safety Bank');
    expect(await faultCounters(tenant)).toMatchObject({ requests: 2, drop: 1 });
  });

  it('retries a write after a 429 without writing twice', async () => {
    const sp = tenant.sp(SITES.bank, PEOPLE.officer);
    await sp.web.lists.add('Retry List', '', 100);
    await setFaults(tenant, 'rate=1;kinds=429;retryAfter=0;count=1');
    await sp.web.lists.getByTitle('Retry List').items.add({ Title: 'Once' });
    await setFaults(tenant, 'rate=0');
    const items = await sp.web.lists.getByTitle('Retry List').items.select('Title')<{ Title: string }[]>();
    expect(items.map(i => i.Title)).toEqual(['Once']);
  });

  it('lets the Graph client retry a 429 and answers a lasting one in Graph\'s error shape', async () => {
    await setFaults(tenant, 'rate=1;kinds=429;retryAfter=0;count=1');
    const me = await tenant.graphClient(PEOPLE.officer).api('/me').get() as { displayName: string };
    expect(me.displayName).toBe('Priya Shah');
    expect(await faultCounters(tenant)).toMatchObject({ requests: 2, '429': 1 });
    await setFaults(tenant, 'rate=1;kinds=429;retryAfter=0');
    let caught: unknown;
    try {
      await tenant.graphClient(PEOPLE.officer).api('/me').get();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphError);
    expect(caught).toMatchObject({ statusCode: 429, code: 'TooManyRequests' });
    expect((await faultCounters(tenant)).requests).toBe(4);
  });

  it('refuses a fault spec it cannot read, so a typo is never silent', async () => {
    const response = await fetch(`${tenant.url}/_local/faults`, { method: 'POST', body: 'rate=1;kinds=418' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "Fault kinds must be some of 429, 503, slow, drop, dropAfter; got '418'." });
  });

  describe('CORS for a cross-origin workbench', () => {
    const ORIGIN = 'http://localhost:5173';

    it('exposes ETag, Retry-After and Location to the page', async () => {
      const response = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web`, { headers: { Origin: ORIGIN, Accept: 'application/json' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      const exposed = (response.headers.get('access-control-expose-headers') ?? '').split(',').map(h => h.trim().toLowerCase());
      expect(exposed).toEqual(expect.arrayContaining(['etag', 'retry-after', 'location']));
    });

    it('answers the preflight PnPjs triggers (Content-Type on every request) and exposes Retry-After on a 429', async () => {
      const preflight = await fetch(`${tenant.url}${SITES.bank}/_api/web/lists`, {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-requestdigest,if-match,x-http-method' }
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('x-requestdigest');
      const graphPreflight = await fetch(`${tenant.url}/graph/v1.0/me`, {
        method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' }
      });
      expect(graphPreflight.status).toBe(204);
      expect(graphPreflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      await setFaults(tenant, 'rate=1;kinds=429;retryAfter=2;count=1');
      const throttled = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web`, { headers: { Origin: ORIGIN } });
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('2');
      expect(throttled.headers.get('access-control-expose-headers')).toContain('Retry-After');
    });
  });
});
