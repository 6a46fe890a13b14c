/**
 * `npm run package [-- --web-application-id <guid | spfx | sharepoint>]`: the Teams package with the package-time
 * settings, then the SPFx ship build and package, then the test that opens the .sppkg. One Node script rather than a
 * chain of npm commands so that the setting reaches the Teams step in every shell (PowerShell has no `VAR=value cmd`).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { buildTeamsPackage } from './buildTeamsPackage';
import { packageSettingsFrom } from './teamsManifest';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const STEPS = ['gulp clean', 'gulp bundle --ship', 'gulp package-solution --ship', 'jest -c jest.package.config.js'];

async function main(): Promise<void> {
  const settings = packageSettingsFrom(process.argv.slice(2));
  await buildTeamsPackage(settings);
  for (const step of STEPS) {
    console.log(`> ${step}`);
    // A shell finds gulp.cmd on Windows too; node_modules/.bin goes first on PATH as npm does for scripts.
    const env = { ...process.env, PATH: [BIN, process.env.PATH ?? process.env.Path ?? ''].join(path.delimiter) };
    const result = spawnSync(step, { cwd: ROOT, stdio: 'inherit', shell: true, env });
    if (result.status !== 0) throw new Error(`"${step}" failed (exit code ${String(result.status)}).`);
  }
}

main().catch(error => {
  console.error(`Could not package: ${(error as Error).message}`);
  process.exit(1);
});
