import type { AupAudience } from './AupAudience';
import type { Bank, BankSection, BankStatement, BankTemplate, SectionContent, SectionGroup, StatementContent, TemplateContent } from './BankModel';

/**
 * The officer's edits as pure commands: each takes the bank and returns the changed bank. They change
 * working copies only; schools see nothing until a release publishes them.
 */

/**
 * A refused edit: `code` names the case (its sentence for people lives in `strings.bank.errorCodes`, filled with
 * `values`); the message is technical detail.
 */
export class BankEditError extends Error {
  constructor(message: string, readonly code: string = 'bank.edit.refused', readonly values: ReadonlyArray<string | number> = []) {
    super(message);
    this.name = 'BankEditError';
  }
}

const ORDER_STEP = 10;

/** A key made from words: lower case, letters and digits joined by hyphens, at most `words` words. */
export function slugify(text: string, words = 5): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean).slice(0, words).join('-');
}

/** A key not yet used among `taken`, built from a prefix and some words. */
export function uniqueKey(prefix: string, text: string, taken: Set<string>): string {
  // Keys stay well inside the 100 characters a content pack allows, leaving room for a "-12" suffix.
  const base = ([prefix, slugify(text)].filter(Boolean).join('-') || 'item').slice(0, 90).replace(/-+$/, '');
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

function requireStatement(bank: Bank, key: string): BankStatement {
  const statement = bank.statements.find(s => s.key === key);
  if (!statement) throw new BankEditError(`There is no statement "${key}" in the bank.`, 'bank.edit.gone', [key]);
  return statement;
}

function requireSection(bank: Bank, key: string): BankSection {
  const section = bank.sections.find(s => s.key === key);
  if (!section) throw new BankEditError(`There is no section "${key}" in the bank.`, 'bank.edit.gone', [key]);
  return section;
}

function replaceStatement(bank: Bank, key: string, working: StatementContent): Bank {
  return { ...bank, statements: bank.statements.map(s => (s.key === key ? { ...s, working } : s)) };
}

/** The statements of a section in order (working copies), retired ones included. */
export function statementsOfSection(bank: Bank, sectionKey: string): BankStatement[] {
  return bank.statements.filter(s => s.working.sectionKey === sectionKey).sort((a, b) => a.working.order - b.working.order);
}

/** What the officer fills in for a new statement (checking against guidance is optional). */
export type StatementInput = Pick<StatementContent, 'sectionKey' | 'text' | 'guidance' | 'mandatory' | 'settings' | 'tags'> & Partial<Pick<StatementContent, 'checkAgainstGuidance'>>;

/** Adds a statement at the end of its section. */
export function addStatement(bank: Bank, input: StatementInput): { bank: Bank; key: string } {
  const section = requireSection(bank, input.sectionKey);
  if (section.working.retired) throw new BankEditError(`The section "${section.working.title}" is retired: restore it before adding statements.`, 'bank.edit.sectionRetired', [section.working.title]);
  if (!input.text.trim()) throw new BankEditError('Write the statement before adding it.');
  const key = uniqueKey(input.sectionKey, input.text, new Set(bank.statements.map(s => s.key)));
  const last = statementsOfSection(bank, input.sectionKey).pop();
  const working: StatementContent = {
    sectionKey: input.sectionKey, text: input.text.trim(), guidance: input.guidance.trim(), mandatory: input.mandatory,
    settings: [...input.settings], tags: normaliseTags(input.tags), order: (last?.working.order ?? 0) + ORDER_STEP,
    checkAgainstGuidance: input.checkAgainstGuidance ?? false, retired: false
  };
  return { bank: { ...bank, statements: [...bank.statements, { key, working }] }, key };
}

/** Tags as the bank keeps them: trimmed, lower case, no duplicates. */
export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map(t => t.trim().toLowerCase()).filter(Boolean))];
}

/** Changes a statement's wording, guidance, flags, settings or tags. */
export function editStatement(bank: Bank, key: string, patch: Partial<Omit<StatementContent, 'order' | 'retired' | 'sectionKey'>>): Bank {
  const statement = requireStatement(bank, key);
  if (patch.text !== undefined && !patch.text.trim()) throw new BankEditError('A statement cannot be empty. Retire it instead if it is no longer needed.');
  const working: StatementContent = {
    ...statement.working, ...patch,
    text: (patch.text ?? statement.working.text).trim(),
    tags: patch.tags ? normaliseTags(patch.tags) : statement.working.tags
  };
  return replaceStatement(bank, key, working);
}

/**
 * Retires a statement: schools stop seeing it after the next release, and drafts that use it are told. It also
 * leaves every template that listed it, since a template cannot offer a statement schools no longer get.
 */
export function retireStatement(bank: Bank, key: string): Bank {
  const statement = requireStatement(bank, key);
  const retired = replaceStatement(bank, key, { ...statement.working, retired: true });
  return {
    ...retired,
    templates: retired.templates.map(t => {
      const body = t.working.body;
      if ((body.kind !== 'Policy' && body.kind !== 'Aup') || !body.statementKeys.includes(key)) return t;
      return { ...t, working: { ...t.working, body: { ...body, statementKeys: body.statementKeys.filter(k => k !== key) } } };
    })
  };
}

