import type {
  BankSection, BankStatement, BankTemplate, Published, SectionContent, StatementContent, TemplateBody, TemplateContent
} from '../../domain/bank/BankModel';
import { isSchoolSetting, type SchoolSetting } from '../../domain/school/SchoolSetting';
import type { AupAudience } from '../../domain/bank/AupAudience';
import { readReferences } from '../../domain/bank/references';
import { isCoverageTopic, type CoverageTopic } from '../../domain/coverage/topics';

/**
 * SharePoint's shapes of the bank lists and the pure functions between them and the domain. Components never
 * see these names; services never hand them out.
 */

/** Columns every versioned bank item carries. */
interface VersionedItem {
  Id: number;
  'odata.etag'?: string;
  SortOrder: number | null;
  Retired: boolean | null;
  PublishedVersion: number | null;
  PublishedJson: string | null;
}

export interface StatementItem extends VersionedItem {
  StatementKey: string;
  SectionKey: string;
  StatementText: string | null;
  Guidance: string | null;
  Mandatory: boolean | null;
  Settings: string | null;
  Tags: string | null;
  CheckGuidance: boolean | null;
  /** JSON list of `{ document, part?, link? }`; empty when the statement cites nothing. */
  GuidanceRefs?: string | null;
  /** `;generative-ai;mobile-phones;`, like Settings and Tags. */
  CoverageTopics?: string | null;
}

export interface SectionItem extends VersionedItem {
  SectionKey: string;
  Title: string | null;
  Summary: string | null;
  SectionGroup: string | null;
  Audience: string | null;
}

export interface TemplateItem extends VersionedItem {
  TemplateKey: string;
  Title: string | null;
  TemplateKind: string | null;
  Setting: string | null;
  Audience: string | null;
  TemplateBody: string | null;
}

export const STATEMENT_SELECT = ['Id', 'StatementKey', 'SectionKey', 'StatementText', 'Guidance', 'Mandatory', 'Settings', 'Tags', 'CheckGuidance', 'GuidanceRefs', 'CoverageTopics', 'SortOrder', 'Retired', 'PublishedVersion', 'PublishedJson'];
export const SECTION_SELECT = ['Id', 'SectionKey', 'Title', 'Summary', 'SectionGroup', 'Audience', 'SortOrder', 'Retired', 'PublishedVersion', 'PublishedJson'];
export const TEMPLATE_SELECT = ['Id', 'TemplateKey', 'Title', 'TemplateKind', 'Setting', 'Audience', 'TemplateBody', 'SortOrder', 'Retired', 'PublishedVersion', 'PublishedJson'];
/** What schools read: keys and published copies only. */
export const PUBLISHED_SELECT = { statement: ['Id', 'StatementKey', 'PublishedVersion', 'PublishedJson'], section: ['Id', 'SectionKey', 'PublishedVersion', 'PublishedJson'], template: ['Id', 'TemplateKey', 'PublishedVersion', 'PublishedJson'] };

/** `;Primary;Secondary;` ↔ `['Primary', 'Secondary']`: a delimited text column, searchable with substringof. */
export function joinList(values: string[]): string {
  return values.length === 0 ? '' : `;${values.join(';')};`;
}

export function splitList(text: string | null): string[] {
  return (text ?? '').split(';').map(s => s.trim()).filter(Boolean);
}

/**
 * The published copy as stored. A retired entity's copy keeps no content (`{retired: true, releaseLabel}`): schools
 * never show it, so they need not download it, and its content stays in the release file for the history.
 */
interface PublishedJson<T> {
  content?: T;
  releaseLabel: string;
  retired?: boolean;
}

function parsePublished<T extends { retired: boolean }>(item: VersionedItem, working: T | undefined): Published<T> | undefined {
  if (!item.PublishedVersion || !item.PublishedJson) return undefined;
  try {
    const parsed = JSON.parse(item.PublishedJson) as PublishedJson<T>;
    if (parsed.content) return { version: item.PublishedVersion, content: parsed.content, releaseLabel: parsed.releaseLabel };
    // A retired copy without content reads as the working copy, retired: restoring it is then a change to publish.
    if (parsed.retired && working) return { version: item.PublishedVersion, content: { ...working, retired: true }, releaseLabel: parsed.releaseLabel };
    return undefined;
  } catch {
    // A damaged published copy reads as unpublished rather than breaking the whole bank; publishing again repairs it.
    return undefined;
  }
}

/** Where the item is and the version read (its ETag, which comes with minimal metadata). */
function stored(item: VersionedItem): { itemId: number; etag?: string } {
  return item['odata.etag'] ? { itemId: item.Id, etag: item['odata.etag'] } : { itemId: item.Id };
}

