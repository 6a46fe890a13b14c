import type { Bank, StatementContent, TemplateContent } from '../../src/domain/bank/BankModel';
import { assembleDraft, blockKeyFor, DraftStartError } from '../../src/domain/draft/assembleDraft';
import type { Draft } from '../../src/domain/draft/DraftModel';
import { SCHOOL_SETTINGS, type SchoolSetting } from '../../src/domain/school/SchoolSetting';
import { bank, policyTemplate, published, section, statement, template } from '../domain/bankFixtures';
import { starterBank } from './starterBank';
import { STARTER_PACK_VERSION } from '../../src/content/starterPack';

const STARTER = starterBank();
const profile = { setting: 'Primary' as SchoolSetting, schoolName: 'Oakfield Primary School' };

function templateContent(key: string): TemplateContent {
  const found = STARTER.templates.find(t => t.key === key)?.published?.content;
  if (!found) throw new Error(`No template ${key}`);
  return found;
}

function statementContent(key: string): StatementContent {
  const found = STARTER.statements.find(s => s.key === key)?.published?.content;
  if (!found) throw new Error(`No statement ${key}`);
  return found;
}

function statementKeysOf(templateKey: string): string[] {
  const body = templateContent(templateKey).body;
  return body.kind === 'Policy' || body.kind === 'Aup' ? body.statementKeys : [];
}

/** The blocks in reading order: by section order, then block order. */
function inReadingOrder(draft: Draft): string[] {
  const sectionOrder = new Map(draft.sections.map(s => [s.key, s.order]));
  return [...draft.blocks]
    .sort((a, b) => (sectionOrder.get(a.content.sectionKey) ?? 0) - (sectionOrder.get(b.content.sectionKey) ?? 0) || a.content.order - b.content.order)
    .map(b => b.key);
}

describe('assembleDraft: the starter policy for each setting', () => {
  const bankSectionOrder = STARTER.sections.filter(s => s.working.group === 'Policy').sort((a, b) => a.working.order - b.working.order).map(s => s.key);

  it.each(SCHOOL_SETTINGS.map(s => [s]))('builds the %s policy from its template, statement by statement', setting => {
    const key = `policy-${setting.toLowerCase()}`;
    const keys = statementKeysOf(key);
    const draft = assembleDraft(STARTER, key, { setting, schoolName: 'Hill School' });

    const template = STARTER.templates.find(t => t.key === key)?.published;
    expect(draft).toMatchObject({ kind: 'Policy', templateKey: key, templateVersion: template?.version, setting, bankRelease: STARTER_PACK_VERSION, title: `${templateContent(key).title} (Hill School)` });
    // Every statement of the template is a block, once, and nothing else is.
    expect(draft.blocks.map(b => b.sourceKey).sort()).toEqual([...keys].sort());
    expect(new Set(draft.blocks.map(b => b.key)).size).toBe(draft.blocks.length);
    // Statements of other settings are not there.
    const sources = new Set(draft.blocks.map(b => b.sourceKey));
    expect(STARTER.statements.filter(s => !s.working.settings.includes(setting) && sources.has(s.key))).toEqual([]);

    // Sections in the bank's order, numbered 10, 20, …; only sections with statements.
    expect(draft.sections.map(s => s.key)).toEqual(bankSectionOrder.filter(k => draft.blocks.some(b => b.content.sectionKey === k)));
    expect(draft.sections.map(s => s.order)).toEqual(draft.sections.map((_, i) => (i + 1) * 10));
    for (const s of draft.sections) expect(s.title).toBe(STARTER.sections.find(b => b.key === s.key)?.working.title);
    // Reading order is the bank's: section by section, statements by their order in the section.
    expect(inReadingOrder(draft)).toEqual(keys.map(blockKeyFor.statement));

    for (const block of draft.blocks) {
      const source = statementContent(block.sourceKey ?? '');
      expect(block).toMatchObject({
        key: `s:${block.sourceKey}`, kind: 'Statement', sourceVersion: STARTER.statements.find(s => s.key === block.sourceKey)?.published?.version, baseText: source.text, mandatory: source.mandatory,
        content: { text: source.text, included: true, note: '', sectionKey: source.sectionKey, removed: false }
      });
      expect(block.itemId).toBeUndefined();
    }
    // Within a section, blocks are 10, 20, 30, … apart in bank order.
    for (const s of draft.sections) {
      const orders = draft.blocks.filter(b => b.content.sectionKey === s.key).map(b => b.content.order);
      expect(orders).toEqual(orders.map((_, i) => (i + 1) * 10));
    }
  });

  it('keeps every mandatory statement mandatory (and there are some)', () => {
    const draft = assembleDraft(STARTER, 'policy-secondary', profile);
    const mandatory = statementKeysOf('policy-secondary').filter(k => statementContent(k).mandatory);
    expect(mandatory.length).toBeGreaterThan(10);
    expect(draft.blocks.filter(b => b.mandatory).map(b => b.sourceKey).sort()).toEqual([...mandatory].sort());
  });

  it('keeps merge fields in the text, to be filled from the profile later', () => {
    const draft = assembleDraft(STARTER, 'policy-primary', profile);
    expect(draft.blocks.some(b => /\{\{[A-Za-z]+\}\}/.test(b.content.text))).toBe(true);
  });

  it('uses a title the school gives (trimmed), or the template title without a school name', () => {
    expect(assembleDraft(STARTER, 'policy-primary', profile, '  Our policy 2026  ').title).toBe('Our policy 2026');
    expect(assembleDraft(STARTER, 'policy-primary', { setting: 'Primary', schoolName: '' }, '   ').title).toBe(templateContent('policy-primary').title);
  });

  it('takes the setting from the template, not the profile', () => {
    expect(assembleDraft(STARTER, 'policy-secondary', profile).setting).toBe('Secondary');
  });
});