/** Brings a retired statement back. */
export function restoreStatement(bank: Bank, key: string): Bank {
  const statement = requireStatement(bank, key);
  return replaceStatement(bank, key, { ...statement.working, retired: false });
}

/** Moves a statement to position `index` of a section (its own unless another is given), renumbering both. */
export function moveStatement(bank: Bank, key: string, index: number, toSectionKey?: string): Bank {
  const statement = requireStatement(bank, key);
  const target = toSectionKey ?? statement.working.sectionKey;
  if (requireSection(bank, target).working.retired) throw new BankEditError('Statements cannot be moved into a retired section.', 'bank.edit.sectionRetired', [requireSection(bank, target).working.title]);
  const from = statement.working.sectionKey;
  const targetList = statementsOfSection(bank, target).filter(s => s.key !== key);
  const clamped = Math.max(0, Math.min(index, targetList.length));
  targetList.splice(clamped, 0, { ...statement, working: { ...statement.working, sectionKey: target } });
  const renumbered = new Map<string, StatementContent>();
  targetList.forEach((s, i) => renumbered.set(s.key, { ...s.working, order: (i + 1) * ORDER_STEP }));
  if (from !== target) statementsOfSection(bank, from).filter(s => s.key !== key).forEach((s, i) => renumbered.set(s.key, { ...s.working, order: (i + 1) * ORDER_STEP }));
  return {
    ...bank,
    statements: bank.statements.map(s => {
      const working = renumbered.get(s.key);
      if (!working) return s;
      // Renumbering an unmoved statement to the order it already has is no change at all.
      return working.order === s.working.order && working.sectionKey === s.working.sectionKey ? s : { ...s, working };
    })
  };
}

/** What the officer fills in for a new section. */
export interface SectionInput {
  title: string;
  summary: string;
  group: SectionGroup;
  audience?: AupAudience;
}

/** Adds a section at the end of its group. */
export function addSection(bank: Bank, input: SectionInput): { bank: Bank; key: string } {
  if (!input.title.trim()) throw new BankEditError('Give the section a title.');
  if (input.group === 'Aup' && !input.audience) throw new BankEditError('Say who this acceptable use policy is for.');
  const key = uniqueKey(input.group === 'Aup' ? 'aup' : '', input.title, new Set(bank.sections.map(s => s.key)));
  const last = [...bank.sections].sort((a, b) => a.working.order - b.working.order).pop();
  const working: SectionContent = {
    title: input.title.trim(), summary: input.summary.trim(), group: input.group, audience: input.audience,
    order: (last?.working.order ?? 0) + ORDER_STEP, retired: false
  };
  return { bank: { ...bank, sections: [...bank.sections, { key, working }] }, key };
}

/** Changes a section's title, summary or audience. */
export function editSection(bank: Bank, key: string, patch: Partial<Pick<SectionContent, 'title' | 'summary' | 'audience'>>): Bank {
  const section = requireSection(bank, key);
  if (patch.title !== undefined && !patch.title.trim()) throw new BankEditError('A section needs a title.');
  return { ...bank, sections: bank.sections.map(s => (s.key === key ? { ...s, working: { ...section.working, ...patch } } : s)) };
}

/** Retires a section once none of its statements is active. */
export function retireSection(bank: Bank, key: string): Bank {
  const section = requireSection(bank, key);
  const active = statementsOfSection(bank, key).filter(s => !s.working.retired).length;
  if (active > 0) throw new BankEditError(`"${section.working.title}" still has ${active} active statement${active === 1 ? '' : 's'}: move or retire ${active === 1 ? 'it' : 'them'} first.`, 'bank.edit.sectionInUse', [section.working.title, active]);
  return { ...bank, sections: bank.sections.map(s => (s.key === key ? { ...s, working: { ...s.working, retired: true } } : s)) };
}

/** Moves a section to position `index` among all sections, renumbering them. */
export function moveSection(bank: Bank, key: string, index: number): Bank {
  requireSection(bank, key);
  const ordered = [...bank.sections].sort((a, b) => a.working.order - b.working.order).filter(s => s.key !== key);
  ordered.splice(Math.max(0, Math.min(index, ordered.length)), 0, requireSection(bank, key));
  const orders = new Map(ordered.map((s, i) => [s.key, (i + 1) * ORDER_STEP]));
  return {
    ...bank,
    sections: bank.sections.map(s => (orders.get(s.key) === s.working.order ? s : { ...s, working: { ...s.working, order: orders.get(s.key) as number } }))
  };
}

/** Adds or replaces a template's working copy. */
export function saveTemplate(bank: Bank, key: string | undefined, content: TemplateContent): { bank: Bank; key: string } {
  if (!content.title.trim()) throw new BankEditError('Give the template a title.');
  if (key) {
    if (!bank.templates.some(t => t.key === key)) throw new BankEditError(`There is no template "${key}".`, 'bank.edit.gone', [key]);
    return { bank: { ...bank, templates: bank.templates.map(t => (t.key === key ? { ...t, working: content } : t)) }, key };
  }
  const newKey = uniqueKey(content.body.kind.toLowerCase(), content.title, new Set(bank.templates.map(t => t.key)));
  const template: BankTemplate = { key: newKey, working: content };
  return { bank: { ...bank, templates: [...bank.templates, template] }, key: newKey };
}
