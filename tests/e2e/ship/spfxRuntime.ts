import * as fs from 'fs';
import * as path from 'path';
import type { ComponentPlan } from './browser/amdLoader';
import type { RuntimeKeys } from './hostConfig';
import type { ComponentManifest } from './shippedPackage';

/**
 * Resolves the web part's externals the way SharePoint's loader does: by component id and version, through the
 * component manifests. SharePoint serves SPFx's own components from its CDN; here each one is the real package of
 * that version from node_modules (`@microsoft/sp-*` `dist/<id>.manifest.json` and the AMD bundle it names).
 * React, ReactDOM and tslib, which SharePoint serves as components too, are their packages' UMD builds.
 */

/** SharePoint's CDN for SPFx's own files; the test answers it from node_modules (no network here). */
export const SPFX_CDN = 'https://res-1.cdn.office.net/files/sp-client';

const nodeModules = path.resolve(__dirname, '..', '..', '..', 'node_modules');

type ScriptResource = { type: string; id?: string; version?: string; path?: string | { path: string }; paths?: Record<string, string | { path: string }> };
interface RuntimeManifest { id: string; version: string; loaderConfig: { entryModuleId: string; scriptResources: Record<string, ScriptResource> } }

/** A component the host can load: its manifest's dependencies, and where its script is on disk and on the CDN. */
interface Available { file: string; url: string; resources: Record<string, ScriptResource> }

/** Non-SPFx components SharePoint provides, by the name manifests give them, with the npm file that is the same code. */
const UMD_PACKAGES: Record<string, { pkg: string; file: string; deps: string[] }> = {
  react: { pkg: 'react', file: 'umd/react.production.min.js', deps: [] },
  'react-dom': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', deps: ['react'] },
  tslib: { pkg: 'tslib', file: 'tslib.js', deps: [] },
  '@microsoft/load-themed-styles': { pkg: '@microsoft/load-themed-styles', file: 'lib-amd/index.js', deps: [] }
};

const entryPath = (resource: ScriptResource, locale: string): string => {
  const pick = resource.type === 'localizedPath' ? (resource.paths?.[locale] ?? resource.paths?.default) : resource.path;
  if (!pick) throw new Error(`A script resource of type ${resource.type} names no file.`);
  return typeof pick === 'string' ? pick : pick.path;
};

/** Every SPFx component manifest in node_modules/@microsoft/*\/dist, by `<id>_<version>`. */
function spfxComponents(locale: string): Map<string, Available> {
  const found = new Map<string, Available>();
  const scope = path.join(nodeModules, '@microsoft');
  for (const pkg of fs.readdirSync(scope)) {
    const dist = path.join(scope, pkg, 'dist');
    if (!fs.existsSync(dist)) continue;
    for (const name of fs.readdirSync(dist).filter(f => f.endsWith('.manifest.json'))) {
      const manifest = JSON.parse(fs.readFileSync(path.join(dist, name), 'utf8')) as RuntimeManifest;
      const entry = manifest.loaderConfig?.scriptResources?.[manifest.loaderConfig.entryModuleId];
      if (!entry) continue;
      const file = entryPath(entry, locale);
      found.set(`${manifest.id}_${manifest.version}`, { file: path.join(dist, file), url: `${SPFX_CDN}/${pkg}/${file}`, resources: manifest.loaderConfig.scriptResources });
    }
  }
  return found;
}

/** Serves a CDN path (`<package>/<file>`) from node_modules, refusing anything outside a package's dist folder. */
export function readCdnFile(relative: string): Buffer | undefined {
  const [pkg, ...rest] = relative.split('/');
  const folder = UMD_FOLDERS.get(pkg);
  const base = folder ?? path.join(nodeModules, '@microsoft', pkg, 'dist');
  const full = path.resolve(base, rest.join('/'));
  if (!full.startsWith(path.resolve(base) + path.sep) || !fs.existsSync(full) || !fs.statSync(full).isFile()) return undefined;
  return fs.readFileSync(full);
}

/** CDN folders of the UMD packages: `_npm.react` → node_modules/react. */
const UMD_FOLDERS = new Map(Object.values(UMD_PACKAGES).map(u => [`_npm.${u.pkg.replace('/', '.')}`, path.join(nodeModules, u.pkg)]));

function npmVersion(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(nodeModules, pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The plans the host page's loader follows, from the web part's manifest down through every dependency. */
export function resolveRuntime(webPart: ComponentManifest, webPartBaseUrl: string, locale = 'en-GB'): { plans: Record<string, ComponentPlan>; runtime: RuntimeKeys; webPartKey: string; standIns: string[] } {
  const spfx = spfxComponents(locale);
  const plans: Record<string, ComponentPlan> = {};
  const standIns: string[] = [];
  /** Name → key for the UMD packages, from whichever manifest named them first (all name the same versions). */
  const umdKeys = new Map<string, string>();

  const depsOf = (resources: Record<string, ScriptResource>): Record<string, string> => {
    const deps: Record<string, string> = {};
    for (const [name, resource] of Object.entries(resources)) {
      if (resource.type !== 'component') continue;
      const key = `${resource.id}_${resource.version}`;
      deps[name] = key;
      visit(name, key);
    }
    return deps;
  };

  const visit = (name: string, key: string): void => {
    if (plans[key]) return;
    const available = spfx.get(key);
    if (available) {
      plans[key] = { url: available.url, deps: {} };
      plans[key].deps = depsOf(available.resources);
      return;
    }
    const umd = UMD_PACKAGES[name];
    if (umd) {
      const wanted = key.slice(key.lastIndexOf('_') + 1);
      // SharePoint's own numbering for load-themed-styles (0.1.x) is not npm's; React and tslib must match exactly.
      if (name !== '@microsoft/load-themed-styles' && npmVersion(umd.pkg) !== wanted) {
        throw new Error(`The manifest asks for ${name} ${wanted}; node_modules has ${npmVersion(umd.pkg)}.`);
      }
      umdKeys.set(name, key);
      plans[key] = { url: `${SPFX_CDN}/_npm.${umd.pkg.replace('/', '.')}/${umd.file}`, deps: Object.fromEntries(umd.deps.map(d => [d, umdKeys.get(d)!])) };
      return;
    }
    // Only SharePoint-internal modules (never published to npm) may be stood in for.
    if (!/^@(msinternal|ms)\//.test(name)) throw new Error(`No package in node_modules provides ${name} (${key}).`);
    standIns.push(name);
    plans[key] = { standIn: name, deps: {} };
  };

  const webPartKey = `${webPart.id}_${webPart.version}`;
  const entry = webPart.loaderConfig.scriptResources[webPart.loaderConfig.entryModuleId];
  plans[webPartKey] = { url: `${webPartBaseUrl}${entry.path}`, deps: {} };
  plans[webPartKey].deps = depsOf(webPart.loaderConfig.scriptResources as Record<string, ScriptResource>);

  const keyOf = (pkg: string): string => {
    const dist = path.join(nodeModules, '@microsoft', pkg, 'dist');
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, fs.readdirSync(dist).find(f => f.endsWith('.manifest.json'))!), 'utf8')) as RuntimeManifest;
    const key = `${manifest.id}_${manifest.version}`;
    visit(`@microsoft/${pkg}`, key);
    return key;
  };
  const runtime = { coreLibrary: keyOf('sp-core-library'), pageContext: keyOf('sp-page-context'), webPartBase: keyOf('sp-webpart-base') };
  return { plans, runtime, webPartKey, standIns: [...new Set(standIns)].sort() };
}
