import { randomUUID } from 'crypto';
import type { SpRequest, SpResponse } from './SpRequest';
import { SpErrors } from './SpError';

/** The most requests one `$batch` may carry on this server (PnPjs sends at most 20 per call). */
export const MAX_BATCH_PARTS = 100;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Payload Too Large',
  429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable'
};

/** The text of an HTTP status, for status lines. */
export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

function splitParts(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const lines = body.split('\n');
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.trim() === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      current = undefined;
      break;
    }
    if (line.trim() === `--${boundary}`) {
      if (current) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

function splitHeaders(text: string): { headers: Record<string, string>; rest: string } {
  const blank = text.indexOf('\n\n');
  const head = blank < 0 ? text : text.slice(0, blank);
  const rest = blank < 0 ? '' : text.slice(blank + 2);
  const headers: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest };
}

/** Reads the requests out of a `multipart/mixed` batch body, changesets flattened in order. */
export function parseBatch(outer: SpRequest): SpRequest[] {
  const boundary = boundaryOf(outer.headers['content-type']);
  if (!boundary) throw SpErrors.badRequest('A $batch request needs a multipart/mixed Content-Type with a boundary.');
  const body = (outer.body?.toString('utf8') ?? '').replace(/\r\n/g, '\n');
  const requests: SpRequest[] = [];
  const readPart = (part: string): void => {
    const { headers, rest } = splitHeaders(part.replace(/^\n+/, ''));
    const innerBoundary = boundaryOf(headers['content-type']);
    if (/multipart\/mixed/i.test(headers['content-type'] ?? '') && innerBoundary) {
      for (const inner of splitParts(rest, innerBoundary)) readPart(inner);
      return;
    }
    const newline = rest.indexOf('\n');
    const requestLine = (newline < 0 ? rest : rest.slice(0, newline)).trim();
    const match = /^([A-Z]+)\s+(\S+)\s+HTTP\/1\.[01]$/i.exec(requestLine);
    if (!match) throw SpErrors.badRequest(`The batch part request line '${requestLine}' is not valid.`);
    const { headers: partHeaders, rest: partBody } = splitHeaders(newline < 0 ? '' : rest.slice(newline + 1));
    let url: URL;
    try {
      url = new URL(match[2], outer.url);
    } catch {
      throw SpErrors.badRequest(`The batch part URL '${match[2]}' is not valid.`);
    }
    const bodyText = partBody.replace(/\n+$/, '');
    requests.push({
      method: match[1].toUpperCase(), url, headers: partHeaders, body: bodyText ? Buffer.from(bodyText, 'utf8') : undefined,
      user: outer.user, inBatch: true
    });
  };
  for (const part of splitParts(body, boundary)) readPart(part);
  if (requests.length > MAX_BATCH_PARTS) throw SpErrors.badRequest(`A batch may hold at most ${MAX_BATCH_PARTS} requests; this one holds ${requests.length}.`);
  return requests;
}

/** Folds the answers into SharePoint's flat `--batchresponse_` body (one part per request, trailing newline). */
export function formatBatchResponse(responses: SpResponse[]): SpResponse {
  const id = randomUUID();
  const lines: string[] = [];
  for (const response of responses) {
    lines.push(`--batchresponse_${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`HTTP/1.1 ${response.status} ${statusText(response.status)}`);
    for (const [name, value] of Object.entries(response.headers)) lines.push(`${name.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : name}: ${value}`);
    lines.push('');
    const body = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : response.body.toString('utf8');
    lines.push(body.replace(/\r?\n/g, ' '));
  }
  lines.push(`--batchresponse_${id}--`, '');
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=batchresponse_${id}` }, body: lines.join('\n') };
}
