import type { Page } from 'playwright-core';

/** One accessibility problem axe-core found, as a test failure message shows it. */
export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) over the web part on the page (the workbench's own bar is not
 * the product) and returns the serious and critical problems.
 */
export async function seriousAxeProblems(page: Page, scope = '[data-testid="webpart-canvas"]'): Promise<AxeProblem[]> {
  // Fluent fades rows and panels in: judge colours once the screen has settled, as a person sees it.
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, { timeout: 10_000 });
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(async selector => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    return axe.run({ include: [[selector]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, resultTypes: ['violations'] });
  }, scope);
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => ({ rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map(n => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`) }));
}

/** Fails with every serious or critical problem listed, naming the screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const problems = await seriousAxeProblems(page);
  if (problems.length > 0) {
    const lines = problems.map(p => `  ${p.impact} ${p.rule}: ${p.help}\n    at ${p.targets.join('\n    at ')}`);
    throw new Error(`Accessibility problems on "${screen}":\n${lines.join('\n')}`);
  }
}
