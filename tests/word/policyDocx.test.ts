import type { DraftSnapshot } from '../../src/domain/approval/snapshot';
import { STARTER_PACK_VERSION } from '../../src/content/starterPack';
import { newCustomBlock } from '../../src/domain/draft/draftCommands';
import type { DraftBlock } from '../../src/domain/draft/DraftModel';
import {
  bodyOf, checkPackage, child, childElements, descendants, fieldInstructions, isBold, isStatement, levelTexts, paragraphNumbering, paragraphStyle, parseXml, settingOn, statementNumber, tableCells, textOf,
  type XmlElement
} from './docxXml';
import { APPROVAL, contextFor, draftFrom, freeze, PROFILE, render, type Rendered } from './wordFixtures';
import { solidPng } from './pngFixture';

/**
 * An ordinary approved policy: Oakfield's primary policy with some statements amended and one of the school's
 * own, approved by a majority of three governors, exported with and without the school's changes tracked.
 */

const TITLE = 'Online safety policy';
const APPENDED = ' Pupils on the school council help us to review it every year.';
const OWN = 'Our school council meets the online safety lead each spring to review this policy.';

function pick(blocks: DraftBlock[], test: (text: string) => boolean, taken: DraftBlock[]): DraftBlock {
  const block = blocks.find(b => !taken.includes(b) && !b.baseText.includes('{{') && test(b.baseText));
  if (!block) throw new Error('The starter policy has no statement for this test: choose another.');
  taken.push(block);
  return block;
}

interface Edits {
  snapshot: DraftSnapshot;
  /** The word replaced and what replaced it. */
  replaced: { block: DraftBlock; deleted: string; inserted: string };
  /** A statement cut to its first sentence: the rest is deleted. */
  shortened: { block: DraftBlock; deleted: string };
  /** A statement with a sentence added at the end. */
  appended: DraftBlock;
}

function amendedPolicy(): Edits {
  const draft = draftFrom('policy-primary', TITLE);
  const taken: DraftBlock[] = [];
  const replaced = pick(draft.blocks, text => text.split(/\bmust\b/).length === 2, taken);
  replaced.content.text = replaced.baseText.replace(/\bmust\b/, 'will always');
  const shortened = pick(draft.blocks, text => /^[^.]+\. \S/.test(text), taken);
  const firstSentence = shortened.baseText.slice(0, shortened.baseText.indexOf('. ') + 1);
  shortened.content.text = firstSentence;
  const appended = pick(draft.blocks, () => true, taken);
  appended.content.text = appended.baseText + APPENDED;
  draft.blocks.push(newCustomBlock(draft.blocks, draft.sections[1], OWN, 'c:school-council'));
  return {
    snapshot: freeze(draft),
    replaced: { block: replaced, deleted: 'must', inserted: 'will always' },
    shortened: { block: shortened, deleted: shortened.baseText.slice(firstSentence.length) },
    appended
  };
}

const edits = amendedPolicy();
let tracked: Rendered;
let plain: Rendered;
let body: XmlElement;
/** The body's paragraphs and tables in order (the contents field's own paragraphs are inside a w:sdt). */
let blocks: XmlElement[];

beforeAll(async () => {
  tracked = await render(edits.snapshot, contextFor({ showChanges: true }));
  plain = await render(edits.snapshot, contextFor({ showChanges: false }));
  body = bodyOf(tracked.parts.document);
  blocks = childElements(body).filter(e => e.name === 'w:p' || e.name === 'w:tbl');
});

/** The index of the first body paragraph whose text is `text`. */
function indexOf(text: string): number {
  const index = blocks.findIndex(b => b.name === 'w:p' && textOf(b) === text);
  if (index < 0) throw new Error(`No paragraph "${text}".`);
  return index;
}

