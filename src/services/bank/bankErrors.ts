import { AppError, isAppError } from '../errors/AppError';
import { describeError } from '../errors/describeError';

/**
 * The bank's failure codes: the key of each one's sentence in `strings.bank.errorCodes` (what happened and what to
 * do). Services throw `AppError`s with these; nothing matches error text.
 */
export const BANK_ERRORS = {
  /** Someone else saved an item after this bank was read (SharePoint answered 412 to the ETag). */
  saveConflict: 'bank.saveConflict',
  /** Some changes were not saved for another reason ({0} of {1}). */
  saveFailed: 'bank.saveFailed',
  /** A release was left half-published; it must be finished before anything else is published. */
  releaseInterrupted: 'bank.releaseInterrupted',
  /** A release's file is missing from "Bank Releases", so its history or its resumption cannot be read. */
  releaseFileMissing: 'bank.releaseFileMissing',
  /** The report address typed is not one mail address (its sentence is the register's: `register.refusals`). */
  badReportAddress: 'register.badReportAddress',
  /** The report address rides on the newest release: before the first one there is nowhere schools read it. */
  noReleaseForAddress: 'register.noReleaseForAddress'
} as const;

/** The HTTP status of a PnPjs failure (`HttpRequestError.status`), if it has one. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Turns the failed writes of a save into one `AppError`: a `conflict` when any item was refused for its ETag
 * (HTTP 412, "Precondition Failed": SharePoint's answer to a stale `IF-Match`, PROTOCOL §2), else the kind of the
 * first failure. SharePoint batches are not transactional (pnp/pnpcore#284): the other writes were made.
 */
export function saveError(failures: { error: unknown }[], total: number): AppError {
  const conflicts = failures.filter(f => statusOf(f.error) === 412 || (isAppError(f.error) && f.error.kind === 'conflict'));
  const first = conflicts[0] ?? failures[0];
  const detail = first.error instanceof Error ? first.error.message : String(first.error);
  if (conflicts.length > 0) {
    return new AppError('conflict', BANK_ERRORS.saveConflict, detail, { status: 412, values: [conflicts.length], cause: first.error });
  }
  const failure = describeError(first.error);
  return new AppError(failure.kind, BANK_ERRORS.saveFailed, detail, { status: failure.status, values: [failures.length, total], cause: first.error });
}
