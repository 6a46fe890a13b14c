import {
  AlignmentType, DeletedTextRun, Document, Footer, Header, HeadingLevel, ImageRun, InsertedTextRun, LeaderType, LevelFormat, Packer, PageBreak, PageNumber,
  PageOrientation, Paragraph, ShadingType, Tab, Table, TableCell, TableLayoutType, TableOfContents, TableRow, TabStopType, TextRun, WidthType, type ParagraphChild
} from 'docx';
import type { DocBlock, DocumentModel, Inline, Tone } from '../../domain/document/DocumentModel';

/** The numbering definition sections and statements share: 1., 1.1, 1.2, 2., … (real Word numbering). */
const NUMBERING = 'policy-numbering';

/** A4 in twips (the docx library's default page) and Word's default 1-inch margins: the width text runs across. */
const A4 = { short: 11906, long: 16838 };
const MARGIN = 1440;

/** The character style of a statement's typed number in the marked copy (so it can be told from the statement's words). */
const STATEMENT_NUMBER_STYLE = 'StatementNumber';

/** Where statements' text starts (their number hangs to its left); left-out statements line up with it. */
const STATEMENT_INDENT = 720;

/** Fills for rating bands: the light green, amber and red Excel's conditional formatting uses, with black text legible on each. */
const TONE_FILL: Record<Tone, string> = { low: 'C6EFCE', medium: 'FFEB9C', high: 'FFC7CE' };

function textWidth(model: DocumentModel): number {
  return (model.landscape ? A4.long : A4.short) - 2 * MARGIN;
}

/** Splits text at its newlines into runs with line breaks between them. */
function lines(text: string): string[] {
  return text.split('\n');
}

function runs(inlines: Inline[], model: DocumentModel, ids: { next: number }, size?: number): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const inline of inlines) {
    lines(inline.text).forEach((line, i) => {
      const base = { text: line, break: i > 0 ? 1 : undefined, size };
      if (inline.kind === 'text' || !model.trackChanges) {
        if (inline.kind === 'del' && !model.trackChanges) return;
        children.push(new TextRun({ ...base, bold: inline.kind === 'text' ? inline.bold : undefined }));
      } else {
        const change = { id: ids.next++, author: model.trackChanges.author, date: model.trackChanges.date };
        children.push(inline.kind === 'ins' ? new InsertedTextRun({ ...base, ...change }) : new DeletedTextRun({ ...base, ...change }));
      }
    });
  }
  return children;
}

/**
 * A table across the text width. Its grid is fixed in twips from the percentages, so Word and LibreOffice keep the
 * widths the model chose (an autofit table shrinks a column until its header splits mid-word).
 */
function table(block: Extract<DocBlock, { kind: 'table' }>, model: DocumentModel): Table {
  const percent = block.header.map((_, i) => block.widths[i] ?? 10);
  const total = percent.reduce((sum, w) => sum + w, 0);
  const columnWidths = percent.map(w => Math.floor((textWidth(model) * w) / total));
  const cell = (text: string, bold: boolean, width: number, tone?: Tone): TableCell => new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: tone ? { type: ShadingType.CLEAR, color: 'auto', fill: TONE_FILL[tone] } : undefined,
    children: lines(text).map(line => new Paragraph({ children: [new TextRun({ text: line, bold })] }))
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, true, percent[i])) }),
      ...block.rows.map((row, r) => new TableRow({ children: row.map((c, i) => cell(c, false, percent[i], block.tones?.[r]?.[i])) }))
    ]
  });
}

/** A line of its own to write on: the label, then a tab whose leader draws the line to the right margin. */
function signatureLine(label: string, value: string | undefined, model: DocumentModel, size: number | undefined): Paragraph {
  return new Paragraph({
    spacing: { before: 360 },
    tabStops: [{ type: TabStopType.RIGHT, position: textWidth(model), leader: LeaderType.UNDERSCORE }],
    children: [new TextRun({ text: `${label}: ${value ?? ''}`, size }), new TextRun({ children: [new Tab()], size })]
  });
}

function titlePage(block: Extract<DocBlock, { kind: 'title' }>, model: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  if (block.logo) {
    const { bytes, type, width, height, description } = block.logo;
    out.push(new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { before: 1200 },
      children: [new ImageRun({ type, data: bytes, transformation: { width, height }, altText: { name: 'Logo', description, title: description } })]
    }));
  }
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: block.logo ? 600 : 2400, after: 600 }, children: [new TextRun(block.title)] }));
  for (const line of block.lines) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: line, size: 28 })] }));
  for (const signatory of block.signatories ?? []) {
    out.push(new Paragraph({ spacing: { before: 600 }, keepNext: true, children: [new TextRun({ text: signatory.role, bold: true })] }));
    out.push(signatureLine('Name', signatory.name, model, undefined), signatureLine('Signature', undefined, model, undefined), signatureLine('Date', undefined, model, undefined));
  }
  return out;
}

