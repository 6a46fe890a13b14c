import type { SchoolSetting } from '../../domain/school/SchoolSetting';
import type { AupAudience } from '../../domain/bank/AupAudience';
import type { FlowchartStep, LetterBody, RiskRow } from '../../domain/bank/BankModel';
import type { PackResource } from '../../domain/content/ContentPack';
import type { StatementReference } from '../../domain/bank/references';
import type { CoverageTopic } from '../../domain/coverage/topics';

/**
 * The shapes the starter content is written in. The content is ours, in our own words; these
 * modules are turned into a content pack (one JSON file with a checksum) that seeds the local
 * server and that a new tenant's bank imports.
 */

/** One statement of the bank as it is first published. */
export interface StarterStatement {
  /** Stable key, kebab-case, unique across the whole bank, never reused (e.g. `roles-dsl-lead`). */
  key: string;
  /** The wording a school adopts; may carry `{{MergeField}}` placeholders. */
  text: string;
  /** Guidance for schools: why the statement is there, how to adapt it, what to check. */
  guidance: string;
  /** A mandatory statement cannot be dropped from a draft (it can be amended, which is flagged). */
  mandatory: boolean;
  /** The settings the statement applies to. */
  settings: 'All' | SchoolSetting[];
  /** Short lower-case tags used by search (e.g. `filtering`, `governors`, `ai`). */
  tags: string[];
  /**
   * True when the statement rests on a fact the content notes mark as unverified: its guidance
   * then tells the officer to check it against the current guidance before publishing.
   */
  checkAgainstGuidance?: boolean;
  /** The guidance the statement answers, shown beside it in the bank and the draft. */
  references?: StatementReference[];
  /** The coverage-check topics it covers. */
  topics?: CoverageTopic[];
  /**
   * How far the fact behind the statement has been checked, as the content notes label it: the pack adds a sentence
   * saying so to the guidance, and an unverified fact also sets `checkAgainstGuidance`.
   */
  reliability?: Reliability;
}

/**
 * The content notes' labels: Good, seen in the official source; Secondary, from law-firm or sector summaries;
 * Unverified, from third parties or memory.
 */
export type Reliability = 'Good' | 'Secondary' | 'Unverified';

/** Which document a bank section belongs to. */
export type SectionGroup = 'Policy' | 'Aup';

/** A section of the bank: a heading of the policy or one audience's AUP. */
export interface StarterSection {
  key: string;
  title: string;
  /** One or two sentences telling the officer and schools what the section covers. */
  summary: string;
  group: SectionGroup;
  /** Set for AUP sections: who the AUP is written for. */
  audience?: AupAudience;
  statements: StarterStatement[];
}

/**
 * A sample letter with merge fields, e.g. to parents about online safety at home: a letter body (paragraphs between
 * the salutation and a sign-off, normally merge fields such as `{{HeadteacherName}}, Headteacher`) with its key and title.
 */
export interface StarterLetter extends LetterBody {
  key: string;
  title: string;
}

/** One row of the social-media / technology risk assessment (its owner a role or merge field, never a named child). */
export type StarterRiskRow = RiskRow;

/** The social-media and technology risk-assessment template. */
export interface StarterRiskAssessment {
  key: string;
  title: string;
  /** What the school is assessing and how to use the table. */
  introduction: string;
  rows: StarterRiskRow[];
}

/** A resource in the bank's Resources library: its metadata and the lines of text the file is made from. */
export type StarterResource = PackResource;

/** One step of the incident-response flowchart (its help never asks for details of a child). */
export type { FlowchartStep };

/** The incident-response flowchart as a decision tree. */
export interface StarterFlowchart {
  key: string;
  title: string;
  /** Id of the first step. */
  start: string;
  steps: FlowchartStep[];
}
