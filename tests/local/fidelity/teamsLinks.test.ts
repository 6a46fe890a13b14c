import { startTestTenant, PEOPLE, SITES, type TestTenant } from '../../support/testTenant';
import { teamsAppFromManifest } from '../../../local/startLocalServer';
import { buildManifest } from '../../../scripts/teamsManifest';
import { localChannelId } from '../../../local/server/http/linkPages';

/** The local Teams and mail client open links as the real ones do (see local/server/http/linkPages.ts). */
describe('links opened by the local Teams and mail client', () => {
  let tenant: TestTenant;
  const catalogId = teamsAppFromManifest(buildManifest()).catalogId;
  const context = (value: Record<string, string>): string => encodeURIComponent(JSON.stringify(value));
  const open = (path: string): Promise<Response> => tenant.fetchAs(PEOPLE.oakfieldGovernor, path, { redirect: 'manual' });
  beforeAll(async () => { tenant = await startTestTenant(); }, 60_000);
  afterAll(async () => { await tenant.close(); }, 30_000);

  it('opens the personal app on the root site with the sub-entity when the link names no channel', async () => {
    const response = await open(`/l/entity/${catalogId}/esafety-policy-hub?webUrl=x&label=y&context=${context({ subEntityId: 'round:1:2@/sites/oakfield-primary' })}`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/_layouts/15/workbench.aspx?host=teams-personal&subEntityId=${encodeURIComponent('round:1:2@/sites/oakfield-primary')}`);
  });

  it("opens the channel's tab on its team's site when the link names a channel", async () => {
    const groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
    const response = await open(`/l/entity/${catalogId}/tab?context=${context({ subEntityId: 'draft:1', channelId: localChannelId(groupId) })}`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${SITES.oakfield}/_layouts/15/workbench.aspx?host=teams&subEntityId=draft%3A1`);
  });

  it("refuses a channel tab to someone outside the channel's team", async () => {
    const groupId = [...tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School')!.id;
    const response = await tenant.fetchAs(PEOPLE.riversideHead, `/l/entity/${catalogId}/tab?context=${context({ subEntityId: 'draft:1', channelId: localChannelId(groupId) })}`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/find this channel/);
  });

  it.each([
    ['an app id that is not the catalogue id (the manifest id)', () => `/l/entity/${buildManifest().id as string}/esafety-policy-hub?context=%7B%7D`, 404, /find this app/],
    ['an unknown channel', () => `/l/entity/${catalogId}/tab?context=${encodeURIComponent('{"subEntityId":"draft:1","channelId":"19:nope@thread.tacv2"}')}`, 404, /find this channel/],
    ['a context that is not JSON', () => `/l/entity/${catalogId}/tab?context=%7Bnot-json`, 400, /damaged/]
  ])('fails as Teams would for %s, with an error page', async (_name, path, status, message) => {
    const response = await open(path());
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(message);
  });

  it('shows mail as a mail client does: subject and text, links opening as the recipient, no markup of its own', async () => {
    const browserLink = `${tenant.url}${SITES.oakfield}/_layouts/15/workbench.aspx?subEntityId=round%3A1%3A1%40%2Fsites%2Foakfield-primary`;
    const teamsLink = `https://teams.microsoft.com/l/entity/${catalogId}/esafety-policy-hub?context=${context({ subEntityId: 'round:1:1' })}`;
    await tenant.graph(PEOPLE.oakfieldHead).post('/me/sendMail', {
      message: {
        subject: 'Approve <b>policy</b>', toRecipients: [{ emailAddress: { address: PEOPLE.oakfieldGuestGovernor } }],
        body: { contentType: 'HTML', content: `<p>Ready &amp; waiting <img src=x onerror="alert(1)"></p><script>alert(2)</script><p><a href="${teamsLink.replace(/&/g, '&amp;')}">Open in Teams</a> · <a href="${browserLink.replace(/&/g, '&amp;')}">Open in the browser</a> · <a href="javascript:alert(3)">Trap</a></p>` }
      },
      saveToSentItems: false
    });
    const page = await (await tenant.fetchAs(undefined, '/_local/outbox', { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('Approve &lt;b&gt;policy&lt;/b&gt;');
    expect(page).toContain('Ready &amp; waiting');
    // Sent when, as a person reads it (not a raw ISO stamp).
    expect(page).toMatch(/<time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d\d:\d\d UTC<\/time>/);
    expect(page).not.toMatch(/<script>alert|<img|onerror=|href="javascript/i);
    const signIn = (path: string): string => `/_local/signin?user=${encodeURIComponent(PEOPLE.oakfieldGuestGovernor)}&amp;then=${encodeURIComponent(path)}`;
    expect(page).toContain(`href="${signIn(new URL(browserLink).pathname + new URL(browserLink).search)}"`);
    expect(page).toContain(`href="${signIn(new URL(teamsLink).pathname + new URL(teamsLink).search)}"`);
    // The JSON answer stays for tools and tests.
    const json = await (await tenant.fetchAs(undefined, '/_local/outbox')).json() as { subject: string }[];
    expect(json.some(m => m.subject === 'Approve <b>policy</b>')).toBe(true);
  }, 30_000);
});
