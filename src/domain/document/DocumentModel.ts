/**
 * A Word document described as plain data: what the renderer turns into .docx with the docx library. Building
 * this is pure and tested without Word; only the thin renderer knows docx.
 */

/** A run of text: plain, or (with tracked changes on) inserted or deleted by the school. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean }
  | { kind: 'ins'; text: string }
  | { kind: 'del'; text: string };

/** A rating's colour band in a risk table (the cell says the rating too, so colour is never the only signal). */
export type Tone = 'low' | 'medium' | 'high';

/** A picture the document shows, such as the school's logo, at its size in pixels (96 per inch). */
export interface DocImage {
  bytes: Uint8Array;
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  width: number;
  height: number;
  /** What the picture shows, for people who cannot see it (Word's alt text). */
  description: string;
}

/** Someone who signs the title page: their role as a heading, their name printed, then lines to sign and date. */
export interface Signatory {
  role: string;
  name: string;
}

export type DocBlock =
  /** The title page: the school's logo (optional), the title, its lines, and the people who sign it. */
  | { kind: 'title'; title: string; lines: string[]; logo?: DocImage; signatories?: Signatory[] }
  | { kind: 'toc'; title: string }
  | { kind: 'pageBreak' }
  /** A heading; numbered headings take Word's list numbering (1., 2., …). */
  | { kind: 'heading'; level: 1 | 2; text: string; numbered: boolean }
  /** A numbered statement under the current numbered heading (1.1, 1.2, …). */
  | { kind: 'statement'; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[]; align?: 'left' | 'right'; spaceAfter?: boolean }
  /**
   * A statement the school left out, in the marked copy: unnumbered (it is not part of the policy, so it takes no
   * number and the numbers of the statements after it do not change), its text all deleted.
   */
  | { kind: 'leftOut'; inlines: Inline[] }
  /** A line of its own to write on after its label ("Signed: ______"); `value` is printed on it when known. */
  | { kind: 'signature'; label: string; value?: string }
  /**
   * A table; `widths` are percentages of the text width. `tones` colours cells by rating (same shape as `rows`,
   * undefined where a cell has no rating).
   */
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[]; tones?: (Tone | undefined)[][] };

export interface DocumentModel {
  title: string;
  subject: string;
  creator: string;
  description: string;
  /** Left part of the footer; the renderer adds "Page X of Y". */
  footer: string;
  /** The page header on every page (the school's name), if any. */
  header?: string;
  /** Landscape pages (a wide table such as the risk assessment); portrait otherwise. */
  landscape?: boolean;
  /** When set, `ins`/`del` runs become Word tracked changes by this author at this time. */
  trackChanges?: { author: string; date: string };
  /** Large type and generous spacing (AUPs for young pupils). */
  largePrint: boolean;
  blocks: DocBlock[];
}