describe('assembleDraft: other documents from the starter bank', () => {
  it('builds an AUP for its audience from the AUP section', () => {
    const draft = assembleDraft(STARTER, 'aup-template-ks2', profile);
    const keys = statementKeysOf('aup-template-ks2');
    expect(draft).toMatchObject({ kind: 'Aup', audience: 'KS2', setting: 'Primary', templateKey: 'aup-template-ks2' });
    expect(draft.sections).toEqual([{ key: 'aup-ks2', title: STARTER.sections.find(s => s.key === 'aup-ks2')?.working.title, order: 10 }]);
    expect(inReadingOrder(draft)).toEqual(keys.map(blockKeyFor.statement));
    expect(draft.blocks.every(b => b.kind === 'Statement' && b.content.sectionKey === 'aup-ks2')).toBe(true);
  });

  it('builds a letter as one paragraph block each, with the subject, sign-off and recipients as its preamble', () => {
    const key = 'letter-online-safety-at-home';
    const body = templateContent(key).body;
    if (body.kind !== 'Letter') throw new Error('not a letter');
    const draft = assembleDraft(STARTER, key, profile);
    expect(draft).toMatchObject({ kind: 'Letter', templateKey: key, setting: 'Primary' });
    expect(draft.sections).toEqual([{ key: 'letter', title: body.letter.subject, order: 10 }]);
    expect(draft.preamble).toEqual({ subject: body.letter.subject, signOff: body.letter.signOff, recipients: body.letter.recipients });
    expect(draft.blocks).toHaveLength(body.letter.paragraphs.length);
    draft.blocks.forEach((block, i) => {
      expect(block).toEqual({
        key: `p:${i + 1}`, kind: 'Paragraph', sourceKey: `${key}#${i + 1}`, sourceVersion: 1, baseText: body.letter.paragraphs[i], mandatory: false,
        content: { text: body.letter.paragraphs[i], included: true, note: '', sectionKey: 'letter', order: (i + 1) * 10, removed: false }
      });
    });
  });

  it('builds every starter letter', () => {
    for (const t of STARTER.templates.filter(x => x.working.body.kind === 'Letter')) {
      const draft = assembleDraft(STARTER, t.key, profile);
      expect(draft.blocks.length).toBeGreaterThan(0);
      expect(draft.blocks.every(b => b.kind === 'Paragraph')).toBe(true);
    }
  });

  it('builds the risk assessment as one row block per risk, with its fields and the introduction', () => {
    const key = 'ra-social-media-technology';
    const body = templateContent(key).body;
    if (body.kind !== 'RiskAssessment') throw new Error('not a risk assessment');
    const draft = assembleDraft(STARTER, key, profile);
    expect(draft).toMatchObject({ kind: 'RiskAssessment', preamble: { introduction: body.introduction } });
    expect(draft.sections).toEqual([{ key: 'risks', title: templateContent(key).title, order: 10 }]);
    expect(draft.blocks.map(b => b.key)).toEqual(body.rows.map(r => `r:${r.key}`));
    draft.blocks.forEach((block, i) => {
      const row = body.rows[i];
      expect(block).toMatchObject({
        kind: 'RiskRow', sourceKey: `${key}#${row.key}`, sourceVersion: 1, baseText: row.risk, mandatory: false,
        content: { text: row.risk, included: true, sectionKey: 'risks', order: (i + 1) * 10, risk: { likelihood: row.likelihood, impact: row.impact, mitigation: row.mitigation, owner: row.owner, reviewDate: '' } }
      });
    });
  });
});

