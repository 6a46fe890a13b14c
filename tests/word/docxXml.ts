import JSZip from 'jszip';

/**
 * Reading .docx files in tests: the parts the assertions look at, a small strict XML parser that doubles as the
 * well-formedness check (there is no XML parser in the project), and a few WordprocessingML look-ups.
 */

/** An element of a parsed part. Text children are kept unescaped. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** The parts of a .docx the tests read, as XML text. */
export interface DocxParts {
  /** Every part's name in the package. */
  names: string[];
  /** Every XML part (`*.xml` and `*.rels`) by name. */
  xml: Map<string, string>;
  document: string;
  numbering: string;
  settings: string;
  footers: string[];
  core: string;
}

/** Characters XML 1.0 does not allow anywhere (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
// eslint-disable-next-line no-control-regex -- reason: finding the characters XML 1.0 forbids is the point.
export const FORBIDDEN_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const DECLARATION = /^\uFEFF?<\?xml version="1\.0"(?: encoding="UTF-8")?(?: standalone="(?:yes|no)")?\s*\?>/;
const TOKEN = new RegExp(`<!--([\\s\\S]*?)-->|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|([^<]+)|(<)`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/y;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Unescapes character data, throwing on a bare `&`, an unknown entity, a reference to a forbidden character or a forbidden character. */
function characterData(raw: string, where: string): string {
  if (FORBIDDEN_XML_CHARACTER.test(raw)) {
    const bad = FORBIDDEN_XML_CHARACTER.exec(raw);
    throw new Error(`Forbidden character U+${(bad?.[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} in ${where}`);
  }
  let out = '';
  let last = 0;
  for (let i = raw.indexOf('&'); i >= 0; i = raw.indexOf('&', i + 1)) {
    REFERENCE.lastIndex = i;
    const match = REFERENCE.exec(raw);
    if (!match) throw new Error(`Bare "&" in ${where}: ${raw.slice(i, i + 12)}`);
    const [whole, named, decimal, hex] = match;
    let value: string;
    if (named) value = NAMED[named];
    else {
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16);
      if (!isXmlChar(code)) throw new Error(`Reference to forbidden character ${whole} in ${where}`);
      value = String.fromCodePoint(code);
    }
    out += raw.slice(last, i) + value;
    last = i + whole.length;
  }
  return out + raw.slice(last);
}

/**
 * Parses one XML part strictly, throwing on anything not well-formed: the declaration, then exactly one root element
 * with balanced tags, quoted and unique attributes, declared namespace prefixes, escaped `&` and `<`, no `]]>` in text
 * and no character XML 1.0 forbids (raw or as a reference). Comments are allowed; DOCTYPE, CDATA and processing
 * instructions are not (the docx library writes none, and Word refuses a DOCTYPE).
 */
