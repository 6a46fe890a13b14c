import { execFile } from 'child_process';
import { mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { DraftSnapshot } from '../../src/domain/approval/snapshot';
import type { DocumentContext } from '../../src/domain/document/buildDocument';
import { newCustomBlock } from '../../src/domain/draft/draftCommands';
import { makeWordFile } from '../../src/services/word/WordService';
import { hostilePolicy } from '../word/hostileFixtures';
import { contextFor, draftFrom, freeze } from '../word/wordFixtures';

/**
 * A second opinion on the files: LibreOffice opens each kind of document and prints it to PDF. It is strict enough
 * to fail on a broken package, and it runs in CI (which installs libreoffice-writer-nogui). Missing LibreOffice is a
 * failure, not a skip, so these checks never quietly stop running.
 */

const SOFFICE = process.env.SOFFICE ?? 'soffice';
const INSTALL_HINT = 'LibreOffice is not installed (no "soffice" on the PATH): install it with `sudo apt-get install libreoffice-writer-nogui` (or set SOFFICE to its path) to run the Word export tests.';
/** One conversion may take this long (a cold start with a new profile takes a few seconds). */
const CONVERT_TIMEOUT_MS = 40_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program, resolving with its exit code and output (never rejecting on a non-zero exit). */
function run(file: string, args: string[], timeout: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout, killSignal: 'SIGKILL', env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error(INSTALL_HINT));
        return;
      }
      if (error?.killed) {
        reject(new Error(`${file} ${args.join(' ')} was stopped after ${timeout} ms.\n${stdout}\n${stderr}`));
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** The kinds of document converted, each made through the product's makeWordFile. */
function documents(): { name: string; snapshot: DraftSnapshot; context: DocumentContext }[] {
  const policy = draftFrom('policy-primary', 'Online safety policy');
  policy.blocks[0].content.text = `${policy.blocks[0].baseText} Pupils help us to review it.`;
  policy.blocks[1].content.text = policy.blocks[1].baseText.replace(/^\S+\s+\S+/, 'Keeping children safe online');
  policy.blocks.push(newCustomBlock(policy.blocks, policy.sections[1], 'Our school council reviews this policy every spring.', 'c:council'));
  const hostile = hostilePolicy();
  return [
    { name: 'policy-tracked', snapshot: freeze(policy), context: contextFor({ showChanges: true }) },
    { name: 'aup-early-years', snapshot: freeze(draftFrom('aup-template-early-years-ks1')), context: contextFor({ signatureLines: true, audience: 'EarlyYearsKS1' }) },
    { name: 'letter', snapshot: freeze(draftFrom('letter-online-safety-at-home')), context: contextFor() },
    { name: 'risk-assessment', snapshot: freeze(draftFrom('ra-social-media-technology')), context: contextFor() },
    { name: 'hostile-policy', snapshot: hostile.snapshot, context: hostile.context }
  ];
}

/** The number of pages in a PDF (its page objects). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

describe('LibreOffice opens every kind of Word file and prints it to PDF', () => {
  let work: string;
  let profile: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'esafety-word-'));
    // A throw-away LibreOffice profile, so parallel runs (and a desktop LibreOffice) never share or lock one.
    profile = pathToFileURL(path.join(work, 'profile')).href;
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('is installed', async () => {
    const version = await run(SOFFICE, ['--version'], CONVERT_TIMEOUT_MS);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/LibreOffice/);
  }, 60_000);

  const minimumPages: Record<string, number> = { 'policy-tracked': 3, 'hostile-policy': 3, 'aup-early-years': 1, letter: 1, 'risk-assessment': 1 };

  it.each(documents().map(d => [d.name, d] as const))('converts the %s', async (name, { snapshot, context }) => {
    const file = await makeWordFile(snapshot, context);
    const input = path.join(work, `${name}.docx`);
    const outDir = path.join(work, 'pdf');
    await writeFile(input, file.bytes);
    const result = await run(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, input], CONVERT_TIMEOUT_MS);
    // The whole output shows if it fails (LibreOffice's warnings on stderr, such as javaldx's, are not failures).
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`${name}.pdf`);
    const pdf = await readFile(path.join(outDir, `${name}.pdf`)).catch(() => {
      throw new Error(`LibreOffice made no PDF of ${name}.docx.\n${result.stdout}\n${result.stderr}`);
    });
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(minimumPages[name]);
  }, 60_000);
});
