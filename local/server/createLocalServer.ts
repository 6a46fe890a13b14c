import { randomUUID } from 'crypto';
import { gzipSync } from 'zlib';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Store } from './store/Store';
import { SharePointHandler, isSharePointApiPath } from './sharepoint/SharePointHandler';
import { GraphHandler, isGraphPath, type GraphHandlerOptions, type LocalTeamsApp } from './graph/GraphHandler';
import { registerGraphLocalRoutes } from './graph/graphLocalRoutes';
import type { SpRequest, SpResponse } from './sharepoint/SpRequest';
import { SpErrors } from './sharepoint/SpError';
import { drawFault, FaultCounters, parseFaultSpec, type FaultConfig } from './http/faults';
import { isLoopback, loopbackRefusal, resolveCaller } from './http/identity';
import { registerLocalRoutes } from './http/localRoutes';
import { readWorkbenchFile } from './http/staticFiles';

/** How the local server is put together. */
export interface LocalServerOptions {
  store: Store;
  /** Secret that signs request digests (kept in the data folder so digests survive a restart). */
  digestSecret: string;
  teamsApp: LocalTeamsApp;
  /** The local Graph's grant and clock (tests); default: every scope our package requests, the real clock. */
  graph?: GraphHandlerOptions;
  /** Faults injected into SharePoint and Graph answers (tests switch them per request with `X-Local-Faults`). */
  faults: FaultConfig;
  /** Folder of the built workbench (served at `/workbench/`), if any. */
  workbenchDir?: string;
  /** Print one line per request. */
  log: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Source of randomness for faults (tests pass a seeded one). */
  random?: () => number;
}

/** The running server's moving parts, for tests and tools. */
export interface LocalServer {
  app: FastifyInstance;
  store: Store;
  faults: { config: FaultConfig; counters: FaultCounters };
  /** The local Graph (its grant and Teams catalogue, for tests and tools). */
  graph: GraphHandler;
}

const DEFAULT_BODY_LIMIT = 60 * 1024 * 1024;

function lowerHeaders(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

function toSpRequest(request: FastifyRequest, store: Store): SpRequest {
  const headers = lowerHeaders(request);
  const override = headers['x-http-method'];
  const method = request.method === 'POST' && override ? override.toUpperCase() : request.method.toUpperCase();
  const host = headers.host ?? '127.0.0.1';
  const body = Buffer.isBuffer(request.body) ? request.body : undefined;
  return {
    method, url: new URL(request.url, `http://${host}`), headers, body,
    user: resolveCaller(store, request.socket.remoteAddress, headers), inBatch: false
  };
}

function corsHeaders(request: FastifyRequest): Record<string, string> {
  const origin = request.headers.origin;
  if (!origin) return {};
  try {
    if (!isLoopback(new URL(origin).hostname.replace(/^\[|\]$/g, '')) && new URL(origin).hostname !== 'localhost') return {};
  } catch {
    return {};
  }
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'ETag, Retry-After, Location',
    vary: 'Origin'
  };
}

/** Bodies smaller than this are sent as they are (compressing them costs more than it saves). */
const COMPRESS_FROM_BYTES = 1024;

/** Writes an answer, gzip-compressed when the caller accepts it, as SharePoint Online and Graph answer. */
function send(reply: FastifyReply, response: SpResponse, extra: Record<string, string>, acceptEncoding = ''): void {
  reply.code(response.status).headers({ ...response.headers, ...extra });
  if (response.body === undefined) {
    reply.send();
    return;
  }
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  if (body.length >= COMPRESS_FROM_BYTES && /\bgzip\b/.test(acceptEncoding)) {
    reply.headers({ 'content-encoding': 'gzip', vary: 'Accept-Encoding' }).send(gzipSync(body));
    return;
  }
  reply.send(body);
}

const delay = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** Which API a request went to: injected faults answer in that API's own error shape. */
type ApiSurface = 'sharepoint' | 'graph';

/**
 * An injected 429 or 503 as the API would send it: SharePoint's `odata.error` body, or Graph's `error` body
 * (whose `code` the Graph client copies into `GraphError.code`), with `Retry-After` either way.
 */
