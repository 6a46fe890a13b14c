import * as path from 'path';
import { build } from 'esbuild';
import { launchBrowser } from '../tests/e2e/support/browser';
import type { BenchRow } from './table';
import { timeWordBuild, type WordBuildTimes } from './word/timeWordBuild';

const RUNS = 10;

/** Bundles the benchmark's browser entry (the same builder and docx adapter the web part lazy-loads). */
async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'word', 'browserEntry.ts')],
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', minify: true,
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning'
  });
  return result.outputFiles[0].text;
}

async function inChromium(runs: number): Promise<WordBuildTimes> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>Word benchmark</title>');
    await page.addScriptTag({ content: await browserBundle() });
    return await page.evaluate(async n => {
      const run = (globalThis as unknown as { benchWord: (runs: number) => Promise<WordBuildTimes> }).benchWord;
      return run(n);
    }, runs);
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function row(where: string, times: WordBuildTimes): BenchRow {
  return {
    measure: `Word: ${times.blocks}-block policy in ${where}`,
    value: `${median(times.runs).toFixed(0)} ms`,
    detail: `median of ${times.runs.length} (min ${Math.min(...times.runs).toFixed(0)}, max ${Math.max(...times.runs).toFixed(0)} ms); tracked changes and approval record; ${(times.bytes / 1024).toFixed(0)} KB .docx`
  };
}

/** Building a 300-block policy as Word (document model, then docx packing) in Node and in Chromium. */
export async function benchWordExport(): Promise<BenchRow[]> {
  const node = await timeWordBuild(RUNS);
  const chromium = await inChromium(RUNS);
  return [row('Node', node), row('Chromium', chromium)];
}
