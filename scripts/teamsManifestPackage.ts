/**
 * `npm run package [-- --web-application-id <guid | spfx | sharepoint>]`: the Teams package with the package-time
 * settings, then the SPFx ship build and package, then the test that opens the .sppkg. One Node script rather than a
 * chain of npm commands so that the setting reaches the Teams step in every shell (PowerShell has no `VAR=value cmd`).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { buildTeamsPackage } from './buildTeamsPackage';
import { packageSettingsFrom } from './teamsManifest';

const STEPS = ['gulp clean', 'gulp bundle --ship', 'gulp package-solution --ship', 'jest -c jest.package.config.js'];

async function main(): Promise<void> {
  const settings = packageSettingsFrom(process.argv.slice(2));
  await buildTeamsPackage(settings);
  for (const step of STEPS) {
    console.log(`> ${step}`);
    // shell: npm puts node_modules/.bin on PATH for scripts, and a shell finds gulp.cmd on Windows too.
    const result = spawnSync(step, { cwd: path.resolve(__dirname, '..'), stdio: 'inherit', shell: true });
    if (result.status !== 0) throw new Error(`"${step}" failed (exit code ${String(result.status)}).`);
  }
}

main().catch(error => {
  console.error(`Could not package: ${(error as Error).message}`);
  process.exit(1);
});
