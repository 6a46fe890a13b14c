/**
 * Bundles the local workbench (the second composition root) for the browser with esbuild: the same React
 * components and services as the web part, built in about a second, into `workbench/dist/`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'workbench', 'dist');

/** Builds the workbench; returns the size of the bundle in bytes. */
export async function buildWorkbench(options: { minify?: boolean } = {}): Promise<number> {
  fs.mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [path.join(root, 'workbench', 'src', 'main.tsx')],
    outfile: path.join(outdir, 'workbench.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: options.minify ?? true,
    sourcemap: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning'
  });
  fs.copyFileSync(path.join(root, 'workbench', 'index.html'), path.join(outdir, 'index.html'));
  // SharePoint serves Fluent's icon font from its CDN; the workbench serves the same files itself (no network here).
  const fonts = path.join(root, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
  fs.mkdirSync(path.join(outdir, 'fonts'), { recursive: true });
  for (const file of fs.readdirSync(fonts)) fs.copyFileSync(path.join(fonts, file), path.join(outdir, 'fonts', file));
  return fs.statSync(path.join(outdir, 'workbench.js')).size;
}

if (require.main === module) {
  buildWorkbench().then(
    size => console.log(`Built workbench/dist/workbench.js (${(size / 1024).toFixed(0)} KB).`),
    (error: Error) => {
      console.error(`Could not build the workbench: ${error.message}`);
      process.exit(1);
    }
  );
}
