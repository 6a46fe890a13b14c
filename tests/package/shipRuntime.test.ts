import { readShippedPackage, type ShippedPackage } from '../e2e/ship/shippedPackage';
import { resolveRuntime, SPFX_CDN } from '../e2e/ship/spfxRuntime';
import { tabPageUrl } from '../e2e/ship/teamsClient';
import { sitePathOf } from '../e2e/ship/hostRoutes';

/**
 * What the browser test of the shipped bundle (tests/e2e/shipBundle.e2e.ts) relies on, checked on the package
 * itself: every external the web part's component manifest declares resolves to the real package of that
 * version in node_modules, and the Teams manifest's tabs open SPFx's Teams host page on the right site.
 */
describe('the shipped package, as the ship host loads it', () => {
  let pkg: ShippedPackage;
  const tenant = 'http://127.0.0.1:4321';

  beforeAll(async () => {
    pkg = await readShippedPackage();
  });

  it('maps every component the web part declares to a package of that version, standing in only for SharePoint-internal ones', () => {
    const base = `${tenant}/sites/appcatalog/ClientSideAssets/${pkg.solutionId}/`;
    const { plans, webPartKey, standIns } = resolveRuntime(pkg.manifest, base);
    const declared = Object.entries(pkg.manifest.loaderConfig.scriptResources).filter(([, r]) => r.type === 'component');
    expect(declared.map(([name]) => name)).toEqual(expect.arrayContaining(['react', 'react-dom', '@microsoft/sp-core-library', '@microsoft/sp-webpart-base']));
    for (const [name, resource] of declared) {
      const plan = plans[`${resource.id}_${resource.version}`];
      expect({ name, standIn: plan.standIn }).toEqual({ name, standIn: undefined });
      expect(plan.url?.startsWith(`${SPFX_CDN}/`)).toBe(true);
    }
    expect(plans[webPartKey].url?.startsWith(base)).toBe(true);
    expect(standIns.every(name => /^@(msinternal|ms)\//.test(name))).toBe(true);
  });

  it('opens the channel tab on the team site and the personal app on the tenant root site, in teamshostedapp.aspx', () => {
    const channel = tabPageUrl(pkg.teams.configurableTabs[0].configurationUrl, tenant, '/sites/oakfield-primary');
    const personal = tabPageUrl(pkg.teams.staticTabs[0].contentUrl, tenant, '');
    expect(channel).toMatch(new RegExp(`^${tenant}/sites/oakfield-primary/_layouts/15/teamshostedapp\\.aspx\\?.*componentId=${pkg.manifest.id}`));
    expect(personal).toMatch(new RegExp(`^${tenant}/_layouts/15/teamshostedapp\\.aspx\\?teams&personal&componentId=${pkg.manifest.id}`));
    expect(sitePathOf(new URL(channel).pathname)).toBe('/sites/oakfield-primary');
    expect(sitePathOf(new URL(personal).pathname)).toBe('');
  });
});
