import type { Store } from '../store/Store';
import type { SiteRecord } from '../store/model';
import { parseApiPath } from './apiPath';
import { formatBatchResponse, parseBatch } from './batch';
import { DigestIssuer, DIGEST_TIMEOUT_SECONDS } from './digest';
import { ensureSiteUser } from './security';
import { SpContext } from './SpContext';
import { SpError, SpErrors } from './SpError';
import { jsonResponse, odataFormat, type SpRequest, type SpResponse } from './SpRequest';
import { canOpenWeb } from './resources/securityResource';
import { handleWeb } from './resources/webResource';
import { handleSite } from './resources/siteResource';
import { fileItem } from './resources/fileResource';
import { handleRootLists, handleSitePages } from './resources/sitePagesResource';

/**
 * `/sites/<name>/_api/…`, or `/_api/…` for the tenant's root site, which SharePoint Online serves at the origin and
 * where SPFx loads a Teams personal app (`/_layouts/15/teamshostedapp.aspx`, sp-dev-docs
 * `docs/spfx/deployment-spfx-teams-solutions.md`): the root site answers like any other site.
 */
const API_PATH = /^((?:\/sites\/[^/]+)?)\/_api(?:\/(.*))?$/i;

/** True when a URL path is a SharePoint REST call this handler answers. */
export function isSharePointApiPath(pathname: string): boolean {
  return API_PATH.test(pathname);
}

/**
 * The local SharePoint: resolves the site from the URL, checks who is calling and their digest,
 * walks the REST path and answers as SharePoint Online would, errors included.
 */
export class SharePointHandler {
  private readonly digests: DigestIssuer;

  constructor(private readonly store: Store, secret: string) {
    this.digests = new DigestIssuer(secret);
  }

  /** Answers one request; never throws (errors become SharePoint's error bodies). */
  async handle(request: SpRequest): Promise<SpResponse> {
    try {
      return await this.route(request);
    } catch (error) {
      const verbose = odataFormat(request.headers.accept) === 'verbose';
      if (error instanceof SpError) return jsonResponse(error.status, error.toBody(verbose), verbose ? 'verbose' : 'minimal');
      const unexpected = new SpError(500, '-1, System.Exception', `The server could not complete the request: ${(error as Error).message}`);
      console.error('[sharepoint] unexpected error', error);
      return jsonResponse(500, unexpected.toBody(verbose), verbose ? 'verbose' : 'minimal');
    }
  }

