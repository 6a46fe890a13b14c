import { array, check, custom, maxLength, number, optional, picklist, pipe, record, regex, safeParse, strictObject, string } from 'valibot';
import { issuePath } from '../content/packSchema';
import type { MilestoneReport } from './MilestoneReport';
import { STATEMENT_OUTCOMES } from './MilestoneReport';

/**
 * The shape of a milestone report, checked wherever one arrives from outside this code: an item of a school's
 * register list (any member of that school can write one through REST) or a report pack. Strict objects: a
 * field the format does not know (a name, a text) is refused rather than carried, so a report stays free of
 * text and personal data however it was made.
 */

const KEY = /^[a-z0-9][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

const isoDate = pipe(string(), regex(ISO_DATE, 'must be a date (YYYY-MM-DD or ISO UTC).'));
const key = pipe(string(), maxLength(100), regex(KEY, 'must be a bank key.'));
const label = pipe(string(), maxLength(50), regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'must be a release label.'));
const whole = (min: number, max: number) => custom<number>(v => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max, `must be a whole number from ${min} to ${max}.`);

const documentSchema = strictObject({
  documentId: whole(1, 2_147_483_647),
  kind: picklist(['Policy', 'Aup', 'Letter', 'RiskAssessment']),
  templateKey: key,
  release: label,
  started: optional(isoDate),
  submitted: optional(isoDate),
  approved: optional(isoDate),
  published: optional(isoDate),
  reviewDue: optional(isoDate),
  staffAcknowledged: optional(pipe(number(), check(v => v >= 0 && v <= 1, 'must be a share from 0 to 1.'))),
  statements: pipe(record(key, picklist(STATEMENT_OUTCOMES)), check(v => Object.keys(v).length <= 5000, 'has too many statements.'))
});

export const reportSchema = strictObject({
  sequence: whole(1, 1_000_000_000),
  reportedOn: isoDate,
  adoptions: pipe(array(strictObject({ release: label, adoptedOn: isoDate })), check(v => v.length <= 1000, 'has too many adoptions.')),
  documents: pipe(array(documentSchema), check(v => v.length <= 500, 'has too many documents.'))
});

/** A report as given, or where it first fails the format (a path and a sentence, technical detail only). */
export function checkReport(value: unknown): { ok: true; report: MilestoneReport } | { ok: false; detail: string } {
  const result = safeParse(reportSchema, value);
  if (result.success) return { ok: true, report: result.output as MilestoneReport };
  const issue = result.issues[0];
  return { ok: false, detail: `${issuePath(issue) || 'report'}: ${issue.message}` };
}
