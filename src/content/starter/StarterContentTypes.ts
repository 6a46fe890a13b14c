import type { SchoolSetting } from '../../domain/school/SchoolSetting';
import type { AupAudience } from '../../domain/bank/AupAudience';

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
}

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

/** A sample letter with merge fields, e.g. to parents about online safety at home. */
export interface StarterLetter {
  key: string;
  title: string;
  /** Who receives it (e.g. "Parents and carers of pupils in Year 6"). */
  recipients: string;
  /** When a school sends it. */
  purpose: string;
  subject: string;
  /** The body, one paragraph per entry, after the salutation and before the sign-off. */
  paragraphs: string[];
  /** The sign-off name and role, normally merge fields (e.g. `{{HeadteacherName}}, Headteacher`). */
  signOff: string;
}

/** Likelihood and impact scale of the risk-assessment template. */
export type RiskLevel = 'Low' | 'Medium' | 'High';

/** One row of the social-media / technology risk assessment. */
export interface StarterRiskRow {
  key: string;
  risk: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  mitigation: string;
  /** A role or merge field, never a named child. */
  owner: string;
}

/** The social-media and technology risk-assessment template. */
export interface StarterRiskAssessment {
  key: string;
  title: string;
  /** What the school is assessing and how to use the table. */
  introduction: string;
  rows: StarterRiskRow[];
}

/** The kinds of resource the authority publishes beside the bank. */
export type ResourceKind = 'Poster' | 'Flowchart' | 'Guidance';

/** A resource in the bank's Resources library: its metadata and the text the file is made from. */
export interface StarterResource {
  key: string;
  title: string;
  kind: ResourceKind;
  /** Who it is for, in words (e.g. "KS2 pupils", "All staff"). */
  audience: string;
  /** How to print it, e.g. "A3; for A4 print at 71%". */
  printNotes: string;
  description: string;
  /** Lines of text the file shows (a poster's rules, a guide's points). */
  lines: string[];
}

/** One step of the incident-response flowchart. */
export interface FlowchartStep {
  id: string;
  /** A question has answers; an outcome has actions and contacts and ends the walk. */
  kind: 'Question' | 'Outcome';
  title: string;
  /** Extra help shown under the title. Never asks for details of a child. */
  help?: string;
  answers?: { label: string; next: string }[];
  actions?: string[];
  contacts?: { name: string; detail: string }[];
}

/** The incident-response flowchart as a decision tree. */
export interface StarterFlowchart {
  key: string;
  title: string;
  /** Id of the first step. */
  start: string;
  steps: FlowchartStep[];
}
