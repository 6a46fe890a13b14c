import type {
  Bank, BankSection, BankStatement, BankTemplate, FlowchartStep, SectionContent, StatementContent, TemplateContent
} from '../../src/domain/bank/BankModel';

/** Small hand-built banks for the domain tests: every helper fills in sensible defaults. */

export function section(key: string, patch: Partial<SectionContent> = {}, order = 10): BankSection {
  return { key, working: { title: `Section ${key}`, summary: '', group: 'Policy', order, retired: false, ...patch } };
}

export function statement(key: string, patch: Partial<StatementContent> = {}): BankStatement {
  return {
    key,
    working: {
      sectionKey: 'roles', text: `Statement ${key}.`, guidance: '', mandatory: false, settings: ['Primary'], tags: [],
      order: 10, checkAgainstGuidance: false, retired: false, ...patch
    }
  };
}

export function policyTemplate(key: string, statementKeys: string[], patch: Partial<TemplateContent> = {}): BankTemplate {
  return { key, working: { title: `Template ${key}`, setting: 'Primary', body: { kind: 'Policy', statementKeys }, order: 10, retired: false, ...patch } };
}

export function template(key: string, content: Omit<TemplateContent, 'order' | 'retired'>): BankTemplate {
  return { key, working: { order: 10, retired: false, ...content } };
}

export function bank(parts: Partial<Bank>): Bank {
  return { sections: [], statements: [], templates: [], releases: [], ...parts };
}

/** Marks an entity as published at `version` with its current working copy. */
export function published<T>(entity: { key: string; working: T }, version = 1, releaseLabel = '2026.1'): { key: string; working: T; published: { version: number; content: T; releaseLabel: string } } {
  return { ...entity, published: { version, content: entity.working, releaseLabel } };
}

/** A valid flowchart: one question, two outcomes. */
export function flowchartSteps(): FlowchartStep[] {
  return [
    { id: 'q-harm', kind: 'Question', title: 'Is a child at risk of harm?', answers: [{ label: 'Yes', next: 'o-dsl' }, { label: 'No', next: 'o-log' }] },
    { id: 'o-dsl', kind: 'Outcome', title: 'Tell the DSL now', actions: ['Tell the DSL in person.'] },
    { id: 'o-log', kind: 'Outcome', title: 'Log it', actions: ['Record it on the log.'] }
  ];
}

/** Keys of a list of entities, for compact assertions. */
export function keysOf(entities: { key: string }[]): string[] {
  return entities.map(e => e.key);
}
