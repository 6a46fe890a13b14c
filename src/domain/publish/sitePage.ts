/**
 * The website copy as a modern SharePoint page (issue 17 item 2: "or publishes the HTML as a SharePoint page on a site
 * it picks"): the pure parts, before any request is sent. `SitePagePublisher` (src/services/publish) uses them.
 *
 * - `siteWithinTenant`: the site the owner typed, accepted only on the tenant's own origin and as a site address
 *   (`/sites/<name>`, `/teams/<name>` or the root), so the app never posts a policy to a host it was not given.
 * - `sitePageHtml`: the body of the website copy reduced to what SharePoint's text web part keeps (headings,
 *   paragraphs, lists, tables, bold and italic), attributes dropped: the page's own title is its h1, so headings move
 *   down one level. In-page links (`#id`) become plain text: the text web part does not promise to keep ids (the
 *   stricter reading, no primary source says it does).
 * - `canvasContent1`: one full-width text web part as PnPjs v4 serialises it (`ClientsideText.Default` in
 *   node_modules/@pnp/sp/clientside-pages/types.js), then the page-settings slice SharePoint writes.
 */

const SITE_PATH = /^\/(?:(?:sites|teams)\/[^/?#]+)?$/i;

/** The absolute URL of the site the owner picked, or undefined when it is not a site of this tenant. */
export function siteWithinTenant(input: string, tenantOrigin: string): string | undefined {
  let url: URL;
  let tenant: URL;
  try {
    url = new URL(input.trim());
    tenant = new URL(tenantOrigin);
  } catch {
    return undefined;
  }
  if (url.protocol !== tenant.protocol || url.host.toLowerCase() !== tenant.host.toLowerCase()) return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const sitePath = /^\/(?:sites|teams)\/[^/]+/i.exec(path)?.[0] ?? (path === '/' ? '/' : undefined);
  if (!sitePath || !SITE_PATH.test(sitePath)) return undefined;
  // A page inside the site (…/SitePages/Home.aspx) names the same site; anything else under it is not a site address.
  const under = path.slice(sitePath === '/' ? 0 : sitePath.length);
  if (under !== '' && under !== '/' && !/^\/SitePages(\/[^/]+\.aspx)?$/i.test(under)) return undefined;
  return `${tenant.protocol}//${tenant.host.toLowerCase()}${sitePath === '/' ? '' : sitePath}`;
}

const KEEP = new Set(['h2', 'h3', 'h4', 'p', 'strong', 'em', 'b', 'i', 'br', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const HEADING_DOWN: Record<string, string> = { h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h4' };
const DROP_WITH_CONTENT = /<(script|style|head|title|template|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * The website copy's `<main>` as text web part HTML. Its input is `websiteCopy`'s own output, whose text is escaped
 * (`escapeHtml`), so every `<` in it starts a tag: each tag is kept bare when allowed, dropped otherwise.
 */
export function sitePageHtml(websiteCopyHtml: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main\s*>/i.exec(websiteCopyHtml)?.[1] ?? websiteCopyHtml;
  return main.replace(DROP_WITH_CONTENT, '').replace(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi, (_, close: string, rawName: string) => {
    const name = HEADING_DOWN[rawName.toLowerCase()] ?? rawName.toLowerCase();
    if (!KEEP.has(name)) return '';
    if (name === 'br') return close ? '' : '<br>';
    return `<${close}${name}>`;
  }).replace(/<!--[\s\S]*?-->/g, '').replace(/<(p|li|h[2-4])><\/\1>/g, '');
}

/** `CanvasContent1` for a page holding one text web part with `html` (`id` a new GUID, passed in: the domain draws none). */
export function canvasContent1(html: string, id: string): string {
  return JSON.stringify([
    {
      addedFromPersistedData: false, anchorComponentId: id, controlType: 4, displayMode: 2, editorType: 'CKEditor', emphasis: {}, id, innerHTML: html,
      position: { controlIndex: 1, layoutIndex: 1, sectionFactor: 12, sectionIndex: 1, zoneIndex: 1 }
    },
    { controlType: 0, pageSettingsSlice: { isDefaultDescription: true, isDefaultThumbnail: true } }
  ]);
}

/**
 * The page's file name: SharePoint refuses `" * : < > ? / \ |` and `#`/`%` in file names ("Restrictions and
 * limitations in OneDrive and SharePoint", Microsoft Support); a modern page's is lower-case words joined by hyphens.
 */
export function sitePageFileName(title: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
  return `${words || 'policy'}.aspx`;
}
