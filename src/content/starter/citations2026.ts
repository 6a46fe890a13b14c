import type { GuidanceDocument, StatementReference } from '../../domain/bank/references';
import type { StarterStatement } from './StarterContentTypes';

/**
 * Release 2026.2: what each existing starter statement cites, the coverage topics it covers and how reliable the
 * fact behind it is (the labels of the content notes). Kept apart from the wording so the sections stay readable;
 * statements new in 2026.2 carry the same fields where they are written. Parts name KCSIE's parts and annexes and
 * the standards by name or number rather than paragraph numbers, which move with every edition. Where the notes
 * label only part of a point Good (roles: "Good for DSL"), the rest is labelled Secondary: the stricter reading.
 */
export type StarterCitation = Pick<StarterStatement, 'references' | 'topics' | 'reliability'>;

function cite(document: GuidanceDocument, part?: string): StatementReference {
  return part === undefined ? { document } : { document, part };
}

const KCSIE_ONLINE = cite('kcsie', 'Part two: online safety');
const KCSIE_DSL = cite('kcsie', 'Annex C: role of the designated safeguarding lead');
const KCSIE_TRAINING = cite('kcsie', 'Part two: staff and governor training');
const KCSIE_CHILD_ON_CHILD = cite('kcsie', 'Part five: child-on-child sexual violence and sexual harassment');
const FM = (n: 1 | 2 | 3 | 4, name: string): StatementReference => cite('filtering-monitoring-standards', `Standard ${n}: ${name}`);
const FM_ROLES = FM(1, 'roles and responsibilities');
const FM_REVIEW = FM(2, 'review at least once every academic year');
const FM_FILTER = FM(3, 'filtering');
const FM_MONITOR = FM(4, 'monitoring');
const CYBER = (part: string): StatementReference => cite('cyber-security-standards', part);
const NUDES = (part: string): StatementReference => cite('ukcis-sharing-nudes', part);
const PHONES = cite('mobile-phones');
const GENAI = cite('genai-in-education');
const GENAI_SAFETY = cite('genai-product-safety');
const RSHE = cite('rshe', 'Online safety and media content (from September 2026)');
const SEARCH = cite('searching-confiscation', 'Electronic devices');

