import type { AupAudience } from '../bank/AupAudience';
import type { SchoolSetting } from '../school/SchoolSetting';

/**
 * A school's draft: one document (policy, AUP, letter or risk assessment) made of blocks. Each block is one
 * SharePoint list item, so two people collide only when they edit the same block.
 */

/** The kinds of document a school drafts. */
export type DocumentKind = 'Policy' | 'Aup' | 'Letter' | 'RiskAssessment';

/** What a block is. */
export type BlockKind = 'Statement' | 'Custom' | 'Paragraph' | 'RiskRow';

/** The fields of a risk-assessment row beyond its risk text. */
export interface RiskFields {
  likelihood: string;
  impact: string;
  mitigation: string;
  owner: string;
  reviewDate: string;
}

/** What people edit in a block. */
export interface BlockContent {
  text: string;
  included: boolean;
  note: string;
  sectionKey: string;
  order: number;
  /** Only for risk rows. */
  risk?: RiskFields;
  /** A custom block the school removed (kept as a record so every open screen learns of it). */
  removed: boolean;
}

/** A block as it stands on the server, with where it came from. */
export interface DraftBlock {
  /** Stable across the draft's life (also the key in the offline queue). */
  key: string;
  kind: BlockKind;
  /** The bank statement (or template part) it came from; absent for the school's own blocks. */
  sourceKey?: string;
  /** The bank version its base text is. */
  sourceVersion?: number;
  /** The bank's wording it started from (or last accepted): what "amended" is measured against. */
  baseText: string;
  mandatory: boolean;
  content: BlockContent;
  /** SharePoint's item id and ETag version, once saved. */
  itemId?: number;
  version?: number;
  modified?: string;
  modifiedBy?: string;
}

/** A section heading of the draft (from the bank, or the template's title for letters). */
export interface DraftSection {
  key: string;
  title: string;
  order: number;
}

/** A draft and its blocks. */
export interface Draft {
  id?: number;
  title: string;
  kind: DocumentKind;
  templateKey: string;
  templateVersion: number;
  setting?: SchoolSetting;
  audience?: AupAudience;
  /** The bank release the draft was started from. */
  bankRelease: string;
  sections: DraftSection[];
  blocks: DraftBlock[];
  /** For letters: subject and sign-off; for risk assessments: the introduction. */
  preamble?: { subject?: string; signOff?: string; introduction?: string; recipients?: string };
  reviewDate?: string;
  /**
   * Set when someone started the next version of an approved draft: the number of the approved round it is based
   * on. Until then an approved draft is locked (see `editLock`).
   */
  nextVersionOf?: number;
}
