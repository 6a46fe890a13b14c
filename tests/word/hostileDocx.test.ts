import fc from 'fast-check';
import type { DraftSnapshot } from '../../src/domain/approval/snapshot';
import { fillMergeFields } from '../../src/domain/school/mergeFields';
import { makeWordFile } from '../../src/services/word/WordService';
import {
  bodyOf, checkPackage, child, childElements, descendants, FORBIDDEN_XML_CHARACTER, isStatement, openDocx, paragraphNumbering, paragraphStyle, parseXml, tableCells, textOf,
  type DocxParts, type XmlElement
} from './docxXml';
import {
  ALL_C0, ARABIC, BRACES, BRACES_FILLED, COMBINING, EMOJI, HEBREW, HOSTILE_APPROVER, HOSTILE_SECTION, HOSTILE_STATEMENTS, HOSTILE_TITLE, LONE_SURROGATES, LONG,
  MARKUP, MIXED_DIRECTION, NON_CHARACTERS, hostilePolicy
} from './hostileFixtures';
import { contextFor, draftFrom, freeze, PROFILE, render, type Rendered } from './wordFixtures';

/**
 * What Word would print for `text`, written independently of the product's sanitizer: characters XML 1.0 refuses are
 * dropped (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates), CR and CRLF become line breaks and a tab
 * four spaces.
 */
function printable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text[i] + text[i + 1];
      i++;
    } else if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff || (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd)) {
      continue;
    } else {
      out += text[i];
    }
  }
  return out.replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
}

/** Throws unless no XML part of the package holds a raw character XML 1.0 forbids (scanned as text, not parsed). */
function expectNoForbiddenCharacters(parts: DocxParts): void {
  for (const [name, xml] of parts.xml) {
    const bad = FORBIDDEN_XML_CHARACTER.exec(xml);
    if (bad) throw new Error(`${name} holds U+${(bad[0].codePointAt(0) ?? 0).toString(16)} at ${bad.index}.`);
  }
}

describe('the well-formedness check these tests use', () => {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

  it('accepts well-formed XML and reads its text', () => {
    const root = parseXml(`${head}<w:p xmlns:w="urn:w"><w:r><w:t xml:space="preserve">A &amp; B &lt;c&gt; &#x1F389; &#233;</w:t></w:r><!-- note --></w:p>`);
    expect(textOf(root)).toBe('A & B <c> 🎉 é');
  });

  it.each([
    ['no declaration', '<a/>'],
    ['a bare &', `${head}<a>A & B</a>`],
    ['an unknown entity', `${head}<a>&nbsp;</a>`],
    ['an unclosed tag', `${head}<a><b></a>`],
    ['a stray end tag', `${head}<a></a></b>`],
    ['two roots', `${head}<a/><a/>`],
    ['< in an attribute', `${head}<a b="<"/>`],
    ['an unquoted attribute', `${head}<a b=1/>`],
    ['a repeated attribute', `${head}<a b="1" b="2"/>`],
    ['a raw control character', `${head}<a>\u0001</a>`],
    ['a raw U+FFFF', `${head}<a>\uFFFF</a>`],
    ['a lone surrogate', `${head}<a>\uD800</a>`],
    ['a control character reference', `${head}<a>&#1;</a>`],
    ['a surrogate reference', `${head}<a>&#xD800;</a>`],
    ['"]]>" in text', `${head}<a>]]></a>`],
    ['an undeclared prefix', `${head}<w:a/>`],
    ['text after the root', `${head}<a/>x`],
    ['a DOCTYPE', `${head}<!DOCTYPE a><a/>`]
  ])('refuses %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it('checks the printable() reference itself', () => {
    expect(printable(ALL_C0)).toBe('    \n\n');
    expect(printable('a\uD83D\uDE00b\uD800c\uDC00d\uFFFEe')).toBe('a😀bcde');
  });
});

