import type { AupAudience } from '../../domain/bank/AupAudience';
import type { BlockKind, Draft, DraftBlock, DraftSection, DocumentKind, RiskFields } from '../../domain/draft/DraftModel';
import type { BlockPatch } from '../../domain/draft/draftCommands';
import { isSchoolSetting } from '../../domain/school/SchoolSetting';
import { partColumn, partOf } from './blockParts';

/** SharePoint's shape of a draft block item. */
export interface BlockItem {
  Id: number;
  'odata.etag'?: string;
  DraftId: number;
  BlockKey: string;
  BlockKind: string | null;
  SectionKey: string | null;
  SortOrder: number | null;
  SourceKey: string | null;
  SourceVersion: number | null;
  BaseText: string | null;
  BlockText: string | null;
  Included: boolean | null;
  Mandatory: boolean | null;
  BlockNote: string | null;
  RiskFields: string | null;
  Removed: boolean | null;
  Modified: string;
  Editor?: { Title: string };
}

export const BLOCK_SELECT = ['Id', 'DraftId', 'BlockKey', 'BlockKind', 'SectionKey', 'SortOrder', 'SourceKey', 'SourceVersion', 'BaseText', 'BlockText', 'Included', 'Mandatory', 'BlockNote', 'RiskFields', 'Removed', 'Modified', 'Editor/Title'];

/** SharePoint's shape of a draft item. */
export interface DraftItem {
  Id: number;
  'odata.etag'?: string;
  Title: string;
  DocumentKind: string | null;
  TemplateKey: string | null;
  TemplateVersion: number | null;
  SchoolSetting: string | null;
  Audience: string | null;
  BankRelease: string | null;
  DraftSections: string | null;
  Preamble: string | null;
  ReviewDate: string | null;
  Modified: string;
  Created: string;
  Author?: { Title: string; EMail?: string };
  DraftOwner?: { Title: string; EMail?: string };
  Archived: boolean | null;
  /** True while the draft is being created (its blocks not all saved yet); null on drafts made before it existed. */
  CreationPending?: boolean | null;
  /** How many parts its blocks are spread over (blockParts.ts); null: one. */
  BlockParts?: number | null;
}

export const DRAFT_SELECT = ['Id', 'Title', 'DocumentKind', 'TemplateKey', 'TemplateVersion', 'SchoolSetting', 'Audience', 'BankRelease', 'DraftSections', 'Preamble', 'ReviewDate', 'Modified', 'Created', 'Author/Title', 'Author/EMail', 'DraftOwner/Title', 'DraftOwner/EMail', 'Archived', 'CreationPending', 'BlockParts'];

/** The BlockKey column holds `<draft id>/<block key>`: unique across the list, so a retried add cannot make a twin. */
export function blockKeyColumn(draftId: number, key: string): string {
  return `${draftId}/${key}`;
}

function parseJson<T>(text: string | null, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

const KINDS: BlockKind[] = ['Statement', 'Custom', 'Paragraph', 'RiskRow'];

/** A block item as the domain's block (with its item id and ETag version). */
export function toBlock(item: BlockItem): DraftBlock {
  const slash = item.BlockKey.indexOf('/');
  const etagVersion = Number(/(\d+)/.exec(item['odata.etag'] ?? '')?.[1] ?? 0);
  return {
    key: slash >= 0 ? item.BlockKey.slice(slash + 1) : item.BlockKey,
    kind: KINDS.includes(item.BlockKind as BlockKind) ? (item.BlockKind as BlockKind) : 'Custom',
    sourceKey: item.SourceKey || undefined, sourceVersion: item.SourceVersion ?? undefined, baseText: item.BaseText ?? '', mandatory: item.Mandatory === true,
    content: {
      text: item.BlockText ?? '', included: item.Included !== false, note: item.BlockNote ?? '', sectionKey: item.SectionKey ?? '', order: item.SortOrder ?? 0,
      risk: item.RiskFields ? parseJson<RiskFields | undefined>(item.RiskFields, undefined) : undefined, removed: item.Removed === true
    },
    itemId: item.Id, version: etagVersion, modified: item.Modified, modifiedBy: item.Editor?.Title
  };
}

/** The columns of a new block item (`parts`: how many parts the draft's blocks are spread over). */
export function blockColumns(draftId: number, block: DraftBlock, parts = 1): Record<string, unknown> {
  return {
    Title: block.content.text.slice(0, 250), DraftId: draftId, DraftPart: partColumn(draftId, partOf(block.key, parts)),
    BlockKey: blockKeyColumn(draftId, block.key), BlockKind: block.kind,
    SourceKey: block.sourceKey ?? '', SourceVersion: block.sourceVersion ?? null, BaseText: block.baseText, Mandatory: block.mandatory,
    ...patchColumns(block.content)
  };
}

/** The columns a patch writes (only the fields it changes, so a MERGE touches nothing else). */
export function patchColumns(patch: BlockPatch): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  if (patch.text !== undefined) {
    columns.BlockText = patch.text;
    columns.Title = patch.text.slice(0, 250);
  }
  if (patch.included !== undefined) columns.Included = patch.included;
  if (patch.note !== undefined) columns.BlockNote = patch.note;
  if (patch.sectionKey !== undefined) columns.SectionKey = patch.sectionKey;
  if (patch.order !== undefined) columns.SortOrder = patch.order;
  if (patch.risk !== undefined) columns.RiskFields = JSON.stringify(patch.risk);
  if (patch.removed !== undefined) columns.Removed = patch.removed;
  if (patch.baseText !== undefined) columns.BaseText = patch.baseText;
  if (patch.sourceVersion !== undefined) columns.SourceVersion = patch.sourceVersion;
  return columns;
}

