import * as fs from 'fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { useBrowserTenant } from './support/browserTenant';
import { SITES } from '../support/testTenant';

/** Clicks a Word download in the draft's command bar and returns the file the browser received. */
async function downloadWord(page: Page, item: string): Promise<{ name: string; zip: JSZip; bytes: Buffer }> {
  await page.getByRole('menuitem', { name: 'Word document', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('menu', { name: 'Word document' }).getByRole('menuitem', { name: item, exact: true }).click()
  ]);
  const file = await download.path();
  if (!file) throw new Error(`The download failed: ${String(await download.failure())}`);
  const bytes = fs.readFileSync(file);
  return { name: download.suggestedFilename(), zip: await JSZip.loadAsync(bytes), bytes };
}

describe('Word export from the workbench', () => {
  const ctx = useBrowserTenant();

  it('downloads the draft as a .docx, and with the school\'s edit as a tracked insertion by the school', async () => {
    const page = await ctx.signIn(SITES.oakfield, 'Helen Carter', { acceptDownloads: true });
    await page.getByText('Online safety policy', { exact: true }).click();
    await page.getByTestId('draft-title').waitFor();

    const clean = await downloadWord(page, 'Download Word');
    expect(clean.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(clean.name).toMatch(/\.docx$/);
    const cleanXml = await clean.zip.file('word/document.xml')!.async('string');
    expect(cleanXml).toContain('Oakfield Primary School');
    expect(cleanXml).toContain('Online safety policy');
    expect(cleanXml).not.toContain('<w:ins ');
    expect(clean.zip.file('word/numbering.xml')).not.toBeNull();
    // The contents is written with page numbers in the browser too (docx's layout chunk loads there).
    expect(cleanXml).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>\d+<\/w:t>/);

    const text = page.locator('article[data-block-key="s:purpose-aim"] textarea');
    await text.fill(`${await text.inputValue()} Pupils can report worries to any adult.`);
    await page.getByTestId('draft-save-state').getByText('All changes saved').waitFor({ timeout: 20_000 });

    const marked = await downloadWord(page, 'Download Word with changes marked');
    const markedXml = await marked.zip.file('word/document.xml')!.async('string');
    const insertion = /<w:ins [^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:ins>/g;
    const inserted = [...markedXml.matchAll(insertion)].filter(m => m[2].includes('report worries'));
    expect(inserted.length).toBeGreaterThan(0);
    expect(inserted[0][1]).toBe('Oakfield Primary School');
  });
});