describe('a policy full of hostile text', () => {
  let rendered: Rendered;
  let body: XmlElement;
  let snapshot: DraftSnapshot;
  /** A snapshot block's text as Word should print it (merge fields filled, then made printable). */
  let expected: (text: string) => string;
  let statements: XmlElement[];

  beforeAll(async () => {
    const hostile = hostilePolicy();
    snapshot = hostile.snapshot;
    // The dates the document fills in, as people read them (the snapshot holds the review date as an ISO date).
    const values = { ...snapshot.values, ReviewDate: '26 November 2027', ApprovalDate: '26 November 2026', LetterDate: '27 November 2026' };
    expected = text => printable(fillMergeFields(text, values).text);
    rendered = await render(snapshot, hostile.context);
    body = bodyOf(rendered.parts.document);
    statements = descendants(body, 'w:p').filter(isStatement);
  });

  it('is produced, with a plain file name', () => {
    expect(rendered.file.bytes.length).toBeGreaterThan(1000);
    expect(rendered.file.fileName).toMatch(/^[a-z0-9-]+-v1\.0\.docx$/);
  });

  it('has well-formed XML in every part, decoded as strict UTF-8', () => {
    expect(() => checkPackage(rendered.parts)).not.toThrow();
  });

  it('has no raw character XML refuses in any part', () => {
    expect(() => expectNoForbiddenCharacters(rendered.parts)).not.toThrow();
  });

  it('prints every statement as the school wrote it, less only what XML cannot hold', () => {
    expect(statements).toHaveLength(snapshot.blocks.length);
    statements.forEach((p, i) => {
      const block = snapshot.blocks[i];
      expect(textOf(p)).toBe(expected(block.text));
      expect(textOf(p, { inserted: false, deleted: true })).toBe(block.kind === 'Custom' ? '' : expected(block.baseText));
    });
  });

  it('keeps emoji, combining marks and right-to-left text intact, code unit for code unit', () => {
    const all = statements.map(p => textOf(p)).join('\n');
    for (const text of [EMOJI, COMBINING, HEBREW, ARABIC, MIXED_DIRECTION]) expect(all).toContain(text);
    expect(all).not.toContain('\uFFFD');
  });

  it('prints markup as text: escaped in the XML, never elements', () => {
    expect(rendered.parts.document).toContain('&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;injected&lt;/w:t&gt;&lt;/w:r&gt;&lt;/w:p&gt; ]]&gt; &lt;script&gt;');
    expect(rendered.parts.document).toContain('&amp;amp; &amp; &amp;#1; &amp;lt;');
    expect(statements.map(p => textOf(p))).toContain(`Own 6: ${MARKUP}`);
    for (const name of ['script', 'b']) expect(descendants(body, name)).toHaveLength(0);
    // The injected paragraph did not become one: every w:t holding "injected" is inside a statement.
    const holders = descendants(body, 'w:t').filter(t => t.children.join('').includes('injected'));
    expect(holders).toHaveLength(2);
  });

  it('fills merge fields it knows and leaves look-alike braces as typed', () => {
    expect(statements.map(p => textOf(p))).toContain(`Own 7: ${BRACES_FILLED}`);
    expect(statements.map(p => textOf(p)).some(t => t.endsWith(` ${BRACES_FILLED}`) && !t.startsWith('Own'))).toBe(true);
  });

  it('keeps a 20,000-character statement whole, line breaks and all', () => {
    const long = statements.find(p => textOf(p).startsWith('Own 8: '))!;
    expect(textOf(long)).toBe(`Own 8: ${LONG.trim()}`);
    expect(descendants(long, 'w:br')).toHaveLength(LONG.trim().split('\n').length - 1);
  });

  it('prints control characters as nothing, tabs as spaces and CR or CRLF as line breaks', () => {
    const c0 = statements.find(p => textOf(p).startsWith('Own 0: '))!;
    expect(textOf(c0)).toBe('Own 0:     \n\n');
    const others = statements.filter(p => /^Own [12]: /.test(textOf(p))).map(p => textOf(p));
    expect(others).toEqual([`Own 1: ${printable(NON_CHARACTERS)}`, `Own 2: ${printable(LONE_SURROGATES)}`]);
    expect(others[0]).toBe('Own 1: before middle after');
  });

  it('makes the title, section title and approver name safe wherever they appear', () => {
    const title = printable(HOSTILE_TITLE);
    expect(title).toBe(`Online safety policy 🎉 ${HEBREW} <w:p>&amp;`);
    expect(textOf(childElements(body, 'w:p').find(p => paragraphStyle(p) === 'Title')!)).toBe(title);
    expect(child(parseXml(rendered.parts.core), 'dc:title')?.children.join('')).toBe(title);
    expect(textOf(parseXml(rendered.parts.footers[0])).replace(/\d+$/, '')).toBe(`${title} · version 1.0 · Page  of `);
    const headings = childElements(body, 'w:p').filter(p => paragraphNumbering(p)?.ilvl === 0).map(p => textOf(p));
    expect(headings[0]).toBe(printable(HOSTILE_SECTION));
    const approvers = tableCells(descendants(body, 'w:tbl')[0]).map(row => row[0]);
    expect(approvers).toContain(printable(HOSTILE_APPROVER));
  });

  it('names the school as the author of every change, with its name escaped', async () => {
    const profile = { ...PROFILE, schoolName: 'Oak\u0001field "Primary" <School> & Co\uFFFF' };
    const file = await render(snapshot, contextFor({ showChanges: true, profile }));
    const changes = [...descendants(bodyOf(file.parts.document), 'w:ins'), ...descendants(bodyOf(file.parts.document), 'w:del')];
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(change.attributes['w:author']).toBe('Oakfield "Primary" <School> & Co');
    expect(file.parts.document).toContain('w:author="Oakfield &quot;Primary&quot; &lt;School&gt; &amp; Co"');
    expect(() => checkPackage(file.parts)).not.toThrow();
  });

  it('covers every hostile text in both an amended statement and one of the school\'s own', () => {
    for (const text of HOSTILE_STATEMENTS) {
      expect(snapshot.blocks.filter(b => b.kind === 'Statement' && b.text.endsWith(text))).toHaveLength(1);
      expect(snapshot.blocks.filter(b => b.kind === 'Custom' && b.text.includes(text.trim()))).toHaveLength(1);
    }
  });
});

