import type { Bank, EntityKind, ReleaseChange, SectionContent, StatementContent, TemplateContent, Versioned } from '../../domain/bank/BankModel';
import { BANK_LISTS } from '../sharepoint/schema/bankSchema';
import { fitColumns } from '../sharepoint/schema/columnLimits';
import { sectionColumns, statementColumns, templateColumns } from './bankWire';

/** The content of any versioned bank entity. */
export type Content = SectionContent | StatementContent | TemplateContent;

/** The list each kind of entity lives in. */
export const LIST_OF: Record<EntityKind, string> = { section: BANK_LISTS.sections, statement: BANK_LISTS.statements, template: BANK_LISTS.templates };

export const ENTITY_KINDS: readonly EntityKind[] = ['section', 'statement', 'template'];

/** An entity's columns, checked against SharePoint's column limits before anything is sent (TextTooLongError). */
export function columnsFor(entity: EntityKind, key: string, content: Content): Record<string, unknown> {
  if (entity === 'section') return fitColumns(LIST_OF.section, sectionColumns(key, content as SectionContent));
  if (entity === 'statement') return fitColumns(LIST_OF.statement, statementColumns(key, content as StatementContent));
  return fitColumns(LIST_OF.template, templateColumns(key, content as TemplateContent));
}

export function entitiesOf(bank: Bank, entity: EntityKind): Versioned<Content>[] {
  return (entity === 'section' ? bank.sections : entity === 'statement' ? bank.statements : bank.templates) as Versioned<Content>[];
}

export function withEntities(bank: Bank, entity: EntityKind, entities: Versioned<Content>[]): Bank {
  if (entity === 'section') return { ...bank, sections: entities as Bank['sections'] };
  if (entity === 'statement') return { ...bank, statements: entities as Bank['statements'] };
  return { ...bank, templates: entities as Bank['templates'] };
}

/** The bank with some entities replaced, found by kind and key (each patch merged into the entity). */
export function patchEntities(bank: Bank, patches: { entity: EntityKind; key: string; patch: Partial<Versioned<Content>> }[]): Bank {
  let next = bank;
  for (const kind of ENTITY_KINDS) {
    const mine = new Map(patches.filter(p => p.entity === kind).map(p => [p.key, p.patch]));
    if (mine.size === 0) continue;
    next = withEntities(next, kind, entitiesOf(next, kind).map(e => (mine.has(e.key) ? { ...e, ...mine.get(e.key) } : e)));
  }
  return next;
}

/** The bank with a release's changes as published copies. */
export function withPublished(bank: Bank, changes: ReleaseChange[], label: string): Bank {
  return patchEntities(bank, changes.map(change => ({
    entity: change.entity, key: change.key, patch: { published: { version: change.toVersion, content: change.content, releaseLabel: label } }
  })));
}
