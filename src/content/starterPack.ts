import { AUP_AUDIENCES } from '../domain/bank/AupAudience';
import type { SectionContent, StatementContent, TemplateContent } from '../domain/bank/BankModel';
import { PACK_FORMAT, PACK_FORMAT_VERSION, sealPack, type ContentPack, type PackEntity, type PackResource } from '../domain/content/ContentPack';
import { SCHOOL_SETTINGS, type SchoolSetting } from '../domain/school/SchoolSetting';
import {
  STARTER_AUP_SECTIONS, STARTER_INCIDENT_FLOWCHART, STARTER_LETTERS, STARTER_POLICY_SECTIONS, STARTER_RESOURCES, STARTER_RISK_ASSESSMENT
} from './starter';
import type { Reliability, StarterSection, StarterStatement } from './starter/StarterContentTypes';
import { STARTER_CITATIONS } from './starter/citations2026';
import { nextStarterVersion } from './starter/releasedVersions';

/**
 * The starter bank's release label and the date it is stamped with (fixed, so its checksum never drifts).
 * 2026.2 adds references, coverage topics and source checks to the statements, and the 2026 additions.
 */
export const STARTER_PACK_VERSION = '2026.2';
const STARTER_CREATED = '2026-12-01T00:00:00Z';

/** The sentence each reliability label adds to a statement's guidance, so the officer knows what to check. */
const SOURCE_CHECK: Record<Reliability, string> = {
  Good: 'Source check (Good): this point was read in the official guidance itself.',
  Secondary: 'Source check (Secondary): this point comes from sector or legal summaries of the guidance; confirm it on gov.uk before each release.',
  Unverified: 'Source check (Unverified): this point is not confirmed in official guidance; confirm it before publishing, or leave it to your own guidance notes.'
};
const STEP = 10;

const SETTING_NAMES: Record<SchoolSetting, string> = {
  EarlyYears: 'early years', Primary: 'primary schools', Secondary: 'secondary schools', Special: 'special schools', Post16: 'post-16 settings'
};

function sectionEntities(sections: StarterSection[], firstOrder: number): PackEntity<SectionContent>[] {
  return sections.map((section, i) => {
    const content: SectionContent = { title: section.title, summary: section.summary, group: section.group, audience: section.audience, order: firstOrder + i * STEP, retired: false };
    return { key: section.key, version: nextStarterVersion('section', section.key, content), content };
  });
}

/** A statement's content: its wording, with its citation (written beside it or in `citations2026`) and source check. */
function statementContent(section: StarterSection, statement: StarterStatement, order: number): StatementContent {
  const cited = { ...STARTER_CITATIONS[statement.key], ...pickCitation(statement) };
  const guidance = cited.reliability ? `${statement.guidance} ${SOURCE_CHECK[cited.reliability]}` : statement.guidance;
  const content: StatementContent = {
    sectionKey: section.key, text: statement.text, guidance, mandatory: statement.mandatory,
    settings: statement.settings === 'All' ? [...SCHOOL_SETTINGS] : [...statement.settings], tags: [...statement.tags],
    order, checkAgainstGuidance: (statement.checkAgainstGuidance ?? false) || cited.reliability === 'Unverified', retired: false
  };
  if (cited.references && cited.references.length > 0) content.references = cited.references.map(r => ({ ...r }));
  if (cited.topics && cited.topics.length > 0) content.topics = [...cited.topics];
  return content;
}

function pickCitation(statement: StarterStatement): Partial<Pick<StarterStatement, 'references' | 'topics' | 'reliability'>> {
  const picked: Partial<Pick<StarterStatement, 'references' | 'topics' | 'reliability'>> = {};
  if (statement.references) picked.references = statement.references;
  if (statement.topics) picked.topics = statement.topics;
  if (statement.reliability) picked.reliability = statement.reliability;
  return picked;
}