describe('assembleDraft: refusals', () => {
  it('refuses an unknown template, naming it', () => {
    expect(() => assembleDraft(STARTER, 'policy-nursery', profile)).toThrow(DraftStartError);
    expect(() => assembleDraft(STARTER, 'policy-nursery', profile)).toThrow('The template "policy-nursery" is not in the published bank. Choose another template, or ask the e-Safety officer to publish it.');
  });

  it('refuses a template that is not published yet, or is retired', () => {
    const draftOnly = bank({ sections: [published(section('roles'))], statements: [published(statement('a'))], templates: [policyTemplate('new', ['a'])] });
    expect(() => assembleDraft(draftOnly, 'new', profile)).toThrow(/"new" is not in the published bank/);
    const retired = policyTemplate('old', ['a'], { retired: true });
    const withRetired = bank({ sections: [published(section('roles'))], statements: [published(statement('a'))], templates: [{ ...published(policyTemplate('old', ['a'])), working: retired.working }] });
    expect(() => assembleDraft(withRetired, 'old', profile)).toThrow(/"old" is not in the published bank/);
  });

  it('refuses the incident flowchart: it is a guide to follow, not a document', () => {
    expect(() => assembleDraft(STARTER, 'flow-online-safety-incident', profile)).toThrow(new DraftStartError('The incident flowchart is a guide to follow, not a document to draft.'));
  });

  it('refuses a policy template none of whose statements is published', () => {
    const empty = bank({ sections: [published(section('roles'))], statements: [statement('a'), statement('b')], templates: [published(policyTemplate('p', ['a', 'b']))] });
    expect(() => assembleDraft(empty, 'p', profile)).toThrow('"Template p" has no published statements. Ask the e-Safety officer to check the template.');
  });
});

describe('assembleDraft: a hand-built bank', () => {
  function small(): Bank {
    return bank({
      sections: [published(section('roles', {}, 20)), published(section('intro', {}, 10)), section('unpublished', {}, 5)],
      statements: [
        published(statement('r2', { sectionKey: 'roles', order: 20, mandatory: true }), 3, '2026.3'),
        published(statement('r1', { sectionKey: 'roles', order: 10 })),
        published(statement('i1', { sectionKey: 'intro', order: 10 })),
        published(statement('gone', { sectionKey: 'intro', order: 5, retired: true })),
        statement('never', { sectionKey: 'intro', order: 1 })
      ],
      templates: [published(policyTemplate('p', ['r2', 'r1', 'i1', 'gone', 'never', 'missing']), 2, '2026.3')]
    });
  }

  it('orders sections and statements by the bank, whatever order the template lists them in, and leaves out what schools cannot see', () => {
    const draft = assembleDraft(small(), 'p', profile);
    expect(draft.sections.map(s => s.key)).toEqual(['intro', 'roles']);
    expect(inReadingOrder(draft)).toEqual(['s:i1', 's:r1', 's:r2']);
    expect(draft.blocks.find(b => b.key === 's:r2')).toMatchObject({ sourceVersion: 3, mandatory: true });
    expect(draft).toMatchObject({ templateVersion: 2, bankRelease: '2026.3' });
  });

  it('uses the published wording, not the officer working copy', () => {
    const b = small();
    const r1 = b.statements.find(s => s.key === 'r1');
    if (r1) r1.working = { ...r1.working, text: 'Unpublished new wording.' };
    expect(assembleDraft(b, 'p', profile).blocks.find(x => x.key === 's:r1')?.content.text).toBe('Statement r1.');
  });

  it('builds a letter template with no paragraphs as an empty letter', () => {
    const b = bank({ templates: [published(template('l', { title: 'Letter', body: { kind: 'Letter', letter: { recipients: 'All', purpose: '', subject: 'Hello', paragraphs: [], signOff: 'Head' } } }))] });
    expect(assembleDraft(b, 'l', profile).blocks).toEqual([]);
  });
});
