import { resolveSite } from '../../../src/services/host/resolveSite';
import type { HostInfo } from '../../../src/services/host/HostInfo';

const ROOT = 'https://contoso.sharepoint.com';
const SCHOOL = `${ROOT}/sites/oakfield-primary`;

const personal = (subEntityId?: string): HostInfo => ({
  kind: 'Teams', locale: 'en-GB', theme: 'default', siteUrl: ROOT, pageWebUrl: ROOT, subEntityId, teams: { subEntityId, personal: true, tenantId: 't' }
});
const channel = (subEntityId?: string): HostInfo => ({
  kind: 'Teams', locale: 'en-GB', theme: 'default', siteUrl: SCHOOL, pageWebUrl: SCHOOL, subEntityId,
  teams: { subEntityId, groupId: 'group-oak', channelId: '19:oak@thread.tacv2', entityId: 'tab', personal: false }
});

describe('resolveSite (which school site the app works against)', () => {
  it('the personal app works against the school site a link names, once a request to it succeeds', async () => {
    const asked: string[] = [];
    const result = await resolveSite(personal('round:12:3@/sites/oakfield-primary'), async url => { asked.push(url); return true; });
    expect(asked).toEqual([SCHOOL]);
    expect(result.kind).toBe('ready');
    expect(result.host.siteUrl).toBe(SCHOOL);
    // The app reads the bare target; the site travelled only to be resolved.
    expect(result.host.subEntityId).toBe('round:12:3');
    expect(result.host.teams?.subEntityId).toBe('round:12:3');
  });

  it("brings the bank the link names, on the page's origin", async () => {
    const result = await resolveSite(personal('round:12:3@/sites/oakfield-primary;bank=/sites/esafety-bank'), async () => true);
    expect(result).toMatchObject({ kind: 'ready', bankSiteUrl: `${ROOT}/sites/esafety-bank`, host: { siteUrl: SCHOOL, subEntityId: 'round:12:3' } });
  });

  it('explains, rather than reading the root site, when the personal app has no school to open', async () => {
    const never = jest.fn(async () => true);
    expect((await resolveSite(personal(undefined), never)).kind).toBe('noSchool');
    expect((await resolveSite(personal('round:12:3'), never)).kind).toBe('noSchool');
    expect((await resolveSite(personal('round:12:3@https://evil.example/sites/x'), never)).kind).toBe('noSchool');
    expect(never).not.toHaveBeenCalled();
  });

  it('refuses a school site the person cannot read, and never crashes when the request fails', async () => {
    expect(await resolveSite(personal('draft:4@/sites/riverside'), async () => false)).toMatchObject({ kind: 'refused', reason: 'cannotRead', siteUrl: `${ROOT}/sites/riverside` });
    expect(await resolveSite(personal('draft:4@/sites/riverside'), async () => { throw new Error('network down'); })).toMatchObject({ kind: 'refused', reason: 'cannotRead' });
  });

  it('keeps a link inside the origin of the page it runs on', async () => {
    const result = await resolveSite(personal('draft:4@/teams/staff-room'), async () => true);
    expect(result.host.siteUrl).toBe(`${ROOT}/teams/staff-room`);
  });

  it('a channel tab opens its own site without a request, with old and new links', async () => {
    const never = jest.fn(async () => false);
    for (const link of ['round:2:1', 'round:2:1@/sites/oakfield-primary', 'round:2:1@/sites/Oakfield-Primary']) {
      const result = await resolveSite(channel(link), never);
      expect(result).toMatchObject({ kind: 'ready', host: { siteUrl: SCHOOL, subEntityId: 'round:2:1', teams: { groupId: 'group-oak', channelId: '19:oak@thread.tacv2' } } });
    }
    expect(never).not.toHaveBeenCalled();
  });

  it("a link to another school from a channel tab opens that school, without this team's ids", async () => {
    const result = await resolveSite(channel('round:2:1@/sites/riverside'), async () => true);
    expect(result.kind).toBe('ready');
    expect(result.host.siteUrl).toBe(`${ROOT}/sites/riverside`);
    expect(result.host.teams).toMatchObject({ groupId: undefined, channelId: undefined, entityId: undefined });
  });
});
