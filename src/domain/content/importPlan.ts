import { canonicalJson } from '../json/canonicalJson';
import { sha256Hex } from '../hash/sha256';
import { diffWords, type DiffRun } from '../text/wordDiff';
import type { Bank, EntityKind, SectionContent, StatementContent, TemplateContent, Versioned } from '../bank/BankModel';
import type { ContentPack, PackEntity, PackResource } from './ContentPack';

export type ImportChange = 'new' | 'changed' | 'unchanged';

/** What importing would do to one entity, with a word diff for changed statements. */
export interface ImportItem {
  entity: EntityKind | 'resource';
  key: string;
  title: string;
  change: ImportChange;
  textDiff?: DiffRun[];
}

/** The preview an officer sees before importing: every entity's fate, and what the bank has that the pack lacks. */
export interface ImportPlan {
  packVersion: string;
  items: ImportItem[];
  counts: Record<ImportChange, number>;
  /** Entities the bank has and the pack does not: importing leaves them as they are. */
  notInPack: { entity: EntityKind; key: string }[];
}

/** The hash a resource's library item records, so a later import can tell whether it changed. */
export function resourceHash(resource: PackResource): string {
  return sha256Hex(canonicalJson(resource));
}

function titleOf(entity: EntityKind, content: SectionContent | StatementContent | TemplateContent): string {
  if (entity === 'statement') {
    const text = (content as StatementContent).text;
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  }
  return (content as SectionContent | TemplateContent).title;
}

function planEntities<T extends SectionContent | StatementContent | TemplateContent>(entity: EntityKind, current: Versioned<T>[], incoming: PackEntity<T>[]): ImportItem[] {
  return incoming.map(({ key, content }) => {
    const existing = current.find(e => e.key === key);
    const change: ImportChange = !existing ? 'new' : canonicalJson(existing.working) === canonicalJson(content) ? 'unchanged' : 'changed';
    const item: ImportItem = { entity, key, title: titleOf(entity, content), change };
    if (entity === 'statement' && change === 'changed') item.textDiff = diffWords((existing?.working as StatementContent).text, (content as StatementContent).text);
    return item;
  });
}

/**
 * Previews an import: for each section, statement, template and resource of the pack, whether it is new,
 * changed or unchanged against the bank's working copies, and what the bank has that the pack does not.
 * `resourceHashes` maps the bank's resource keys to the hashes their library items record.
 */
export function planImport(bank: Bank, pack: ContentPack, resourceHashes: ReadonlyMap<string, string>): ImportPlan {
  const items = [
    ...planEntities('section', bank.sections, pack.sections),
    ...planEntities('statement', bank.statements, pack.statements),
    ...planEntities('template', bank.templates, pack.templates),
    ...pack.resources.map<ImportItem>(resource => {
      const existing = resourceHashes.get(resource.key);
      return { entity: 'resource', key: resource.key, title: resource.title, change: existing === undefined ? 'new' : existing === resourceHash(resource) ? 'unchanged' : 'changed' };
    })
  ];
  // Keys are unique per kind only (a section and a statement may share one), so compare kind by kind.
  const missing = (current: { key: string }[], incoming: { key: string }[]): string[] => {
    const inPack = new Set(incoming.map(e => e.key));
    return current.map(e => e.key).filter(key => !inPack.has(key));
  };
  const notInPack = [
    ...missing(bank.sections, pack.sections).map(key => ({ entity: 'section' as const, key })),
    ...missing(bank.statements, pack.statements).map(key => ({ entity: 'statement' as const, key })),
    ...missing(bank.templates, pack.templates).map(key => ({ entity: 'template' as const, key }))
  ];
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const item of items) counts[item.change]++;
  return { packVersion: pack.packVersion, items, counts, notInPack };
}

/** The bank after importing: the pack's content becomes the working copy of each new or changed entity. */
export function applyImport(bank: Bank, pack: ContentPack): Bank {
  const merge = <T>(current: Versioned<T>[], incoming: PackEntity<T>[]): Versioned<T>[] => {
    const byKey = new Map(incoming.map(e => [e.key, e.content]));
    const updated = current.map(e => (byKey.has(e.key) ? { ...e, working: byKey.get(e.key) as T } : e));
    const added = incoming.filter(e => !current.some(c => c.key === e.key)).map(e => ({ key: e.key, working: e.content }));
    return [...updated, ...added];
  };
  return {
    ...bank,
    sections: merge(bank.sections, pack.sections),
    statements: merge(bank.statements, pack.statements),
    templates: merge(bank.templates, pack.templates)
  };
}
