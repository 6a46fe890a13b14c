/**
 * A Word document described as plain data: what the renderer turns into .docx with the docx library. Building
 * this is pure and tested without Word; only the thin renderer knows docx.
 */

/** A run of text: plain, or (with tracked changes on) inserted or deleted by the school. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean }
  | { kind: 'ins'; text: string }
  | { kind: 'del'; text: string };

export type DocBlock =
  /** The title page's lines. */
  | { kind: 'title'; title: string; lines: string[] }
  | { kind: 'toc'; title: string }
  | { kind: 'pageBreak' }
  /** A heading; numbered headings take Word's list numbering (1., 2., …). */
  | { kind: 'heading'; level: 1 | 2; text: string; numbered: boolean }
  /** A numbered statement under the current numbered heading (1.1, 1.2, …). */
  | { kind: 'statement'; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[]; align?: 'left' | 'right'; spaceAfter?: boolean }
  /** A line to sign on, with its label. */
  | { kind: 'signature'; label: string }
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] };

export interface DocumentModel {
  title: string;
  subject: string;
  creator: string;
  description: string;
  /** Left part of the footer; the renderer adds "Page X of Y". */
  footer: string;
  /** When set, `ins`/`del` runs become Word tracked changes by this author at this time. */
  trackChanges?: { author: string; date: string };
  /** Large type and generous spacing (AUPs for young pupils). */
  largePrint: boolean;
  blocks: DocBlock[];
}
