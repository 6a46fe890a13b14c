/**
 * Makes the Teams app package `teams/TeamsSPFxApp.zip` (manifest.json + the two icons, zipped flat).
 * package-solution carries the whole `teams/` folder into the .sppkg, and SharePoint uses this package at
 * "Sync to Teams" instead of generating one, so our activity types ship with the app.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { buildManifest, packageSettingsFrom, TEAMS_DIR, type PackageSettings } from './teamsManifest';

const teamsDir = TEAMS_DIR;

/** Writes `teams/TeamsSPFxApp.zip` with the given package-time settings. */
export async function buildTeamsPackage(settings: PackageSettings = {}): Promise<void> {
  const manifest = buildManifest(process.env, settings);
  const icons = manifest.icons as { color: string; outline: string };
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const icon of [icons.color, icons.outline]) {
    const file = path.join(teamsDir, icon);
    if (!fs.existsSync(file)) throw new Error(`The Teams icon ${icon} is missing from teams/. Run "npx tsx scripts/makeTeamsIcons.ts".`);
    zip.file(icon, fs.readFileSync(file));
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  fs.writeFileSync(path.join(teamsDir, 'TeamsSPFxApp.zip'), bytes);
  const webApplicationId = (manifest.webApplicationInfo as { id: string }).id;
  console.log(`Wrote teams/TeamsSPFxApp.zip (${bytes.length} bytes, Teams app ${String(manifest.id)} v${String(manifest.version)}, webApplicationInfo.id ${webApplicationId}).`);
}

if (require.main === module) {
  Promise.resolve().then(() => buildTeamsPackage(packageSettingsFrom(process.argv.slice(2)))).catch(error => {
    console.error(`Could not build the Teams package: ${(error as Error).message}`);
    process.exit(1);
  });
}
