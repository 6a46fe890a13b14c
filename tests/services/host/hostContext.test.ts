import { hostFromSharePointPage, hostFromTeamsContext, type TeamsContextLike } from '../../../src/services/host/hostContext';

const ROOT = 'https://contoso.sharepoint.com';
const SCHOOL = 'https://contoso.sharepoint.com/sites/oakfield-primary';
const GROUP = '5b7e3c2a-1d4f-4a6b-9c8d-0e1f2a3b4c5d';

function context(overrides: Partial<TeamsContextLike> = {}): TeamsContextLike {
  return { app: { locale: 'en-GB', theme: 'default' }, page: { id: 'tab-1', subPageId: 'round:12:3@/sites/oakfield-primary' }, user: { tenant: { id: 'tenant-1' } }, ...overrides };
}

describe('hostFromTeamsContext (what the web part and the workbench read from teams-js)', () => {
  it('a channel tab reads the team site teams-js names, with its group and channel', () => {
    const host = hostFromTeamsContext(context({ team: { groupId: GROUP, displayName: 'Oakfield' }, channel: { id: '19:abc@thread.tacv2' }, sharePointSite: { teamSiteUrl: `${SCHOOL}/` } }), SCHOOL);
    expect(host).toMatchObject({ kind: 'Teams', siteUrl: SCHOOL, pageWebUrl: SCHOOL, subEntityId: 'round:12:3@/sites/oakfield-primary' });
    expect(host.teams).toMatchObject({ groupId: GROUP, channelId: '19:abc@thread.tacv2', entityId: 'tab-1', tenantId: 'tenant-1', personal: false });
  });

  it.each([
    ['an empty teamSiteUrl (teams-js 2.58)', { teamSiteUrl: '' }],
    ['no teamSiteUrl', {}],
    ['no sharePointSite at all', undefined]
  ])('the personal app with %s reads the root site SPFx loaded it on, with no team or channel', (_name, sharePointSite) => {
    const host = hostFromTeamsContext(context({ sharePointSite, team: { groupId: '' }, channel: { id: '' } }), `${ROOT}/`);
    expect(host.siteUrl).toBe(ROOT);
    expect(host.pageWebUrl).toBe(ROOT);
    expect(host.teams).toMatchObject({ groupId: undefined, channelId: undefined, personal: true });
  });

  it('reads an empty sub-page id as no target, and an empty locale as British English', () => {
    const host = hostFromTeamsContext(context({ app: { locale: '' }, page: { subPageId: '' } }), ROOT);
    expect(host.subEntityId).toBeUndefined();
    expect(host.teams?.subEntityId).toBeUndefined();
    expect(host.locale).toBe('en-GB');
  });

  it('follows the Teams theme', () => {
    expect(hostFromTeamsContext(context({ app: { locale: 'en-GB', theme: 'dark' } }), ROOT).theme).toBe('dark');
    expect(hostFromTeamsContext(context({ app: { locale: 'en-GB', theme: 'contrast' } }), ROOT).theme).toBe('contrast');
  });
});

describe('hostFromSharePointPage', () => {
  it('reads the page site, the page as the app page, and ?subEntityId=', () => {
    const host = hostFromSharePointPage({ pageWebUrl: SCHOOL, pageUrl: `${SCHOOL}/SitePages/Policies.aspx?subEntityId=round%3A1%3A2&debug=1#x`, locale: 'en-GB' });
    expect(host).toEqual({
      kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl: SCHOOL, pageWebUrl: SCHOOL,
      appPageUrl: `${SCHOOL}/SitePages/Policies.aspx`, subEntityId: 'round:1:2'
    });
  });
});
