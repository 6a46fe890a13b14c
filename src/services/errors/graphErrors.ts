import { AppError, isAppError } from './AppError';
import type { FailureKind } from './describeError';
import { isNetworkFailure, retryAfterSeconds } from './sharePointErrors';

/** What the Graph JS client rejects with (`GraphError`: `statusCode`, `code`, `headers`), narrowed without `any`. */
interface GraphErrorLike {
  message?: unknown;
  statusCode?: unknown;
  code?: unknown;
  headers?: { get?: (name: string) => string | null };
  /** Where the Graph client puts a fetch failure it could not read as an answer (a `GraphError` of status -1). */
  body?: unknown;
}

function kindAndCode(status: number | undefined, serviceCode: string, message: string): { kind: FailureKind; code: string } {
  // SPFx could not get a token for Graph: the API access grant is missing (AADSTS65001, sp-dev-docs#9715), or a 401.
  if (/AADSTS65001|AADSTS650\d\d|has not consented/i.test(message) || status === 401) return { kind: 'accessDenied', code: 'graph.noApiAccess' };
  if (status === 403) {
    // The token lacks the scope: `Authorization_RequestDenied`, `ErrorAccessDenied`, or Teams' "Missing scope permissions".
    if (serviceCode === 'Authorization_RequestDenied' || serviceCode === 'ErrorAccessDenied' || /Missing (scope|role) permissions/i.test(message)) {
      return { kind: 'accessDenied', code: 'graph.permissionMissing' };
    }
    // Teams' 403 when the app is not installed where the recipient could get it (PROTOCOL §3).
    return { kind: 'accessDenied', code: 'graph.forbidden' };
  }
  // `POST /me/sendMail` by someone without a mailbox, such as a guest (TENANT-FACTS "Graph").
  if (serviceCode === 'MailboxNotEnabledForRESTAPI') return { kind: 'notFound', code: 'graph.noMailbox' };
  if (status === 404) return { kind: 'notFound', code: 'graph.notFound' };
  // Several installed apps share the SPFx Entra id and the body named no `teamsAppId` (sp-dev-docs#8719).
  if (status === 409) return { kind: 'conflict', code: 'graph.conflict' };
  if (status === 429 || status === 503 || status === 504) return { kind: 'throttled', code: 'graph.throttled' };
  if (status === 400) return { kind: 'invalid', code: 'graph.badRequest' };
  return { kind: 'unexpected', code: 'graph.unexpected' };
}

/**
 * A failed Graph call as an `AppError`: the status (`GraphError.statusCode`) gives the kind, Graph's `error.code`
 * (`Forbidden`, `MailboxNotEnabledForRESTAPI`, `TooManyRequests`…) is kept as `serviceCode`; no answer at all is
 * `network.offline`. The Graph client has already retried 429/503/504 (PROTOCOL §3) before this is thrown.
 */
export function toGraphAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as GraphErrorLike;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const status = typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : undefined;
  const serviceCode = typeof e.code === 'string' ? e.code : '';
  if (status === undefined && !/AADSTS|has not consented/i.test(message)) {
    // No answer at all: fetch's TypeError, thrown as is or wrapped by the Graph client (`GraphError(-1)` with it as body).
    const network = isNetworkFailure(error) ? error : isNetworkFailure(e.body) ? e.body : undefined;
    if (network) return new AppError('offline', 'network.offline', message || String((network as Error).message), { cause: error });
  }
  const { kind, code } = kindAndCode(status, serviceCode, message);
  const wait = kind === 'throttled' ? retryAfterSeconds(e.headers?.get?.('retry-after')) : undefined;
  const named = wait !== undefined && wait > 0;
  return new AppError(kind, named ? 'graph.throttledFor' : code, message, {
    status, serviceCode: serviceCode || undefined, retryAfterSeconds: wait, cause: error, values: named ? [wait] : []
  });
}
