import { isAppError } from './AppError';

/** The kinds of failure the app explains to people, each with its own sentence and next step. */
export type FailureKind = 'accessDenied' | 'notSignedIn' | 'offline' | 'throttled' | 'notFound' | 'conflict' | 'tooLong' | 'invalid' | 'unexpected';

/** A failure as the UI shows it: what kind, the exact case, the HTTP status if any, and the technical detail behind "show more". */
export interface Failure {
  kind: FailureKind;
  /** The exact case (an `AppError` code), whose loc sentence the UI shows before the kind's. */
  code?: string;
  /** Values the code's sentence fills in ({0}, {1}…). */
  values?: ReadonlyArray<string | number>;
  status?: number;
  detail: string;
}

interface ErrorLike {
  message?: unknown;
  status?: unknown;
  statusCode?: unknown;
  name?: unknown;
}

/**
 * Classifies an error for the UI: an `AppError` (what services throw) as it says; otherwise by shape, for errors
 * that did not pass through the typed-error behavior: PnPjs' `HttpRequestError` (`.status`), the Graph client's
 * `GraphError` (`.statusCode`) or `fetch` itself (a TypeError when the network is down).
 */
export function describeError(error: unknown): Failure {
  if (isAppError(error)) {
    const failure: Failure = { kind: error.kind, code: error.code, detail: error.message };
    if (error.values.length > 0) failure.values = error.values;
    if (error.status !== undefined) failure.status = error.status;
    return failure;
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const detail = typeof e.message === 'string' ? e.message : String(error);
  // Refused before sending: a value longer than its SharePoint column holds (TextTooLongError).
  if (e.name === 'TextTooLongError') return { kind: 'tooLong', detail };
  if (status === undefined || status === 0 || status === -1) {
    if (e.name === 'TypeError' || /fetch|network|ECONN|socket/i.test(detail)) return { kind: 'offline', detail };
    return { kind: 'unexpected', detail };
  }
  if (status === 401) return { kind: 'notSignedIn', status, detail };
  if (status === 403) return { kind: 'accessDenied', status, detail };
  if (status === 404) return { kind: 'notFound', status, detail };
  if (status === 409 || status === 412) return { kind: 'conflict', status, detail };
  if (status === 413) return { kind: 'tooLong', status, detail };
  if (status === 429 || status === 503 || status === 504) return { kind: 'throttled', status, detail };
  return { kind: 'unexpected', status, detail };
}
