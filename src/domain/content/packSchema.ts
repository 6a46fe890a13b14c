import { array, boolean, check, custom, literal, looseObject, nullish, object, optional, picklist, pipe, string, transform, variant, type BaseIssue, type GenericSchema, type ObjectEntries } from 'valibot';
import { AUP_AUDIENCES } from '../bank/AupAudience';
import { GUIDANCE_DOCUMENTS, isSafeLink, REFERENCE_LIMITS } from '../bank/references';
import { COVERAGE_TOPICS } from '../coverage/topics';
import { SCHOOL_SETTINGS } from '../school/SchoolSetting';
import { unknownMergeFields } from '../school/mergeFields';

/**
 * The shape of a content pack's content as a valibot schema. Every message is the sentence a person reads after
 * the path of the offending value (`statements[3].content.text: must be text.`), so the schema keeps the
 * wording of the hand-written readers it replaced. Cross-entity rules (keys used twice, references, flowcharts)
 * are checked after the shape, in `parseContentPack`.
 */

const LEVELS = ['Low', 'Medium', 'High'] as const;
const KEY = /^[a-z0-9][a-z0-9-]*$/;

/** A JSON object (not null, not a list): valibot's `object` alone would take a list. */
function obj<E extends ObjectEntries>(entries: E) {
  return pipe(
    custom<Record<string, unknown>>(value => typeof value === 'object' && value !== null && !Array.isArray(value), 'must be an object.'),
    object(entries)
  );
}

/** Text, non-empty unless `allowEmpty`, at most `max` characters. */
function text(options: { max?: number; allowEmpty?: boolean } = {}) {
  const max = options.max ?? 4000;
  return pipe(
    string('must be text.'),
    check(value => options.allowEmpty === true || value.trim() !== '', 'must not be empty.'),
    check(value => value.length <= max, issue => `is ${issue.input.length} characters long; at most ${max} are allowed.`)
  );
}

/** Text that uses only the product's merge fields. */
function mergeText(options: { max?: number } = {}) {
  return pipe(text(options), check(value => unknownMergeFields(value).length === 0, issue => `uses {{${unknownMergeFields(issue.input)[0]}}}, which is not a merge field.`));
}

/** A key: lower-case letters, digits and hyphens, as SharePoint filters and file names can carry safely. */
const key = pipe(text({ max: 100 }), check(value => KEY.test(value), issue => `"${issue.input}" is not a valid key (lower-case letters, digits and hyphens).`));

/** A whole number from `min` to `max`. */
function integer(min = 0, max = 1_000_000) {
  return custom<number>(value => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max, `must be a whole number from ${min} to ${max}.`);
}

const bool = boolean('must be true or false.');

function oneOf<const T extends readonly string[]>(allowed: T) {
  return picklist(allowed, `must be one of ${allowed.join(', ')}.`);
}

/** A list of at most `max` entries, its length checked before its entries. */
function list<S extends GenericSchema>(item: S, max = 10000) {
  return pipe(
    custom<unknown[]>(value => Array.isArray(value), 'must be a list.'),
    check(value => value.length <= max, issue => `has ${issue.input.length} entries; at most ${max} are allowed.`),
    array(item)
  );
}

function strings(max = 500) {
  return list(text(), max);
}

const section = obj({
  title: text({ max: 200 }), summary: text({ allowEmpty: true }), group: oneOf(['Policy', 'Aup'] as const),
  audience: optional(oneOf(AUP_AUDIENCES)), order: integer(), retired: bool
});

/** A link a person will open from the bank: https only, so a pack cannot carry script (`javascript:`) into an href. */
const link = pipe(text({ max: REFERENCE_LIMITS.link }), check(isSafeLink, issue => `"${issue.input}" is not an https address.`));

const reference = obj({
  document: oneOf(GUIDANCE_DOCUMENTS), part: optional(text({ max: REFERENCE_LIMITS.part })), link: optional(link)
});

/** An optional list that reads as absent when empty, so "no references" has one shape in packs, lists and hashes. */
function optionalList<S extends GenericSchema>(item: S, max: number) {
  return pipe(optional(list(item, max)), transform(value => (value && value.length > 0 ? value : undefined)));
}

const statement = obj({
  sectionKey: key, text: mergeText(), guidance: text({ allowEmpty: true }), mandatory: bool,
  settings: pipe(list(oneOf(SCHOOL_SETTINGS), 10), check(value => value.length > 0, 'must name at least one setting.')),
  tags: strings(50), order: integer(), checkAgainstGuidance: bool, retired: bool,
  references: optionalList(reference, REFERENCE_LIMITS.perStatement),
  topics: optionalList(oneOf(COVERAGE_TOPICS), COVERAGE_TOPICS.length)
});

const letter = obj({
  recipients: text({ max: 500 }), purpose: text({ max: 1000 }), subject: mergeText({ max: 300 }),
  paragraphs: list(mergeText(), 100), signOff: mergeText({ max: 300 })
});

const riskRow = obj({
  key, risk: text(), likelihood: oneOf(LEVELS), impact: oneOf(LEVELS), mitigation: text(), owner: text({ max: 200 })
});

const step = obj({
  id: key, kind: oneOf(['Question', 'Outcome'] as const), title: text({ max: 500 }),
  help: pipe(nullish(text({ allowEmpty: true })), transform(value => value ?? undefined)),
  answers: optional(list(obj({ label: text({ max: 300 }), next: key }), 20)),
  actions: optional(strings(50)),
  contacts: optional(list(obj({ name: text({ max: 300 }), detail: text({ max: 1000 }) }), 50))
});

const statementKeys = list(key, 2000);
const body = pipe(
  custom<Record<string, unknown>>(value => typeof value === 'object' && value !== null && !Array.isArray(value), 'must be an object.'),
  looseObject({ kind: oneOf(['Policy', 'Aup', 'Letter', 'RiskAssessment', 'Flowchart'] as const) }),
  variant('kind', [
    object({ kind: literal('Policy'), statementKeys }),
    object({ kind: literal('Aup'), statementKeys }),
    object({ kind: literal('Letter'), letter }),
    object({ kind: literal('RiskAssessment'), introduction: text({ allowEmpty: true }), rows: list(riskRow, 500) }),
    object({ kind: literal('Flowchart'), start: key, steps: list(step, 500) })
  ])
);

const template = obj({
  title: text({ max: 300 }), setting: optional(oneOf(SCHOOL_SETTINGS)), audience: optional(oneOf(AUP_AUDIENCES)),
  body, order: integer(), retired: bool
});

function entities<S extends GenericSchema>(content: S) {
  return list(obj({ key, version: integer(1), content }));
}

const resource = obj({
  key, title: text({ max: 300 }), kind: oneOf(['Poster', 'Flowchart', 'Guidance'] as const), audience: text({ max: 300 }),
  printNotes: text({ max: 300, allowEmpty: true }), description: text({ allowEmpty: true }), lines: strings(200)
});

/** Everything a pack carries besides its format, version and checksum (checked before this schema runs). */
export const packContentSchema = obj({
  packVersion: text({ max: 100 }), title: text({ max: 300 }), source: text({ max: 300 }), createdUtc: text({ max: 40 }),
  sections: entities(section), statements: entities(statement), templates: entities(template), resources: list(resource, 500)
});

/** Where an issue sits, as the readers wrote it: `statements[3].content.text`. */
export function issuePath(issue: BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((path, item) => {
    const k = item.key;
    return typeof k === 'number' ? `${path}[${k}]` : path === '' ? String(k) : `${path}.${String(k)}`;
  }, '');
}