function children(model: DocumentModel): (Paragraph | Table | TableOfContents)[] {
  const ids = { next: 1 };
  /** The section and statement numbers so far, as Word's list numbering counts them (1., 1.1, 1.2, 2., …). */
  const number = { section: 0, statement: 0 };
  const size = model.largePrint ? 36 : undefined;
  const out: (Paragraph | Table | TableOfContents)[] = [];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'title':
        out.push(...titlePage(block, model));
        break;
      case 'toc':
        // The contents' own title is not a heading, so it does not list itself. The field is written with its entries
        // and (when the layout module is loaded) their page numbers, so LibreOffice and a PDF show them, and dirty,
        // so Word brings it up to date when it opens the file.
        out.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: block.title, bold: true, size: 32 })] }));
        out.push(new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2', beginDirty: true }));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'heading':
        if (block.numbered) {
          number.section += 1;
          number.statement = 0;
        }
        out.push(new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          numbering: block.numbered ? { reference: NUMBERING, level: 0 } : undefined,
          children: [new TextRun({ text: block.text, size: model.largePrint ? 44 : undefined })]
        }));
        break;
      case 'statement':
        number.statement += 1;
        if (model.trackChanges) {
          // The marked copy writes each statement's final number as text. LibreOffice (7.4, checked by
          // tests/e2e/libreOffice.e2e.ts) takes a list item holding any tracked deletion for a deleted item and shows its
          // number as changed: "[1.10]", then "1.10[1.11]" for every item after it. Word and LibreOffice both print
          // a typed number as it is; the clean copy keeps Word's own list numbering.
          out.push(new Paragraph({
            indent: { left: STATEMENT_INDENT, hanging: STATEMENT_INDENT }, spacing: { after: 120 },
            children: [
              new TextRun({ text: `${number.section}.${number.statement}`, size, style: STATEMENT_NUMBER_STYLE }), new TextRun({ children: [new Tab()], size, style: STATEMENT_NUMBER_STYLE }),
              ...runs(block.inlines, model, ids, size)
            ]
          }));
        } else {
          out.push(new Paragraph({ numbering: { reference: NUMBERING, level: 1 }, spacing: { after: 120 }, children: runs(block.inlines, model, ids, size) }));
        }
        break;
      case 'leftOut':
        out.push(new Paragraph({ indent: { left: STATEMENT_INDENT }, spacing: { after: 120 }, children: runs(block.inlines, model, ids, size) }));
        break;
      case 'paragraph':
        out.push(new Paragraph({
          alignment: block.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { after: block.spaceAfter ? (model.largePrint ? 360 : 200) : 0 },
          children: runs(block.inlines, model, ids, size)
        }));
        break;
      case 'signature':
        out.push(signatureLine(block.label, block.value, model, size));
        break;
      case 'table':
        out.push(table(block, model));
        break;
    }
  }
  return out;
}

/**
 * Packs a document description into .docx bytes with the docx library (loaded only when someone exports). A document
 * with contents also loads docx's page layout (a large module, in its own chunk) to write the contents' page numbers.
 */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const hasContents = model.blocks.some(b => b.kind === 'toc');
  const layout = hasContents ? await import(/* webpackChunkName: 'word-layout' */ 'docx/layout') : undefined;
  const document = new Document({
    pageNumbers: layout?.estimatePageNumbers,
    creator: model.creator,
    title: model.title,
    subject: model.subject,
    description: model.description,
    features: { trackRevisions: Boolean(model.trackChanges), updateFields: true },
    styles: {
      default: { document: { run: { font: 'Arial', size: model.largePrint ? 36 : 22 } } },
      characterStyles: [{ id: STATEMENT_NUMBER_STYLE, name: 'Statement number', basedOn: 'DefaultParagraphFont', run: {} }]
    },
    numbering: {
      config: [{
        reference: NUMBERING,
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 432, hanging: 432 } } } },
          { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, style: { paragraph: { indent: { left: STATEMENT_INDENT, hanging: STATEMENT_INDENT } } } }
        ]
      }]
    },
    sections: [{
      properties: model.landscape ? { page: { size: { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE } } } : undefined,
      headers: model.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: model.header, color: '595959' })] })] }) } : undefined,
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun(`${model.footer} · Page `), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })]
          })]
        })
      },
      children: children(model)
    }]
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
