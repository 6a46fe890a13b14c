/**
 * Fills the Teams manifest template (`config/teams-manifest.template.json`) with the component id, the version and
 * the package-time settings. Used by the package build and by the local server's Teams catalogue.
 *
 * Settings: the web application id (`webApplicationInfo.id`), the Entra app Teams checks activity notifications
 * against. Default: SharePoint Online Web Client Extensibility, the principal SPFx calls Graph as (PROTOCOL §6).
 * Given as `--web-application-id <guid>` to `npm run package` / `npm run build:teams` (works in PowerShell, cmd and
 * bash alike), or `TEAMS_WEB_APPLICATION_ID` in the environment (CI); the flag wins.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TEAMS_PERSONAL_ENTITY_ID } from '../src/services/host/teamsApp';

const root = path.resolve(__dirname, '..');
/** The folder package-solution copies into the .sppkg. */
export const TEAMS_DIR = path.join(root, 'teams');
export const DEFAULT_WEB_APPLICATION_ID = '08e18876-6177-487e-b8b5-cf950c1e598c';
/** SharePoint Online's own app id, which the SPFx Teams docs put in `webApplicationInfo.id` (sp-dev-docs#8317). */
export const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/** Package-time settings read from the command line. */
export interface PackageSettings {
  webApplicationId?: string;
}

/**
 * Reads `--web-application-id <guid>` (or `--web-application-id=<guid>`) from arguments; the names `spfx` and
 * `sharepoint` stand for the two known choices. Any other argument is refused, so a typo never ships silently.
 */
export function packageSettingsFrom(args: string[]): PackageSettings {
  const settings: PackageSettings = {};
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    if (name !== '--web-application-id') throw new Error(`Unknown argument '${args[i]}'. The only setting is --web-application-id <guid | spfx | sharepoint>.`);
    const value = inline ?? args[++i];
    if (!value) throw new Error('--web-application-id needs a value: a GUID, "spfx" or "sharepoint".');
    settings.webApplicationId = value === 'spfx' ? DEFAULT_WEB_APPLICATION_ID : value === 'sharepoint' ? SHAREPOINT_APP_ID : value;
  }
  return settings;
}

/** Fills the template's tokens and returns the manifest object. */
export function buildManifest(env: NodeJS.ProcessEnv = process.env, settings: PackageSettings = {}): Record<string, unknown> {
  const webPart = JSON.parse(fs.readFileSync(path.join(root, 'src/webparts/eSafetyPolicyHub/ESafetyPolicyHubWebPart.manifest.json'), 'utf8')) as { id: string };
  const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')) as { solution: { version: string } };
  const version = solution.solution.version.split('.').slice(0, 3).join('.');
  const webApplicationId = settings.webApplicationId ?? env.TEAMS_WEB_APPLICATION_ID ?? DEFAULT_WEB_APPLICATION_ID;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(webApplicationId)) {
    throw new Error(`The web application id must be a GUID; got '${webApplicationId}'.`);
  }
  const text = fs.readFileSync(path.join(root, 'config', 'teams-manifest.template.json'), 'utf8')
    .replace(/\{\{COMPONENT_ID\}\}/g, webPart.id)
    .replace(/\{\{VERSION\}\}/g, version)
    .replace(/\{\{WEB_APPLICATION_ID\}\}/g, webApplicationId)
    .replace(/\{\{PERSONAL_ENTITY_ID\}\}/g, TEAMS_PERSONAL_ENTITY_ID);
  const leftover = /\{\{[A-Z_]+\}\}/.exec(text);
  if (leftover) throw new Error(`The Teams manifest template still has the token ${leftover[0]}: add it to scripts/buildTeamsPackage.ts.`);
  return JSON.parse(text) as Record<string, unknown>;
}

