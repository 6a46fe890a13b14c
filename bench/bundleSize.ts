import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { BenchRow } from './table';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
/** The entry of a ship build carries a content hash: `e-safety-policy-hub-web-part_<hash>.js`. */
const SHIP_ENTRY = /^e-safety-policy-hub-web-part_[0-9a-f]{16,}\.js$/;
const DOCX_MARKER = 'schemas.openxmlformats.org/wordprocessingml/2006/main';
const CHUNK = /^chunk\.(.+)_([0-9a-f]{16,})\.js$/;

/** The ship entry named by the web part's manifest in dist/, else the newest hashed entry file there. */
function shipEntry(): string | undefined {
  if (!fs.existsSync(dist)) return undefined;
  const files = fs.readdirSync(dist);
  for (const manifest of files.filter(f => f.endsWith('.manifest.json'))) {
    const loader = (JSON.parse(fs.readFileSync(path.join(dist, manifest), 'utf8')) as { loaderConfig?: { entryModuleId: string; scriptResources: Record<string, { path?: string }> } }).loaderConfig;
    const entry = loader?.scriptResources[loader.entryModuleId]?.path;
    if (entry && SHIP_ENTRY.test(entry) && files.includes(entry)) return entry;
  }
  return files.filter(f => SHIP_ENTRY.test(f)).sort((a, b) => fs.statSync(path.join(dist, b)).mtimeMs - fs.statSync(path.join(dist, a)).mtimeMs)[0];
}

function gzipped(file: string): { raw: number; gz: number } {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { raw: bytes.length, gz: zlib.gzipSync(bytes, { level: 9 }).length };
}

/** The newest modification time of anything under `dir`. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The web part's ship bundle, gzipped (level 9, as the package test measures it): the entry the page loads first
 * and each lazy chunk, plus what the Word export loads in all. Builds with `gulp bundle --ship` if dist/ has no ship build.
 */
export async function benchBundleSize(): Promise<BenchRow[]> {
  let entry = shipEntry();
  if (!entry) {
    process.stderr.write('dist/ has no ship build: running "npx gulp bundle --ship" (about a minute)…\n');
    const built = spawnSync('npx', ['gulp', 'bundle', '--ship'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
    if (built.status !== 0) throw new Error(`gulp bundle --ship failed (exit ${built.status}).`);
    entry = shipEntry();
    if (!entry) throw new Error('gulp bundle --ship made no e-safety-policy-hub-web-part_<hash>.js in dist/.');
  }
  const entryText = fs.readFileSync(path.join(dist, entry), 'utf8');
  // Chunks of this build are those whose content hash the entry's chunk map names (older builds may linger in dist/).
  const chunks = fs.readdirSync(dist).map(f => ({ file: f, match: CHUNK.exec(f) })).filter(c => c.match && entryText.includes(`"${c.match[2]}"`));
  const builtAt = fs.statSync(path.join(dist, entry)).mtime;
  const stale = newestUnder(path.join(root, 'src')) > builtAt.getTime() ? '; src/ changed after this build' : '';
  const main = gzipped(entry);
  const rows: BenchRow[] = [
    { measure: 'Web part ship bundle: initial (entry) gzipped', value: kb(main.gz), detail: `${entry}, ${kb(main.raw)} raw; built ${builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC${stale}` }
  ];
  const sizes = new Map<string, number>();
  for (const chunk of chunks) {
    const size = gzipped(chunk.file);
    const name = chunk.match![1];
    // Only docx writes the WordprocessingML namespace (the package test finds docx the same way).
    const holds = fs.readFileSync(path.join(dist, chunk.file), 'utf8').includes(DOCX_MARKER) ? '; holds the docx library' : '';
    sizes.set(name, size.gz);
    rows.push({ measure: `Web part ship bundle: lazy chunk "${name}" gzipped`, value: kb(size.gz), detail: `${chunk.file}, ${kb(size.raw)} raw${holds}` });
  }
  // The Word export loads its chunk together with the shared chunk(s) it needs: `Promise.all([u.e(46),u.e(266)])`.
  const nameMap = /"chunk\."\+\(\{([^}]*)\}\[\w+\]\|\|\w+\)/.exec(entryText)?.[1] ?? '';
  const names = new Map([...nameMap.matchAll(/(\d+):"([\w-]+)"/g)].map(m => [m[1], m[2]]));
  const wordId = [...names.entries()].find(([, name]) => name === 'word-export')?.[0];
  const group = wordId ? [...entryText.matchAll(/Promise\.all\(\[((?:\w\.e\(\d+\),?)+)\]\)/g)].map(m => [...m[1].matchAll(/\((\d+)\)/g)].map(n => n[1])).find(ids => ids.includes(wordId)) : undefined;
  if (group) {
    const loaded = group.map(id => names.get(id) ?? id);
    rows.push({ measure: 'Web part ship bundle: Word export loads in all, gzipped', value: kb(loaded.reduce((sum, name) => sum + (sizes.get(name) ?? 0), 0)), detail: `chunks ${loaded.join(' + ')}, on the first export only` });
  }
  return rows;
}
