import type { DraftSnapshot } from '../approval/snapshot';
import { buildDocument, type DocumentContext } from '../document/buildDocument';
import type { DocBlock, DocumentModel, Inline } from '../document/DocumentModel';
import { sanitizeText } from '../document/sanitizeText';

/**
 * The copy of a published document for the school's website: one self-contained, accessible HTML page made from the
 * same document model as the Word file. `<html lang="en-GB">`, a title, one h1 then h2s in document order, a
 * plain-language summary at the top, a contents whose links go to each section, the approval record and the review
 * date, in landmarks (banner, navigation, main, contentinfo). Every piece of text is escaped, so whatever a statement
 * says is shown as text and never read as markup; there are no scripts and nothing loaded from elsewhere.
 */

/** The HTML file: its name beside the Word file, and its text. */
export interface WebsiteCopy {
  html: string;
  /** Section headings with their link targets, as the contents lists them. */
  contents: { id: string; text: string }[];
}

/** `&`, `<`, `>`, `"` and `'` as character references: text (and attribute values) can never close or open markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text as HTML: escaped, its line breaks kept as `<br>`. */
function textHtml(text: string): string {
  return escapeHtml(sanitizeText(text)).replace(/\n/g, '<br>');
}

/** The runs a reader of the published copy sees (the website copy is always the clean copy: no deletions). */
function inlineHtml(inlines: Inline[]): string {
  return inlines.filter(i => i.kind !== 'del').map(i => (i.kind === 'text' && i.bold ? `<strong>${textHtml(i.text)}</strong>` : textHtml(i.text))).join('');
}

const STYLE = [
  'body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;margin:0}',
  'header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}',
  'header{border-bottom:1px solid #767676}footer{border-top:1px solid #767676;font-size:.9rem}',
  'a{color:#0b5394}a:focus{outline:3px solid #1a1a1a;outline-offset:2px}',
  '.summary{background:#f3f6fa;border-left:4px solid #0b5394;padding:.5rem 1rem}',
  '.number{font-weight:bold;margin-right:.5rem}',
  'table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}'
].join('');

/** Section numbers as the Word file's list numbering makes them: "1." for a section, "1.1" for its statements. */
interface Counter {
  section: number;
  statement: number;
}

function blockHtml(block: DocBlock, counter: Counter, contents: WebsiteCopy['contents']): string {
  switch (block.kind) {
    case 'heading': {
      let number = '';
      if (block.numbered) {
        counter.section += 1;
        counter.statement = 0;
        number = `${counter.section}.`;
      }
      const id = block.numbered ? `section-${counter.section}` : `part-${contents.length + 1}`;
      const text = `${number ? `${number} ` : ''}${sanitizeText(block.text)}`;
      contents.push({ id, text });
      return `<h2 id="${id}">${textHtml(text)}</h2>`;
    }
    case 'statement':
      counter.statement += 1;
      return `<p><span class="number">${counter.section}.${counter.statement}</span>${inlineHtml(block.inlines)}</p>`;
    case 'paragraph':
      return `<p>${inlineHtml(block.inlines)}</p>`;
    case 'table': {
      const head = block.header.map(h => `<th scope="col">${textHtml(h)}</th>`).join('');
      const rows = block.rows.map(row => `<tr>${row.map(c => `<td>${textHtml(c)}</td>`).join('')}</tr>`).join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    // The title is the page's h1 and the contents its nav; page breaks, signature lines and left-out statements
    // belong to paper and the marked copy, not to the website.
    case 'title':
    case 'toc':
    case 'pageBreak':
    case 'signature':
    case 'leftOut':
      return '';
  }
}

/** A summary a parent can read first: what the document is, what its sections cover, who approved it and when it is reviewed. */
export function plainSummary(snapshot: DraftSnapshot, ctx: DocumentContext): string[] {
  const school = sanitizeText(ctx.profile.schoolName) || 'the school';
  const sections = snapshot.sections.map(s => sanitizeText(s.title));
  const lines = [`This is ${school}'s ${sanitizeText(snapshot.title)}. It says what the school does to keep everyone safe online and what it expects of pupils, staff, governors, parents and visitors.`];
  if (sections.length > 0) lines.push(`It has ${sections.length} ${sections.length === 1 ? 'section' : 'sections'}: ${sections.join('; ')}.`);
  lines.push(ctx.approval ? `The governors approved it on ${ctx.formatDate(ctx.approval.approvedOn)}.` : 'It has not been approved yet.');
  if (ctx.reviewDate) lines.push(`The school will review it by ${ctx.formatDate(ctx.reviewDate)}.`);
  return lines;
}

/** The website copy of a document from its frozen snapshot and its publication's context (always the clean copy). */
export function websiteCopy(snapshot: DraftSnapshot, context: DocumentContext): WebsiteCopy {
  const ctx: DocumentContext = { ...context, showChanges: false, signatureLines: false };
  const model: DocumentModel = buildDocument(snapshot, ctx);
  const contents: WebsiteCopy['contents'] = [];
  const counter: Counter = { section: 0, statement: 0 };
  const body = model.blocks.map(b => blockHtml(b, counter, contents)).filter(Boolean).join('\n');
  const titleBlock = model.blocks.find((b): b is Extract<DocBlock, { kind: 'title' }> => b.kind === 'title');
  const school = sanitizeText(ctx.profile.schoolName);
  const facts = titleBlock ? titleBlock.lines.filter(line => line !== school) : [`Version ${ctx.version}`];
  const review = ctx.reviewDate ? `<p>Next review by <strong>${textHtml(ctx.formatDate(ctx.reviewDate))}</strong>.</p>` : '';
  const nav = contents.length > 0
    ? `<nav aria-labelledby="contents-heading"><h2 id="contents-heading">Contents</h2><ol>${contents.map(c => `<li><a href="#${c.id}">${textHtml(c.text)}</a></li>`).join('')}</ol></nav>`
    : '';
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${textHtml(model.title)}${school ? ` – ${textHtml(school)}` : ''}</title><style>${STYLE}</style></head>`,
    '<body>',
    `<header><p>${textHtml(school || model.creator)}</p></header>`,
    '<main>',
    `<h1>${textHtml(model.title)}</h1>`,
    facts.map(line => `<p>${textHtml(line)}</p>`).join(''),
    `<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2>${plainSummary(snapshot, ctx).map(line => `<p>${textHtml(line)}</p>`).join('')}</section>`,
    nav,
    body,
    review,
    '</main>',
    `<footer><p>${textHtml(model.footer)}</p></footer>`,
    '</body>',
    '</html>'
  ].filter(Boolean).join('\n');
  return { html, contents };
}

/** The file name of a document's website copy, beside its Word file (`online-safety-policy.docx` → `online-safety-policy.html`). */
export function websiteCopyFileName(wordFileName: string): string {
  return wordFileName.replace(/\.docx$/i, '') + '.html';
}
