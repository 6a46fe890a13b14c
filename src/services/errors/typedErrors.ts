import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { toSharePointAppError } from './sharePointErrors';

/**
 * The symbol PnPjs rejects a request's promise through (`Symbol.for("Queryable_Reject")` in @pnp/queryable's
 * `Queryable`; its own `RejectOnError` and `Cancelable` behaviors emit it). A registered symbol, so it is the same
 * wherever PnPjs is loaded.
 */
const QUERYABLE_REJECT = Symbol.for('Queryable_Reject');

/** What an error observer can reach of the queryable it runs on: the internal reject moment. */
interface RejectingQueryable {
  emit: Record<symbol, (error: unknown) => void>;
}

/**
 * A PnPjs behavior that makes every failed request reject with an `AppError` (src/services/errors/AppError.ts):
 * 409/412 conflict, 401 notSignedIn, 403 accessDenied, 404 notFound, 429/503/504 throttled (with `Retry-After`),
 * 413 and `SPFieldValueException` tooLong, no answer at all offline; each with a code from SharePoint's
 * `odata.error.code` where the app has something better to say (see `sharePointErrors.ts`).
 *
 * Why an error observer rather than a parse step: per-call parsers (`getText`, `getBuffer`, item `update`) replace
 * the parse observers (`parseBinderWithErrorCheck` in @pnp/queryable), while error observers are inherited by every
 * child queryable, batched parts included. Prepended, ours rejects first; `RejectOnError`'s later call finds the
 * promise settled (PnPjs docs, "Behaviors" and "Error Handling": errors are `HttpRequestError` with `status`,
 * `response` and the body in `message`). `status` and `response` stay on the `AppError`.
 */
export function TypedErrors(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.error.prepend(function (this: unknown, error: unknown) {
      (this as RejectingQueryable).emit[QUERYABLE_REJECT](toSharePointAppError(error));
    });
    return instance;
  };
}