function throttledResponse(surface: ApiSurface, fault: '429' | '503', retryAfterSeconds: number): SpResponse {
  const retryAfter = String(retryAfterSeconds);
  if (surface === 'graph') {
    const error = fault === '429'
      ? { code: 'TooManyRequests', message: 'Too many requests. Please retry after the time in the Retry-After header.' }
      : { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Please retry after the time in the Retry-After header.' };
    return {
      status: Number(fault), headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
      body: JSON.stringify({ error: { ...error, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } })
    };
  }
  const error = fault === '429'
    ? { code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', text: 'The request has been throttled. Please wait and try again.' }
    : { code: '-1, Microsoft.SharePoint.Client.ServerUnavailableException', text: 'The service is temporarily unavailable. Please try again later.' };
  return {
    status: Number(fault), headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8', 'retry-after': retryAfter },
    body: JSON.stringify({ 'odata.error': { code: error.code, message: { lang: 'en-US', value: error.text } } })
  };
}

/**
 * Builds the local Microsoft 365: SharePoint REST under `/sites/<name>/_api`, Graph under `/graph/v1.0`,
 * the workbench under `/workbench/` and `/sites/<name>/_layouts/15/workbench.aspx`, and local tools under `/_local`.
 */
export function createLocalServer(options: LocalServerOptions): LocalServer {
  const { store } = options;
  const app = Fastify({ logger: false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT, forceCloseConnections: true });
  const sharePoint = new SharePointHandler(store, options.digestSecret);
  const graph = new GraphHandler(store, options.teamsApp, options.graph);
  // `/_local/graph-scopes` (loopback only: the onRequest hook below refuses anyone else before any route).
  registerGraphLocalRoutes(app, graph);
  const faults = { config: options.faults, counters: new FaultCounters() };
  const random = options.random ?? Math.random;

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  // Before anything else (preflights, tools, the workbench): only this machine is served, since the sign-in
  // header and cookie are believed without proof. Answered in SharePoint's error shape, as a 403.
  app.addHook('onRequest', async (request, reply) => {
    const refusal = loopbackRefusal(request.socket.remoteAddress, request.headers.host);
    if (!refusal) return undefined;
    reply.code(403).header('content-type', 'application/json;odata=minimalmetadata;charset=utf-8').send(JSON.stringify(SpErrors.notLoopback(refusal).toBody(false)));
    return reply;
  });
  app.addHook('onRequest', async request => {
    (request as FastifyRequest & { startedAt?: number }).startedAt = performance.now();
  });
  if (options.log) {
    app.addHook('onResponse', async (request, reply) => {
      const started = (request as FastifyRequest & { startedAt?: number }).startedAt ?? performance.now();
      const user = resolveCaller(store, request.socket.remoteAddress, lowerHeaders(request));
      const time = new Date().toISOString().slice(11, 19);
      const method = request.headers['x-http-method'] ? `${request.method}(${String(request.headers['x-http-method'])})` : request.method;
      console.log(`${time} ${method} ${decodeURI(request.url)} ${reply.statusCode} ${(performance.now() - started).toFixed(1)}ms ${user?.userPrincipalName ?? '-'}`);
    });
  }

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 413 : error.statusCode ?? 500;
    const spError = status === 413 ? SpErrors.requestTooLarge(options.bodyLimit ?? DEFAULT_BODY_LIMIT) : SpErrors.badRequest(error.message);
    reply.code(status).header('content-type', 'application/json;odata=minimalmetadata;charset=utf-8').send(JSON.stringify(spError.toBody(false)));
  });

  // Preflights are answered before routing: the `app.all` routes below would otherwise take OPTIONS and answer
  // 401, since a preflight never carries the caller's identity (PnPjs sends Content-Type even on GET, so every
  // cross-origin call is preflighted).
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS') return;
    reply.code(204).headers({
      ...corsHeaders(request),
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, MERGE, OPTIONS',
      'access-control-allow-headers': String(request.headers['access-control-request-headers'] ?? '*'),
      'access-control-max-age': '600'
    }).send();
    return reply;
  });

  /** Runs a SharePoint or Graph request through fault injection, then the handler. */
  const handleApi = async (request: FastifyRequest, reply: FastifyReply, surface: ApiSurface, handler: (r: SpRequest) => Promise<SpResponse>): Promise<void> => {
    const spec = request.headers['x-local-faults'];
    let config = faults.config;
    if (typeof spec === 'string' && isLoopback(request.socket.remoteAddress)) {
      try {
        config = parseFaultSpec(spec, faults.config);
      } catch (error) {
        send(reply, { status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify(SpErrors.badRequest((error as Error).message).toBody(false)) }, {});
        return;
      }
    }
    const fault = drawFault(config, random);
    faults.counters.record(fault);
    const cors = corsHeaders(request);
    if (fault === '429' || fault === '503') {
      send(reply, throttledResponse(surface, fault, config.retryAfterSeconds), cors);
      return;
    }
    if (fault === 'drop') {
      reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    if (fault === 'slow') await delay(config.slowMs);
    const response = await handler(toSpRequest(request, store));
    if (fault === 'dropAfter') {
      reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    send(reply, response, cors, String(request.headers['accept-encoding'] ?? ''));
  };

  app.all('/sites/*', async (request, reply) => {
    const path = new URL(request.url, 'http://local').pathname;
    if (isSharePointApiPath(path)) return handleApi(request, reply, 'sharepoint', r => sharePoint.handle(r));
    if (/^\/sites\/[^/]+\/_layouts\/15\/workbench\.aspx$/i.test(path)) return serveWorkbenchPage(reply, options.workbenchDir, sharePoint.pageDigest(toSpRequest(request, store)));
    if (/^\/sites\/[^/]+\/?$/i.test(path)) return reply.redirect(`${path.replace(/\/$/, '')}/_layouts/15/workbench.aspx`);
    // A document's own URL (how "Open" reaches a published file): the file, as SharePoint serves it.
    if (request.method === 'GET' && /^\/sites\/[^/]+\/[^_][^/]*\/.+\.[A-Za-z0-9]+$/i.test(path)) return handleApi(request, reply, 'sharepoint', r => sharePoint.openFileUrl(r));
    reply.code(404).type('text/plain').send(`Nothing at ${path}. SharePoint REST lives under /sites/<site>/_api, the workbench at /sites/<site>/_layouts/15/workbench.aspx.`);
  });
  // The tenant's root site answers at the origin like any other site (SPFx loads the Teams personal app there).
  app.all('/_api', async (request, reply) => handleApi(request, reply, 'sharepoint', r => sharePoint.handle(r)));
  app.all('/_api/*', async (request, reply) => handleApi(request, reply, 'sharepoint', r => sharePoint.handle(r)));
  app.get('/_layouts/15/workbench.aspx', async (request, reply) => serveWorkbenchPage(reply, options.workbenchDir, sharePoint.pageDigest(toSpRequest(request, store))));
  app.all('/graph/*', async (request, reply) => {
    const path = new URL(request.url, 'http://local').pathname;
    if (!isGraphPath(path)) {
      reply.code(400).send({ error: { code: 'BadRequest', message: `Invalid version in ${path}: use /graph/v1.0 or /graph/beta.` } });
      return;
    }
    await handleApi(request, reply, 'graph', r => graph.handle(r));
  });

  registerLocalRoutes(app, { store, faults, workbenchDir: options.workbenchDir, teamsApp: options.teamsApp });
  return { app, store, faults, graph };
}

/** The meta tag that carries the page's form digest (read by `workbench/src/pageDigest.ts`). */
export const PAGE_DIGEST_META = 'esafety-page-form-digest';

/**
 * Serves the workbench page. Like a SharePoint page, it carries the form digest of its own web for the signed-in
 * person (SharePoint puts it in `_spPageContextInfo.formDigestValue`; here a meta tag, as the page has no server-side
 * page context), so the app's first write to its own site needs no `contextinfo` call, as on SharePoint.
 */
function serveWorkbenchPage(reply: FastifyReply, workbenchDir: string | undefined, digest?: { value: string; timeoutSeconds: number }): void {
  const page = workbenchDir ? readWorkbenchFile(workbenchDir, 'index.html') : undefined;
  if (!page) {
    reply.code(503).type('text/plain').send('The workbench has not been built. Run "npm run build:workbench" (npm start does it for you).');
    return;
  }
  const html = digest
    ? page.toString('utf8').replace('</head>', `  <meta name="${PAGE_DIGEST_META}" content="${escapeAttribute(digest.value)}" data-timeout-seconds="${digest.timeoutSeconds}">\n</head>`)
    : page;
  // no-store: the page holds a digest for one person, as SharePoint's pages are never cached for another.
  reply.code(200).type('text/html; charset=utf-8').header('cache-control', digest ? 'no-store' : 'no-cache').send(html);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
