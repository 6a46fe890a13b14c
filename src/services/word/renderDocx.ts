import {
  AlignmentType, BorderStyle, DeletedTextRun, Document, Footer, HeadingLevel, InsertedTextRun, LevelFormat, Packer, PageBreak, PageNumber, Paragraph,
  Table, TableCell, TableOfContents, TableRow, TextRun, WidthType, type ParagraphChild
} from 'docx';
import type { DocBlock, DocumentModel, Inline } from '../../domain/document/DocumentModel';

/** The numbering definition sections and statements share: 1., 1.1, 1.2, 2., … (real Word numbering). */
const NUMBERING = 'policy-numbering';

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

function table(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const cell = (text: string, bold: boolean, width: number): TableCell => new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: lines(text).map(line => new Paragraph({ children: [new TextRun({ text: line, bold })] }))
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, true, block.widths[i] ?? 10)) }),
      ...block.rows.map(row => new TableRow({ children: row.map((c, i) => cell(c, false, block.widths[i] ?? 10)) }))
    ]
  });
}

function children(model: DocumentModel): (Paragraph | Table | TableOfContents)[] {
  const ids = { next: 1 };
  const size = model.largePrint ? 36 : undefined;
  const out: (Paragraph | Table | TableOfContents)[] = [];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'title':
        out.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 600 }, children: [new TextRun(block.title)] }));
        for (const line of block.lines) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: line, size: 28 })] }));
        break;
      case 'toc':
        // The contents' own title is not a heading, so it does not list itself.
        out.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: block.title, bold: true, size: 32 })] }));
        out.push(new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' }));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'heading':
        out.push(new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          numbering: block.numbered ? { reference: NUMBERING, level: 0 } : undefined,
          children: [new TextRun({ text: block.text, size: model.largePrint ? 44 : undefined })]
        }));
        break;
      case 'statement':
        out.push(new Paragraph({ numbering: { reference: NUMBERING, level: 1 }, spacing: { after: 120 }, children: runs(block.inlines, model, ids, size) }));
        break;
      case 'paragraph':
        out.push(new Paragraph({
          alignment: block.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { after: block.spaceAfter ? (model.largePrint ? 360 : 200) : 0 },
          children: runs(block.inlines, model, ids, size)
        }));
        break;
      case 'signature':
        out.push(new Paragraph({
          spacing: { before: 480 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          children: [new TextRun({ text: `${block.label}:`, size })]
        }));
        break;
      case 'table':
        out.push(table(block));
        break;
    }
  }
  return out;
}

/** Packs a document description into .docx bytes with the docx library (loaded only when someone exports). */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const document = new Document({
    creator: model.creator,
    title: model.title,
    subject: model.subject,
    description: model.description,
    features: { trackRevisions: Boolean(model.trackChanges), updateFields: true },
    styles: { default: { document: { run: { font: 'Arial', size: model.largePrint ? 36 : 22 } } } },
    numbering: {
      config: [{
        reference: NUMBERING,
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 432, hanging: 432 } } } },
          { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 720 } } } }
        ]
      }]
    },
    sections: [{
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
