import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { openDatabase } from './server/store/Database';
import { Store } from './server/store/Store';
import { createLocalServer, type LocalServer } from './server/createLocalServer';
import type { GraphHandlerOptions, LocalTeamsApp } from './server/graph/GraphHandler';
import type { FaultConfig } from './server/http/faults';
import { NO_FAULTS } from './server/http/faults';
import { seedTenant, stableGuid } from './seed/tenantSeed';
import { isLoopbackHost } from './server/http/identity';

/** What a caller may set when starting the server (tests use a temporary data folder and port 0). */
export interface StartOptions {
  dataDir: string;
  port: number;
  host?: string;
  log?: boolean;
  faults?: FaultConfig;
  workbenchDir?: string;
  /** The Teams app manifest the local catalogue holds (as an admin's upload would). */
  teamsManifest?: TeamsManifestLike;
  random?: () => number;
  /** The local Graph's grant and clock (tests). */
  graph?: GraphHandlerOptions;
}

/** A started server: its base URL, its parts, and how to stop it. */
export interface RunningLocalServer extends LocalServer {
  url: string;
  /** True when this start made a new tenant (the data folder was empty). */
  seeded: boolean;
  close(): Promise<void>;
}

/** The parts of a Teams app manifest the local catalogue reads. */
export interface TeamsManifestLike {
  id?: string;
  name?: { short?: string };
  activities?: { activityTypes?: { type: string }[] };
  webApplicationInfo?: { id?: string };
}

/** The Teams app as the local catalogue knows it: the manifest's id and its declared activity types. */
export function teamsAppFromManifest(manifest: TeamsManifestLike | undefined): LocalTeamsApp {
  return {
    catalogId: stableGuid(`teams-app:${manifest?.id ?? ''}`),
    externalId: manifest?.id ?? '',
    displayName: manifest?.name?.short ?? 'e-Safety Policy Hub',
    activityTypes: (manifest?.activities?.activityTypes ?? []).map(a => a.type),
    webApplicationId: manifest?.webApplicationInfo?.id ?? ''
  };
}

/** Opens (seeding on first run) the tenant in `dataDir` and starts serving it on loopback. */
export async function startLocalServer(options: StartOptions): Promise<RunningLocalServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) {
    throw new Error(`The local server listens on loopback only (127.0.0.1, ::1 or localhost), because it believes the sign-in header of whoever reaches it; '${host}' is not a loopback address.`);
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const store = new Store(openDatabase(path.join(options.dataDir, 'tenant.sqlite')));
  const seeded = !store.isSeeded();
  if (seeded) seedTenant(store);
  let secret = store.getMeta('digestSecret');
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    store.setMeta('digestSecret', secret);
  }
  const server = createLocalServer({
    store, digestSecret: secret, teamsApp: teamsAppFromManifest(options.teamsManifest), faults: options.faults ?? NO_FAULTS,
    workbenchDir: options.workbenchDir, log: options.log ?? false, random: options.random, graph: options.graph
  });
  await server.app.listen({ port: options.port, host });
  const port = (server.app.server.address() as AddressInfo).port;
  return {
    ...server,
    url: `http://${host}:${port}`,
    seeded,
    close: async () => {
      await server.app.close();
      store.close();
    }
  };
}
