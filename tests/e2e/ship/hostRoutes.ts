import * as fs from 'fs';
import * as path from 'path';
import { build } from 'esbuild';
import type { BrowserContext, Route } from 'playwright-core';
import type { HostConfig, TeamsTabContext } from './hostConfig';
import { readCdnFile, resolveRuntime, SPFX_CDN } from './spfxRuntime';
import type { ShippedPackage } from './shippedPackage';

/**
 * Stands in for SharePoint's page rendering, in the browser profile of one test person: a modern page
 * (`/sites/<site>/SitePages/<name>.aspx`) and Teams' SPFx host page (`<site>/_layouts/15/teamshostedapp.aspx`)
 * are answered with a host page carrying the page context SharePoint would render for that site and person;
 * the package's `ClientSideAssets` are answered from the .sppkg at the tenant's app catalog address, and SPFx's
 * CDN from node_modules. Everything else (the REST and Graph calls) reaches the local server.
 */

/** Fluent's CDN: the MDL2 icon fonts `initializeIcons()` loads by default (answered from @fluentui/font-icons-mdl2). */
const FLUENT_CDN = 'https://res-1.cdn.office.net/files/';
const ICON_FONT = /^https:\/\/res-1\.cdn\.office\.net\/files\/fabric-cdn-prod_[^/]+\/assets\/icons\/([^/?]+)$/;
const HOST_SCRIPT = `${SPFX_CDN}/_host/spfx-host.js`;
const nodeModules = path.resolve(__dirname, '..', '..', '..', 'node_modules');
const LOCAL_TENANT_ID = '00000000-0000-4000-8000-000000000001';

let hostScript: Promise<string> | undefined;

/** The host page's start-up script (browser/spfxHost.ts), bundled once per test file. */
function hostScriptText(): Promise<string> {
  hostScript ??= build({
    entryPoints: [path.join(__dirname, 'browser', 'spfxHost.ts')], bundle: true, write: false, format: 'iife',
    platform: 'browser', target: 'es2020', minify: true, legalComments: 'none', logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' }
  }).then(result => result.outputFiles[0].text);
  return hostScript;
}

/** The per-profile state a test sets: what Teams hands the next tab it opens. */
export interface ShipHost {
  /** The URL of the app catalog's copy of `ClientSideAssets` (where SharePoint serves the package's files). */
  readonly assetsBaseUrl: string;
  /** SharePoint-internal modules SPFx imports that npm does not publish (given inert stand-ins). */
  readonly standIns: string[];
  /** The Teams context for the Teams host page (set by the test playing the Teams client). */
  teams?: TeamsTabContext;
}

interface SiteFacts { web: Record<string, unknown>; site: Record<string, unknown>; user: Record<string, unknown>; digest: Record<string, unknown>; me: Record<string, unknown> }

