import { format, type Strings } from '../../loc/strings';
import { isAppError } from '../../services/errors/AppError';
import { describeError, type Failure } from '../../services/errors/describeError';

/** A failure of this area: its kind and detail (for FailureNotice) and, for a known case, the sentence that says what to do. */
export interface AcknowledgementFailure {
  failure: Failure;
  /** From `strings.acknowledgement.errorCodes`, filled with the error's values; absent for failures of no known case. */
  sentence?: string;
}

/** Never `error.message` for people: the known case's loc sentence, else the kind's (through FailureNotice). */
export function acknowledgementFailure(error: unknown, strings: Strings): AcknowledgementFailure {
  const failure = describeError(error);
  if (!isAppError(error)) return { failure };
  const template = strings.acknowledgement.errorCodes[error.code];
  return { failure: { ...failure, kind: error.kind, status: error.status ?? failure.status }, sentence: template ? format(template, ...error.values) : undefined };
}
