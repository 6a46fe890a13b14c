import { buildPolicyStatement, buildPupilVersion } from '../../src/domain/document/derivedDocuments';
import { makeWordFileOf } from '../../src/services/word/WordService';
import { bodyOf, checkPackage, childElements, isBold, openDocx, paragraphStyle, runSizes, textOf } from './docxXml';
import { contextFor, draftFrom, freeze } from './wordFixtures';

// Each test renders a real .docx: explicit, generous time on a shared machine.
jest.setTimeout(60_000);

describe('the two-page policy statement as Word', () => {
  it('is a well-formed file named after it: title heading, a bold section name starting each summary, the approval table', async () => {
    const model = buildPolicyStatement(freeze(draftFrom('policy-primary', 'Online safety policy')), contextFor());
    const file = await makeWordFileOf(model, model.title, '1.0');
    expect(file.fileName).toBe('online-safety-policy-policy-statement-v1.0.docx');
    const parts = await openDocx(file.bytes);
    checkPackage(parts);
    const paragraphs = childElements(bodyOf(parts.document), 'w:p');
    expect(paragraphStyle(paragraphs[0])).toBe('Heading1');
    expect(textOf(paragraphs[0])).toBe('Online safety policy: policy statement');
    const summaries = paragraphs.filter(p => /^Purpose, scope and status\. /.test(textOf(p)));
    expect(summaries).toHaveLength(1);
    expect(isBold(summaries[0])).toBe(true);
    expect(childElements(bodyOf(parts.document), 'w:tbl')).toHaveLength(1);
    expect(parts.document).not.toContain('{{');
  });
});

describe('a pupils\' version as Word', () => {
  it('is well-formed, in large print for key stage 1, its sections as headings', async () => {
    const { model } = buildPupilVersion(freeze(draftFrom('aup-template-early-years-ks1')), contextFor(), 'EarlyYearsKS1');
    const parts = await openDocx((await makeWordFileOf(model, model.title, '1.0')).bytes);
    checkPackage(parts);
    const body = bodyOf(parts.document);
    expect(Math.min(...runSizes(body))).toBeGreaterThanOrEqual(36);
    expect(childElements(body, 'w:p').filter(p => paragraphStyle(p) === 'Heading2').length).toBeGreaterThan(0);
  });
});
