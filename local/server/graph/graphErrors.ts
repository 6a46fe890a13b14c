import { randomUUID } from 'crypto';
import type { SpResponse } from '../sharepoint/SpRequest';

/** A refusal in Graph's shape: `{error:{code,message,innerError}}` with the HTTP status (and headers such as Retry-After). */
export class GraphError extends Error {
  /** `innerCode`: the service's own code, which Graph puts in `innerError.code` (such as `InputFormatNotSupported`). */
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}, readonly innerCode?: string) {
    super(message);
  }
}

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** A Graph JSON answer. */
export function graphJson(status: number, body: unknown, headers: Record<string, string> = {}): SpResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

/** Writes a GraphError the way Graph does, with the caller's client-request-id echoed. */
export function graphErrorResponse(error: GraphError, clientRequestId: string | undefined): SpResponse {
  return graphJson(error.status, {
    error: {
      code: error.code, message: error.message,
      innerError: { ...(error.innerCode ? { code: error.innerCode } : {}), date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': clientRequestId ?? randomUUID() }
    }
  }, error.headers);
}

/** Graph's 404 for a directory object that is not there (also what a mail address that is not a UPN gets). */
export function notFound(key: string): GraphError {
  return new GraphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
}
