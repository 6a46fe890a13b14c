import fc from 'fast-check';
import { buildStarterPack } from '../../src/content/starterPack';
import type { PackResource } from '../../src/domain/content/ContentPack';
import { escapeXml, renderResourceSvg, wrap } from '../../src/domain/resources/resourceSvg';

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
// eslint-disable-next-line no-control-regex -- reason: finding the characters XML 1.0 forbids is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Throws unless every `&` in `text` starts an entity and `text` has no `<` or forbidden character. */
function checkCharacterData(text: string, where: string): void {
  if (text.includes('<')) throw new Error(`Raw "<" in ${where}: ${text}`);
  if (FORBIDDEN.test(text)) throw new Error(`Forbidden character in ${where}`);
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) throw new Error(`Bare "&" in ${where}: ${text.slice(i, i + 12)}`);
  }
}

/**
 * A small strict check of the XML the renderer writes: one declaration, then one element tree with balanced
 * tags, double-quoted attributes, and text and attribute values that are properly escaped. Returns the elements' names.
 */
function checkWellFormed(xml: string): string[] {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
  if (!xml.startsWith(declaration)) throw new Error('No XML declaration.');
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z][\w:.-]*="[^"]*")*)\s*(\/?)>|([^<]+)/y;
  const attribute = /\s+([A-Za-z][\w:.-]*)="([^"]*)"/g;
  const stack: string[] = [];
  const names: string[] = [];
  let roots = 0;
  let position = declaration.length;
  while (position < xml.length) {
    token.lastIndex = position;
    const match = token.exec(xml);
    if (!match) throw new Error(`Not XML at ${position}: ${xml.slice(position, position + 40)}`);
    position = token.lastIndex;
    const [, closing, name, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') throw new Error('Text outside the root element.');
      checkCharacterData(text, 'text');
      continue;
    }
    if (closing) {
      if (stack.pop() !== name) throw new Error(`Unbalanced </${name}>.`);
      continue;
    }
    const seen = new Set<string>();
    for (const [, attributeName, value] of attributes.matchAll(attribute)) {
      if (seen.has(attributeName)) throw new Error(`Attribute ${attributeName} twice on <${name}>.`);
      seen.add(attributeName);
      checkCharacterData(value, `${name}@${attributeName}`);
    }
    if (stack.length === 0) roots++;
    names.push(name);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack.join('>, <')}>.`);
  if (roots !== 1) throw new Error(`${roots} root elements.`);
  return names;
}

/** The text of every `<text>` element, unescaped enough for assertions. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(m => m[1]);
}

const POSTER: PackResource = {
  key: 'poster-ks2', title: 'Stay safe online', kind: 'Poster', audience: 'KS2 pupils', printNotes: 'A3; for A4 print at 71%', description: 'Classroom poster',
  lines: ['Tell a trusted adult if something online worries you.', 'Keep your passwords secret.']
};

describe('the well-formedness check these tests use', () => {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';

  it('accepts a small valid document and refuses broken ones', () => {
    expect(checkWellFormed(`${head}<svg a="1"><title>A &amp; B</title><rect/></svg>\n`)).toEqual(['svg', 'title', 'rect']);
    for (const broken of ['<svg><title>A & B</title></svg>', '<svg><title>x</svg>', '<svg a="<"></svg>', '<svg></svg><svg></svg>', '<svg a=1></svg>', '<svg>\u0001</svg>', '<svg a="1" a="2"></svg>']) {
      expect(() => checkWellFormed(`${head}${broken}`)).toThrow();
    }
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML cannot hold', () => {
    expect(escapeXml('<script>alert("x")</script> & Co\'s\u0007\u0000 tab\there\nline'))
      .toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&apos;s tab\there\nline');
  });

  it('escapes an ampersand once, even when it looks like an entity', () => {
    expect(escapeXml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('keeps emoji and accented letters', () => {
    expect(escapeXml('Croeso 😀 café')).toBe('Croeso 😀 café');
  });
});

describe('wrap', () => {
  it('breaks at spaces so no line is wider than asked', () => {
    expect(wrap('Keep your passwords secret and safe', 12)).toEqual(['Keep your', 'passwords', 'secret and', 'safe']);
  });

  it('cuts a word longer than the width', () => {
    expect(wrap('Supercalifragilistic is long', 8)).toEqual(['Supercal', 'ifragili', 'stic is', 'long']);
  });

  it('collapses white space and gives nothing for empty text', () => {
    expect(wrap('  one \n\t two  ', 40)).toEqual(['one two']);
    expect(wrap('   ', 10)).toEqual([]);
  });

  it('never makes a line wider than asked and never loses a character', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (text, width) => {
      const lines = wrap(text, width);
      for (const line of lines) {
        expect(line.length).toBeLessThanOrEqual(width);
        expect(line).not.toBe('');
      }
      expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }));
  });
});

describe('renderResourceSvg', () => {
  it('writes a well-formed A3 SVG with a title and an accessible name', () => {
    const svg = renderResourceSvg(POSTER);
    const names = checkWellFormed(svg);
    expect(names[0]).toBe('svg');
    expect(names).toContain('title');
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="420mm" viewBox="0 0 297 420" role="img" aria-label="Stay safe online"');
    expect(svg).toContain('<title>Stay safe online</title>');
    expect(svg.endsWith('</svg>\n')).toBe(true);
  });

  it('shows the audience, every line and the print notes', () => {
    const all = texts(renderResourceSvg(POSTER));
    expect(all).toContain('For: KS2 pupils');
    expect(all).toContain('Keep your passwords secret.');
    expect(all.at(-1)).toBe('A3; for A4 print at 71%');
  });

  it('leaves the print notes out when there are none', () => {
    const svg = renderResourceSvg({ ...POSTER, printNotes: '' });
    expect(svg).not.toContain('y="410"');
    expect(texts(svg).at(-1)).toBe('Keep your passwords secret.');
  });

  it('escapes markup, ampersands and control characters in every field', () => {
    const hostile: PackResource = {
      ...POSTER, title: '<script>alert(1)</script> & "Friends"\u0001', audience: 'Staff & <b>governors</b>', printNotes: 'Print > A4 & \u001b',
      lines: ['<img src=x onerror=alert(1)>', 'Mum & Dad\'s rules\u0008']
    };
    const svg = renderResourceSvg(hostile);
    checkWellFormed(svg);
    expect(svg).not.toMatch(/<script|<b>|<img/);
    expect(svg).toContain('aria-label="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Friends&quot;"');
    expect(svg).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Friends&quot;</title>');
    expect(texts(svg)).toContain('For: Staff &amp; &lt;b&gt;governors&lt;/b&gt;');
    expect(FORBIDDEN.test(svg)).toBe(false);
  });

  it('wraps long titles and lines, narrower on posters than on guides', () => {
    const long = 'Always tell a trusted adult straight away if anything you see or hear online makes you feel worried, upset or unsure';
    const poster = texts(renderResourceSvg({ ...POSTER, title: long, lines: [long] }));
    const guide = texts(renderResourceSvg({ ...POSTER, kind: 'Guidance', title: long, lines: [long] }));
    expect(poster).toEqual([...wrap(long, 26), 'For: KS2 pupils', ...wrap(long, 44), POSTER.printNotes]);
    expect(guide).toEqual([...wrap(long, 40), 'For: KS2 pupils', ...wrap(long, 72), POSTER.printNotes]);
    expect(wrap(long, 26)[0]).toBe('Always tell a trusted');
    expect(wrap(long, 26).length).toBeGreaterThan(wrap(long, 40).length);
    expect(wrap(long, 44).length).toBeGreaterThan(wrap(long, 72).length);
    expect(wrap(long, 72).length).toBeGreaterThan(1);
  });

  it('marks each line with one bullet', () => {
    const svg = renderResourceSvg({ ...POSTER, lines: ['One.', 'Two, which is a much longer line that has to wrap onto a second line.', 'Three.'] });
    expect(svg.match(/<circle /g)).toHaveLength(3);
  });

  it('renders every starter resource as well-formed SVG', () => {
    for (const resource of buildStarterPack().resources) {
      const svg = renderResourceSvg(resource);
      expect(() => checkWellFormed(svg)).not.toThrow();
      expect(svg).toContain(`<title>${escapeXml(resource.title)}</title>`);
    }
  });

  it('stays well-formed for any text', () => {
    const text = fc.string({ unit: 'binary-ascii', maxLength: 80 });
    fc.assert(fc.property(text, text, fc.array(text, { maxLength: 4 }), fc.constantFrom<PackResource['kind']>('Poster', 'Flowchart', 'Guidance'), (title, audience, lines, kind) => {
      expect(() => checkWellFormed(renderResourceSvg({ ...POSTER, kind, title, audience, lines, printNotes: audience }))).not.toThrow();
    }));
  });
});