export const STARTER_CITATIONS: Record<string, StarterCitation> = {
  'purpose-national-guidance': { references: [cite('kcsie'), FM_ROLES, CYBER('Introduction')], reliability: 'Secondary' },

  'roles-governors-strategic': { references: [KCSIE_ONLINE, FM_ROLES], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'roles-link-governor': { references: [FM_ROLES], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'roles-governors-annual-review': { references: [KCSIE_ONLINE], topics: ['policy-review'], reliability: 'Secondary' },
  'roles-senior-leader-filtering': { references: [FM_ROLES], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'roles-dsl-lead': { references: [KCSIE_DSL, FM_ROLES], topics: ['dsl-online-safety-lead'], reliability: 'Good' },
  'roles-it-provider': { references: [FM_ROLES], topics: ['filtering-monitoring'], reliability: 'Secondary' },

  'risks-four-cs': { references: [KCSIE_ONLINE], topics: ['online-risks-4cs'], reliability: 'Good' },
  'risks-content': { references: [KCSIE_ONLINE], topics: ['online-risks-4cs'], reliability: 'Good' },
  'risks-misinformation': { references: [KCSIE_ONLINE, RSHE], topics: ['misinformation'], reliability: 'Secondary' },
  'risks-contact': { references: [KCSIE_ONLINE], topics: ['online-risks-4cs'], reliability: 'Good' },
  'risks-ai-companions': { references: [KCSIE_ONLINE, GENAI_SAFETY], topics: ['generative-ai'], reliability: 'Unverified' },
  'risks-conduct': { references: [KCSIE_ONLINE], topics: ['online-risks-4cs'], reliability: 'Good' },
  'risks-ai-images': { references: [KCSIE_CHILD_ON_CHILD, NUDES('AI-generated images')], topics: ['deepfakes-sextortion'], reliability: 'Unverified' },
  'risks-commerce': { references: [KCSIE_ONLINE], topics: ['online-risks-4cs'], reliability: 'Good' },
  'risks-misogyny': { references: [KCSIE_ONLINE, RSHE], topics: ['misogyny'], reliability: 'Secondary' },

  'teach-curriculum': { references: [RSHE, cite('ukcis-connected-world')], reliability: 'Secondary' },
  'teach-rshe-primary': { references: [RSHE], topics: ['rshe-curriculum'], reliability: 'Secondary' },
  'teach-rshe-secondary': { references: [RSHE], topics: ['rshe-curriculum', 'misogyny', 'misinformation'], reliability: 'Secondary' },
  'teach-special-school': { references: [RSHE], topics: ['rshe-curriculum'], reliability: 'Secondary' },
  'teach-critical-thinking': { references: [RSHE], topics: ['misinformation'], reliability: 'Secondary' },
  'teach-connected-world': { references: [cite('ukcis-connected-world', 'The eight strands')], reliability: 'Secondary' },
  'teach-send': { references: [KCSIE_ONLINE], reliability: 'Secondary' },
  'teach-help-seeking': { references: [RSHE] },

  'train-induction': { references: [KCSIE_TRAINING, FM_ROLES], topics: ['staff-governor-training'], reliability: 'Secondary' },
  'train-annual-update': { references: [KCSIE_TRAINING], topics: ['staff-governor-training'], reliability: 'Secondary' },
  'train-governors': { references: [KCSIE_TRAINING], topics: ['staff-governor-training'], reliability: 'Secondary' },
  'train-dsl': { references: [KCSIE_DSL], topics: ['dsl-online-safety-lead'], reliability: 'Good' },
  'train-nudes-overview': { references: [NUDES('One-page overview for all staff')], topics: ['nudes-response'], reliability: 'Good' },
  'train-filtering-role': { references: [FM_ROLES, KCSIE_TRAINING], topics: ['staff-governor-training', 'filtering-monitoring'], reliability: 'Secondary' },
  'train-cyber': { references: [CYBER('Cyber awareness training')], topics: ['cyber-security', 'staff-governor-training'], reliability: 'Secondary' },

  'filter-standards': { references: [FM_FILTER, FM_MONITOR, KCSIE_ONLINE], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'filter-roles': { references: [FM_ROLES], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'filter-annual-review': { references: [FM_REVIEW, KCSIE_ONLINE], topics: ['filtering-monitoring-review'], reliability: 'Secondary' },
  'filter-review-triggers': { references: [FM_REVIEW], topics: ['filtering-monitoring-review'], reliability: 'Secondary' },
  'filter-provider-iwf-ctiru': { references: [FM_FILTER], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'filter-profiles': { references: [FM_FILTER], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'filter-coverage': { references: [FM_FILTER], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'filter-safe-search': { references: [FM_FILTER], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'filter-logging': { references: [FM_FILTER], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'filter-monitoring-approach': { references: [FM_MONITOR], topics: ['filtering-monitoring'], reliability: 'Secondary' },
  'filter-users-told': { references: [FM_MONITOR], topics: ['filtering-monitoring'], reliability: 'Secondary' },

  'cyber-standards': { references: [CYBER('Cyber risk assessment')], topics: ['cyber-security'], reliability: 'Secondary' },
  'cyber-aup-everyone': { references: [CYBER('Acceptable use')], topics: ['cyber-security'], reliability: 'Secondary' },
  'cyber-mfa': { references: [CYBER('Multi-factor authentication')], topics: ['cyber-security'], reliability: 'Secondary' },
  'cyber-accounts': { references: [CYBER('User accounts')], topics: ['cyber-security'], reliability: 'Secondary' },
  'cyber-usb': { references: [CYBER('Removable storage')], topics: ['cyber-security'], reliability: 'Secondary' },
  'cyber-breach-reporting': { references: [CYBER('Reporting incidents')], topics: ['cyber-security'], reliability: 'Secondary' },
  'cyber-incident-routes': { references: [CYBER('Reporting incidents')], topics: ['cyber-security'], reliability: 'Secondary' },

  'phones-phone-free-day': { references: [PHONES], topics: ['mobile-phones'], reliability: 'Secondary' },
  'phones-primary-handed-in': { references: [PHONES], topics: ['mobile-phones'], reliability: 'Secondary' },
  'phones-secondary-storage': { references: [PHONES], topics: ['mobile-phones'], reliability: 'Secondary' },
  'phones-not-for-learning': { references: [PHONES], topics: ['mobile-phones'], reliability: 'Secondary' },
  'phones-exceptions': { references: [PHONES], topics: ['mobile-phones'], reliability: 'Secondary' },
  'phones-post16-own-devices': { references: [PHONES, FM_FILTER], topics: ['mobile-phones'], reliability: 'Secondary' },
  'phones-staff-use': { references: [PHONES], topics: ['mobile-phones'], reliability: 'Secondary' },
  'phones-early-years': { references: [PHONES], topics: ['mobile-phones'] },

  'ai-approach': { references: [GENAI], topics: ['generative-ai'], reliability: 'Good' },
  'ai-risk-assessment': { references: [GENAI, GENAI_SAFETY], topics: ['generative-ai'], reliability: 'Secondary' },
  'ai-supervision-filtering': { references: [GENAI, FM_FILTER], topics: ['generative-ai', 'filtering-monitoring'], reliability: 'Secondary' },
  'ai-age-limits': { references: [GENAI], topics: ['generative-ai'], reliability: 'Secondary' },
  'ai-no-personal-data': { references: [GENAI], topics: ['generative-ai'], reliability: 'Secondary' },
  'ai-pupil-work': { references: [GENAI], topics: ['generative-ai'], reliability: 'Secondary' },
  'ai-staff-check-output': { references: [GENAI], topics: ['generative-ai'], reliability: 'Secondary' },
  'ai-assessed-work': { references: [cite('jcq-ai')], topics: ['ai-in-assessment'], reliability: 'Good' },
  'ai-homework': { references: [GENAI, cite('jcq-ai')], topics: ['generative-ai'], reliability: 'Secondary' },
  'ai-openness': { references: [GENAI], topics: ['generative-ai'], reliability: 'Secondary' },
  'ai-literacy': { references: [RSHE], topics: ['generative-ai', 'rshe-curriculum'], reliability: 'Secondary' },
  'ai-misuse': { references: [KCSIE_CHILD_ON_CHILD], topics: ['deepfakes-sextortion'], reliability: 'Secondary' },

  'remote-when': { references: [KCSIE_ONLINE], topics: ['remote-learning'] },
  'remote-safeguarding': { references: [KCSIE_ONLINE], topics: ['remote-learning'] },
  'remote-loan-devices': { references: [FM_FILTER], topics: ['remote-learning', 'filtering-monitoring'], reliability: 'Secondary' },

  'incident-report-to-dsl': { references: [KCSIE_DSL] },
  'incident-nudes-never-view': { references: [NUDES('One-page overview for all staff')], topics: ['nudes-response'], reliability: 'Good' },
  'incident-nudes-dsl-response': { references: [NUDES('Responding to incidents')], topics: ['nudes-response'], reliability: 'Good' },
  'incident-nudes-referral': { references: [NUDES('Responding to incidents')], topics: ['nudes-response'], reliability: 'Unverified' },
  'incident-report-remove': { references: [NUDES('Support for children and young people')], topics: ['nudes-response', 'deepfakes-sextortion'], reliability: 'Good' },
  'incident-sextortion': { references: [NUDES('Financially motivated sexual extortion')], topics: ['deepfakes-sextortion'], reliability: 'Secondary' },
  'incident-bullying-harassment': { references: [KCSIE_CHILD_ON_CHILD] },
  'incident-illegal-content': { references: [FM_FILTER] },

  'search-framework': { references: [SEARCH], topics: ['searching-devices'], reliability: 'Secondary' },
  'search-confiscate': { references: [SEARCH], topics: ['searching-devices'], reliability: 'Secondary' },
  'search-examine-data': { references: [SEARCH], topics: ['searching-devices'], reliability: 'Secondary' },
  'search-delete-or-police': { references: [SEARCH], topics: ['searching-devices'], reliability: 'Secondary' },
  'search-nude-images': { references: [SEARCH, NUDES('Handling devices and images')], topics: ['searching-devices', 'nudes-response'], reliability: 'Secondary' },

  'review-annual': { references: [KCSIE_ONLINE], topics: ['policy-review'], reliability: 'Secondary' },
  'review-evidence': { references: [FM_REVIEW], topics: ['policy-review', 'filtering-monitoring-review'], reliability: 'Secondary' },
  'review-report-to-governors': { references: [KCSIE_ONLINE], topics: ['policy-review'] },
  'review-inspection': { reliability: 'Secondary' }
};
