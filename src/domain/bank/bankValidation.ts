import { MERGE_FIELDS } from '../school/MergeField';
import { unknownMergeFields } from '../school/mergeFields';
import type { Bank, EntityKind, FlowchartStep, TemplateContent } from './BankModel';

/** Something about the bank an officer must fix (error) or should look at (warning) before publishing. */
export interface BankProblem {
  severity: 'error' | 'warning';
  entity: EntityKind;
  key: string;
  message: string;
}

/** The longest statement text or guidance the bank accepts (Word and SharePoint cope; people reading do not). */
export const MAX_TEXT_LENGTH = 4000;

function mergeFieldProblems(entity: EntityKind, key: string, where: string, text: string): BankProblem[] {
  return unknownMergeFields(text).map(name => ({
    severity: 'error' as const, entity, key,
    message: `${where} uses {{${name}}}, which is not a merge field. Use one of: ${MERGE_FIELDS.map(f => `{{${f}}}`).join(', ')}.`
  }));
}

/** Flowchart structure: every answer leads somewhere, the walk has no loops, and every path ends in an outcome. */
export function flowchartProblems(key: string, start: string, steps: FlowchartStep[]): BankProblem[] {
  const problems: BankProblem[] = [];
  const byId = new Map(steps.map(s => [s.id, s]));
  const problem = (message: string): void => { problems.push({ severity: 'error', entity: 'template', key, message }); };
  if (!byId.has(start)) problem(`The flowchart starts at "${start}", which is not one of its steps.`);
  for (const step of steps) {
    if (step.kind === 'Question' && (step.answers ?? []).length === 0) problem(`The question "${step.title}" has no answers.`);
    if (step.kind === 'Outcome' && (step.actions ?? []).length === 0) problem(`The outcome "${step.title}" says nothing to do.`);
    for (const answer of step.answers ?? []) if (!byId.has(answer.next)) problem(`The answer "${answer.label}" of "${step.title}" leads to a missing step "${answer.next}".`);
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    if (done.has(id) || !byId.has(id)) return;
    if (visiting.has(id)) {
      problem(`The flowchart loops back on itself: ${[...path, id].join(' → ')}.`);
      return;
    }
    visiting.add(id);
    for (const answer of byId.get(id)?.answers ?? []) visit(answer.next, [...path, id]);
    visiting.delete(id);
    done.add(id);
  };
  visit(start, []);
  return problems;
}

function templateProblems(bank: Bank, key: string, content: TemplateContent): BankProblem[] {
  const problems: BankProblem[] = [];
  const error = (message: string): void => { problems.push({ severity: 'error', entity: 'template', key, message }); };
  if (!content.title.trim()) error('The template has no title.');
  const body = content.body;
  if (body.kind === 'Policy' || body.kind === 'Aup') {
    if (body.statementKeys.length === 0) error(`"${content.title}" has no statements.`);
    const seen = new Set<string>();
    for (const statementKey of body.statementKeys) {
      const statement = bank.statements.find(s => s.key === statementKey);
      if (!statement) error(`"${content.title}" lists the statement "${statementKey}", which is not in the bank.`);
      else if (statement.working.retired) error(`"${content.title}" still lists the retired statement "${statementKey}". Remove it from the template or restore the statement.`);
      if (seen.has(statementKey)) error(`"${content.title}" lists the statement "${statementKey}" twice.`);
      seen.add(statementKey);
    }
    if (body.kind === 'Policy' && !content.setting) error(`The policy template "${content.title}" does not say which setting it is for.`);
    if (body.kind === 'Aup' && !content.audience) error(`The AUP template "${content.title}" does not say who it is for.`);
  } else if (body.kind === 'Letter') {
    if (body.letter.paragraphs.length === 0) error(`The letter "${content.title}" has no paragraphs.`);
    const { subject, paragraphs, signOff } = body.letter;
    for (const text of [subject, ...paragraphs, signOff]) problems.push(...mergeFieldProblems('template', key, `The letter "${content.title}"`, text));
  } else if (body.kind === 'RiskAssessment') {
    if (body.rows.length === 0) error(`The risk assessment "${content.title}" has no rows.`);
  } else {
    problems.push(...flowchartProblems(key, body.start, body.steps));
  }
  return problems;
}

/** Everything to fix or check before the working copies can be published as a release. */
export function validateBankForRelease(bank: Bank): BankProblem[] {
  const problems: BankProblem[] = [];
  const activeSections = new Set(bank.sections.filter(s => !s.working.retired).map(s => s.key));
  for (const [kind, keys] of [['section', bank.sections.map(s => s.key)], ['statement', bank.statements.map(s => s.key)], ['template', bank.templates.map(t => t.key)]] as const) {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push({ severity: 'error', entity: kind, key, message: `The key "${key}" is used twice.` });
      seen.add(key);
    }
  }
  for (const section of bank.sections) {
    if (section.working.retired) continue;
    if (!section.working.title.trim()) problems.push({ severity: 'error', entity: 'section', key: section.key, message: 'The section has no title.' });
    if (section.working.group === 'Aup' && !section.working.audience) problems.push({ severity: 'error', entity: 'section', key: section.key, message: `The AUP section "${section.working.title}" does not say who it is for.` });
  }
  for (const statement of bank.statements) {
    const s = statement.working;
    if (s.retired) continue;
    const error = (message: string): void => { problems.push({ severity: 'error', entity: 'statement', key: statement.key, message }); };
    if (!s.text.trim()) error('The statement has no text.');
    if (s.text.length > MAX_TEXT_LENGTH) error(`The statement is ${s.text.length} characters long; the most is ${MAX_TEXT_LENGTH}.`);
    if (s.guidance.length > MAX_TEXT_LENGTH) error(`The guidance is ${s.guidance.length} characters long; the most is ${MAX_TEXT_LENGTH}.`);
    if (s.settings.length === 0) error('The statement applies to no setting. Choose at least one.');
    if (!activeSections.has(s.sectionKey)) error(`The statement is in the section "${s.sectionKey}", which is missing or retired.`);
    problems.push(...mergeFieldProblems('statement', statement.key, 'The statement', s.text));
    if (s.checkAgainstGuidance) {
      problems.push({ severity: 'warning', entity: 'statement', key: statement.key, message: 'Marked to check against the current guidance before publishing: confirm the wording is still right.' });
    }
  }
  for (const template of bank.templates) {
    if (!template.working.retired) problems.push(...templateProblems(bank, template.key, template.working));
  }
  return problems;
}