const DOC_KINDS: DocumentKind[] = ['Policy', 'Aup', 'Letter', 'RiskAssessment'];

/**
 * The Preamble column holds the preamble's JSON and, under this key, the approved round the draft's next version
 * is based on. Kept in the same Note column so sites set up before versions existed need no new column (selecting
 * a column a list lacks fails the whole request); the key is taken out before the preamble reaches the domain, so
 * it never enters a snapshot.
 */
export const NEXT_VERSION_KEY = 'nextVersionOf';

type StoredPreamble = NonNullable<Draft['preamble']> & { [NEXT_VERSION_KEY]?: number };

/** The Preamble column's value for a draft's preamble and next-version marker. */
export function preambleColumn(preamble: Draft['preamble'], nextVersionOf: number | undefined): string {
  const stored: StoredPreamble = { ...(preamble ?? {}), ...(nextVersionOf !== undefined ? { [NEXT_VERSION_KEY]: nextVersionOf } : {}) };
  return JSON.stringify(stored);
}

function splitPreamble(text: string | null): { preamble: Draft['preamble']; nextVersionOf?: number } {
  const stored = parseJson<StoredPreamble | undefined>(text, undefined);
  if (!stored || typeof stored !== 'object') return { preamble: undefined };
  const { [NEXT_VERSION_KEY]: marker, ...preamble } = stored;
  const nextVersionOf = typeof marker === 'number' && Number.isInteger(marker) && marker > 0 ? marker : undefined;
  return { preamble: text === null ? undefined : preamble, ...(nextVersionOf !== undefined ? { nextVersionOf } : {}) };
}

/** A draft item (without its blocks) as the domain's draft. */
export function toDraft(item: DraftItem, blocks: DraftBlock[]): Draft {
  const { preamble, nextVersionOf } = splitPreamble(item.Preamble);
  return {
    id: item.Id, title: item.Title, kind: DOC_KINDS.includes(item.DocumentKind as DocumentKind) ? (item.DocumentKind as DocumentKind) : 'Policy',
    templateKey: item.TemplateKey ?? '', templateVersion: item.TemplateVersion ?? 0,
    setting: isSchoolSetting(item.SchoolSetting) ? item.SchoolSetting : undefined, audience: (item.Audience || undefined) as AupAudience | undefined,
    bankRelease: item.BankRelease ?? '', sections: parseJson<DraftSection[]>(item.DraftSections, []), blocks,
    preamble, reviewDate: item.ReviewDate ? item.ReviewDate.slice(0, 10) : undefined, ...(nextVersionOf !== undefined ? { nextVersionOf } : {})
  };
}

/** The columns of a new draft item; `creation` marks it as being created until its blocks are all saved. */
export function draftColumns(draft: Draft, ownerId: number | undefined, creation?: { key: string; parts: number }): Record<string, unknown> {
  return {
    ...(creation ? { CreationKey: creation.key, CreationPending: true, BlockParts: creation.parts } : {}),
    Title: draft.title, DocumentKind: draft.kind, TemplateKey: draft.templateKey, TemplateVersion: draft.templateVersion, SchoolSetting: draft.setting ?? '',
    Audience: draft.audience ?? '', BankRelease: draft.bankRelease, DraftSections: JSON.stringify(draft.sections), Preamble: preambleColumn(draft.preamble, draft.nextVersionOf),
    ReviewDate: draft.reviewDate ? `${draft.reviewDate}T00:00:00Z` : null, ...(ownerId ? { DraftOwnerId: ownerId } : {}), Archived: false
  };
}
