import { escapeHtml, plainSummary, websiteCopy, websiteCopyFileName } from '../../../src/domain/publish/websiteCopy';
import { hostilePolicy, MARKUP } from '../../word/hostileFixtures';
import { contextFor, draftFrom, freeze } from '../../word/wordFixtures';

const snapshot = freeze(draftFrom('policy-primary', 'Online safety policy'));

describe('the website copy of a published policy', () => {
  const { html, contents } = websiteCopy(snapshot, contextFor());

  it('is a British English HTML page titled with the document and the school', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<title>Online safety policy – Oakfield Primary School</title>');
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('has one h1, then h2s only: the summary, the contents, each section in order, the approval record', () => {
    const headings = [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map(m => [Number(m[1]), m[2]] as const);
    expect(headings[0]).toEqual([1, 'Online safety policy']);
    expect(headings.slice(1).every(([level]) => level === 2)).toBe(true);
    expect(headings.slice(1, 3).map(([, text]) => text)).toEqual(['Summary', 'Contents']);
    expect(headings.slice(3).map(([, text]) => text)).toEqual([...snapshot.sections.map((s, i) => `${i + 1}. ${escapeHtml(s.title)}`), 'Approval record']);
  });

  it('puts the plain-language summary first, before the contents, naming the approval and review dates', () => {
    expect(html.indexOf('Summary')).toBeLessThan(html.indexOf('Contents'));
    const summary = plainSummary(snapshot, contextFor());
    expect(summary[0]).toBe("This is Oakfield Primary School's Online safety policy. It says what the school does to keep everyone safe online and what it expects of pupils, staff, governors, parents and visitors.");
    expect(summary).toContain('The governors approved it on 26 November 2026.');
    expect(summary).toContain('The school will review it by 26 November 2027.');
    for (const line of summary) expect(html).toContain(escapeHtml(line));
  });

  it('links each contents entry to its heading', () => {
    expect(contents.length).toBe(snapshot.sections.length + 1);
    for (const entry of contents) {
      expect(html).toContain(`<a href="#${entry.id}">`);
      expect(html.match(new RegExp(`id="${entry.id}"`, 'g'))).toHaveLength(1);
    }
  });

  it('numbers statements 1.1, 1.2 … as the Word file does, and prints the approval record and review date', () => {
    expect(html).toContain('<span class="number">1.1</span>');
    expect(html).toContain(`<span class="number">2.${snapshot.blocks.filter(b => b.sectionKey === snapshot.sections[1].key).length}</span>`);
    expect(html).toContain('Approved on 26 November 2026 in approval round 2, when a majority of approvers had to approve.');
    expect(html).toContain('<th scope="col">Approver</th>');
    expect(html).toContain('Next review by <strong>26 November 2027</strong>.');
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('has no script, no style or resource from elsewhere, and no raw merge code', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|https?:\/\/(?!oakfield\.example)/i);
    expect(html).not.toContain('{{');
  });

  it('is named beside the Word file', () => {
    expect(websiteCopyFileName('online-safety-policy.docx')).toBe('online-safety-policy.html');
  });
});

describe('the website copy of hostile text', () => {
  it('escapes every statement, title and name, so markup in them is shown as text and never parsed', () => {
    const hostile = hostilePolicy();
    const { html } = websiteCopy(hostile.snapshot, hostile.context);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<w:p>');
    expect(html).toContain(escapeHtml(MARKUP).slice(0, 60));
    // The only tags are the page's own.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map(m => m[1].toLowerCase()));
    const allowed = ['a', 'body', 'br', 'footer', 'h1', 'h2', 'head', 'header', 'html', 'li', 'main', 'meta', 'nav', 'ol', 'p', 'section', 'span', 'strong', 'style', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr'];
    for (const tag of tags) expect(allowed).toContain(tag);
  });

  it('escapes quotes and ampersands', () => {
    expect(escapeHtml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;');
  });
});
