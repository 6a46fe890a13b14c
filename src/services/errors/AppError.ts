import type { FailureKind } from './describeError';

/**
 * The one error vocabulary of the services: a kind the UI knows how to explain (with its next step) and a code
 * naming the exact case, so the words a person reads come from `src/loc` (`strings.errorCodes[code]`, else
 * `strings.errors[kind]`), never from the service. `message` is technical detail for "show more" and logs only.
 */
export class AppError extends Error {
  public readonly kind: FailureKind;
  /** A stable name for the case (`approval.notApproved`, `bank.tooManyItems`…): the key of its loc sentence. */
  public readonly code: string;
  public readonly status?: number;
  /** Values the loc sentence fills in ({0}, {1}…), in order. */
  public readonly values: ReadonlyArray<string | number>;

  public constructor(kind: FailureKind, code: string, detail: string, options: { status?: number; values?: ReadonlyArray<string | number>; cause?: unknown } = {}) {
    super(detail);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.status = options.status;
    this.values = options.values ?? [];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AppError' && typeof (error as { code?: unknown }).code === 'string');
}
