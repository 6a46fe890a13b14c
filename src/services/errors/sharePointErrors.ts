import { AppError, isAppError } from './AppError';
import type { FailureKind } from './describeError';

/**
 * SharePoint's answers as `AppError`s. The status says the kind; SharePoint's `odata.error.code`
 * (`"<hresult>, <Type>"`, PROTOCOL §2) names the exact case where the app has something better to say.
 * Codes are looked up in `strings.errorCodes` (src/loc/enGB.ts).
 */

/** The parts of a failed SharePoint answer the mapping reads. */
export interface SharePointAnswer {
  status: number;
  /** The response body as text (JSON light `odata.error` or verbose `error`), if any. */
  body?: string;
  /** The `Retry-After` header, if any. */
  retryAfter?: string | null;
  response?: Response;
}

/** `{code, message}` out of a SharePoint error body of either shape (JSON light `odata.error`, verbose `error`). */
export function sharePointErrorParts(body: string | undefined): { code?: string; message?: string } {
  if (!body) return {};
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const error = (parsed['odata.error'] ?? parsed.error) as { code?: unknown; message?: { value?: unknown } | unknown } | undefined;
    if (!error || typeof error !== 'object') return {};
    const message = typeof error.message === 'string' ? error.message : (error.message as { value?: unknown } | undefined)?.value;
    return { code: typeof error.code === 'string' ? error.code : undefined, message: typeof message === 'string' ? message : undefined };
  } catch {
    return {};
  }
}

/** The hresult part of SharePoint's code (`-2130575305` of `-2130575305, Microsoft.SharePoint.SPException`). */
function hresultOf(serviceCode: string | undefined): string {
  return (serviceCode ?? '').split(',')[0].trim();
}

/** `Retry-After` in seconds; only the seconds form, as PnPjs reads it (PROTOCOL §1, "Retry"). */
export function retryAfterSeconds(header: string | null | undefined): number | undefined {
  if (!header || !/^\s*\d+\s*$/.test(header)) return undefined;
  return Number(header.trim());
}

/** The kind and code for a SharePoint status and error code. */
function classify(status: number, serviceCode: string | undefined, message: string): { kind: FailureKind; code: string } {
  const hresult = hresultOf(serviceCode);
  const type = serviceCode ?? '';
  if (status === 401) return { kind: 'notSignedIn', code: 'sharepoint.notSignedIn' };
  if (status === 403) {
    // An expired request digest: "The security validation for this page is invalid" (-2130575252; SPErrors).
    if (hresult === '-2130575252' || /security validation/i.test(message)) return { kind: 'notSignedIn', code: 'sharepoint.pageExpired' };
    return { kind: 'accessDenied', code: 'sharepoint.accessDenied' };
  }
  if (status === 404) {
    if (/List '.*' does not exist/i.test(message)) return { kind: 'notFound', code: 'sharepoint.listMissing' };
    if (hresult === '-2147024809') return { kind: 'notFound', code: 'sharepoint.itemMissing' };
    if (hresult === '-2130575338' || hresult === '-2147024894') return { kind: 'notFound', code: 'sharepoint.fileMissing' };
    if (hresult === '-2146232832' && /User cannot be found/i.test(message)) return { kind: 'notFound', code: 'sharepoint.userMissing' };
    if (hresult === '-2146232832' && /Group cannot be found/i.test(message)) return { kind: 'notFound', code: 'sharepoint.groupMissing' };
    return { kind: 'notFound', code: 'sharepoint.notFound' };
  }
  // An item saved with a stale ETag: 412 (PROTOCOL §2, "ETag mismatch"); MERGE via `IF-Match`.
  if (status === 412) return { kind: 'conflict', code: 'sharepoint.changedByOthers' };
  // "Save Conflict. Your changes conflict with those made concurrently by another user": SharePoint's own version
  // conflict, answered 409 with SPException codes -2130575305 or -2130246326 (SharePoint/sp-dev-docs#1905, pnp/pnpjs#2324).
  if (status === 409 || hresult === '-2130575305' || hresult === '-2130246326' || /Save Conflict/i.test(message)) return { kind: 'conflict', code: 'sharepoint.saveConflict' };
  // "A file with the name … already exists" (-2130575257) and "A list … with the specified title already exists" (-2130575342).
  if (hresult === '-2130575257' || hresult === '-2130575342' || /already exists/i.test(message)) return { kind: 'conflict', code: 'sharepoint.alreadyExists' };
  if (status === 429 || status === 503 || status === 504) return { kind: 'throttled', code: 'sharepoint.throttled' };
  if (status === 413) return { kind: 'tooLong', code: 'sharepoint.tooLarge' };
  // A value longer than its column (SPFieldValueException, -2130575155, answered 500: see local SpErrors.textTooLong).
  if (/SPFieldValueException/.test(type) || hresult === '-2130575155') return { kind: 'tooLong', code: 'sharepoint.valueTooLong' };
  if (/SPFieldValidationException/.test(type)) return { kind: 'invalid', code: 'sharepoint.valueInvalid' };
  // The 5,000-item list view threshold: 500 SPQueryThrottledException (PROTOCOL §2). Not passing: waiting does not help.
  if (/SPQueryThrottledException/.test(type)) return { kind: 'unexpected', code: 'sharepoint.listViewThreshold' };
  if (status === 400) return { kind: 'invalid', code: 'sharepoint.badRequest' };
  // The local server's refusal of a call it does not implement (README, "Honest refusals").
  if (status === 501) return { kind: 'unexpected', code: 'sharepoint.notSupported' };
  return { kind: 'unexpected', code: 'sharepoint.unexpected' };
}

