import { startHost } from '../../../src/app/startHost';
import { hostFromTeamsContext } from '../../../src/services/host/hostContext';
import type { IGraphClient } from '../../../src/services/graph/IGraphClient';
import { teamsAppFromManifest } from '../../../local/startLocalServer';
import { buildManifest } from '../../../scripts/teamsManifest';
import { startTestTenant, PEOPLE, SITES, type TestTenant } from '../../support/testTenant';
import webPartManifest from '../../../src/webparts/eSafetyPolicyHub/ESafetyPolicyHubWebPart.manifest.json';

/** The start-up both composition roots share, against the local tenant, for the personal app on the root site. */
describe('startHost in the personal app', () => {
  let tenant: TestTenant;
  beforeAll(async () => { tenant = await startTestTenant(); }, 60_000);
  afterAll(async () => { await tenant.close(); }, 30_000);

  const personalHost = (subPageId: string) => hostFromTeamsContext({ app: { locale: 'en-GB' }, page: { id: 'esafety-policy-hub', subPageId }, sharePointSite: { teamSiteUrl: '' } }, tenant.url);
  const input = (login: string, subPageId: string, graph?: IGraphClient) => ({
    host: personalHost(subPageId), graph: graph ?? tenant.graph(login), manifestId: webPartManifest.id,
    spFor: (siteUrl: string) => tenant.sp(new URL(siteUrl).pathname.replace(/\/$/, ''), login),
    // The personal app has no web part settings: the bank comes from the link.
    bankSiteUrlFor: () => undefined
  });

  it("builds every service for the school site the link names, and links by the catalogue's app id", async () => {
    const start = await startHost(input(PEOPLE.oakfieldGuestGovernor, 'round:1:1@/sites/oakfield-primary;bank=/sites/esafety-bank'));
    if (start.kind !== 'app') throw new Error(`expected the app, got ${start.kind}`);
    expect(start.linksNeedCopying).toBe(false);
    expect(start.services.isBankSite).toBe(false);
    expect(start.services.bank.siteUrl).toBe(`${tenant.url}${SITES.bank}`);
    expect(start.services.host.siteUrl).toBe(`${tenant.url}${SITES.oakfield}`);
    expect(start.services.host.subEntityId).toBe('round:1:1');
    expect((await start.services.site.getSiteAndUser()).site.title).toBe('Oakfield Primary School');
    const link = new URL(start.services.links.deepLink({ kind: 'round', draftId: 1, round: 1 }, 'Policy'));
    expect(link.pathname.split('/')[3]).toBe(teamsAppFromManifest(buildManifest()).catalogId);
    // Links made here carry both sites on, so the next person's personal app finds them too.
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'round:1:1@/sites/oakfield-primary;bank=/sites/esafety-bank' });
  }, 30_000);

  it('explains rather than opening a school the person cannot read', async () => {
    const start = await startHost(input(PEOPLE.oakfieldGuestGovernor, 'round:1:1@/sites/riverside-secondary'));
    expect(start).toMatchObject({ kind: 'notice', resolution: { kind: 'refused', reason: 'cannotRead' } });
  }, 30_000);

  it('still works when Graph refuses the catalogue look-up, and says links may need copying', async () => {
    const graph = tenant.graph(PEOPLE.oakfieldGovernor);
    const noCatalogue: IGraphClient = {
      post: (path, body) => graph.post(path, body), getAll: (path, pages) => graph.getAll(path, pages),
      get: async <T>(path: string): Promise<T> => { if (path.startsWith('/appCatalogs')) throw new Error('Forbidden'); return graph.get<T>(path); } };
    const start = await startHost(input(PEOPLE.oakfieldGovernor, 'draft:1@/sites/oakfield-primary', noCatalogue));
    if (start.kind !== 'app') throw new Error(`expected the app, got ${start.kind}`);
    expect(start.linksNeedCopying).toBe(true);
    expect(start.services.links.webUrl({ kind: 'draft', draftId: 1 })).toBe(`${tenant.url}${SITES.oakfield}?subEntityId=${encodeURIComponent('draft:1@/sites/oakfield-primary')}`);
  }, 30_000);
});
