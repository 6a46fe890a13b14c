import type { SchoolSetting } from '../school/SchoolSetting';
import type { AupAudience } from './AupAudience';
import type { StatementReference } from './references';
import type { CoverageTopic } from '../coverage/topics';

/**
 * The statement bank as the domain sees it. Every entity has a stable key, a working copy the officer edits,
 * and the published copy schools read. Publishing a release copies changed working copies to published ones
 * and gives them the next version number.
 */

/** What a statement says and where it belongs. */
export interface StatementContent {
  sectionKey: string;
  text: string;
  guidance: string;
  mandatory: boolean;
  settings: SchoolSetting[];
  tags: string[];
  order: number;
  /** The statement rests on a fact the officer must check against current guidance before publishing. */
  checkAgainstGuidance: boolean;
  retired: boolean;
  /**
   * The guidance the statement answers (KCSIE part and paragraph, a DfE standard…). Absent when it cites none:
   * content published before references existed compares equal to content that never had any.
   */
  references?: StatementReference[];
  /** The topics of the coverage check this statement covers (see `domain/coverage/topics.ts`). Absent when none. */
  topics?: CoverageTopic[];
}

/** Which document a section belongs to. */
export type SectionGroup = 'Policy' | 'Aup';

export interface SectionContent {
  title: string;
  summary: string;
  group: SectionGroup;
  audience?: AupAudience;
  order: number;
  retired: boolean;
}

/** The kinds of template the officer publishes. */
export type TemplateKind = 'Policy' | 'Aup' | 'Letter' | 'RiskAssessment' | 'Flowchart';

/** A letter: paragraphs with merge fields, between a salutation and a sign-off. */
export interface LetterBody {
  recipients: string;
  purpose: string;
  subject: string;
  paragraphs: string[];
  signOff: string;
}

export type RiskLevel = 'Low' | 'Medium' | 'High';

export interface RiskRow {
  key: string;
  risk: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  mitigation: string;
  owner: string;
}

/** One step of the incident-response flowchart: a question with answers, or an outcome that ends the walk. */
export interface FlowchartStep {
  id: string;
  kind: 'Question' | 'Outcome';
  title: string;
  help?: string;
  answers?: { label: string; next: string }[];
  actions?: string[];
  contacts?: { name: string; detail: string }[];
}

/** What a template holds, by kind. */
export type TemplateBody =
  | { kind: 'Policy'; statementKeys: string[] }
  | { kind: 'Aup'; statementKeys: string[] }
  | { kind: 'Letter'; letter: LetterBody }
  | { kind: 'RiskAssessment'; introduction: string; rows: RiskRow[] }
  | { kind: 'Flowchart'; start: string; steps: FlowchartStep[] };

export interface TemplateContent {
  title: string;
  /** For policy templates: the setting it is for. */
  setting?: SchoolSetting;
  /** For AUP templates: the audience. */
  audience?: AupAudience;
  body: TemplateBody;
  order: number;
  retired: boolean;
}

/** A published copy: the content and the version it was published as. */
export interface Published<T> {
  version: number;
  content: T;
  /** The release that published this version. */
  releaseLabel: string;
}

/** An entity of the bank: its stable key, the officer's working copy and what schools see. */
export interface Versioned<T> {
  key: string;
  working: T;
  published?: Published<T>;
  /**
   * Where the entity is stored and which version of it was read: saving sends this ETag, so a change someone else
   * saved in between is refused (412) rather than overwritten. Absent on an entity not saved yet.
   */
  itemId?: number;
  etag?: string;
}

export type BankStatement = Versioned<StatementContent>;
export type BankSection = Versioned<SectionContent>;
export type BankTemplate = Versioned<TemplateContent>;

/** A release: the unit of publishing, with what changed. */
export interface ReleaseRecord {
  /** Sequential, starting at 1. */
  number: number;
  label: string;
  notes: string;
  /** When it was published (server-stamped) and by whom. */
  publishedOn?: string;
  publishedBy?: string;
  changes: ReleaseChange[];
  /** A session stopped half-way through publishing it: some published copies may still be missing. */
  interrupted?: boolean;
  /** Where schools mail their report packs, as set when this release was published or since (see `reportAddress.ts`). */
  reportAddress?: string;
}

export type EntityKind = 'section' | 'statement' | 'template';
export type ChangeKind = 'new' | 'changed' | 'retired';

/** One entity's change in a release, with the content it was published as. */
export interface ReleaseChange {
  entity: EntityKind;
  key: string;
  change: ChangeKind;
  fromVersion: number;
  toVersion: number;
  content: StatementContent | SectionContent | TemplateContent;
}

/** The whole bank. */
export interface Bank {
  sections: BankSection[];
  statements: BankStatement[];
  templates: BankTemplate[];
  releases: ReleaseRecord[];
}

/** An empty bank (a new bank site before the starter pack is imported). */
export const EMPTY_BANK: Bank = { sections: [], statements: [], templates: [], releases: [] };
