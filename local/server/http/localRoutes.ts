import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/Store';
import { contentTypeOf, readWorkbenchFile } from './staticFiles';
import { FaultCounters, parseFaultSpec, type FaultConfig } from './faults';
import { isLoopback, resolveCaller } from './identity';
import { renderFeedPage, renderHomePage } from './homePage';
import { landDeepLink, renderLinkError, renderOutboxPage } from './linkPages';
import type { LocalTeamsApp } from '../graph/GraphHandler';

interface LocalRouteDeps {
  store: Store;
  faults: { config: FaultConfig; counters: FaultCounters };
  workbenchDir?: string;
  /** The Teams app the local catalogue holds: deep links must carry its catalogue id. */
  teamsApp: LocalTeamsApp;
}

/**
 * The local server's own tools, which no tenant has: who the seeded people are, the activity feed and
 * outbox where Graph notifications and mail land, fault injection, the workbench files and a home page.
 */
export function registerLocalRoutes(app: FastifyInstance, deps: LocalRouteDeps): void {
  const { store, faults } = deps;

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/_local/') && !isLoopback(request.socket.remoteAddress)) {
      reply.code(403).send({ error: 'The /_local tools answer loopback callers only.' });
    }
  });

  app.get('/', async (_request, reply) => {
    reply.type('text/html; charset=utf-8').send(renderHomePage(store));
  });

  app.get('/_local/health', async () => ({ ok: true, seeded: store.getMeta('seeded') ?? null }));

  app.get('/_local/users', async () => [...store.users.values()].map(user => ({
    login: user.userPrincipalName,
    displayName: user.displayName,
    mail: user.mail,
    jobTitle: user.jobTitle,
    userType: user.userType,
    teamsAppInstalled: user.teamsAppInstalled,
    sites: [...store.sites.values()]
      .filter(site => site.users.some(u => u.aadObjectId === user.id))
      .map(site => ({
        url: site.serverRelativeUrl,
        title: site.Title,
        groups: site.groups.filter(g => g.memberIds.some(id => site.users.find(u => u.Id === id)?.aadObjectId === user.id)).map(g => g.Title)
      }))
  })));

  app.get('/_local/feed', async (request, reply) => {
    const wanted = (request.query as { user?: string }).user?.toLowerCase();
    const notifications = store.notifications()
      .filter(n => !wanted || store.users.get(n.recipientId)?.userPrincipalName.toLowerCase() === wanted || store.users.get(n.recipientId)?.mail.toLowerCase() === wanted)
      .map(n => ({ ...n, recipient: store.users.get(n.recipientId)?.displayName ?? n.recipientId, recipientLogin: store.users.get(n.recipientId)?.userPrincipalName ?? '', sender: store.users.get(n.senderId)?.displayName ?? n.senderId }));
    if (/text\/html/.test(String(request.headers.accept ?? ''))) {
      reply.type('text/html; charset=utf-8').send(renderFeedPage(notifications));
      return reply;
    }
    return notifications;
  });

  // Stands in for Teams opening a deep link in the recipient's own client: sign in as them, then open the link's web address.
  app.get('/_local/signin', async (request, reply) => {
    const { user, then } = request.query as { user?: string; then?: string };
    const target = then ?? '/';
    if (!target.startsWith('/') || target.startsWith('//')) {
      reply.code(400).send({ error: 'The address to open after signing in must be a path on this server.' });
      return reply;
    }
    reply.header('set-cookie', `local-user=${encodeURIComponent(user ?? '')}; Path=/; SameSite=Lax`).redirect(target);
    return reply;
  });

  app.get('/_local/outbox', async (request, reply) => {
    if (/text\/html/.test(String(request.headers.accept ?? ''))) {
      reply.type('text/html; charset=utf-8').send(renderOutboxPage(store, store.outbox(), `${request.protocol}://${String(request.headers.host ?? '')}`));
      return reply;
    }
    return store.outbox().map(m => ({ ...m, sender: store.users.get(m.senderId)?.displayName ?? m.senderId }));
  });

  // The local Teams: a deep link opens our personal app or channel tab with its sub-entity, as the signed-in person.
  app.get('/l/entity/:appId/:entityId', async (request, reply) => {
    const { appId } = request.params as { appId: string };
    const caller = resolveCaller(store, request.socket.remoteAddress, request.headers as Record<string, string>);
    const landing = landDeepLink(store, deps.teamsApp.catalogId, appId, new URL(request.url, 'http://local').searchParams, caller?.id);
    if (!landing.ok) {
      reply.code(landing.status).type('text/html; charset=utf-8').send(renderLinkError(landing.message));
      return reply;
    }
    return reply.redirect(landing.path);
  });

  app.get('/_local/faults', async () => ({ config: faults.config, counters: faults.counters.counts }));
  app.post('/_local/faults', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
    try {
      faults.config = parseFaultSpec(body.trim() || 'rate=0');
      faults.counters = new FaultCounters();
      return { config: faults.config };
    } catch (error) {
      reply.code(400);
      return { error: (error as Error).message };
    }
  });

  app.get('/workbench/*', async (request, reply) => {
    const relative = decodeURIComponent(new URL(request.url, 'http://local').pathname.replace(/^\/workbench\//, ''));
    const file = deps.workbenchDir ? readWorkbenchFile(deps.workbenchDir, relative) : undefined;
    if (!file) {
      reply.code(404).type('text/plain').send(`No workbench file ${relative}. Run "npm run build:workbench".`);
      return;
    }
    reply.type(contentTypeOf(relative)).header('cache-control', 'no-cache').send(file);
  });
}