/** What SharePoint knows when it renders a page of `siteUrl` for `login`: read from the local server's REST API. */
async function siteFacts(siteUrl: string, login: string): Promise<SiteFacts | { status: number }> {
  const headers = { Accept: 'application/json;odata=nometadata', 'X-Local-User': login };
  const get = (url: string, init: RequestInit = {}): Promise<Response> => fetch(url, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
  const [web, site, user, digest, me] = await Promise.all([
    get(`${siteUrl}/_api/web?$select=Id,Title,ServerRelativeUrl,Url,Language,Description`),
    get(`${siteUrl}/_api/site?$select=Id,ServerRelativeUrl,Url`),
    get(`${siteUrl}/_api/web/currentuser`),
    get(`${siteUrl}/_api/contextinfo`, { method: 'POST' }),
    // The person's Entra object id, which SharePoint puts in the page context (aadInfo.userId).
    get(`${new URL(siteUrl).origin}/graph/v1.0/me?$select=id`)
  ]);
  const failed = [web, site, user, digest, me].find(r => !r.ok);
  if (failed) return { status: failed.status };
  return { web: await web.json(), site: await site.json(), user: await user.json(), digest: await digest.json(), me: await me.json() } as SiteFacts;
}

function cookieValue(cookie: string | undefined, name: string): string | undefined {
  const part = (cookie ?? '').split(';').map(p => p.trim()).find(p => p.startsWith(`${name}=`));
  return part ? decodeURIComponent(part.slice(name.length + 1)) : undefined;
}

/** The page data SharePoint renders into a page (`_spPageContextInfo` / the SPFx page context), in en-GB. */
function pageContextOf(facts: SiteFacts, origin: string): { pageContext: Record<string, unknown>; legacy: Record<string, unknown> } {
  const { web, site, user, digest, me } = facts as { web: Record<string, string>; site: Record<string, string>; user: Record<string, string>; digest: Record<string, string | number>; me: Record<string, string> };
  const culture = { currentCultureName: 'en-GB', currentUICultureName: 'en-GB', isRightToLeft: false };
  const pageContext = {
    cultureInfo: culture,
    site: { absoluteUrl: `${origin}${site.ServerRelativeUrl === '/' ? '' : site.ServerRelativeUrl}`, id: site.Id, correlationId: '00000000-0000-4000-b000-000000000010', serverRelativeUrl: site.ServerRelativeUrl, isNoScriptEnabled: true, sitePagesEnabled: true },
    web: { absoluteUrl: `${origin}${web.ServerRelativeUrl === '/' ? '' : web.ServerRelativeUrl}`, id: web.Id, title: web.Title, serverRelativeUrl: web.ServerRelativeUrl, language: web.Language, languageName: 'en-GB', isAppWeb: false, permissions: { High: 0, Low: 0 } },
    user: { displayName: user.Title, email: user.Email, loginName: user.LoginName, isAnonymousGuestUser: false, isExternalGuestUser: /#ext#/i.test(user.LoginName ?? '') },
    aadInfo: { tenantId: LOCAL_TENANT_ID, userId: me.id },
    featureInfo: {}
  };
  const legacy = {
    formDigestValue: digest.FormDigestValue, formDigestTimeoutSeconds: digest.FormDigestTimeoutSeconds,
    webAbsoluteUrl: pageContext.web.absoluteUrl, siteAbsoluteUrl: pageContext.site.absoluteUrl, userLoginName: user.LoginName,
    currentCultureName: 'en-GB', currentUICultureName: 'en-GB', aadTenantId: LOCAL_TENANT_ID
  };
  return { pageContext, legacy };
}

const html = (config: HostConfig | undefined, message?: string): string => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>e-Safety Policy Hub</title></head>
<body>${message ? `<p id="host-error">${message.replace(/</g, '&lt;')}</p>` : '<div id="webpart" data-testid="webpart"></div>'}
${config ? `<script>window.__shipHost = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script><script src="${HOST_SCRIPT}"></script>` : ''}
</body></html>`;

/** The site a host page belongs to: the path before `/SitePages/` or `/_layouts/`. */
export function sitePathOf(pathname: string): string | undefined {
  const match = /^(.*?)\/(SitePages\/[^/]+\.aspx|_layouts\/15\/teamshostedapp\.aspx)$/i.exec(pathname);
  return match ? match[1] : undefined;
}

/** Installs the SharePoint-page, app-catalog and CDN answers in one person's browser profile. */
export async function installShipHost(context: BrowserContext, tenantUrl: string, pkg: ShippedPackage): Promise<ShipHost> {
  const assetsBaseUrl = `${tenantUrl}/sites/appcatalog/ClientSideAssets/${pkg.solutionId}/`;
  const resolved = resolveRuntime(pkg.manifest, assetsBaseUrl);
  const state: ShipHost = { assetsBaseUrl, standIns: resolved.standIns };
  const script = await hostScriptText();

  const servePage = async (route: Route, url: URL): Promise<void> => {
    const sitePath = sitePathOf(url.pathname)!;
    const login = cookieValue(await route.request().headerValue('cookie') ?? undefined, 'local-user');
    if (!login) return route.fulfill({ status: 401, contentType: 'text/html', body: html(undefined, 'Sign in first (the local-user cookie).') });
    const facts = await siteFacts(`${tenantUrl}${sitePath}`, login);
    if ('status' in facts) return route.fulfill({ status: facts.status, contentType: 'text/html', body: html(undefined, `SharePoint answered ${facts.status} for the site ${sitePath || '/'}.`) });
    const { pageContext, legacy } = pageContextOf(facts, tenantUrl);
    const teamsHost = /teamshostedapp\.aspx$/i.test(url.pathname);
    const config: HostConfig = {
      plans: resolved.plans, runtime: resolved.runtime,
      webPart: { key: resolved.webPartKey, manifest: pkg.manifest, instanceId: '5b2a7f3e-8a4c-4b8e-9a7d-3c1e2f4a5b6c', properties: { bankSiteUrl: `${tenantUrl}/sites/esafety-bank` } },
      pageContext, legacyPageContext: legacy, graphBaseUrl: `${tenantUrl}/graph`,
      teams: teamsHost ? state.teams : undefined
    };
    if (teamsHost && !config.teams) throw new Error('Open a Teams host through the test Teams client (set host.teams).');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html(config) });
  };

  await context.route(() => true, async route => {
    const url = new URL(route.request().url());
    if (url.href === HOST_SCRIPT) return route.fulfill({ status: 200, contentType: 'text/javascript', body: script });
    if (url.href.startsWith(`${SPFX_CDN}/`)) {
      const body = readCdnFile(url.pathname.slice(new URL(SPFX_CDN).pathname.length + 1));
      return body ? route.fulfill({ status: 200, contentType: 'text/javascript', body }) : route.fulfill({ status: 404, body: 'not on the CDN' });
    }
    const font = ICON_FONT.exec(url.href.split('?')[0]);
    if (font) {
      const file = path.join(nodeModules, '@fluentui', 'font-icons-mdl2', 'fonts', path.basename(font[1]));
      return fs.existsSync(file) ? route.fulfill({ status: 200, contentType: 'font/woff', body: fs.readFileSync(file) }) : route.fulfill({ status: 404, body: '' });
    }
    // Other CDN files (the Segoe UI web fonts) are not in node_modules: the browser falls back, as it would offline.
    if (url.href.startsWith(FLUENT_CDN)) return route.fulfill({ status: 404, body: '' });
    if (url.href.startsWith(assetsBaseUrl)) {
      const body = pkg.assets.get(decodeURIComponent(url.pathname.slice(new URL(assetsBaseUrl).pathname.length)));
      return body ? route.fulfill({ status: 200, contentType: 'text/javascript', body }) : route.fulfill({ status: 404, body: 'not in ClientSideAssets' });
    }
    if (url.origin === new URL(tenantUrl).origin && route.request().isNavigationRequest() && sitePathOf(url.pathname) !== undefined) return servePage(route, url);
    return route.continue();
  });
  return state;
}
