import type { Bank, BankStatement, StatementContent } from '../bank/BankModel';
import type { Draft } from '../draft/DraftModel';
import type { SchoolSetting } from '../school/SchoolSetting';
import { TOPIC_DEFINITIONS, topicAppliesTo, type CoverageTopic, type TopicDefinition } from './topics';

/**
 * The coverage check: which of the topics a 2026 policy must cover a draft (or the bank) covers, and, for each
 * topic missing, the bank statements that would cover it. Pure: it reads the draft's blocks and the bank's topics.
 */

/** A bank statement the check offers for a missing topic. */
export interface CoverageOffer {
  statementKey: string;
  sectionKey: string;
  text: string;
  mandatory: boolean;
}

export interface TopicCoverage {
  topic: TopicDefinition;
  /** The keys of the draft's (or bank's) statements that cover it. */
  coveredBy: string[];
  /** For a missing topic: bank statements that would cover it, mandatory first, then in the bank's order. */
  offers: CoverageOffer[];
}

export interface CoverageReport {
  /** False for drafts the check does not apply to (AUPs, letters, risk assessments). */
  applies: boolean;
  setting?: SchoolSetting;
  covered: TopicCoverage[];
  missing: TopicCoverage[];
}

/** The content a school sees of a statement: its published copy (the working copy only on the officer's side). */
function contentOf(statement: BankStatement): StatementContent {
  return statement.published?.content ?? statement.working;
}

function topicsOf(content: StatementContent): readonly CoverageTopic[] {
  return content.topics ?? [];
}

/** The statements of the published bank that a policy for `setting` could take, in the bank's order. */
function offerable(bank: Bank, setting: SchoolSetting | undefined): BankStatement[] {
  const sectionOrder = new Map(bank.sections.map(s => [s.key, (s.published?.content ?? s.working).order]));
  return bank.statements
    .filter(s => s.published && !s.published.content.retired && (setting === undefined || s.published.content.settings.includes(setting)))
    .sort((a, b) => {
      const ca = contentOf(a);
      const cb = contentOf(b);
      return Number(cb.mandatory) - Number(ca.mandatory) || (sectionOrder.get(ca.sectionKey) ?? 0) - (sectionOrder.get(cb.sectionKey) ?? 0) || ca.order - cb.order;
    });
}

/**
 * A policy draft's coverage: a topic is covered when a statement block the draft includes came from a bank
 * statement that covers it (an amended wording still counts: the school kept the statement and made it its own).
 * The school's own blocks carry no topics, so they never count; the panel says so. For each missing topic the
 * report offers the published statements for the draft's setting that cover it and are not already included.
 */
export function coverageOf(draft: Pick<Draft, 'kind' | 'setting' | 'blocks'>, bank: Bank): CoverageReport {
  if (draft.kind !== 'Policy') return { applies: false, setting: draft.setting, covered: [], missing: [] };
  const byKey = new Map(bank.statements.map(s => [s.key, s]));
  const included = draft.blocks.filter(b => b.kind === 'Statement' && b.sourceKey && b.content.included && !b.content.removed).map(b => b.sourceKey as string);
  const includedSet = new Set(included);
  const candidates = offerable(bank, draft.setting).filter(s => !includedSet.has(s.key));
  const covered: TopicCoverage[] = [];
  const missing: TopicCoverage[] = [];
  for (const topic of TOPIC_DEFINITIONS.filter(t => topicAppliesTo(t, draft.setting))) {
    const coveredBy = included.filter(key => {
      const statement = byKey.get(key);
      return statement !== undefined && topicsOf(contentOf(statement)).includes(topic.key);
    });
    if (coveredBy.length > 0) {
      covered.push({ topic, coveredBy, offers: [] });
      continue;
    }
    const offers = candidates.filter(s => topicsOf(contentOf(s)).includes(topic.key)).map<CoverageOffer>(s => {
      const content = contentOf(s);
      return { statementKey: s.key, sectionKey: content.sectionKey, text: content.text, mandatory: content.mandatory };
    });
    missing.push({ topic, coveredBy: [], offers });
  }
  return { applies: true, setting: draft.setting, covered, missing };
}

/** One topic as the bank covers it: its statements, and the settings it applies to that no statement serves. */
export interface BankTopicCoverage {
  topic: TopicDefinition;
  statementKeys: string[];
  /** Settings the topic applies to for which the bank has no statement covering it: a gap the officer should fill. */
  settingsWithout: SchoolSetting[];
}

export interface BankCoverageReport {
  topics: BankTopicCoverage[];
  /** Topics with a gap for at least one setting. */
  gaps: BankTopicCoverage[];
}

/**
 * The bank's own coverage, for the officer: per topic, the working (not retired) statements of policy sections
 * that cover it, and the settings left without one. Working copies, because this is what the next release would give.
 */
export function bankCoverage(bank: Bank, settings: readonly SchoolSetting[]): BankCoverageReport {
  const policySections = new Set(bank.sections.filter(s => s.working.group === 'Policy' && !s.working.retired).map(s => s.key));
  const live = bank.statements.filter(s => !s.working.retired && policySections.has(s.working.sectionKey));
  const topics = TOPIC_DEFINITIONS.map<BankTopicCoverage>(topic => {
    const covering = live.filter(s => topicsOf(s.working).includes(topic.key));
    const settingsWithout = settings.filter(setting => topicAppliesTo(topic, setting) && !covering.some(s => s.working.settings.includes(setting)));
    return { topic, statementKeys: covering.map(s => s.key), settingsWithout };
  });
  return { topics, gaps: topics.filter(t => t.settingsWithout.length > 0) };
}
