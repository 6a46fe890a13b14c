import type { FailureKind } from './describeError';

/** What an `AppError` may carry besides its kind, code and technical detail. */
export interface AppErrorOptions {
  /** The HTTP status SharePoint or Graph answered with (callers test `status === 412` and the like). */
  status?: number;
  /** Values the loc sentence fills in ({0}, {1}…), in order. */
  values?: ReadonlyArray<string | number>;
  /** The service's own code: SharePoint's `"<hresult>, <Type>"` or Graph's `error.code` (`MailboxNotEnabledForRESTAPI`). */
  serviceCode?: string;
  /** Seconds the service asked us to wait (`Retry-After`, seconds form), for pollers and retries. */
  retryAfterSeconds?: number;
  /** The unread HTTP answer, kept for diagnostics and tests that read SharePoint's own error body. */
  response?: Response;
  /** The error this one stands for (PnPjs' `HttpRequestError`, Graph's `GraphError`, fetch's `TypeError`). */
  cause?: unknown;
}

/**
 * The one error vocabulary of the services: a kind the UI knows how to explain (with its next step) and a code
 * naming the exact case, so the words a person reads come from `src/loc` (`strings.errorCodes[code]`, else
 * `strings.errors[kind]`), never from the service. `message` is technical detail for "show more" and logs only.
 */
export class AppError extends Error {
  public readonly kind: FailureKind;
  /** A stable name for the case (`approval.notApproved`, `sharepoint.changedByOthers`…): the key of its loc sentence. */
  public readonly code: string;
  public readonly status?: number;
  /** Values the loc sentence fills in ({0}, {1}…), in order. */
  public readonly values: ReadonlyArray<string | number>;
  public readonly serviceCode?: string;
  public readonly retryAfterSeconds?: number;
  public readonly response?: Response;
  public readonly cause?: unknown;

  public constructor(kind: FailureKind, code: string, detail: string, options: AppErrorOptions = {}) {
    super(detail);
    // Keeps `instanceof AppError` true when TypeScript compiles classes extending Error down to ES5 functions.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.status = options.status;
    this.values = options.values ?? [];
    this.serviceCode = options.serviceCode;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.response = options.response;
    this.cause = options.cause;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AppError' && typeof (error as { code?: unknown }).code === 'string');
}
