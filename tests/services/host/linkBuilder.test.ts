import { linkBuilder } from '../../../src/services/host/linkBuilder';
import type { HostInfo } from '../../../src/services/host/HostInfo';
import { MAX_DEEP_LINK, parseLinkTarget } from '../../../src/domain/approval/deepLink';
import { TEAMS_PERSONAL_ENTITY_ID } from '../../../src/services/host/teamsApp';

const SCHOOL = 'https://contoso.sharepoint.com/sites/oakfield-primary';
const CATALOGUE_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const ROUND = { kind: 'round', draftId: 12, round: 3 } as const;

function contextOf(link: string): { subEntityId: string; channelId?: string } {
  return JSON.parse(new URL(link).searchParams.get('context') ?? '{}') as { subEntityId: string; channelId?: string };
}

describe('linkBuilder (one builder for the web part and the workbench)', () => {
  const personal: HostInfo = { kind: 'Teams', locale: 'en-GB', theme: 'default', siteUrl: SCHOOL, pageWebUrl: 'https://contoso.sharepoint.com', teams: { personal: true } };

  it('from the personal app: a deep link to the personal app, by catalogue id, naming the school site', () => {
    const link = linkBuilder({ teamsAppId: CATALOGUE_ID, host: personal }).deepLink(ROUND, 'Online safety policy');
    const url = new URL(link);
    expect(url.pathname).toBe(`/l/entity/${CATALOGUE_ID}/${TEAMS_PERSONAL_ENTITY_ID}`);
    expect(contextOf(link)).toEqual({ subEntityId: 'round:12:3@/sites/oakfield-primary' });
    expect(link.length).toBeLessThan(MAX_DEEP_LINK);
  });

  it('the browser (mail) link opens the app page on the school site with the same target, never the root site', () => {
    const links = linkBuilder({ teamsAppId: CATALOGUE_ID, host: personal, appPageUrl: `${SCHOOL}/SitePages/Policy-hub.aspx` });
    const web = new URL(links.webUrl(ROUND));
    expect(`${web.origin}${web.pathname}`).toBe(`${SCHOOL}/SitePages/Policy-hub.aspx`);
    expect(parseLinkTarget(web.searchParams.get('subEntityId') ?? '')).toEqual({ target: ROUND, sitePath: '/sites/oakfield-primary' });
    expect(new URL(links.deepLink(ROUND, 'x')).searchParams.get('webUrl')).toBe(web.toString());
  });

  it('without a named app page: the page the web part runs on, else the school site home page', () => {
    const page: HostInfo = { kind: 'SharePoint', locale: 'en-GB', theme: 'default', siteUrl: SCHOOL, appPageUrl: `${SCHOOL}/SitePages/Home.aspx` };
    expect(linkBuilder({ teamsAppId: CATALOGUE_ID, host: page }).webUrl(ROUND)).toMatch(new RegExp(`^${SCHOOL}/SitePages/Home\\.aspx\\?subEntityId=`));
    expect(linkBuilder({ teamsAppId: CATALOGUE_ID, host: personal }).webUrl(ROUND)).toMatch(new RegExp(`^${SCHOOL}\\?subEntityId=`));
  });

  it('names the bank site in the link when it is another site of the tenant, never one elsewhere', () => {
    const link = linkBuilder({ teamsAppId: CATALOGUE_ID, host: personal, bankSiteUrl: 'https://contoso.sharepoint.com/sites/esafety-bank' }).deepLink(ROUND, 'x');
    expect(parseLinkTarget(contextOf(link).subEntityId)).toEqual({ target: ROUND, sitePath: '/sites/oakfield-primary', bankPath: '/sites/esafety-bank' });
    for (const bankSiteUrl of [SCHOOL, 'https://fabrikam.sharepoint.com/sites/esafety-bank']) {
      expect(contextOf(linkBuilder({ teamsAppId: CATALOGUE_ID, host: personal, bankSiteUrl }).deepLink(ROUND, 'x')).subEntityId).toBe('round:12:3@/sites/oakfield-primary');
    }
  });

  it('from a channel tab: a deep link to that tab (its entity id and channel)', () => {
    const channel: HostInfo = { kind: 'Teams', locale: 'en-GB', theme: 'default', siteUrl: SCHOOL, teams: { channelId: '19:abc@thread.tacv2', entityId: 'tab-7', groupId: 'g' } };
    const link = linkBuilder({ teamsAppId: CATALOGUE_ID, host: channel }).deepLink(ROUND, 'x');
    expect(new URL(link).pathname).toBe(`/l/entity/${CATALOGUE_ID}/tab-7`);
    expect(contextOf(link)).toEqual({ subEntityId: 'round:12:3@/sites/oakfield-primary', channelId: '19:abc@thread.tacv2' });
  });
});