/** An `AppError` for a failed SharePoint answer. */
export function sharePointAppError(answer: SharePointAnswer, detail: string, cause?: unknown): AppError {
  const parts = sharePointErrorParts(answer.body);
  const { kind, code } = classify(answer.status, parts.code, parts.message ?? detail);
  const wait = retryAfterSeconds(answer.retryAfter);
  // "Wait 0 seconds" says nothing: only a real wait gets the sentence that names it.
  const named = kind === 'throttled' && wait !== undefined && wait > 0;
  return new AppError(kind, named ? 'sharepoint.throttledFor' : code, detail, {
    status: answer.status, serviceCode: parts.code, retryAfterSeconds: wait, response: answer.response, cause, values: named ? [wait] : []
  });
}

/** The request never got an answer: no network, a dropped connection, a refused socket. */
export function isNetworkFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'TypeError' || /Failed to fetch|fetch failed|NetworkError|network|ECONN|EPIPE|socket|terminated/i.test(String(message ?? ''));
}

/** What PnPjs rejects with (`HttpRequestError`: `status`, `response`, and the body after `::> ` in its message). */
interface HttpRequestErrorLike {
  message: string;
  status: number;
  response?: Response;
}

function isHttpRequestError(error: unknown): error is HttpRequestErrorLike {
  return typeof error === 'object' && error !== null && (error as { isHttpRequestError?: unknown }).isHttpRequestError === true
    && typeof (error as { status?: unknown }).status === 'number';
}

/**
 * Any failure of a PnPjs request as an `AppError`: an HTTP answer by its status and SharePoint's code, a request that
 * never got an answer as `network.offline`, anything else as `sharepoint.unexpected`. An `AppError` stays as it is.
 */
export function toSharePointAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (isHttpRequestError(error)) {
    // `HttpRequestError.init` puts the body after "::> "; the "Retry count exceeded" error carries none.
    const marker = error.message.indexOf('::> ');
    const body = marker >= 0 ? error.message.slice(marker + 4) : undefined;
    return sharePointAppError({ status: error.status, body, retryAfter: error.response?.headers?.get('retry-after'), response: error.response }, detail, error);
  }
  if (isNetworkFailure(error)) return new AppError('offline', 'network.offline', detail, { cause: error });
  return new AppError('unexpected', 'sharepoint.unexpected', detail, { cause: error });
}
