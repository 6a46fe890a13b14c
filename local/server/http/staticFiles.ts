import * as fs from 'fs';
import * as path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.map': 'application/json', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2'
};

/** The content type for a file name, by extension. */
export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Reads a file of the built workbench, refusing any path that leaves its folder. */
export function readWorkbenchFile(root: string, relative: string): Buffer | undefined {
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  if (full !== base && !full.startsWith(base + path.sep)) return undefined;
  try {
    return fs.statSync(full).isFile() ? fs.readFileSync(full) : undefined;
  } catch {
    return undefined;
  }
}
