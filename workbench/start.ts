/**
 * `npm start`: builds the workbench, opens (or on first run seeds) the local tenant in `.local/`, serves it
 * on loopback and prints where everything is. It lives beside the workbench, not in `local/`, because it joins the
 * product to the local server (the workbench build, the product seed, the Teams manifest): `local/` itself knows
 * SharePoint and Graph only and imports nothing from `src/` or `scripts/` (lint enforces it).
 */
import { loadConfig } from '../local/config';
import { startLocalServer, type RunningLocalServer } from '../local/startLocalServer';
import { SEEDED_SITES } from '../local/seed/tenantSeed';
import { seedProduct } from './seed/productSeed';
import { buildWorkbench } from '../scripts/buildWorkbench';
import { buildManifest } from '../scripts/teamsManifest';

async function main(): Promise<void> {
  const config = loadConfig();
  await buildWorkbench();
  let server: RunningLocalServer;
  try {
    server = await startLocalServer({
      dataDir: config.dataDir, port: config.port, host: config.host, log: config.log, faults: config.faults,
      workbenchDir: config.workbenchDir, teamsManifest: buildManifest()
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${config.port} is already in use. Stop the other server, or start on another port: PORT=4400 npm start`);
    }
    throw error;
  }
  try {
    await seedProduct(server.url, line => console.log(line));
  } catch (error) {
    await server.close();
    throw new Error(`Setting up the seeded bank failed: ${(error as Error).message}`);
  }
  const people = [...server.store.users.values()];
  console.log('');
  console.log(`e-Safety Policy Hub: local Microsoft 365 ${server.seeded ? '(new tenant seeded in ' + config.dataDir + ')' : '(data kept from ' + config.dataDir + ')'}`);
  console.log(`  Home:       ${server.url}/`);
  for (const site of SEEDED_SITES) console.log(`  Workbench:  ${server.url}${site.url.replace(/\/$/, '')}/_layouts/15/workbench.aspx   (${site.title})`);
  console.log(`  SharePoint: ${server.url}/sites/<site>/_api/…   Graph: ${server.url}/graph/v1.0/…`);
  console.log(`  People:     ${people.map(p => p.displayName).join(', ')}`);
  console.log('  Sign in as anyone from the workbench. Ctrl+C stops the server; your data stays in .local/.');
  console.log('');
  const stop = (): void => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`The local server could not start: ${error.message}`);
  process.exit(1);
});
