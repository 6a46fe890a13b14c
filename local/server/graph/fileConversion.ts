import { execFile } from 'child_process';
import { randomBytes } from 'crypto';
import { mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

/**
 * What the local Graph converts files with: LibreOffice (`soffice --headless --convert-to pdf`), as Graph's own
 * conversion uses Office Online. When LibreOffice is not installed (or a test says so), the local Graph refuses the
 * conversion as Graph refuses one it cannot make, rather than pretending.
 */
export interface FileConverter {
  /** True when conversions can run here. */
  available(): Promise<boolean>;
  /** The PDF of a file, named so the converter knows its type (`policy.docx`). */
  toPdf(fileName: string, bytes: Buffer): Promise<Buffer>;
}

/** How long one conversion may take (a cold LibreOffice start on a busy machine takes several seconds). */
const CONVERT_TIMEOUT_MS = 60_000;

function run(file: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL', env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(Object.assign(new Error(`${file} is not installed.`), { code: 'ENOENT' }));
        return;
      }
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${String(stdout)}\n${String(stderr)}` });
    });
  });
}

/**
 * LibreOffice as the converter. `soffice` is looked up on the PATH unless `SOFFICE` names it; `LOCAL_CONVERTER=none`
 * (or the `converter: 'none'` server option) makes it unavailable, so a test can see Graph's refusal.
 */
export class LibreOfficeConverter implements FileConverter {
  private installed: Promise<boolean> | undefined;

  constructor(private readonly soffice: string = process.env.SOFFICE ?? 'soffice') {}

  available(): Promise<boolean> {
    this.installed ??= run(this.soffice, ['--version']).then(r => r.code === 0 && /LibreOffice/.test(r.output), () => false);
    return this.installed;
  }

  async toPdf(fileName: string, bytes: Buffer): Promise<Buffer> {
    const work = await mkdtemp(path.join(tmpdir(), 'local-graph-convert-'));
    try {
      // The file's own name could hold anything: the converter sees a safe name with the same extension.
      const input = path.join(work, `${randomBytes(8).toString('hex')}${path.extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, '')}`);
      await writeFile(input, bytes);
      // A throw-away profile per conversion, so parallel conversions (and a desktop LibreOffice) never share or lock one.
      const profile = pathToFileURL(path.join(work, 'profile')).href;
      const result = await run(this.soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input]);
      const output = input.replace(/\.[^.]+$/, '.pdf');
      if (result.code !== 0) throw new Error(`LibreOffice could not convert the file: ${result.output.trim()}`);
      return await readFile(output);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}

/** A converter that is never there (`LOCAL_CONVERTER=none`). */
export const NO_CONVERTER: FileConverter = {
  available: async () => false,
  toPdf: async () => {
    throw new Error('No converter is installed.');
  }
};

/** The converter the environment asks for. */
export function converterFromEnvironment(): FileConverter {
  return process.env.LOCAL_CONVERTER === 'none' ? NO_CONVERTER : new LibreOfficeConverter();
}
