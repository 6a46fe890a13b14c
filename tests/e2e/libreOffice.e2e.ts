import { execFile } from 'child_process';
import { mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { DraftSnapshot } from '../../src/domain/approval/snapshot';
import type { DocumentContext } from '../../src/domain/document/buildDocument';
import { buildPolicyStatement, buildPupilVersion } from '../../src/domain/document/derivedDocuments';
import { newCustomBlock } from '../../src/domain/draft/draftCommands';
import { makeWordFile, makeWordFileOf, type WordFile } from '../../src/services/word/WordService';
import { hostilePolicy } from '../word/hostileFixtures';
import { pdfPages, squeeze } from '../word/pdfText';
import { solidPng } from '../word/pngFixture';
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

/** A document made through the product's makeWordFile, or one of the derived documents through makeWordFileOf. */
interface Made {
  name: string;
  make: () => Promise<WordFile>;
}

function fromSnapshot(name: string, snapshot: DraftSnapshot, context: DocumentContext): Made {
  return { name, make: () => makeWordFile(snapshot, context) };
}

/** The kinds of document converted: every kind the product makes, hostile text included. */
function documents(): Made[] {
  const policy = draftFrom('policy-primary', 'Online safety policy');
  policy.blocks[0].content.text = `${policy.blocks[0].baseText} Pupils help us to review it.`;
  policy.blocks[1].content.text = policy.blocks[1].baseText.replace(/^\S+\s+\S+/, 'Keeping children safe online');
  // Left out in the middle of the first section: the statements after it keep their final numbers.
  policy.blocks[3].content.included = false;
  policy.blocks.push(newCustomBlock(policy.blocks, policy.sections[1], 'Our school council reviews this policy every spring.', 'c:council'));
  const hostile = hostilePolicy();
  const approved = freeze(draftFrom('policy-primary', 'Online safety policy'));
  const statement = buildPolicyStatement(approved, contextFor());
  const pupils = buildPupilVersion(freeze(draftFrom('aup-template-ks2')), contextFor(), 'KS2').model;
  const hostileStatement = buildPolicyStatement(hostile.snapshot, hostile.context);
  return [
    fromSnapshot('policy-tracked', freeze(policy), contextFor({ showChanges: true, logo: { bytes: solidPng(380, 200), type: 'image/png' } })),
    fromSnapshot('aup-early-years', freeze(draftFrom('aup-template-early-years-ks1')), contextFor({ signatureLines: true, audience: 'EarlyYearsKS1' })),
    fromSnapshot('aup-staff', freeze(draftFrom('aup-template-staff-volunteers')), contextFor({ signatureLines: true, audience: 'StaffVolunteers' })),
    fromSnapshot('letter', freeze(draftFrom('letter-online-safety-at-home')), contextFor()),
    fromSnapshot('risk-assessment', freeze(draftFrom('ra-social-media-technology')), contextFor()),
    fromSnapshot('hostile-policy', hostile.snapshot, hostile.context),
    { name: 'policy-statement', make: () => makeWordFileOf(statement, statement.title, '1.0') },
    { name: 'pupils-ks2', make: () => makeWordFileOf(pupils, pupils.title, '1.0') },
    { name: 'hostile-policy-statement', make: () => makeWordFileOf(hostileStatement, hostileStatement.title, '1.0') }
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

  const minimumPages: Record<string, number> = {
    'policy-tracked': 3, 'hostile-policy': 3, 'aup-early-years': 1, 'aup-staff': 1, letter: 1, 'risk-assessment': 1, 'policy-statement': 1, 'pupils-ks2': 1,
    'hostile-policy-statement': 1
  };
  /** Each document's PDF, for the checks of what LibreOffice shows. */
  const pdfs = new Map<string, Buffer>();

  it.each(documents().map(d => [d.name, d] as const))('converts the %s', async (name, { make }) => {
    const file = await make();
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
    pdfs.set(name, pdf);
  }, 60_000);

  /** The PDF made above (the conversions run first, in order). */
  function pdfOf(name: string): Buffer {
    const pdf = pdfs.get(name);
    if (!pdf) throw new Error(`${name} was not converted: see its conversion test above.`);
    return pdf;
  }

  it('shows the contents with a page number for each section, and the school in the header', () => {
    const pages = pdfPages(pdfOf('policy-tracked'));
    const contents = squeeze(pages[1]);
    expect(contents).toMatch(/^OakfieldPrimarySchoolContents1\.Purpose,scopeandstatus\.+3/);
    expect(contents).toMatch(/Approvalrecord\.+\d+/);
    for (const page of pages) expect(squeeze(page)).toContain('OakfieldPrimarySchool');
  });

  it('numbers the marked copy\'s statements as the policy reads: no number shown as changed ("[1.4]", "1.4[1.5]")', () => {
    const text = pdfPages(pdfOf('policy-tracked')).join('\n');
    expect(text).not.toMatch(/\[\d+\.\d+\]/);
    expect(squeeze(text)).toMatch(/1\.4/);
  });

  it('prints the title page\'s signature lines for the headteacher and the chair, each on its own line', () => {
    const first = pdfPages(pdfOf('policy-tracked'))[0];
    const lines = first.split('\n').map(l => l.trim()).filter(Boolean);
    for (const label of ['Name: Helen Carter', 'Name: Margaret Lewis']) expect(lines).toContain(label);
    expect(lines.filter(l => l === 'Signature:')).toHaveLength(2);
    expect(lines.filter(l => l === 'Date:')).toHaveLength(2);
    expect(lines.filter(l => /^_{20,}$/.test(l)).length).toBeGreaterThanOrEqual(6);
  });

  it('gives the AUP a line each for name, signature and date', () => {
    const lines = pdfPages(pdfOf('aup-staff')).join('\n').split('\n').map(l => l.trim()).filter(Boolean);
    const at = lines.indexOf('Name:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at, at + 6).map(l => (/^_+$/.test(l) ? '___' : l))).toEqual(['Name:', '___', 'Signature:', '___', 'Date:', '___']);
  });

  it('lays the risk assessment on landscape pages without splitting "Likelihood"', () => {
    const pdf = pdfOf('risk-assessment');
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!;
    expect(Number(box[1])).toBeGreaterThan(Number(box[2]));
    const lines = pdfPages(pdf)[0].split('\n').map(l => l.trim());
    expect(lines).toContain('Likelihood');
    expect(lines).not.toContain('Likeli');
  });

  it('keeps the two-page policy statement to two pages', () => {
    expect(pageCount(pdfOf('policy-statement'))).toBeLessThanOrEqual(2);
    expect(squeeze(pdfPages(pdfOf('policy-statement')).join(''))).toContain(squeeze('Approved on 26 November 2026'));
  });
});
