import type { GuidanceDocument } from '../bank/references';
import type { SchoolSetting } from '../school/SchoolSetting';

/**
 * The topics a 2026 online-safety policy must cover, from the content notes (CONTENT-FACTS: "Statutory and official
 * frame" and "Additions for a 2026-current bank"). A statement says which topics it covers in its `topics` field.
 *
 * Why a field of its own rather than tags or references: tags are free words for search that officers edit at will
 * (a typo or a tidy-up would silently break coverage), and a reference says where a rule comes from, not what it
 * covers (KCSIE alone backs half the bank). Topics are a fixed list, checked when a pack is read, so a pack from
 * another authority's bank can be checked against the same list. Keys are stored in SharePoint and packs: never
 * rename one once shipped.
 */
export const COVERAGE_TOPICS = [
  'dsl-online-safety-lead',
  'online-risks-4cs',
  'misinformation',
  'misogyny',
  'filtering-monitoring',
  'filtering-monitoring-review',
  'cyber-security',
  'staff-governor-training',
  'mobile-phones',
  'generative-ai',
  'ai-in-assessment',
  'nudes-response',
  'deepfakes-sextortion',
  'rshe-curriculum',
  'searching-devices',
  'remote-learning',
  'policy-review'
] as const;

export type CoverageTopic = (typeof COVERAGE_TOPICS)[number];

/** What the check needs to know of a topic: the settings it applies to and the guidance it comes from. */
export interface TopicDefinition {
  key: CoverageTopic;
  /** The settings whose policy must cover it; every setting when absent. */
  settings?: readonly SchoolSetting[];
  /** The guidance that makes it a must, most specific first. */
  documents: readonly GuidanceDocument[];
}

const TOPICS: Record<CoverageTopic, Omit<TopicDefinition, 'key'>> = {
  'dsl-online-safety-lead': { documents: ['kcsie', 'filtering-monitoring-standards'] },
  'online-risks-4cs': { documents: ['kcsie'] },
  misinformation: { documents: ['kcsie', 'rshe'] },
  // Early years teaching does not reach influencers and attitudes to women and girls; every later stage does.
  misogyny: { settings: ['Primary', 'Secondary', 'Special', 'Post16'], documents: ['kcsie', 'rshe'] },
  'filtering-monitoring': { documents: ['filtering-monitoring-standards', 'kcsie'] },
  'filtering-monitoring-review': { documents: ['filtering-monitoring-standards', 'kcsie'] },
  'cyber-security': { documents: ['cyber-security-standards'] },
  'staff-governor-training': { documents: ['kcsie', 'cyber-security-standards'] },
  'mobile-phones': { documents: ['mobile-phones', 'kcsie'] },
  'generative-ai': { documents: ['genai-in-education', 'genai-product-safety'] },
  // JCQ rules govern qualifications, which only secondary and post-16 settings enter pupils for.
  'ai-in-assessment': { settings: ['Secondary', 'Post16'], documents: ['jcq-ai'] },
  'nudes-response': { documents: ['ukcis-sharing-nudes', 'kcsie'] },
  'deepfakes-sextortion': { documents: ['ukcis-sharing-nudes', 'kcsie', 'rshe'] },
  // RSHE is statutory for primary and secondary pupils; early years follow the EYFS and post-16 is outside it.
  'rshe-curriculum': { settings: ['Primary', 'Secondary', 'Special'], documents: ['rshe', 'ukcis-connected-world'] },
  'searching-devices': { settings: ['Primary', 'Secondary', 'Special', 'Post16'], documents: ['searching-confiscation', 'ukcis-sharing-nudes'] },
  'remote-learning': { documents: ['kcsie'] },
  'policy-review': { documents: ['kcsie'] }
};

/** Every topic with its definition, in the list's order. */
export const TOPIC_DEFINITIONS: readonly TopicDefinition[] = COVERAGE_TOPICS.map(key => ({ key, ...TOPICS[key] }));

export function isCoverageTopic(value: unknown): value is CoverageTopic {
  return typeof value === 'string' && (COVERAGE_TOPICS as readonly string[]).includes(value);
}

/** Whether a setting's policy must cover a topic (a draft with no setting must cover every topic). */
export function topicAppliesTo(topic: TopicDefinition, setting: SchoolSetting | undefined): boolean {
  return !topic.settings || setting === undefined || topic.settings.includes(setting);
}
