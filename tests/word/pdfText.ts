import { inflateSync } from 'zlib';

/**
 * Reading a PDF's text in tests, as a reader selecting and copying it would get it: each page's content stream,
 * its text-showing operators (Tj, TJ, ', ") decoded through each font's ToUnicode map. There is no PDF library in the
 * project and poppler's pdftotext is not installed everywhere, so this small reader is the check that a PDF's text is
 * real text (selectable, searchable), not pictures of text. It reads what LibreOffice writes: FlateDecode streams,
 * fonts with ToUnicode CMaps (bfchar and bfrange), no object streams.
 */

interface PdfObject {
  dictionary: string;
  stream?: Buffer;
}

/** A PDF read into its numbered objects. */
export interface ParsedPdf {
  objects: Map<number, PdfObject>;
  /** Page object numbers in document order (following the page tree from the catalogue). */
  pages: number[];
}

const OBJECT = /(\d+)\s+0\s+obj\b/g;

function streamOf(bytes: Buffer, latin: string, dictionaryEnd: number, dictionary: string, objects: Map<number, PdfObject>): Buffer | undefined {
  const start = /^\s*stream\r?\n/.exec(latin.slice(dictionaryEnd, dictionaryEnd + 20));
  if (!start) return undefined;
  const from = dictionaryEnd + start[0].length;
  const lengthRef = /\/Length\s+(\d+)\s+0\s+R/.exec(dictionary);
  const lengthDirect = /\/Length\s+(\d+)\b(?!\s+0\s+R)/.exec(dictionary);
  let length = lengthDirect ? Number(lengthDirect[1]) : undefined;
  if (length === undefined && lengthRef) length = Number(objects.get(Number(lengthRef[1]))?.dictionary.trim());
  if (length === undefined || Number.isNaN(length)) length = latin.indexOf('endstream', from) - from;
  const raw = bytes.subarray(from, from + length);
  return /\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw;
}

/** Splits a PDF into its objects (two passes, so a stream's /Length may point at a later object). */
export function parsePdf(bytes: Buffer): ParsedPdf {
  const latin = bytes.toString('latin1');
  if (!latin.startsWith('%PDF-')) throw new Error('Not a PDF: it does not start with %PDF-.');
  const spans: { id: number; start: number; end: number }[] = [];
  for (const match of latin.matchAll(OBJECT)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = latin.indexOf('endobj', start);
    if (end < 0) throw new Error(`Object ${match[1]} has no endobj.`);
    spans.push({ id: Number(match[1]), start, end });
  }
  const objects = new Map<number, PdfObject>();
  for (const span of spans) {
    const text = latin.slice(span.start, span.end);
    const streamAt = text.search(/\bstream\r?\n/);
    objects.set(span.id, { dictionary: streamAt >= 0 ? text.slice(0, streamAt) : text });
  }
  for (const span of spans) {
    const object = objects.get(span.id)!;
    object.stream = streamOf(bytes, latin, span.start + object.dictionary.length, object.dictionary, objects);
  }
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(latin);
  const catalogue = root ? objects.get(Number(root[1])) : undefined;
  const treeRoot = catalogue ? /\/Pages\s+(\d+)\s+0\s+R/.exec(catalogue.dictionary) : null;
  const pages: number[] = [];
  const walk = (id: number): void => {
    const node = objects.get(id);
    if (!node) return;
    if (/\/Type\s*\/Page(?![A-Za-z])/.test(node.dictionary)) {
      pages.push(id);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dictionary);
    for (const kid of kids ? kids[1].matchAll(/(\d+)\s+0\s+R/g) : []) walk(Number(kid[1]));
  };
  if (treeRoot) walk(Number(treeRoot[1]));
  return { objects, pages };
}

/** A dictionary entry's value: a reference's target dictionary, or the inline dictionary. */
function dictionaryEntry(pdf: ParsedPdf, dictionary: string, key: string): string | undefined {
  const ref = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary);
  if (ref) return pdf.objects.get(Number(ref[1]))?.dictionary;
  const at = dictionary.search(new RegExp(`/${key}\\s*<<`));
  if (at < 0) return undefined;
  let depth = 0;
  const open = dictionary.indexOf('<<', at);
  for (let i = open; i < dictionary.length - 1; i++) {
    if (dictionary.startsWith('<<', i)) { depth++; i++; } else if (dictionary.startsWith('>>', i)) {
      depth--;
      i++;
      if (depth === 0) return dictionary.slice(open, i + 1);
    }
  }
  return undefined;
}

