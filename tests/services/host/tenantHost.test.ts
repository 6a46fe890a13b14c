import { canReadSite } from '../../../src/services/host/siteAccess';
import { lookUpTeamsAppId, type SmallCache } from '../../../src/services/host/teamsCatalogue';
import { startTestTenant, PEOPLE, SITES, type TestTenant } from '../../support/testTenant';
import type { IGraphClient } from '../../../src/services/graph/IGraphClient';
import { teamsAppFromManifest } from '../../../local/startLocalServer';
import { buildManifest } from '../../../scripts/teamsManifest';
import webPartManifest from '../../../src/webparts/eSafetyPolicyHub/ESafetyPolicyHubWebPart.manifest.json';

/** The host services against the local tenant, through the real PnPjs and Graph clients. */
describe('the host against the local tenant', () => {
  let tenant: TestTenant;
  beforeAll(async () => { tenant = await startTestTenant(); }, 60_000);
  afterAll(async () => { await tenant.close(); }, 30_000);

  it('serves the root site at the origin: members read it, guests cannot', async () => {
    const web = await tenant.sp('', PEOPLE.oakfieldGovernor).web.select('Title', 'ServerRelativeUrl', 'Url')<{ Title: string; ServerRelativeUrl: string; Url: string }>();
    expect(web).toEqual(expect.objectContaining({ ServerRelativeUrl: '/', Url: tenant.url, Title: 'Northshire County Council' }));
    await expect(tenant.sp('', PEOPLE.oakfieldGuestGovernor).web()).rejects.toMatchObject({ status: 403 });
    const info = await tenant.fetchAs(PEOPLE.oakfieldGovernor, '/_api/contextinfo', { method: 'POST', headers: { accept: 'application/json;odata=nometadata' } });
    expect(info.status).toBe(200);
    expect(((await info.json()) as { WebFullUrl: string }).WebFullUrl).toBe(tenant.url);
  }, 30_000);

  it('canReadSite: yes for a site the person reads, no for one they cannot or that does not exist', async () => {
    expect(await canReadSite(tenant.sp(SITES.oakfield, PEOPLE.oakfieldGuestGovernor))).toBe(true);
    expect(await canReadSite(tenant.sp(SITES.riverside, PEOPLE.oakfieldGuestGovernor))).toBe(false);
    expect(await canReadSite(tenant.sp('/sites/nowhere', PEOPLE.oakfieldGovernor))).toBe(false);
  }, 30_000);

  it("reads the app's catalogue id (not the manifest id) once per page session", async () => {
    const store = new Map<string, string>();
    const cache: SmallCache = { getItem: k => store.get(k) ?? null, setItem: (k, v) => { store.set(k, v); } };
    const first = await lookUpTeamsAppId(tenant.graph(PEOPLE.oakfieldGovernor), webPartManifest.id, cache);
    expect(first.fromCatalogue).toBe(true);
    expect(first.appId).toBe(teamsAppFromManifest(buildManifest()).catalogId);
    expect(first.appId).not.toBe(webPartManifest.id);
    const refusing: IGraphClient = { get: async () => { throw new Error('should be cached'); }, post: async () => undefined, getAll: async () => [] };
    expect(await lookUpTeamsAppId(refusing, webPartManifest.id, cache)).toEqual(first);
  }, 30_000);

  it('falls back to the manifest id, saying so, when Graph refuses the look-up', async () => {
    const refusing: IGraphClient = { get: async () => { throw Object.assign(new Error('Forbidden'), { statusCode: 403 }); }, post: async () => undefined, getAll: async () => [] };
    expect(await lookUpTeamsAppId(refusing, webPartManifest.id)).toEqual({ appId: webPartManifest.id, fromCatalogue: false });
  });
});