function statementEntities(sections: StarterSection[]): PackEntity<StatementContent>[] {
  return sections.flatMap(section => section.statements.map((statement, i) => {
    const content = statementContent(section, statement, (i + 1) * STEP);
    return { key: statement.key, version: nextStarterVersion('statement', statement.key, content), content };
  }));
}

function templateEntities(statements: PackEntity<StatementContent>[]): PackEntity<TemplateContent>[] {
  const templates: { key: string; content: TemplateContent }[] = [];
  let order = STEP;
  const next = (): number => (order += STEP) - STEP;
  const policyKeys = new Set(STARTER_POLICY_SECTIONS.flatMap(s => s.statements.map(t => t.key)));
  for (const setting of SCHOOL_SETTINGS) {
    // Statements in policy order: section by section, then by their order within the section.
    const keys = STARTER_POLICY_SECTIONS.flatMap(section => statements.filter(s => s.content.sectionKey === section.key && policyKeys.has(s.key) && s.content.settings.includes(setting)).map(s => s.key));
    templates.push({ key: `policy-${setting.toLowerCase()}`, content: { title: `Online safety policy for ${SETTING_NAMES[setting]}`, setting, body: { kind: 'Policy', statementKeys: keys }, order: next(), retired: false } });
  }
  STARTER_AUP_SECTIONS.forEach((section, i) => {
    templates.push({
      key: `aup-template-${section.key.replace(/^aup-/, '')}`,
      content: { title: section.title, audience: section.audience ?? AUP_AUDIENCES[i], body: { kind: 'Aup', statementKeys: section.statements.map(s => s.key) }, order: next(), retired: false }
    });
  });
  for (const letter of STARTER_LETTERS) {
    templates.push({
      key: letter.key,
      content: { title: letter.title, body: { kind: 'Letter', letter: { recipients: letter.recipients, purpose: letter.purpose, subject: letter.subject, paragraphs: [...letter.paragraphs], signOff: letter.signOff } }, order: next(), retired: false }
    });
  }
  templates.push({
    key: STARTER_RISK_ASSESSMENT.key,
    content: { title: STARTER_RISK_ASSESSMENT.title, body: { kind: 'RiskAssessment', introduction: STARTER_RISK_ASSESSMENT.introduction, rows: STARTER_RISK_ASSESSMENT.rows.map(r => ({ ...r })) }, order: next(), retired: false }
  });
  templates.push({
    key: STARTER_INCIDENT_FLOWCHART.key,
    content: { title: STARTER_INCIDENT_FLOWCHART.title, body: { kind: 'Flowchart', start: STARTER_INCIDENT_FLOWCHART.start, steps: STARTER_INCIDENT_FLOWCHART.steps.map(s => ({ ...s })) }, order: next(), retired: false }
  });
  return templates.map(t => ({ ...t, version: nextStarterVersion('template', t.key, t.content) }));
}

function resources(): PackResource[] {
  return STARTER_RESOURCES.map(r => ({ key: r.key, title: r.title, kind: r.kind, audience: r.audience, printNotes: r.printNotes, description: r.description, lines: [...r.lines] }));
}

/**
 * The starter bank as a content pack: 16 policy sections, 7 AUPs, a policy template per setting, an AUP
 * template per audience, the letters, the risk assessment, the incident flowchart and the resources. It seeds
 * the local server and is what a new tenant's bank imports.
 */
export function buildStarterPack(): ContentPack {
  const statements = statementEntities([...STARTER_POLICY_SECTIONS, ...STARTER_AUP_SECTIONS]);
  return sealPack({
    format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, packVersion: STARTER_PACK_VERSION,
    title: 'e-Safety Policy Hub starter bank', source: 'e-Safety Policy Hub', createdUtc: STARTER_CREATED,
    sections: [...sectionEntities(STARTER_POLICY_SECTIONS, STEP), ...sectionEntities(STARTER_AUP_SECTIONS, (STARTER_POLICY_SECTIONS.length + 1) * STEP)],
    statements, templates: templateEntities(statements), resources: resources()
  });
}
