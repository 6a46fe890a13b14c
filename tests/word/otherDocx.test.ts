import { STARTER_RISK_ASSESSMENT } from '../../src/content/starter/riskAssessment';
import type { AupAudience } from '../../src/domain/bank/AupAudience';
import {
  bodyOf, checkPackage, child, childElements, descendants, isBold, paragraphAlignment, paragraphNumbering, paragraphStyle, parseXml, runSizes, settingOn, tableCells, textOf,
  type XmlElement
} from './docxXml';
import { contextFor, draftFrom, freeze, PROFILE, render, type Rendered } from './wordFixtures';

/** The default run size (half-points) in styles.xml's document defaults. */
function defaultSize(rendered: Rendered): number | undefined {
  const styles = rendered.parts.xml.get('word/styles.xml');
  if (styles === undefined) throw new Error('No styles.xml.');
  const rPr = descendants(parseXml(styles), 'w:rPrDefault').flatMap(d => childElements(d, 'w:rPr'))[0];
  const size = rPr ? child(rPr, 'w:sz')?.attributes['w:val'] : undefined;
  return size === undefined ? undefined : Number(size);
}

/**
 * The lines to sign on: paragraphs whose tab runs to a right tab stop with an underscore leader, which draws the line.
 * (Paragraphs with the same bottom border are joined into one box by Word and LibreOffice, so only the last line
 * showed: each line is its own tab leader instead.)
 */
function signatureLines(body: XmlElement): XmlElement[] {
  return childElements(body, 'w:p').filter(p => {
    const pPr = child(p, 'w:pPr');
    const tabs = pPr ? child(pPr, 'w:tabs') : undefined;
    return tabs !== undefined && childElements(tabs, 'w:tab').some(t => t.attributes['w:leader'] === 'underscore' && t.attributes['w:val'] === 'right')
      && descendants(p, 'w:tab').length === 2 && child(pPr!, 'w:pBdr') === undefined;
  });
}

const PUPIL_LINES = ['My name: \t', 'My signature: \t', "Parent or carer's name: \t", "Parent or carer's signature: \t", 'Date: \t'];

async function aup(templateKey: string, audience: AupAudience): Promise<{ rendered: Rendered; body: XmlElement; statements: string[] }> {
  const draft = draftFrom(templateKey);
  const rendered = await render(freeze(draft), contextFor({ signatureLines: true, audience }));
  return { rendered, body: bodyOf(rendered.parts.document), statements: draft.blocks.map(b => b.content.text) };
}

/** Things a school must never be asked to collect about a child on an agreement it prints. */
const CHILD_DATA = /date of birth|\bDOB\b|year group|\bclass\b\s*:|\bUPN\b|pupil number|home address|postcode|medical/i;

