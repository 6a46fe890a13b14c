/**
 * `npm run screenshots`: makes the README's screenshots from the running product, so they stay true.
 *
 * Builds the workbench, starts a throw-away local tenant (a temporary folder and a free loopback port: the
 * developer's `.local/` is never touched), seeds it, and drives Debian's Chromium through each shot in
 * `scripts/screenshots/shots.ts` at a fixed 1280×800 viewport, writing `docs/screenshots/<name>.png`.
 * A failed shot is reported with its reason and the others still run; the exit code says whether all passed.
 *
 *   npm run screenshots                          every shot
 *   npm run screenshots -- draft-editor first-run   only these
 *
 * Settings: CHROMIUM_PATH (default /usr/bin/chromium). If ImageMagick's `convert` is installed, each picture is
 * reduced to 256 colours (smaller files); without it the full-colour PNG is kept.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildWorkbench } from './buildWorkbench';
import { startScenario, type Scenario } from './screenshots/scenario';
import { SHOTS, type Shot, type ShotKit } from './screenshots/shots';

const root = path.resolve(__dirname, '..');
const OUT_DIR = path.join(root, 'docs', 'screenshots');
const WORKBENCH_DIR = path.join(root, 'workbench', 'dist');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800 };
/** How long one wait for content may take before the shot is reported as failed. */
const WAIT_MS = 20_000;

interface Outcome {
  shot: Shot;
  ok: boolean;
  detail: string;
}

function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}. Install it with "sudo apt-get install chromium" (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}

/** True when ImageMagick's `convert` can be run. */
function hasConvert(): boolean {
  const probe = spawnSync('convert', ['-version'], { stdio: 'ignore' });
  return probe.status === 0;
}

/** Reduces a screenshot to 256 colours in place, keeping the original if that fails or does not help. */
function reduceColours(file: string): void {
  const reduced = `${file}.tmp.png`;
  const result = spawnSync('convert', [file, '-strip', '+dither', '-colors', '256', `PNG8:${reduced}`], { stdio: 'ignore' });
  if (result.status === 0 && fs.existsSync(reduced) && fs.statSync(reduced).size < fs.statSync(file).size) fs.renameSync(reduced, file);
  else fs.rmSync(reduced, { force: true });
}

/** The first lines of an error: Playwright's messages end with a long call log. */
function firstLines(error: unknown, lines = 4): string {
  // Playwright colours its call log for terminals; the escapes are noise here.
  // eslint-disable-next-line no-control-regex
  const text = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
  return text.split('\n').filter(l => l.trim()).slice(0, lines).join('\n    ');
}

async function runShot(shot: Shot, browser: Browser, scenario: Scenario, convert: boolean): Promise<Outcome> {
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const file = path.join(OUT_DIR, `${shot.name}.png`);
  let saved = false;
  const kit: ShotKit = {
    scenario,
    open: async (person, pathAndQuery) => {
      const context = await browser.newContext({
        viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'Europe/London', colorScheme: 'light', reducedMotion: 'reduce'
      });
      context.setDefaultTimeout(WAIT_MS);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', error => pageErrors.push(error.message));
      // The local server's sign-in stands in for Microsoft 365's: it sets the workbench's cookie, then opens the page.
      const target = person ? `/_local/signin?user=${encodeURIComponent(person.login)}&then=${encodeURIComponent(pathAndQuery)}` : pathAndQuery;
      await page.goto(`${scenario.url}${target}`);
      return page;
    },
    save: async (page: Page, options = {}) => {
      if (options.top) await options.top.evaluate(element => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      if (convert) reduceColours(file);
      saved = true;
    }
  };
  const started = Date.now();
  try {
    await shot.run(kit);
    if (!saved) throw new Error('The step finished without saving a picture.');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    return { shot, ok: true, detail: `${path.relative(root, file)} (${Math.round(fs.statSync(file).size / 1024)} KB, ${seconds} s)` };
  } catch (error) {
    const errors = pageErrors.length ? `\n    errors in the page: ${pageErrors.slice(0, 3).join(' | ')}` : '';
    return { shot, ok: false, detail: `${firstLines(error)}${errors}${saved ? '\n    (its picture was saved before the failure)' : ''}` };
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter(name => !SHOTS.some(s => s.name === name));
  if (unknown.length > 0) {
    console.error(`No shot named ${unknown.join(', ')}. The shots are: ${SHOTS.map(s => s.name).join(', ')}.`);
    return 2;
  }
  const shots = wanted.length > 0 ? SHOTS.filter(s => wanted.includes(s.name)) : SHOTS;
  fs.mkdirSync(OUT_DIR, { recursive: true });

  console.log('Building the workbench…');
  await buildWorkbench();
  console.log('Starting a throw-away local tenant…');
  const scenario = await startScenario(WORKBENCH_DIR, line => console.log(`  ${line}`));
  // Ctrl+C still removes the temporary tenant.
  process.once('SIGINT', () => { scenario.close().then(() => process.exit(130), () => process.exit(130)); });
  const outcomes: Outcome[] = [];
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const convert = hasConvert();
    console.log(`Taking ${shots.length} screenshot(s) at ${VIEWPORT.width}×${VIEWPORT.height} into ${path.relative(root, OUT_DIR)}/${convert ? ' (256 colours)' : ''}:`);
    for (const shot of shots) {
      const outcome = await runShot(shot, browser, scenario, convert);
      outcomes.push(outcome);
      console.log(`${outcome.ok ? '  ok    ' : '  FAILED'} ${shot.name}: ${outcome.detail}`);
      if (!outcome.ok) console.log(`    it should show: ${shot.shows}`);
    }
  } finally {
    await browser?.close();
    await scenario.close();
  }
  const failed = outcomes.filter(o => !o.ok);
  console.log(failed.length === 0
    ? `All ${outcomes.length} screenshots made.`
    : `${failed.length} of ${outcomes.length} screenshots failed: ${failed.map(o => o.shot.name).join(', ')}. Adjust their steps in scripts/screenshots/shots.ts.`);
  return failed.length === 0 ? 0 : 1;
}

main().then(code => process.exit(code), (error: Error) => {
  console.error(`The screenshots could not be made: ${error.message}`);
  process.exit(1);
});