export function parseXml(xml: string): XmlElement {
  const declaration = DECLARATION.exec(xml);
  if (!declaration) throw new Error(`No XML declaration: ${xml.slice(0, 60)}`);
  const stack: { element: XmlElement; prefixes: Set<string> }[] = [];
  let root: XmlElement | undefined;
  let position = declaration[0].length;
  while (position < xml.length) {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(xml);
    if (!match || match[7] !== undefined) throw new Error(`Not well-formed at ${position}: ${JSON.stringify(xml.slice(position, position + 60))}`);
    position = TOKEN.lastIndex;
    const [, comment, closing, name, attributeText, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (comment !== undefined) {
      if (comment.includes('--') || comment.endsWith('-')) throw new Error('"--" inside a comment.');
      characterData(comment.replace(/&/g, '&amp;'), 'a comment');
      continue;
    }
    if (text !== undefined) {
      if (!top) {
        if (text.trim() !== '') throw new Error(`Text outside the root element: ${JSON.stringify(text.slice(0, 40))}`);
        continue;
      }
      if (text.includes(']]>')) throw new Error('"]]>" in character data.');
      top.element.children.push(characterData(text, `<${top.element.name}>`));
      continue;
    }
    if (closing) {
      if (attributeText.trim() !== '' || selfClosing) throw new Error(`Malformed end tag </${name}>.`);
      const open = stack.pop();
      if (open?.element.name !== name) throw new Error(`</${name}> closes <${open?.element.name ?? 'nothing'}>.`);
      continue;
    }
    if (!top && root) throw new Error(`A second root element <${name}>.`);
    const attributes: Record<string, string> = {};
    for (const [, attributeName, double, single] of attributeText.matchAll(ATTRIBUTE)) {
      if (attributeName in attributes) throw new Error(`Attribute ${attributeName} twice on <${name}>.`);
      attributes[attributeName] = characterData(double ?? single, `${name}@${attributeName}`);
    }
    const prefixes = new Set(top?.prefixes ?? ['xml']);
    for (const attributeName of Object.keys(attributes)) if (attributeName.startsWith('xmlns:')) prefixes.add(attributeName.slice(6));
    for (const qualified of [name, ...Object.keys(attributes).filter(a => a.includes(':') && !a.startsWith('xmlns:'))]) {
      const prefix = qualified.includes(':') ? qualified.slice(0, qualified.indexOf(':')) : undefined;
      if (prefix !== undefined && !prefixes.has(prefix)) throw new Error(`Undeclared namespace prefix "${prefix}" on <${name}>.`);
    }
    const element: XmlElement = { name, attributes, children: [] };
    if (top) top.element.children.push(element);
    else root = element;
    if (!selfClosing) stack.push({ element, prefixes });
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack.map(s => s.element.name).join('>, <')}>.`);
  if (!root) throw new Error('No root element.');
  return root;
}

/** Throws unless `xml` is well-formed (see parseXml). */
export function checkWellFormed(xml: string): void {
  parseXml(xml);
}

/** Throws unless every XML part of the package is well-formed, naming the part that is not. */
export function checkPackage(parts: DocxParts): void {
  for (const [name, xml] of parts.xml) {
    try {
      parseXml(xml);
    } catch (error) {
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Opens .docx bytes (decoding every XML part as strict UTF-8) and returns the parts the tests read. */
export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter(name => !zip.files[name].dir).sort();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const xml = new Map<string, string>();
  for (const name of names.filter(n => /\.(xml|rels)$/.test(n))) xml.set(name, decoder.decode(await zip.files[name].async('uint8array')));
  const part = (name: string): string => {
    const text = xml.get(name);
    if (text === undefined) throw new Error(`The package has no ${name} (it has ${names.join(', ')}).`);
    return text;
  };
  return {
    names, xml, document: part('word/document.xml'), numbering: part('word/numbering.xml'), settings: part('word/settings.xml'),
    footers: names.filter(n => /^word\/footer\d*\.xml$/.test(n)).map(part), core: part('docProps/core.xml')
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Look-ups in parsed WordprocessingML.

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** The element's child elements, optionally only those called `name`. */
export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter(isElement).filter(c => name === undefined || c.name === name);
}

/** The first child element called `name`. */
export function child(node: XmlElement, name: string): XmlElement | undefined {
  return childElements(node, name)[0];
}

/** Every descendant element called `name`, in document order. */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (element: XmlElement): void => {
    for (const c of childElements(element)) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** Which runs' text to read: plain runs always; inserted (`w:ins`) and deleted (`w:del`) as asked. */
export interface TextOptions {
  inserted?: boolean;
  deleted?: boolean;
  /** The typed statement numbers of the marked copy (runs in the `StatementNumber` style); off by default, as list numbers are not text. */
  numbers?: boolean;
}

/** The character style of the marked copy's typed statement numbers. */
export const STATEMENT_NUMBER_STYLE = 'StatementNumber';

function isNumberRun(element: XmlElement): boolean {
  const rPr = element.name === 'w:r' ? child(element, 'w:rPr') : undefined;
  return rPr !== undefined && child(rPr, 'w:rStyle')?.attributes['w:val'] === STATEMENT_NUMBER_STYLE;
}

/**
 * The text a reader sees in `node`: `w:t` (and `w:delText` when deleted text is asked for), `w:br` as a newline and
 * `w:tab` as a tab. Field instructions are not text. By default inserted text counts and deleted text does not.
 */
export function textOf(node: XmlElement, options: TextOptions = {}): string {
  const { inserted = true, deleted = false, numbers = false } = options;
  let out = '';
  const walk = (element: XmlElement, inRun: boolean): void => {
    if (!numbers && isNumberRun(element)) return;
    if (element.name === 'w:ins' && !inserted) return;
    if (element.name === 'w:del' && !deleted) return;
    if (element.name === 'w:t' || (element.name === 'w:delText' && deleted)) {
      out += element.children.filter((c): c is string => typeof c === 'string').join('');
      return;
    }
    if (inRun && element.name === 'w:br' && element.attributes['w:type'] === undefined) out += '\n';
    if (inRun && element.name === 'w:tab') out += '\t';
    for (const c of childElements(element)) walk(c, inRun || element.name === 'w:r');
  };
  walk(node, node.name === 'w:r');
  return out;
}

/** The parsed `w:body` of document.xml. */
export function bodyOf(documentXml: string): XmlElement {
  const body = child(parseXml(documentXml), 'w:body');
  if (!body) throw new Error('document.xml has no <w:body>.');
  return body;
}

/**
 * Whether a paragraph is a statement: numbered at level 1 of Word's list (the clean copy), or starting with a typed
 * number (the marked copy).
 */
export function isStatement(paragraph: XmlElement): boolean {
  return paragraphNumbering(paragraph)?.ilvl === 1 || statementNumber(paragraph) !== undefined;
}

/** The marked copy's typed number of a statement ("1.10"), if it has one. */
export function statementNumber(paragraph: XmlElement): string | undefined {
  const first = childElements(paragraph, 'w:r')[0];
  return first && isNumberRun(first) ? textOf(first, { numbers: true }) : undefined;
}

/** A paragraph's style id (`w:pStyle`), if any. */
export function paragraphStyle(paragraph: XmlElement): string | undefined {
  const pPr = child(paragraph, 'w:pPr');
  return pPr ? child(pPr, 'w:pStyle')?.attributes['w:val'] : undefined;
}

/** A paragraph's alignment (`w:jc`), if any. */
export function paragraphAlignment(paragraph: XmlElement): string | undefined {
  const pPr = child(paragraph, 'w:pPr');
  return pPr ? child(pPr, 'w:jc')?.attributes['w:val'] : undefined;
}

/** A paragraph's list numbering (`w:numPr`): its level and numbering instance. */
export function paragraphNumbering(paragraph: XmlElement): { ilvl: number; numId: string } | undefined {
  const pPr = child(paragraph, 'w:pPr');
  const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
  if (!numPr) return undefined;
  return { ilvl: Number(child(numPr, 'w:ilvl')?.attributes['w:val']), numId: child(numPr, 'w:numId')?.attributes['w:val'] ?? '' };
}

/** The level texts (`w:lvlText`, such as "%1.") of the numbering instance `numId`, by level. */
export function levelTexts(numberingXml: string, numId: string): Map<number, string> {
  const root = parseXml(numberingXml);
  const num = childElements(root, 'w:num').find(n => n.attributes['w:numId'] === numId);
  const abstractId = num ? child(num, 'w:abstractNumId')?.attributes['w:val'] : undefined;
  const abstract = childElements(root, 'w:abstractNum').find(a => a.attributes['w:abstractNumId'] === abstractId);
  if (!abstract) throw new Error(`numbering.xml has no definition for numId ${numId}.`);
  return new Map(childElements(abstract, 'w:lvl').map(lvl => [Number(lvl.attributes['w:ilvl']), child(lvl, 'w:lvlText')?.attributes['w:val'] ?? '']));
}

/** The font sizes (half-points, `w:sz`) set on the runs in `node`. */
export function runSizes(node: XmlElement): number[] {
  return descendants(node, 'w:r').flatMap(run => {
    const rPr = child(run, 'w:rPr');
    const size = rPr ? child(rPr, 'w:sz')?.attributes['w:val'] : undefined;
    return size === undefined ? [] : [Number(size)];
  });
}

/** Whether an on/off setting or property (such as `w:trackRevisions` or `w:b`) is present and not switched off. */
export function isOn(element: XmlElement | undefined): boolean {
  return element !== undefined && !['false', '0', 'off'].includes(element.attributes['w:val'] ?? 'true');
}

/** Whether a settings.xml turns on the setting `name` (such as `w:trackRevisions`). */
export function settingOn(settingsXml: string, name: string): boolean {
  return isOn(child(parseXml(settingsXml), name));
}

/** Whether any run in `node` is bold. */
export function isBold(node: XmlElement): boolean {
  return descendants(node, 'w:r').some(run => {
    const rPr = child(run, 'w:rPr');
    return isOn(rPr ? child(rPr, 'w:b') : undefined);
  });
}

/** The field instructions (`w:instrText`) in `node`, trimmed. */
export function fieldInstructions(node: XmlElement): string[] {
  return descendants(node, 'w:instrText').map(i => i.children.filter((c): c is string => typeof c === 'string').join('').trim());
}

/** The text of each cell of each row of a table. */
export function tableCells(table: XmlElement): string[][] {
  return childElements(table, 'w:tr').map(row => childElements(row, 'w:tc').map(cell => childElements(cell, 'w:p').map(p => textOf(p)).join('\n')));
}
