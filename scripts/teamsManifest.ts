/**
 * Fills the Teams manifest template (`config/teams-manifest.template.json`) with the component id, the version and
 * the package-time settings. Used by the package build and by the local server's Teams catalogue.
 *
 * Settings (environment): TEAMS_WEB_APPLICATION_ID, the Entra app id Teams checks activity notifications
 * against (default: SharePoint Online Web Client Extensibility, the principal SPFx calls Graph as).
 */
import * as fs from 'fs';
import * as path from 'path';
import { TEAMS_PERSONAL_ENTITY_ID } from '../src/services/host/teamsApp';

const root = path.resolve(__dirname, '..');
/** The folder package-solution copies into the .sppkg. */
export const TEAMS_DIR = path.join(root, 'teams');
export const DEFAULT_WEB_APPLICATION_ID = '08e18876-6177-487e-b8b5-cf950c1e598c';

/** Fills the template's tokens and returns the manifest object. */
export function buildManifest(env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const webPart = JSON.parse(fs.readFileSync(path.join(root, 'src/webparts/eSafetyPolicyHub/ESafetyPolicyHubWebPart.manifest.json'), 'utf8')) as { id: string };
  const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')) as { solution: { version: string } };
  const version = solution.solution.version.split('.').slice(0, 3).join('.');
  const webApplicationId = env.TEAMS_WEB_APPLICATION_ID ?? DEFAULT_WEB_APPLICATION_ID;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(webApplicationId)) {
    throw new Error(`TEAMS_WEB_APPLICATION_ID must be a GUID; got '${webApplicationId}'.`);
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