describe('every other kind of document full of hostile text', () => {
  const everything = HOSTILE_STATEMENTS.join(' | ');

  it.each([
    ['an early years AUP', 'aup-template-early-years-ks1'],
    ['a staff AUP', 'aup-template-staff-volunteers'],
    ['a letter', 'letter-online-safety-at-home'],
    ['a risk assessment', 'ra-social-media-technology']
  ])('%s is well-formed, with every hostile text printed safely', async (_, templateKey) => {
    const draft = draftFrom(templateKey, HOSTILE_TITLE);
    for (const block of draft.blocks) {
      block.content.text = `${block.baseText} ${everything}`;
      if (block.content.risk) {
        block.content.risk = { likelihood: `High${ALL_C0}\uFFFF\uD800`, impact: `Low ${NON_CHARACTERS}`, mitigation: everything, owner: `${BRACES} ${HOSTILE_APPROVER}`, reviewDate: `soon${ALL_C0}\uDC00` };
      }
    }
    if (draft.preamble) draft.preamble = { ...draft.preamble, subject: `Subject ${everything}`, signOff: `${HOSTILE_APPROVER} ${BRACES}`, introduction: `Intro ${everything}` };
    const profile = { ...PROFILE, address: `1 Oak Lane\u0000\r\nNorthshire\uFFFE, NS1 2AB ${HEBREW}`, phone: '01632\u0007 960123' };
    const file = await render(freeze(draft, profile), contextFor({ profile, signatureLines: true, audience: templateKey.includes('early') ? 'EarlyYearsKS1' : 'StaffVolunteers', showChanges: true }));
    expect(() => checkPackage(file.parts)).not.toThrow();
    expect(() => expectNoForbiddenCharacters(file.parts)).not.toThrow();
    const body = bodyOf(file.parts.document);
    const text = descendants(body, 'w:p').map(p => textOf(p)).join('\n');
    expect(text).not.toContain('\uFFFD');
    for (const part of [EMOJI, COMBINING, MIXED_DIRECTION, MARKUP, BRACES_FILLED]) expect(text).toContain(part);
    if (templateKey.startsWith('ra-')) {
      // Likelihood, impact and an unreadable review date are printed as typed, made safe like any text.
      const [, ...rows] = tableCells(descendants(body, 'w:tbl')[0]);
      expect(rows).toHaveLength(draft.blocks.length);
      for (const row of rows) expect([row[1], row[2], row[5]]).toEqual([printable(`High${ALL_C0}\uFFFF\uD800`), printable(`Low ${NON_CHARACTERS}`), printable(`soon${ALL_C0}\uDC00`)]);
    }
  });
});

