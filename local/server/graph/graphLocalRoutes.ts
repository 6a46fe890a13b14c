import type { FastifyInstance } from 'fastify';
import type { GraphHandler } from './GraphHandler';
import { parseGrant } from './graphScopes';

/**
 * `/_local/graph-scopes`: which Graph scopes the local tenant has granted to SPFx (API access). GET shows them;
 * POST `none`, `default` or `Scope.A,Scope.B` (text body) changes them while the server runs, so a tenant
 * whose admin has not approved the requests can be tried without a restart. Loopback only, like every `/_local` tool.
 */
export function registerGraphLocalRoutes(app: FastifyInstance, graph: GraphHandler): void {
  // A converted file's pre-authenticated download URL (Graph's `content?format=pdf` answers 302 to it): the token in
  // the path is the only credential, as with Graph's, and it expires (see driveItems.ts).
  app.get<{ Params: { token: string } }>('/_local/graph-download/:token', async (request, reply) => {
    const download = graph.driveItems.download(request.params.token);
    if (!download) {
      reply.code(404).header('content-type', 'text/plain; charset=utf-8').send('This download link has expired or never existed.');
      return reply;
    }
    reply.code(200).headers({ 'content-type': download.contentType, 'content-disposition': `attachment; filename="${download.fileName.replace(/[^\w.-]/g, '_')}"` }).send(download.bytes);
    return reply;
  });
  const show = (): { scopes: string[] | 'none' } => ({ scopes: graph.grant === 'none' ? 'none' : [...graph.grant].sort() });
  app.get('/_local/graph-scopes', async () => show());
  app.post('/_local/graph-scopes', async (request, reply) => {
    const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
    try {
      graph.grant = parseGrant(text);
      return show();
    } catch (error) {
      reply.code(400).send({ error: (error as Error).message });
      return reply;
    }
  });
}