describe('the acceptable use agreement for early years and key stage 1', () => {
  let rendered: Rendered;
  let body: XmlElement;
  let statements: string[];
  beforeAll(async () => {
    ({ rendered, body, statements } = await aup('aup-template-early-years-ks1', 'EarlyYearsKS1'));
  });

  it('is well-formed and named after its title', () => {
    expect(() => checkPackage(rendered.parts)).not.toThrow();
    expect(rendered.file.fileName).toBe('acceptable-use-agreement-early-years-and-key-stage-v1.0.docx');
  });

  it('is in large print: 18 pt by default and on every run, headings larger still', () => {
    expect(defaultSize(rendered)).toBe(36);
    const sizes = runSizes(body);
    expect(sizes.length).toBeGreaterThan(statements.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(36);
    const heading = childElements(body, 'w:p').find(p => paragraphStyle(p) === 'Heading1')!;
    expect(Math.min(...runSizes(heading))).toBeGreaterThan(36);
  });

  it('prints each statement as its own paragraph, unnumbered, after the title and school', () => {
    const paragraphs = childElements(body, 'w:p');
    expect(textOf(paragraphs[0])).toMatch(/^Acceptable use agreement: early years and key stage 1/);
    expect(textOf(paragraphs[1])).toBe(PROFILE.schoolName);
    expect(paragraphs.slice(2, 2 + statements.length).map(p => textOf(p))).toEqual(statements);
    expect(paragraphs.some(p => paragraphNumbering(p) !== undefined)).toBe(false);
    expect(child(body, 'w:sdt')).toBeUndefined();
  });

  it('ends with lines for the child and a parent or carer to sign', () => {
    const lines = signatureLines(body);
    expect(lines.map(p => textOf(p))).toEqual(PUPIL_LINES);
    const last = childElements(body, 'w:p').slice(-5);
    expect(last).toEqual(lines);
  });

  it('asks for no data about the child beyond a name and signature: no form fields, merge fields or personal details', () => {
    const text = childElements(body, 'w:p').map(p => textOf(p)).join('\n');
    expect(text).not.toMatch(CHILD_DATA);
    expect(rendered.parts.document).not.toContain('{{');
    for (const field of ['w:ffData', 'w:fldSimple', 'w:instrText', 'w:sdt', 'w:tbl']) expect(descendants(body, field)).toHaveLength(0);
  });

  it('has Track Changes off and no tracked changes', () => {
    expect(settingOn(rendered.parts.settings, 'w:trackRevisions')).toBe(false);
    expect(descendants(body, 'w:ins')).toHaveLength(0);
  });
});

describe('the acceptable use agreement for key stage 2', () => {
  it('is in ordinary print (11 pt) with the pupil signature lines', async () => {
    const { rendered, body, statements } = await aup('aup-template-ks2', 'KS2');
    expect(defaultSize(rendered)).toBe(22);
    expect(runSizes(body).filter(size => size >= 36)).toEqual([]);
    expect(childElements(body, 'w:p').slice(2, 2 + statements.length).map(p => textOf(p))).toEqual(statements);
    expect(signatureLines(body).map(p => textOf(p))).toEqual(PUPIL_LINES);
    expect(childElements(body, 'w:p').map(p => textOf(p)).join('\n')).not.toMatch(CHILD_DATA);
  });
});

describe('the acceptable use agreement for staff and volunteers', () => {
  it('is in ordinary print with an adult\'s signature lines', async () => {
    const { rendered, body } = await aup('aup-template-staff-volunteers', 'StaffVolunteers');
    expect(defaultSize(rendered)).toBe(22);
    expect(signatureLines(body).map(p => textOf(p))).toEqual(['Name: \t', 'Signature: \t', 'Date: \t']);
  });

  it('has no signature lines when they are not asked for', async () => {
    const rendered = await render(freeze(draftFrom('aup-template-staff-volunteers')), contextFor({ audience: 'StaffVolunteers' }));
    expect(signatureLines(bodyOf(rendered.parts.document))).toEqual([]);
  });
});

describe('a letter to parents and carers', () => {
  let rendered: Rendered;
  let paragraphs: XmlElement[];
  beforeAll(async () => {
    rendered = await render(freeze(draftFrom('letter-online-safety-at-home')), contextFor({ letterDate: '2026-11-30' }));
    paragraphs = childElements(bodyOf(rendered.parts.document), 'w:p');
  });

  it('is well-formed, with Track Changes off', () => {
    expect(() => checkPackage(rendered.parts)).not.toThrow();
    expect(settingOn(rendered.parts.settings, 'w:trackRevisions')).toBe(false);
  });

  it('starts with the school\'s letterhead, right-aligned, the school\'s name in bold, then the date', () => {
    const letterhead = ['Oakfield Primary School', '1 Oak Lane', 'Northshire NS1 2AB', '01632 960123', 'office@oakfield.example', 'https://oakfield.example'];
    const head = paragraphs.slice(0, letterhead.length + 1);
    expect(head.map(p => textOf(p))).toEqual([...letterhead, '30 November 2026']);
    for (const p of head) expect(paragraphAlignment(p)).toBe('right');
    expect(head.map(isBold)).toEqual([true, false, false, false, false, false, false]);
  });

  it('gives the subject in bold, then "Dear parent or carer,"', () => {
    const subject = paragraphs[7];
    expect(textOf(subject)).toBe('Helping your child stay safe online');
    expect(isBold(subject)).toBe(true);
    expect(paragraphAlignment(subject)).not.toBe('right');
    expect(textOf(paragraphs[8])).toBe('Dear parent or carer,');
    expect(isBold(paragraphs[8])).toBe(false);
  });

  it('fills every merge field from the profile, and signs off as the headteacher', () => {
    const text = paragraphs.map(p => textOf(p));
    expect(rendered.parts.document).not.toContain('{{');
    expect(rendered.parts.document).not.toContain('}}');
    expect(text[9]).toContain('At Oakfield Primary School we teach pupils');
    expect(text.join('\n')).toContain('our designated safeguarding lead, Tom Reid, on 01632 960123 or at office@oakfield.example.');
    expect(text.join('\n')).toContain('available on our website, https://oakfield.example.');
    expect(text.slice(-2)).toEqual(['Yours faithfully,', 'Helen Carter, Headteacher']);
  });

  it('is dated today when no date is given', async () => {
    const undated = await render(freeze(draftFrom('letter-online-safety-at-home')), contextFor());
    expect(textOf(childElements(bodyOf(undated.parts.document), 'w:p')[6])).toBe('27 November 2026');
  });
});

describe('a risk assessment', () => {
  let rendered: Rendered;
  let body: XmlElement;
  beforeAll(async () => {
    const draft = draftFrom('ra-social-media-technology');
    draft.blocks[0].content.risk!.reviewDate = '2027-03-31';
    rendered = await render(freeze(draft), contextFor());
    body = bodyOf(rendered.parts.document);
  });

  it('is well-formed: a title, the school and version, and the introduction filled in', () => {
    expect(() => checkPackage(rendered.parts)).not.toThrow();
    const paragraphs = childElements(body, 'w:p').map(p => textOf(p));
    expect(paragraphs[0]).toMatch(/^Social media and new technology: risk assessment/);
    expect(paragraphs[1]).toBe('Oakfield Primary School · version 1.0');
    expect(paragraphs[2]).toMatch(/^This template helps Oakfield Primary School assess the risks/);
    expect(rendered.parts.document).not.toContain('{{');
  });

  it('is one table with the six column headers, repeated on each page, and a row per risk', () => {
    const tables = descendants(body, 'w:tbl');
    expect(tables).toHaveLength(1);
    const [header, ...rows] = tableCells(tables[0]);
    expect(header).toEqual(['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Owner', 'Review date']);
    expect(rows).toHaveLength(STARTER_RISK_ASSESSMENT.rows.length);
    expect(rows.map(r => r[0])).toEqual(STARTER_RISK_ASSESSMENT.rows.map(r => r.risk.replace(/\{\{SchoolName\}\}/g, PROFILE.schoolName)));
    expect(rows.map(r => r.slice(1, 3))).toEqual(STARTER_RISK_ASSESSMENT.rows.map(r => [r.likelihood, r.impact]));
    expect(rows[0][4]).toBe('Helen Carter, Headteacher');
    expect(rows[0][5]).toBe('31 March 2027');
    expect(rows.slice(1).map(r => r[5])).toEqual(rows.slice(1).map(() => ''));
    for (const row of rows) expect(row).toHaveLength(6);
    const trs = childElements(tables[0], 'w:tr');
    expect(descendants(trs[0], 'w:tblHeader')).toHaveLength(1);
    expect(isBold(trs[0])).toBe(true);
  });

  it('sizes the columns as shares of the page that add up to the whole width', () => {
    const firstRow = childElements(descendants(body, 'w:tbl')[0], 'w:tr')[0];
    const widths = childElements(firstRow, 'w:tc').map(tc => child(child(tc, 'w:tcPr')!, 'w:tcW')!);
    expect(widths.every(w => w.attributes['w:type'] === 'pct')).toBe(true);
    expect(widths.reduce((sum, w) => sum + Number(w.attributes['w:w']), 0)).toBe(5000);
  });

  it('is on landscape A4 pages, the school named in the header', () => {
    const sectPr = child(body, 'w:sectPr')!;
    const size = child(sectPr, 'w:pgSz')!.attributes;
    expect(size['w:orient']).toBe('landscape');
    expect(Number(size['w:w'])).toBe(16838);
    expect(Number(size['w:h'])).toBe(11906);
    const header = rendered.parts.names.find(n => /^word\/header\d*\.xml$/.test(n))!;
    expect(textOf(parseXml(rendered.parts.xml.get(header)!))).toBe(PROFILE.schoolName);
  });

  it('fixes the column grid so no header splits: "Likelihood" gets at least 1.6 inches of the landscape width', () => {
    const table = descendants(body, 'w:tbl')[0];
    expect(child(child(table, 'w:tblPr')!, 'w:tblLayout')?.attributes['w:type']).toBe('fixed');
    const grid = childElements(child(table, 'w:tblGrid')!, 'w:gridCol').map(c => Number(c.attributes['w:w']));
    expect(grid).toHaveLength(6);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16838 - 2 * 1440);
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(16838 - 2 * 1440 - 10);
    // "Likelihood" in bold 11 pt Arial is about 0.9 inch; with the cell's margins it needs well under 1.6 (2304 twips).
    expect(grid[1]).toBeGreaterThanOrEqual(1600);
    expect(Math.min(...grid)).toBeGreaterThanOrEqual(1400);
  });

  it('colours each likelihood and impact cell by its rating (green, amber, red), leaving the other cells plain', () => {
    const rows = childElements(descendants(body, 'w:tbl')[0], 'w:tr').slice(1);
    const fills = rows.map(row => childElements(row, 'w:tc').map(tc => child(child(tc, 'w:tcPr')!, 'w:shd')?.attributes['w:fill']));
    const expected: Record<string, string> = { Low: 'C6EFCE', Medium: 'FFEB9C', High: 'FFC7CE' };
    STARTER_RISK_ASSESSMENT.rows.forEach((row, i) => {
      expect(fills[i][1]).toBe(expected[row.likelihood]);
      expect(fills[i][2]).toBe(expected[row.impact]);
      expect([fills[i][0], ...fills[i].slice(3)]).toEqual([undefined, undefined, undefined, undefined]);
    });
    expect(new Set(fills.flatMap(f => [f[1], f[2]])).size).toBeGreaterThanOrEqual(2);
  });
});
