import { buildStarterPack } from '../../../src/content/starterPack';
import { isSafeLink, readReferences, referenceHref, GUIDANCE_DOCUMENTS, GUIDANCE_LINKS } from '../../../src/domain/bank/references';
import { packToFile, sealPack, type ContentPack } from '../../../src/domain/content/ContentPack';
import { parseContentPack } from '../../../src/domain/content/parseContentPack';
import { statementColumns, toStatement, type StatementItem } from '../../../src/services/bank/bankWire';
import { fitColumns } from '../../../src/services/sharepoint/schema/columnLimits';
import { BANK_LISTS } from '../../../src/services/sharepoint/schema/bankSchema';

const STARTER_FILE = packToFile(buildStarterPack());
const AI_INDEX = buildStarterPack().statements.findIndex(s => s.key === 'ai-risk-assessment');

/** The starter pack with one statement's content changed, sealed again so only the content rules can refuse it. */
function resealed(change: (content: Record<string, unknown>) => void): ReturnType<typeof parseContentPack> {
  const { checksum: _old, ...pack } = JSON.parse(STARTER_FILE) as ContentPack;
  change(pack.statements[AI_INDEX].content as unknown as Record<string, unknown>);
  return parseContentPack(packToFile(sealPack(pack)));
}

function refusal(result: ReturnType<typeof parseContentPack>): string {
  if (result.ok) throw new Error('The pack was accepted.');
  expect(result.error.code).toBe('invalid');
  return result.error.message;
}

describe('references and topics in a content pack', () => {
  it('carries them through the file unchanged', () => {
    const result = parseContentPack(STARTER_FILE);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.pack.statements[AI_INDEX].content).toMatchObject({
      references: [{ document: 'genai-in-education' }, { document: 'genai-product-safety' }], topics: ['generative-ai']
    });
  });

  it('refuses a link that is not https, naming where it is', () => {
    for (const link of ['javascript:alert(1)', 'http://example.org/kcsie', 'data:text/html,x', 'https//no-colon']) {
      const message = refusal(resealed(c => { c.references = [{ document: 'kcsie', link }]; }));
      expect(message).toContain(`statements[${AI_INDEX}].content.references[0].link: `);
      expect(message).toContain('is not an https address.');
    }
  });

  it('refuses a document outside the list, a topic outside the list, and a part too long', () => {
    expect(refusal(resealed(c => { c.references = [{ document: 'a-blog-post' }]; }))).toContain('references[0].document: must be one of kcsie,');
    expect(refusal(resealed(c => { c.topics = ['generative-ai', 'astrology']; }))).toContain('topics[1]: must be one of');
    expect(refusal(resealed(c => { c.references = [{ document: 'kcsie', part: 'p'.repeat(201) }]; }))).toContain('at most 200 are allowed');
  });

  it('reads an empty list as no references, so packs, lists and hashes agree on "none"', () => {
    const result = resealed(c => { c.references = []; c.topics = []; });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.pack.statements[AI_INDEX].content.references).toBeUndefined();
    expect(result.pack.statements[AI_INDEX].content.topics).toBeUndefined();
  });

  it('reads a pack written before references existed', () => {
    const result = resealed(c => { delete c.references; delete c.topics; });
    expect(result.ok).toBe(true);
  });
});

describe('references in the bank lists', () => {
  const content = buildStarterPack().statements[AI_INDEX].content;

  it('round-trips through the statement columns, within the columns\' limits', () => {
    const columns = fitColumns(BANK_LISTS.statements, statementColumns('ai-risk-assessment', content));
    expect(JSON.parse(columns.GuidanceRefs as string)).toEqual(content.references);
    expect(columns.CoverageTopics).toBe(';generative-ai;');
    const item = { Id: 1, StatementKey: 'ai-risk-assessment', ...columns } as unknown as StatementItem;
    expect(toStatement(item).working).toEqual(content);
  });

  it('writes empty columns for none and reads them back as no fields', () => {
    const { references: _r, topics: _t, ...plain } = content;
    const columns = statementColumns('plain', plain);
    expect(columns).toMatchObject({ GuidanceRefs: '', CoverageTopics: '' });
    const working = toStatement({ Id: 1, StatementKey: 'plain', ...columns } as unknown as StatementItem).working;
    expect(working).toEqual(plain);
    expect('references' in working || 'topics' in working).toBe(false);
  });

  it('keeps the good entries of a damaged column and drops the rest', () => {
    const item = {
      Id: 1, StatementKey: 'x', SectionKey: 's', GuidanceRefs: JSON.stringify([{ document: 'kcsie', part: 'Part two' }, { document: 'nope' }, { document: 'rshe', link: 'javascript:alert(1)' }]),
      CoverageTopics: ';generative-ai;astrology;'
    } as unknown as StatementItem;
    expect(toStatement(item).working).toMatchObject({ references: [{ document: 'kcsie', part: 'Part two' }, { document: 'rshe' }], topics: ['generative-ai'] });
    expect(toStatement({ ...item, GuidanceRefs: '{not json' }).working.references).toBeUndefined();
  });
});

describe('reference links', () => {
  it('gives every document an https address', () => {
    for (const document of GUIDANCE_DOCUMENTS) expect(isSafeLink(GUIDANCE_LINKS[document])).toBe(true);
  });

  it("opens a reference's own https link, else the document's", () => {
    expect(referenceHref({ document: 'kcsie', link: 'https://www.gov.uk/kcsie#part-2' })).toBe('https://www.gov.uk/kcsie#part-2');
    expect(referenceHref({ document: 'kcsie', link: 'javascript:alert(1)' })).toBe(GUIDANCE_LINKS.kcsie);
    expect(readReferences('not a list')).toBeUndefined();
    expect(readReferences([])).toBeUndefined();
  });
});
