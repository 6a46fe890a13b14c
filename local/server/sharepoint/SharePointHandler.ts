import type { Store } from '../store/Store';
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

const API_PATH = /^(\/sites\/[^/]+)\/_api(?:\/(.*))?$/i;

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

  private async route(request: SpRequest): Promise<SpResponse> {
    const match = API_PATH.exec(request.url.pathname);
    if (!match) throw SpErrors.notFound(request.url.pathname);
    const site = this.store.siteByUrl(safeDecode(match[1]));
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
      default:
        throw SpErrors.notFound(segments[0]?.raw ?? '_api');
    }
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

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw SpErrors.badQuery(`The path '${text}' is not correctly URL-encoded.`);
  }
}
