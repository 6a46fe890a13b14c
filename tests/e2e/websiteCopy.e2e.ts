import type { Browser, Page } from 'playwright-core';
import { websiteCopy } from '../../src/domain/publish/websiteCopy';
import { sitePageHtml } from '../../src/domain/publish/sitePage';
import { launchBrowser } from './support/browser';
import { seriousAxeProblems } from './support/axe';
import { HOSTILE_TITLE, hostilePolicy, MARKUP } from '../word/hostileFixtures';
import { contextFor, draftFrom, freeze } from '../word/wordFixtures';

/**
 * The website copy in a real browser: axe-core finds nothing on it (WCAG 2.2 A and AA), Chromium reads its headings
 * in order and follows its contents links, and hostile text stays text (no element, no script runs).
 */

jest.setTimeout(120_000);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function show(html: string): Promise<void> {
  await page.setContent(html, { waitUntil: 'load' });
}

describe('the website copy of a published policy, in Chromium', () => {
  it('has no accessibility problem axe can find, of any impact', async () => {
    await show(websiteCopy(freeze(draftFrom('policy-primary', 'Online safety policy')), contextFor()).html);
    expect(await seriousAxeProblems(page, 'html')).toEqual([]);
    const all = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => `${v.impact ?? ''} ${v.id}`);
    });
    expect(all).toEqual([]);
  });

  it('reads as one h1 and h2s in order, in landmarks, and its contents links land on their sections', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', hs => hs.map(h => Number(h.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    expect(levels.slice(1).every(l => l === 2)).toBe(true);
    expect(await page.$$eval('header, nav, main, footer', els => els.map(e => e.tagName.toLowerCase()))).toEqual(['header', 'main', 'nav', 'footer']);
    const links = await page.$$eval('nav a', as => as.map(a => (a as HTMLAnchorElement).hash));
    expect(links.length).toBeGreaterThan(10);
    for (const hash of links) expect(await page.locator(hash).count()).toBe(1);
    await page.locator('nav a').nth(2).click();
    expect(await page.evaluate(() => window.location.hash)).toBe(links[2]);
  });
});

describe('the website copy of hostile text, in Chromium', () => {
  it('shows markup typed into statements as text: no element, no script, and axe still finds nothing serious', async () => {
    const hostile = hostilePolicy();
    await show(websiteCopy(hostile.snapshot, hostile.context).html);
    expect(await page.locator('script, w\\:p, img, iframe').count()).toBe(0);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain(MARKUP.slice(0, 20));
    expect(await page.title()).toContain(HOSTILE_TITLE.slice(0, 6));
    expect(await seriousAxeProblems(page, 'html')).toEqual([]);
  });
});

describe('the website copy as a SharePoint page\'s text part, in Chromium', () => {
  /** The text web part's HTML under the page's own title (its h1), as a modern page shows it. */
  const asPage = (title: string, html: string): string =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')}</title></head><body><main><h1>${title.replace(/</g, '&lt;')}</h1>${sitePageHtml(html)}</main></body></html>`;

  it('keeps hostile text as text, headings under the page title, and axe finds nothing serious', async () => {
    const hostile = hostilePolicy();
    await show(asPage('Online safety policy', websiteCopy(hostile.snapshot, hostile.context).html));
    expect(await page.locator('script, style, img, iframe, a, [onclick], [style]').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).toContain('<script>alert("x")</script>');
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', hs => hs.map(h => Number(h.tagName.slice(1))));
    expect(levels.filter(l => l === 1)).toHaveLength(1);
    expect(levels.slice(1).every(l => l >= 2)).toBe(true);
    expect(await seriousAxeProblems(page, 'html')).toEqual([]);
  });
});