/** A one-section policy: a bank statement amended from `before` to `after`, and one of the school's own. */
function snapshotOf(title: string, before: string, after: string, own: string): DraftSnapshot {
  return {
    draftId: 1, title, kind: 'Policy', bankRelease: '2026.1', sections: [{ key: 'sec', title }],
    blocks: [
      { key: 's:one', kind: 'Statement', sectionKey: 'sec', text: after, baseText: before, mandatory: false },
      { key: 'c:two', kind: 'Custom', sectionKey: 'sec', text: own, baseText: '', mandatory: false }
    ],
    values: { SchoolName: PROFILE.schoolName }
  };
}

describe('any statement text (property)', () => {
  const CONTROL = fc.integer({ min: 0, max: 0x1f }).map(code => String.fromCharCode(code));
  const SURROGATE = fc.integer({ min: 0xd800, max: 0xdfff }).map(code => String.fromCharCode(code));
  const ANY_CODE_POINT = fc.integer({ min: 0, max: 0x10ffff }).map(code => String.fromCodePoint(code));
  const ASCII = fc.integer({ min: 0x20, max: 0x7e }).map(code => String.fromCharCode(code));
  const SPECIAL = fc.constantFrom('\uFFFE', '\uFFFF', '\r\n', '\r', '\n', '\t', '<', '>', '&', '"', "'", ']]>', '&amp;', '{{', '}}', '{{SchoolName}}', '{{Nope}}', ' ', '🎉', 'e\u0301', 'ש', 'ع', '\u202E');
  const unit = fc.oneof({ arbitrary: ASCII, weight: 4 }, { arbitrary: ANY_CODE_POINT, weight: 2 }, { arbitrary: CONTROL, weight: 2 }, { arbitrary: SURROGATE, weight: 1 }, { arbitrary: SPECIAL, weight: 2 });
  const text = fc.string({ unit, maxLength: 30 });

  it('never pairs two lone surrogates into a new character by removing what lies between them', async () => {
    const snapshot = snapshotOf('Title \uD800\uFFFF\uDC00', 'was \uD800\u0000\uDC00', 'now \uDBFF\u0007\uDFFF', 'own \uD83D\u000B\uDE00');
    const parts = await openDocx((await makeWordFile(snapshot, contextFor({ showChanges: true }))).bytes);
    const [statement, mine] = descendants(bodyOf(parts.document), 'w:p').filter(isStatement);
    expect(textOf(statement)).toBe('now ');
    expect(textOf(statement, { inserted: false, deleted: true })).toBe('was ');
    expect(textOf(mine)).toBe('own ');
    expect(child(parseXml(parts.core), 'dc:title')?.children.join('')).toBe('Title ');
  });

  it('always gives well-formed XML free of forbidden characters, with the text kept', async () => {
    await fc.assert(fc.asyncProperty(text, text, text, text, text, async (title, common, was, now, own) => {
      const snapshot = snapshotOf(title, `${common}${was}`, `${common}${now}`, own);
      const file = await makeWordFile(snapshot, contextFor({ showChanges: true }));
      const parts = await openDocx(file.bytes);
      checkPackage(parts);
      expectNoForbiddenCharacters(parts);
      const [statement, mine] = descendants(bodyOf(parts.document), 'w:p').filter(isStatement);
      const fill = (t: string): string => printable(fillMergeFields(t, snapshot.values).text);
      expect(textOf(statement)).toBe(fill(`${common}${now}`));
      expect(textOf(statement, { inserted: false, deleted: true })).toBe(fill(`${common}${was}`));
      expect(textOf(mine)).toBe(fill(own));
      expect(child(parseXml(parts.core), 'dc:title')?.children.join('') ?? '').toBe(printable(title));
    }), { numRuns: 100 });
    // A hundred Word files, each laid out to number its contents' pages: generous on a shared two-core machine.
  }, 240_000);
});