/** The statement paragraph (level 1) whose text starts like `block`'s bank wording. */
function statementFor(block: DraftBlock): XmlElement {
  const start = block.baseText.slice(0, 40);
  const found = blocks.filter(b => isStatement(b) && textOf(b, { inserted: true, deleted: true }).startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} statements start "${start}".`);
  return found[0];
}

describe('the Word file of an approved policy', () => {
  it('is a package of well-formed parts, named after the title and version', () => {
    expect(tracked.file.fileName).toBe('online-safety-policy-v1.0.docx');
    expect(tracked.parts.names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/numbering.xml', 'word/settings.xml', 'docProps/core.xml']));
    expect(() => checkPackage(tracked.parts)).not.toThrow();
  });

  it('opens with a title page: title, school, version, approval date and review date, then a page break', () => {
    const titleIndex = blocks.findIndex(b => paragraphStyle(b) === 'Title');
    expect(titleIndex).toBe(0);
    expect(textOf(blocks[0])).toBe(TITLE);
    const lines = blocks.slice(1, 4).map(b => textOf(b));
    expect(lines).toEqual(['Oakfield Primary School', 'Version 1.0, approved 26 November 2026', 'Next review by 26 November 2027']);
    expect(descendants(blocks[12], 'w:br').map(br => br.attributes['w:type'])).toEqual(['page']);
  });

  it('has signature lines on the title page for the headteacher and the chair: name (printed), signature and date, each its own line', () => {
    const signing = blocks.slice(4, 12);
    expect(signing.map(b => textOf(b))).toEqual([
      'Headteacher', 'Name: Helen Carter\t', 'Signature: \t', 'Date: \t',
      'Chair of governors', 'Name: Margaret Lewis\t', 'Signature: \t', 'Date: \t'
    ]);
    expect(isBold(signing[0])).toBe(true);
    // Each line is its own paragraph whose tab runs to a right tab stop with an underscore leader: the line to write on.
    for (const line of [...signing.slice(1, 4), ...signing.slice(5, 8)]) {
      const tab = descendants(child(line, 'w:pPr')!, 'w:tab')[0];
      expect(tab.attributes).toMatchObject({ 'w:val': 'right', 'w:leader': 'underscore' });
      expect(Number(tab.attributes['w:pos'])).toBe(11906 - 2 * 1440);
    }
  });

  it('prints the school\'s name in a header on every page', () => {
    expect(tracked.parts.names.filter(n => /^word\/header\d*\.xml$/.test(n))).toHaveLength(1);
    const header = parseXml(tracked.parts.xml.get(tracked.parts.names.find(n => /^word\/header\d*\.xml$/.test(n))!)!);
    expect(textOf(header)).toBe('Oakfield Primary School');
    expect(tracked.parts.document).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
  });

  it('has a contents page with a TOC field over the heading outline, on its own page', () => {
    const elements = childElements(body);
    const sdt = child(body, 'w:sdt');
    expect(sdt).toBeDefined();
    const toc = fieldInstructions(sdt!).filter(i => i.startsWith('TOC'));
    expect(toc).toHaveLength(1);
    expect(toc[0]).toMatch(/^TOC\b.*\\o "1-2"/);
    const at = elements.indexOf(sdt!);
    expect(textOf(elements[at - 1])).toBe('Contents');
    expect(paragraphStyle(elements[at - 1])).toBeUndefined();
    const pageBreaks = (e: XmlElement): (string | undefined)[] => descendants(e, 'w:br').map(br => br.attributes['w:type']);
    expect(pageBreaks(elements[at - 2])).toEqual(['page']);
    expect(pageBreaks(elements[at + 1])).toEqual(['page']);
    expect(settingOn(tracked.parts.settings, 'w:updateFields')).toBe(true);
  });

  it('writes the contents with an entry and a page number per section, dirty so that Word updates it on open', () => {
    const sdt = child(body, 'w:sdt')!;
    const begin = descendants(sdt, 'w:fldChar').find(f => f.attributes['w:fldCharType'] === 'begin')!;
    expect(begin.attributes['w:dirty']).toBe('true');
    const entries = descendants(sdt, 'w:p').map(p => textOf(p)).filter(t => t.trim() !== '');
    const sections = edits.snapshot.sections.map(s => s.title);
    expect(entries).toHaveLength(sections.length + 1);
    entries.slice(0, sections.length).forEach((entry, i) => expect(entry).toMatch(new RegExp(`^${i + 1}\\.\\t${sections[i].replace(/[()]/g, '\\$&')}\\t\\d+$`)));
    expect(entries[sections.length]).toMatch(/^Approval record\t\d+$/);
    const pages = entries.map(e => Number(/\d+$/.exec(e)![0]));
    expect(pages[0]).toBe(3);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
  });

  it('numbers every section heading at level 0 and every statement at level 1 of one Word list, in order (the clean copy)', () => {
    const numbered = childElements(bodyOf(plain.parts.document)).filter(b => paragraphNumbering(b) !== undefined);
    const headings = numbered.filter(b => paragraphNumbering(b)?.ilvl === 0);
    expect(headings.map(h => textOf(h))).toEqual(edits.snapshot.sections.map(s => s.title));
    for (const heading of headings) expect(paragraphStyle(heading)).toBe('Heading1');
    expect(numbered.filter(b => paragraphNumbering(b)?.ilvl === 1)).toHaveLength(edits.snapshot.blocks.length);
    expect(new Set(numbered.map(b => paragraphNumbering(b)?.numId)).size).toBe(1);
    expect(numbered.every(b => [0, 1].includes(paragraphNumbering(b)?.ilvl ?? -1))).toBe(true);

    // Each heading is followed by exactly its section's statements.
    const perSection = headings.map(h => {
      const from = numbered.indexOf(h) + 1;
      const nextHeading = numbered.findIndex((b, i) => i >= from && paragraphNumbering(b)?.ilvl === 0);
      return (nextHeading < 0 ? numbered.length : nextHeading) - from;
    });
    expect(perSection).toEqual(edits.snapshot.sections.map(s => edits.snapshot.blocks.filter(b => b.sectionKey === s.key).length));
    // Statements are not headings, so the contents lists sections only.
    expect(numbered.filter(b => paragraphNumbering(b)?.ilvl === 1).some(b => /^Heading/.test(paragraphStyle(b) ?? ''))).toBe(false);
  });

  it('defines the list as "1." for sections and "1.1" for statements in numbering.xml', () => {
    const numId = paragraphNumbering(blocks.find(b => paragraphNumbering(b) !== undefined)!)!.numId;
    const levels = levelTexts(tracked.parts.numbering, numId);
    expect(levels.get(0)).toBe('%1.');
    expect(levels.get(1)).toBe('%1.%2');
    const formats = childElements(parseXml(tracked.parts.numbering), 'w:abstractNum')
      .flatMap(a => childElements(a, 'w:lvl'))
      .filter(l => ['%1.', '%1.%2'].includes(child(l, 'w:lvlText')?.attributes['w:val'] ?? ''))
      .map(l => child(l, 'w:numFmt')?.attributes['w:val']);
    expect(formats).toEqual(['decimal', 'decimal']);
  });

  it('prints "title · version · Page N of M" in the footer with PAGE and NUMPAGES fields', () => {
    expect(tracked.parts.footers).toHaveLength(1);
    const footer = parseXml(tracked.parts.footers[0]);
    // The number of pages is written as laid out (Word updates it); the page number differs on each page, so Word fills it in.
    expect(textOf(footer)).toMatch(new RegExp(`^${TITLE} · version 1\\.0 · Page  of \\d+$`));
    expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
    expect(tracked.parts.document).toMatch(/<w:footerReference w:type="default" r:id="rId\d+"\/>/);
  });

  describe('with the school\'s changes tracked', () => {
    const changes = (): XmlElement[] => [...descendants(body, 'w:ins'), ...descendants(body, 'w:del')];

    it('marks every insertion and deletion as the school\'s, dated at the approval, with unique ids', () => {
      expect(changes().length).toBeGreaterThanOrEqual(5);
      for (const change of changes()) {
        expect(change.attributes['w:author']).toBe(PROFILE.schoolName);
        expect(change.attributes['w:date']).toBe(APPROVAL.approvedOn);
      }
      const ids = changes().map(c => c.attributes['w:id']);
      expect(new Set(ids).size).toBe(ids.length);
      // Deleted text is w:delText inside w:del, never w:t.
      for (const del of descendants(body, 'w:del')) {
        expect(descendants(del, 'w:t')).toHaveLength(0);
        expect(descendants(del, 'w:delText').length).toBeGreaterThan(0);
      }
      for (const ins of descendants(body, 'w:ins')) expect(descendants(ins, 'w:delText')).toHaveLength(0);
    });

    it('shows a replaced word as deleted then inserted, inside the statement', () => {
      const p = statementFor(edits.replaced.block);
      expect(descendants(p, 'w:del').map(d => textOf(d, { deleted: true }))).toEqual([edits.replaced.deleted]);
      expect(descendants(p, 'w:ins').map(i => textOf(i))).toEqual([edits.replaced.inserted]);
      expect(textOf(p)).toBe(edits.replaced.block.content.text);
      expect(textOf(p, { inserted: false, deleted: true })).toBe(edits.replaced.block.baseText);
    });

    it('shows a cut sentence as deleted and an added sentence as inserted', () => {
      const cut = statementFor(edits.shortened.block);
      expect(descendants(cut, 'w:del').map(d => textOf(d, { deleted: true }))).toEqual([edits.shortened.deleted]);
      expect(descendants(cut, 'w:ins')).toHaveLength(0);
      expect(textOf(cut)).toBe(edits.shortened.block.content.text);

      const added = statementFor(edits.appended);
      expect(descendants(added, 'w:ins').map(i => textOf(i))).toEqual([APPENDED]);
      expect(descendants(added, 'w:del')).toHaveLength(0);
    });

    it('types each statement\'s number (1.1, 1.2 … per section) instead of Word\'s list numbering, whose numbers LibreOffice shows as changed', () => {
      const statements = blocks.filter(isStatement);
      expect(statements.every(b => paragraphNumbering(b) === undefined)).toBe(true);
      const expected = edits.snapshot.sections.flatMap((s, i) => edits.snapshot.blocks.filter(b => b.sectionKey === s.key).map((_, j) => `${i + 1}.${j + 1}`));
      expect(statements.map(statementNumber)).toEqual(expected);
      // The number's own runs: its text and a tab to the hanging indent, in the character style that marks them.
      expect(textOf(statements[0], { numbers: true })).toBe(`1.1\t${textOf(statements[0])}`);
    });

    it('shows the school\'s own statement as wholly inserted, numbered in its section', () => {
      const own = blocks.find(b => textOf(b) === OWN)!;
      expect(statementNumber(own)).toBe(`2.${edits.snapshot.blocks.filter(b => b.sectionKey === edits.snapshot.sections[1].key).length}`);
      expect(descendants(own, 'w:ins').map(i => textOf(i))).toEqual([OWN]);
      expect(textOf(own, { inserted: false })).toBe('');
      // It is the last statement of the second section.
      const secondHeading = indexOf(edits.snapshot.sections[1].title);
      const thirdHeading = indexOf(edits.snapshot.sections[2].title);
      expect(blocks.indexOf(own)).toBe(thirdHeading - 1);
      expect(blocks.indexOf(own)).toBeGreaterThan(secondHeading);
    });

    it('leaves unchanged statements as plain runs', () => {
      const unchanged = blocks.filter(b => isStatement(b) && descendants(b, 'w:ins').length === 0 && descendants(b, 'w:del').length === 0);
      expect(unchanged).toHaveLength(edits.snapshot.blocks.length - 4);
    });

    it('turns on Track Changes in settings.xml', () => {
      expect(settingOn(tracked.parts.settings, 'w:trackRevisions')).toBe(true);
    });
  });

  describe('without tracked changes', () => {
    it('prints the school\'s wording only: no insertions, no deletions, no deleted text, Track Changes off', () => {
      const plainBody = bodyOf(plain.parts.document);
      expect(descendants(plainBody, 'w:ins')).toHaveLength(0);
      expect(descendants(plainBody, 'w:del')).toHaveLength(0);
      expect(plain.parts.document).not.toContain('w:delText');
      expect(plain.parts.document).not.toContain(edits.shortened.deleted.trim());
      expect(settingOn(plain.parts.settings, 'w:trackRevisions')).toBe(false);
      const statements = descendants(plainBody, 'w:p').filter(p => paragraphNumbering(p)?.ilvl === 1).map(p => textOf(p));
      expect(statements).toContain(edits.replaced.block.content.text);
      expect(statements).toContain(edits.shortened.block.content.text);
      expect(statements).toContain(edits.appended.content.text);
      expect(statements).toContain(OWN);
    });
  });

  it('ends with the approval record: heading, the rule it was approved under and a row per approver', () => {
    const heading = indexOf('Approval record');
    expect(paragraphStyle(blocks[heading])).toBe('Heading1');
    expect(paragraphNumbering(blocks[heading])).toBeUndefined();
    expect(descendants(blocks[heading - 1], 'w:br').map(br => br.attributes['w:type'])).toEqual(['page']);
    expect(textOf(blocks[heading + 1])).toBe('Approved on 26 November 2026 in approval round 2, when a majority of approvers had to approve.');
    const table = blocks[heading + 2];
    expect(table.name).toBe('w:tbl');
    expect(blocks).toHaveLength(heading + 3);
    expect(tableCells(table)).toEqual([
      ['Approver', 'Decision', 'When'],
      ['Margaret Lewis', 'Approved', '24 November 2026'],
      ['David Okafor', 'Approved', '26 November 2026'],
      ['Grace Mensah', 'Asked for changes', '25 November 2026']
    ]);
    const [header, ...rows] = childElements(table, 'w:tr');
    expect(isBold(header)).toBe(true);
    expect(rows.some(isBold)).toBe(false);
    expect(descendants(header, 'w:tblHeader')).toHaveLength(1);
    // After the record comes only the section properties.
    expect(childElements(body).slice(childElements(body).indexOf(table) + 1).map(e => e.name)).toEqual(['w:sectPr']);
  });

  it('says "Draft: not yet approved" and prints no approval table for an unapproved draft', async () => {
    const draft = await render(edits.snapshot, contextFor({ version: 'Draft', approval: undefined, reviewDate: undefined }));
    const paragraphs = childElements(bodyOf(draft.parts.document), 'w:p').map(p => textOf(p));
    expect(paragraphs.slice(0, 4)).toEqual([TITLE, 'Oakfield Primary School', 'Version Draft', 'Draft: not yet approved']);
    expect(paragraphs.slice(-2)).toEqual(['Approval record', 'This is a draft: it has not been approved.']);
    expect(draft.parts.document).not.toContain('<w:tbl>');
    expect(draft.file.fileName).toBe('online-safety-policy-vDraft.docx');
  });

  it("fills {{ReviewDate}} with the draft's own review date, as people read dates, when the export names none", async () => {
    const draft = draftFrom('policy-primary');
    draft.blocks.push(newCustomBlock(draft.blocks, draft.sections[0], 'We review this policy by {{ReviewDate}}.', 'c:review'));
    const file = await render(freeze(draft), contextFor({ version: 'Draft', approval: undefined, reviewDate: undefined }));
    expect(file.parts.document).toContain('We review this policy by 26 November 2027.');
    expect(file.parts.document).not.toContain('2027-11-26');
  });

  it('carries the title, kind and school in docProps/core.xml', () => {
    const core = parseXml(tracked.parts.core);
    const value = (name: string): string | undefined => {
      const element = child(core, name);
      return element ? element.children.join('') : undefined;
    };
    expect(value('dc:title')).toBe(TITLE);
    expect(value('dc:subject')).toBe('Policy');
    expect(value('dc:creator')).toBe(PROFILE.schoolName);
    expect(value('dc:description')).toBe(`Made with e-Safety Policy Hub from bank release ${STARTER_PACK_VERSION}.`);
  });
});

describe('the title page with the school\'s logo', () => {
  it('shows the logo above the title, in the package as a picture with alt text naming the school', async () => {
    const withLogo = await render(edits.snapshot, contextFor({ logo: { bytes: solidPng(380, 200), type: 'image/png' } }));
    const first = childElements(bodyOf(withLogo.parts.document), 'w:p');
    expect(paragraphStyle(first[1])).toBe('Title');
    const drawing = descendants(first[0], 'wp:docPr')[0];
    expect(drawing.attributes.descr).toBe("Oakfield Primary School's logo");
    const extent = descendants(first[0], 'wp:extent')[0].attributes;
    // 190 × 100 pixels at 9525 EMU each: the 380 × 200 logo halved to fit the box.
    expect([Number(extent.cx), Number(extent.cy)]).toEqual([190 * 9525, 100 * 9525]);
    expect(withLogo.parts.names.some(n => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    expect(() => checkPackage(withLogo.parts)).not.toThrow();
  });
});
