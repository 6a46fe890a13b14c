import * as fs from 'fs';
import { useShipTenant, type ShipProfile } from './ship/shipTenant';
import { openChannelTab, openDeepLink, openPersonalApp, type Person, type TeamOfSite } from './ship/teamsClient';
import { completeOakfieldProfile } from './support/roundSetup';
import { PEOPLE, SITES } from '../support/testTenant';

/**
 * The bundle `npm run package` ships, loaded from the .sppkg's ClientSideAssets into pages that do what
 * SharePoint's SPFx loader does (tests/e2e/ship/): SPFx 1.23's own packages from node_modules construct the
 * web part's context and render it, as a SharePoint page, a Teams channel tab and the Teams personal app,
 * against the local server. Needs `npm run package` first (CI runs it before the browser tests).
 */
const PAGE = '/SitePages/PolicyHub.aspx';
const GREETING = /^Good (morning|afternoon|evening), /;

describe('the shipped bundle (.sppkg) in SharePoint and Teams hosts', () => {
  const ctx = useShipTenant({ prepare: completeOakfieldProfile });

  const person = (login: string): Person => {
    const user = [...ctx.tenant.server.store.users.values()].find(u => u.userPrincipalName === login);
    if (!user) throw new Error(`No seeded person ${login}.`);
    return { id: user.id, userPrincipalName: user.userPrincipalName };
  };
  const oakfieldTeam = (): TeamOfSite => {
    const group = [...ctx.tenant.server.store.groups.values()].find(g => g.displayName === 'Oakfield Primary School');
    if (!group) throw new Error('The seed has no Oakfield Primary School team.');
    return { groupId: group.id, displayName: group.displayName, sitePath: SITES.oakfield, channel: { id: '19:general-oakfield@thread.tacv2', displayName: 'General' } };
  };
  /** Every request the page makes, to show which files the browser really loaded. */
  const recordRequests = (profile: ShipProfile): string[] => {
    const urls: string[] = [];
    profile.page.on('request', request => urls.push(request.url()));
    return urls;
  };

  it('on a SharePoint page of the school site, SPFx 1.23 loads the .sppkg bundle and renders the home screen', async () => {
    const profile = await ctx.profile(PEOPLE.oakfieldHead);
    const requests = recordRequests(profile);
    await profile.page.goto(`${ctx.tenant.url}${SITES.oakfield}${PAGE}`);
    await profile.rendered();
    await profile.page.getByTestId('greeting').waitFor({ timeout: 30_000 });
    expect(await profile.page.getByTestId('greeting').textContent()).toMatch(/^Good (morning|afternoon|evening), Helen$/);
    expect(await profile.page.getByTestId('site-line').textContent()).toBe('You are working in Oakfield Primary School.');
    // The entry bundle came from the package's ClientSideAssets, and SPFx itself from the packages in node_modules.
    const entry = ctx.pkg.manifest.loaderConfig.scriptResources[ctx.pkg.manifest.loaderConfig.entryModuleId].path!;
    expect(requests).toContain(`${profile.host.assetsBaseUrl}${entry}`);
    for (const pkg of ['sp-core-library', 'sp-webpart-base', 'sp-component-base', 'sp-property-pane', 'sp-page-context', 'sp-http']) {
      expect(requests.some(url => url.includes(`/sp-client/${pkg}/`))).toBe(true);
    }
    expect(requests.some(url => url.includes('/_npm.react-dom/umd/react-dom.production.min.js'))).toBe(true);
    // SharePoint-internal modules are stood in for; SPFx touches only these members of them on the way to a render
    // (telemetry, kill switches and feature overrides left at their defaults, Fluent v9 style helpers at load time).
    // Anything new here means SPFx now relies on a stand-in: look at what it expects before trusting this host.
    const touched = await profile.page.evaluate(() => (window as unknown as { __standInsUsed?: string[] }).__standInsUsed ?? []);
    expect(touched.filter(member => !/^@msinternal\/(sp-telemetry\._PerformanceLogger|odsp-core-bundle\.(KillSwitch|FeatureOverrides)|sp-fluentui-v9-utilities-bundle)\b/.test(member))).toEqual([]);
    await profile.context.close();
  }, 120_000);

  it('as a channel tab of the school team, it works on the team site with the team and channel from Teams, icons drawn', async () => {
    const profile = await ctx.profile(PEOPLE.oakfieldHead);
    const requests = recordRequests(profile);
    await openChannelTab(profile, ctx.pkg, ctx.tenant.url, person(PEOPLE.oakfieldHead), oakfieldTeam());
    await profile.rendered();
    await profile.page.getByTestId('greeting').waitFor({ timeout: 30_000 });
    expect(await profile.page.getByTestId('greeting').textContent()).toMatch(GREETING);
    expect(await profile.page.getByTestId('site-line').textContent()).toBe('You are working in Oakfield Primary School.');
    expect(await profile.teamsContextReads()).toBeGreaterThan(0);
    // Teams' host page registers no Fluent icons (SharePoint/sp-dev-docs#3844): each one the app shows must have its
    // glyph (a registered icon renders its character; an unregistered one renders nothing), from the icon font.
    await profile.page.locator('#webpart [data-icon-name="Add"]').first().waitFor({ state: 'attached', timeout: 30_000 });
    const icons = await profile.page.locator('#webpart [data-icon-name]').evaluateAll(nodes => nodes.map(n => ({ name: n.getAttribute('data-icon-name'), glyph: n.textContent ?? '' })));
    expect(icons.length).toBeGreaterThan(0);
    expect(icons.filter(icon => icon.glyph === '')).toEqual([]);
    const iconFont = /\/assets\/icons\/fabric-icons-[^/]+\.woff/;
    if (!requests.some(url => iconFont.test(url))) await profile.page.waitForRequest(request => iconFont.test(request.url()), { timeout: 30_000 });
    await profile.context.close();
  }, 120_000);

  it('as the personal app (tenant root site, no team, teamSiteUrl ""), opened without a link, it says where to go instead of failing on the root site', async () => {
    const profile = await ctx.profile(PEOPLE.oakfieldChair);
    await openPersonalApp(profile, ctx.pkg, ctx.tenant.url, person(PEOPLE.oakfieldChair), ctx.pkg.teams.staticTabs[0].entityId);
    await profile.rendered();
    // The root site is no school's: the app explains how to reach one (a link names its school site; see the
    // notification test below) rather than reading the root site as if it were a school.
    await profile.page.getByText('Open a school to start').waitFor({ timeout: 30_000 });
    expect(await profile.page.getByText("We couldn't load this site.").count()).toBe(0);
    await profile.context.close();
  }, 120_000);

  it('exports Word from the SharePoint page: the lazy word-export chunk loads from ClientSideAssets and a .docx downloads', async () => {
    const profile = await ctx.profile(PEOPLE.oakfieldHead, { acceptDownloads: true });
    const requests = recordRequests(profile);
    await profile.page.goto(`${ctx.tenant.url}${SITES.oakfield}${PAGE}`);
    await profile.rendered();
    await profile.page.getByText('Online safety policy', { exact: true }).click();
    await profile.page.getByTestId('draft-title').waitFor({ timeout: 30_000 });
    const chunk = /\/chunk\.word-export_[0-9a-f]+\.js$/;
    // Code splitting is the ship build's: nothing of the Word export is loaded before it is asked for.
    expect(requests.some(url => chunk.test(url))).toBe(false);
    await profile.page.getByRole('menuitem', { name: 'Word document', exact: true }).click();
    const [download] = await Promise.all([
      profile.page.waitForEvent('download', { timeout: 60_000 }),
      profile.page.getByRole('menu', { name: 'Word document' }).getByRole('menuitem', { name: 'Download Word', exact: true }).click()
    ]);
    const chunkUrl = requests.find(url => chunk.test(url));
    expect(chunkUrl?.startsWith(profile.host.assetsBaseUrl)).toBe(true);
    expect(ctx.pkg.assets.has(chunkUrl!.slice(profile.host.assetsBaseUrl.length))).toBe(true);
    // The docx library itself (the only code that writes the WordprocessingML namespace) came in a lazy chunk too.
    const docxChunk = [...ctx.pkg.assets].find(([name, body]) => /^chunk\..+\.js$/.test(name) && body.includes('schemas.openxmlformats.org/wordprocessingml/2006/main'));
    expect(docxChunk).toBeDefined();
    expect(requests).toContain(`${profile.host.assetsBaseUrl}${docxChunk![0]}`);
    const file = await download.path();
    if (!file) throw new Error(`The download failed: ${String(await download.failure())}`);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    await profile.context.close();
  }, 120_000);

  describe('an approval round started from the shipped bundle', () => {
    /** The newest notification of a type in a person's local Teams feed: its link is the deep link Teams would open. */
    const feedLink = async (login: string, activityType: string): Promise<string> => {
      const response = await fetch(`${ctx.tenant.url}/_local/feed?user=${encodeURIComponent(login)}`, { headers: { Accept: 'application/json' } });
      const items = (await response.json() as { activityType: string; createdDateTime: string; topic: { webUrl?: string } }[])
        .filter(n => n.activityType === activityType).sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
      if (!items[0]?.topic.webUrl) throw new Error(`${login} has no ${activityType} notification with a link.`);
      return items[0].topic.webUrl;
    };
    /** The "Open in the browser" link of the newest mail to a person in the local outbox. */
    const mailLink = async (address: string): Promise<string> => {
      const mails = await (await fetch(`${ctx.tenant.url}/_local/outbox`)).json() as { to: string[]; content: string; createdDateTime: string }[];
      const mail = mails.filter(m => m.to.some(t => t.toLowerCase() === address.toLowerCase())).sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime))[0];
      const href = mail && [...mail.content.matchAll(/<a href="([^"]+)">Open in the browser<\/a>/g)][0]?.[1];
      if (!href) throw new Error(`No mail with a browser link was sent to ${address}.`);
      return href.replace(/&amp;/g, '&');
    };

    it('the headteacher submits the policy for approval on the SharePoint page', async () => {
      const owner = await ctx.profile(PEOPLE.oakfieldHead);
      await owner.page.goto(`${ctx.tenant.url}${SITES.oakfield}${PAGE}`);
      await owner.rendered();
      await owner.page.getByText('Online safety policy', { exact: true }).click();
      await owner.page.getByTestId('draft-title').waitFor({ timeout: 30_000 });
      await owner.page.getByRole('menuitem', { name: 'Submit for approval' }).click();
      await owner.page.getByText('All checks pass', { exact: false }).waitFor({ timeout: 30_000 });
      await owner.page.getByRole('button', { name: 'Submit', exact: true }).click();
      await owner.page.getByTestId('deliveries').waitFor({ timeout: 30_000 });
      expect(await owner.page.getByTestId('deliveries').textContent()).toMatch(/Margaret Lewis/);
      await owner.context.close();
    }, 120_000);

    it('a guest governor opens the round from her mail link in the browser and approves', async () => {
      const link = await mailLink(PEOPLE.oakfieldGuestGovernor);
      const governor = await ctx.profile(PEOPLE.oakfieldGuestGovernor);
      await governor.page.goto(link);
      await governor.rendered();
      await governor.page.getByTestId('frozen-draft').waitFor({ timeout: 30_000 });
      expect(await governor.page.getByTestId('round-title').textContent()).toBe('Online safety policy: round 1');
      await governor.page.getByRole('button', { name: 'Approve' }).click();
      await governor.page.getByText('You decided: Approve').waitFor({ timeout: 30_000 });
      await governor.context.close();
    }, 120_000);

    it('the chair opens the round from her Teams notification (personal app) and approves', async () => {
      const link = await feedLink(PEOPLE.oakfieldChair, 'approvalRequested');
      const chair = await ctx.profile(PEOPLE.oakfieldChair);
      await openDeepLink(chair, ctx.pkg, ctx.tenant.url, person(PEOPLE.oakfieldChair), link);
      await chair.rendered();
      await chair.page.getByTestId('frozen-draft').waitFor({ timeout: 30_000 });
      expect(await chair.page.getByTestId('round-title').textContent()).toBe('Online safety policy: round 1');
      await chair.page.getByRole('button', { name: 'Approve' }).click();
      await chair.page.getByText('You decided: Approve').waitFor({ timeout: 30_000 });
      await chair.context.close();
    }, 120_000);
  });
});
