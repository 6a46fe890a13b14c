import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalServer, type RunningLocalServer, type StartOptions } from '../../local/startLocalServer';
import { localGraph, localGraphClient, localSp } from '../../workbench/client/localClients';
import { buildManifest } from '../../scripts/teamsManifest';

/** Sign-in names of the seeded people the tests use. */
export const PEOPLE = {
  officer: 'priya.shah@northshire.example',
  adviser: 'ben.morgan@northshire.example',
  oakfieldHead: 'helen.carter@northshire.example',
  oakfieldDsl: 'tom.reid@northshire.example',
  oakfieldLead: 'aisha.khan@northshire.example',
  oakfieldTech: 'james.obrien@northshire.example',
  oakfieldChair: 'margaret.lewis@northshire.example',
  oakfieldGovernor: 'david.okafor@northshire.example',
  /** A guest governor: Teams notifications to her get 403 (the app is not installed for her). */
  oakfieldGuestGovernor: 'sarah.whitfield@outlook.example',
  riversideHead: 'daniel.price@northshire.example',
  riversideDsl: 'grace.li@northshire.example'
} as const;

export const SITES = {
  bank: '/sites/esafety-bank',
  oakfield: '/sites/oakfield-primary',
  riverside: '/sites/riverside-secondary'
} as const;

/** A local tenant in a fresh temporary folder on a free port, with clients signed in as anyone. */
export interface TestTenant {
  server: RunningLocalServer;
  url: string;
  dataDir: string;
  sp: (site: string, login: string, extraHeaders?: Record<string, string>) => ReturnType<typeof localSp>;
  graphClient: (login: string, extraHeaders?: Record<string, string>) => ReturnType<typeof localGraphClient>;
  graph: (login: string, extraHeaders?: Record<string, string>) => ReturnType<typeof localGraph>;
  /** Plain fetch against the server, signed in as `login` when given. */
  fetchAs: (login: string | undefined, pathAndQuery: string, init?: RequestInit) => Promise<Response>;
  close: () => Promise<void>;
}

/** Starts a throw-away tenant (remove it with `close`). */
export async function startTestTenant(options: Partial<StartOptions> = {}): Promise<TestTenant> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-tenant-'));
  const server = await startLocalServer({ port: 0, teamsManifest: buildManifest(), ...options, dataDir });
  const url = server.url;
  return {
    server, url, dataDir,
    sp: (site, login, extra) => localSp(url, site, login, extra),
    graphClient: (login, extra) => localGraphClient(url, login, extra),
    graph: (login, extra) => localGraph(url, login, extra),
    fetchAs: (login, pathAndQuery, init = {}) => fetch(`${url}${pathAndQuery}`, {
      ...init, headers: { ...(login ? { 'X-Local-User': login } : {}), ...(init.headers as Record<string, string> | undefined) }
    }),
    close: async () => {
      await server.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