/** The published-copy columns for an entity's published state. */
export function publishedColumns<T extends { retired: boolean }>(published: Published<T>): { PublishedVersion: number; PublishedJson: string } {
  const json: PublishedJson<T> = published.content.retired
    ? { retired: true, releaseLabel: published.releaseLabel }
    : { content: published.content, releaseLabel: published.releaseLabel };
  return { PublishedVersion: published.version, PublishedJson: JSON.stringify(json) };
}

export function toStatement(item: StatementItem): BankStatement {
  const working: StatementContent = {
    sectionKey: item.SectionKey, text: item.StatementText ?? '', guidance: item.Guidance ?? '', mandatory: item.Mandatory === true,
    settings: splitList(item.Settings).filter(isSchoolSetting) as SchoolSetting[], tags: splitList(item.Tags), order: item.SortOrder ?? 0,
    checkAgainstGuidance: item.CheckGuidance === true, retired: item.Retired === true
  };
  const references = readReferences(parseJsonOrUndefined(item.GuidanceRefs));
  if (references) working.references = references;
  const topics = splitList(item.CoverageTopics ?? null).filter(isCoverageTopic) as CoverageTopic[];
  if (topics.length > 0) working.topics = topics;
  return { key: item.StatementKey, working, published: parsePublished(item, working), ...stored(item) };
}

function parseJsonOrUndefined(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A damaged references column reads as "no references" rather than hiding the statement; saving it repairs it.
    return undefined;
  }
}

export function statementColumns(key: string, content: StatementContent): Record<string, unknown> {
  return {
    Title: key, StatementKey: key, SectionKey: content.sectionKey, StatementText: content.text, Guidance: content.guidance, Mandatory: content.mandatory,
    Settings: joinList(content.settings), Tags: joinList(content.tags), CheckGuidance: content.checkAgainstGuidance, SortOrder: content.order, Retired: content.retired,
    GuidanceRefs: content.references && content.references.length > 0 ? JSON.stringify(content.references) : '', CoverageTopics: joinList(content.topics ?? [])
  };
}

export function toSection(item: SectionItem): BankSection {
  const working: SectionContent = {
    title: item.Title ?? item.SectionKey, summary: item.Summary ?? '', group: item.SectionGroup === 'Aup' ? 'Aup' : 'Policy',
    audience: (item.Audience || undefined) as AupAudience | undefined, order: item.SortOrder ?? 0, retired: item.Retired === true
  };
  return { key: item.SectionKey, working, published: parsePublished(item, working), ...stored(item) };
}

export function sectionColumns(key: string, content: SectionContent): Record<string, unknown> {
  return { Title: content.title, SectionKey: key, Summary: content.summary, SectionGroup: content.group, Audience: content.audience ?? '', SortOrder: content.order, Retired: content.retired };
}

function parseBody(text: string | null, kind: string | null): TemplateBody {
  try {
    const body = JSON.parse(text ?? '') as TemplateBody;
    if (body && typeof body === 'object' && body.kind) return body;
  } catch {
    // fall through
  }
  return kind === 'Aup' ? { kind: 'Aup', statementKeys: [] } : { kind: 'Policy', statementKeys: [] };
}

export function toTemplate(item: TemplateItem): BankTemplate {
  const working: TemplateContent = {
    title: item.Title ?? item.TemplateKey, setting: (isSchoolSetting(item.Setting) ? item.Setting : undefined),
    audience: (item.Audience || undefined) as AupAudience | undefined, body: parseBody(item.TemplateBody, item.TemplateKind),
    order: item.SortOrder ?? 0, retired: item.Retired === true
  };
  return { key: item.TemplateKey, working, published: parsePublished(item, working), ...stored(item) };
}

export function templateColumns(key: string, content: TemplateContent): Record<string, unknown> {
  return {
    Title: content.title, TemplateKey: key, TemplateKind: content.body.kind, Setting: content.setting ?? '', Audience: content.audience ?? '',
    TemplateBody: JSON.stringify(content.body), SortOrder: content.order, Retired: content.retired
  };
}

/**
 * A published-only item read by a school: the key and its published copy (working copies are never read). A retired
 * copy has no content and reads as nothing, as does an item never published.
 */
export function toPublishedOnly<T extends { retired: boolean }>(key: string, item: VersionedItem): { key: string; working: T; published: Published<T> } | undefined {
  const published = parsePublished<T>(item, undefined);
  return published && !published.content.retired ? { key, working: published.content, published } : undefined;
}