  /**
   * A document's own URL (`/sites/<site>/<library>/<file>`), as a browser opens it: SharePoint answers a GET on a
   * file's URL with the file, to a caller who may read it (https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest
   * uses the same item-level read permission). `?web=1` asks SharePoint for the Office viewer, which this server
   * does not have: it hands over the file itself instead, with the same permission check, never more.
   * Unknown sites and files the caller cannot see answer SharePoint's 404; no identity answers 401.
   */
  async openFileUrl(request: SpRequest): Promise<SpResponse> {
    try {
      const path = safeDecode(request.url.pathname);
      const site = this.store.siteByUrl(/^\/sites\/[^/]+/i.exec(path)?.[0] ?? '');
      if (!site) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
      if (!request.user) throw SpErrors.notSignedIn();
      const ctx = new SpContext(this.store, site, request, request.user);
      if (!canOpenWeb(ctx)) throw SpErrors.accessDenied();
      const { item } = fileItem(ctx, path);
      const file = item.file as NonNullable<typeof item.file>;
      return {
        status: 200, body: this.store.content(file.contentId ?? '') ?? Buffer.alloc(0),
        headers: {
          'content-type': contentTypeOfFile(file.Name),
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.Name)}`,
          'x-content-type-options': 'nosniff'
        }
      };
    } catch (error) {
      if (error instanceof SpError) return jsonResponse(error.status, error.toBody(false), 'minimal');
      throw error;
    }
  }

  /**
   * The form digest a SharePoint page carries for its own web (`_spPageContextInfo.formDigestValue`, which SPFx
   * exposes as `pageContext.legacyPageContext.formDigestValue` and PnPjs's SPFx behavior uses instead of calling
   * `_api/contextinfo` for that web: pnp/pnpjs packages/sp/behaviors/spfx.ts). Only for a signed-in person who can open
   * the web, as SharePoint renders a page only for them; otherwise nothing, and the client asks `contextinfo` (which
   * refuses them) as it would anywhere else.
   */
  public pageDigest(request: SpRequest): { value: string; timeoutSeconds: number } | undefined {
    const sitePath = /^\/sites\/[^/]+/i.exec(safeDecode(request.url.pathname))?.[0];
    const site = sitePath ? this.store.siteByUrl(sitePath) : this.rootSite();
    if (!site || !request.user) return undefined;
    if (!canOpenWeb(new SpContext(this.store, site, request, request.user))) return undefined;
    return { value: this.digests.issue(site.id), timeoutSeconds: DIGEST_TIMEOUT_SECONDS };
  }

  private async route(request: SpRequest): Promise<SpResponse> {
    const match = API_PATH.exec(request.url.pathname);
    if (!match) throw SpErrors.notFound(request.url.pathname);
    const site = match[1] ? this.store.siteByUrl(safeDecode(match[1])) : this.rootSite();
    if (!site) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    const segments = parseApiPath(safeDecode(match[2] ?? ''), request.url.searchParams);
    if (!request.user) throw SpErrors.notSignedIn();
    const ctx = new SpContext(this.store, site, request, request.user);
    if (!canOpenWeb(ctx)) throw SpErrors.accessDenied();
    if (!site.users.some(u => u.aadObjectId === request.user?.id && u.PrincipalType === 1)) {
      ensureSiteUser(site, request.user);
      this.store.saveSite(site);
    }
    const first = segments[0]?.name;
    if (first === 'contextinfo') {
      if (request.method !== 'POST') throw SpErrors.methodNotAllowed(request.method, 'contextinfo');
      return this.contextInfo(ctx);
    }
    if (request.method !== 'GET' && !request.inBatch && !this.digests.isValid(site.id, request.headers['x-requestdigest'])) {
      throw SpErrors.invalidDigest();
    }
    if (first === '$batch') {
      if (request.inBatch) throw SpErrors.badRequest('A $batch cannot be nested in another.');
      const parts = parseBatch(request);
      const answers: SpResponse[] = [];
      // SharePoint runs the parts in order and a failed part does not stop the others (changesets are not transactional).
      for (const part of parts) answers.push(await this.handle(part));
      return formatBatchResponse(answers);
    }
    switch (first) {
      case 'web':
        if (segments[0].called) throw SpErrors.badQuery(`The expression "${segments[0].raw}(…)" is not valid.`);
        return handleWeb(ctx, segments.slice(1));
      case 'site': return handleSite(ctx, segments[0], segments.slice(1));
      // Modern pages (`_api/sitepages/pages`, its `checkoutpage`, `savepage` and `publish`, as PnPjs v4's
      // clientside-pages sends them) and the Site Pages list PnPjs finds through `_api/lists/EnsureClientRenderedSitePagesLibrary`.
      case 'sitepages': return handleSitePages(ctx, segments.slice(1));
      case 'lists': return handleRootLists(ctx, segments.slice(1));
      default:
        throw SpErrors.notFound(segments[0]?.raw ?? '_api');
    }
  }

  /** The tenant's root site (server-relative URL `/`), if the tenant has one. */
  private rootSite(): SiteRecord | undefined {
    for (const site of this.store.sites.values()) if (site.serverRelativeUrl === '/') return site;
    return undefined;
  }

  private contextInfo(ctx: SpContext): SpResponse {
    const body = {
      'odata.metadata': `${ctx.apiUrl}/$metadata#SP.ContextWebInformation`,
      FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
      FormDigestValue: this.digests.issue(ctx.site.id),
      LibraryVersion: '16.0.25912.12006',
      SiteFullUrl: ctx.webUrl,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: ctx.webUrl
    };
    return jsonResponse(200, ctx.format === 'verbose' ? { d: { GetContextWebInformation: body } } : body, ctx.format);
  }
}

/** The MIME types of the files the app stores (Word documents, frozen JSON snapshots); anything else as bytes. */
function contentTypeOfFile(name: string): string {
  if (/\.docx$/i.test(name)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (/\.json$/i.test(name)) return 'application/json';
  if (/\.pdf$/i.test(name)) return 'application/pdf';
  return 'application/octet-stream';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw SpErrors.badQuery(`The path '${text}' is not correctly URL-encoded.`);
  }
}
