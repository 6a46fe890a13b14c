import type { TenantUser } from '../store/model';

/**
 * A request to the local Microsoft 365 (SharePoint REST or Graph), independent of the HTTP framework,
 * so `$batch` parts and tests run through the same code.
 */
export interface SpRequest {
  /** The effective verb: `X-HTTP-Method` (MERGE, DELETE, PUT, PATCH) replaces POST. */
  method: string;
  /** The absolute URL, as the client sent it. */
  url: URL;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: Buffer | undefined;
  /** The signed-in person, or undefined for an anonymous caller. */
  user: TenantUser | undefined;
  /** True for the parts of a `$batch`: the outer request carried (and checked) the digest. */
  inBatch: boolean;
}

/** What a handler answers; the HTTP layer writes it out, `$batch` folds it into a part. */
export interface SpResponse {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** How much OData metadata the caller asked for in `Accept`. */
export type ODataFormat = 'verbose' | 'minimal' | 'none';

/** Reads the caller's OData format from `Accept` (PnPjs sends `application/json`: minimal metadata). */
export function odataFormat(accept: string | undefined): ODataFormat {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'none';
  return 'minimal';
}

const CONTENT_TYPES: Record<ODataFormat, string> = {
  verbose: 'application/json;odata=verbose;charset=utf-8',
  minimal: 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  none: 'application/json;odata=nometadata;streaming=true;charset=utf-8'
};

/** A JSON answer with SharePoint's content type for the format. */
export function jsonResponse(status: number, body: unknown, format: ODataFormat, headers: Record<string, string> = {}): SpResponse {
  return { status, headers: { 'content-type': CONTENT_TYPES[format], ...headers }, body: JSON.stringify(body) };
}

/** An answer with no body (204 after MERGE, 200 after DELETE). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): SpResponse {
  return { status, headers };
}
