import type { Bank, StatementContent, TemplateContent } from '../bank/BankModel';
import type { SchoolProfile } from '../school/SchoolProfile';
import type { Draft, DraftBlock, DraftSection, DocumentKind } from './DraftModel';

/** A draft cannot be started, with the reason in words. */
export class DraftStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftStartError';
  }
}

const STEP = 10;

/** Block keys: `s:` a bank statement, `p:` a letter paragraph, `r:` a risk row, `c:` the school's own. */
export const blockKeyFor = {
  statement: (statementKey: string): string => `s:${statementKey}`,
  paragraph: (index: number): string => `p:${index + 1}`,
  risk: (rowKey: string): string => `r:${rowKey}`
};

function statementBlock(key: string, content: StatementContent, version: number, order: number): DraftBlock {
  return {
    key: blockKeyFor.statement(key), kind: 'Statement', sourceKey: key, sourceVersion: version, baseText: content.text, mandatory: content.mandatory,
    content: { text: content.text, included: true, note: '', sectionKey: content.sectionKey, order, removed: false }
  };
}

/**
 * Starts a draft from a published template: the template's statements (or paragraphs, or rows) become blocks,
 * grouped under the bank's sections in the bank's order, each remembering the bank version it came from.
 * Text keeps its `{{merge fields}}`; they are filled from the profile when the document is shown or printed.
 */
export function assembleDraft(bank: Bank, templateKey: string, profile: Pick<SchoolProfile, 'setting' | 'schoolName'>, title?: string): Draft {
  const template = bank.templates.find(t => t.key === templateKey && t.published && !t.working.retired);
  if (!template?.published) throw new DraftStartError(`The template "${templateKey}" is not in the published bank. Choose another template, or ask the e-Safety officer to publish it.`);
  const content: TemplateContent = template.published.content;
  const body = content.body;
  const base = { templateKey, templateVersion: template.published.version, setting: content.setting ?? profile.setting, audience: content.audience, bankRelease: template.published.releaseLabel };
  const kindOf: Record<TemplateContent['body']['kind'], DocumentKind | undefined> = { Policy: 'Policy', Aup: 'Aup', Letter: 'Letter', RiskAssessment: 'RiskAssessment', Flowchart: undefined };
  const kind = kindOf[body.kind];
  if (!kind) throw new DraftStartError('The incident flowchart is a guide to follow, not a document to draft.');
  const name = title?.trim() || (profile.schoolName ? `${content.title} (${profile.schoolName})` : content.title);

  if (body.kind === 'Policy' || body.kind === 'Aup') {
    const sectionsInOrder = [...bank.sections].filter(s => s.published && !s.working.retired).sort((a, b) => a.working.order - b.working.order);
    const blocks: DraftBlock[] = [];
    const sections: DraftSection[] = [];
    for (const section of sectionsInOrder) {
      const inSection = body.statementKeys
        .map(key => bank.statements.find(s => s.key === key))
        .filter((s): s is NonNullable<typeof s> => Boolean(s?.published && !s.published.content.retired && s.published.content.sectionKey === section.key))
        .sort((a, b) => (a.published?.content.order ?? 0) - (b.published?.content.order ?? 0));
      if (inSection.length === 0) continue;
      sections.push({ key: section.key, title: section.working.title, order: (sections.length + 1) * STEP });
      inSection.forEach((s, i) => blocks.push(statementBlock(s.key, s.published?.content as StatementContent, s.published?.version ?? 1, (i + 1) * STEP)));
    }
    if (blocks.length === 0) throw new DraftStartError(`"${content.title}" has no published statements. Ask the e-Safety officer to check the template.`);
    return { ...base, title: name, kind, sections, blocks };
  }
  if (body.kind === 'Letter') {
    const section = { key: 'letter', title: body.letter.subject, order: STEP };
    const blocks = body.letter.paragraphs.map<DraftBlock>((text, i) => ({
      key: blockKeyFor.paragraph(i), kind: 'Paragraph', sourceKey: `${templateKey}#${i + 1}`, sourceVersion: template.published?.version, baseText: text, mandatory: false,
      content: { text, included: true, note: '', sectionKey: section.key, order: (i + 1) * STEP, removed: false }
    }));
    return { ...base, title: name, kind, sections: [section], blocks, preamble: { subject: body.letter.subject, signOff: body.letter.signOff, recipients: body.letter.recipients } };
  }
  const section = { key: 'risks', title: content.title, order: STEP };
  const blocks = (body.kind === 'RiskAssessment' ? body.rows : []).map<DraftBlock>((row, i) => ({
    key: blockKeyFor.risk(row.key), kind: 'RiskRow', sourceKey: `${templateKey}#${row.key}`, sourceVersion: template.published?.version, baseText: row.risk, mandatory: false,
    content: {
      text: row.risk, included: true, note: '', sectionKey: section.key, order: (i + 1) * STEP, removed: false,
      risk: { likelihood: row.likelihood, impact: row.impact, mitigation: row.mitigation, owner: row.owner, reviewDate: '' }
    }
  }));
  return { ...base, title: name, kind, sections: [section], blocks, preamble: { introduction: body.kind === 'RiskAssessment' ? body.introduction : '' } };
}