/** A font's code-to-text map from its ToUnicode CMap, and how many bytes a code takes. */
interface FontMap {
  bytesPerCode: number;
  map: Map<number, string>;
}

function hexText(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function fontMap(cmap: string): FontMap {
  const map = new Map<number, string>();
  const range = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/.exec(/begincodespacerange([\s\S]*?)endcodespacerange/.exec(cmap)?.[1] ?? '');
  const bytesPerCode = range ? range[1].length / 2 : 1;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(Number.parseInt(code, 16), hexText(text));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, rest] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const first = Number.parseInt(from, 16);
      const last = Number.parseInt(to, 16);
      if (rest.startsWith('[')) {
        [...rest.matchAll(/<([0-9A-Fa-f]*)>/g)].forEach((m, i) => map.set(first + i, hexText(m[1])));
      } else {
        const base = hexText(rest.slice(1, -1));
        for (let code = first; code <= last; code++) map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first));
      }
    }
  }
  return { bytesPerCode, map };
}

/** Bytes of a literal string `( … )` with its escapes. */
function literalBytes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { out.push(c.charCodeAt(0)); continue; }
    const next = body[++i];
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (next in escapes) out.push(escapes[next]);
    else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out.push(Number.parseInt(octal, 8));
      i += octal.length - 1;
    }
  }
  return out;
}

function decode(bytes: number[], font: FontMap | undefined): string {
  if (!font) return String.fromCharCode(...bytes);
  let out = '';
  for (let i = 0; i + font.bytesPerCode <= bytes.length; i += font.bytesPerCode) {
    let code = 0;
    for (let b = 0; b < font.bytesPerCode; b++) code = code * 256 + bytes[i + b];
    out += font.map.get(code) ?? '';
  }
  return out;
}

const CONTENT_TOKEN = /\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f\s]*)>\s*(?:Tj|'|")|\(((?:[^()\\]|\\.)*)\)\s*(?:Tj|'|")|\b(T\*|Td|TD|Tm|ET)\b/g;

/** The text of one page, a line break where the text position moves to a new line. */
export function pageText(pdf: ParsedPdf, pageId: number): string {
  const page = pdf.objects.get(pageId)!;
  const resources = dictionaryEntry(pdf, page.dictionary, 'Resources') ?? '';
  const fontDictionary = dictionaryEntry(pdf, resources, 'Font') ?? '';
  const fonts = new Map<string, FontMap>();
  for (const [, name, id] of fontDictionary.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+0\s+R/g)) {
    const font = pdf.objects.get(Number(id));
    const toUnicode = font ? /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dictionary) : null;
    const cmap = toUnicode ? pdf.objects.get(Number(toUnicode[1]))?.stream : undefined;
    if (cmap) fonts.set(name, fontMap(cmap.toString('latin1')));
  }
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.dictionary)?.[1] ?? '';
  const streams = [...contents.matchAll(/(\d+)\s+0\s+R/g)].map(m => pdf.objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '');
  let text = '';
  let font: FontMap | undefined;
  for (const match of streams.join('\n').matchAll(CONTENT_TOKEN)) {
    const [, fontName, array, hex, literal, move] = match;
    if (fontName !== undefined) font = fonts.get(fontName);
    else if (array !== undefined) {
      for (const part of array.matchAll(/<([0-9A-Fa-f\s]*)>|\(((?:[^()\\]|\\.)*)\)|(-?[\d.]+)/g)) {
        if (part[1] !== undefined) text += decode(hexBytes(part[1]), font);
        else if (part[2] !== undefined) text += decode(literalBytes(part[2]), font);
        // A large negative adjustment is a gap a reader sees as a space.
        else if (Number(part[3]) < -200) text += ' ';
      }
    } else if (hex !== undefined) text += decode(hexBytes(hex), font);
    else if (literal !== undefined) text += decode(literalBytes(literal), font);
    else if (move !== undefined && !text.endsWith('\n')) text += '\n';
  }
  return text;
}

function hexBytes(hex: string): number[] {
  const clean = hex.replace(/\s+/g, '');
  const out: number[] = [];
  for (let i = 0; i < clean.length; i += 2) out.push(Number.parseInt(clean.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

/** Every page's text, in order. */
export function pdfPages(bytes: Buffer): string[] {
  const pdf = parsePdf(bytes);
  return pdf.pages.map(id => pageText(pdf, id));
}

/** Text with every run of white space removed, for "does the PDF say this" checks that line breaks cannot upset. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
