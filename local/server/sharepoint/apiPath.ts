import { SpErrors } from './SpError';

/** A literal argument of a path segment such as `getByTitle('Tasks')` or `items(7)`. */
export type PathValue = string | number | boolean | null;

/** One step of a REST path: `getByTitle('X')` is `{ name: 'getbytitle', args: ['X'] }`. */
export interface PathSegment {
  /** Lower-cased name (SharePoint's REST names are case-insensitive). */
  name: string;
  /** The name as sent, for error messages. */
  raw: string;
  /** Positional arguments. */
  args: PathValue[];
  /** Named arguments (`breakroleinheritance(copyroleassignments=false,…)`), keys lower-cased. */
  named: Record<string, PathValue>;
  /** True when the segment carried parentheses, even empty ones. */
  called: boolean;
}

/**
 * Splits the part of a URL path after `/_api/` into segments, honouring quotes ('' is an escaped quote)
 * so titles may hold `/`, `(` or `,`. The path must already be percent-decoded.
 * `@alias` arguments are resolved from the query string (`?@user='i:0#.f|…'`).
 */
export function parseApiPath(path: string, aliases: URLSearchParams): PathSegment[] {
  const segments: PathSegment[] = [];
  let start = 0;
  let depth = 0;
  let inQuote = false;
  for (let i = 0; i <= path.length; i++) {
    const ch = path[i];
    if (i === path.length || (ch === '/' && depth === 0 && !inQuote)) {
      const text = path.slice(start, i);
      if (text.length > 0) segments.push(parseSegment(text, aliases));
      start = i + 1;
      continue;
    }
    if (ch === "'") {
      if (inQuote && path[i + 1] === "'") i++;
      else inQuote = !inQuote;
    } else if (!inQuote && ch === '(') depth++;
    else if (!inQuote && ch === ')') depth--;
  }
  if (inQuote || depth !== 0) throw SpErrors.badQuery(`The expression "${path}" is not valid.`);
  return segments;
}

function parseSegment(text: string, aliases: URLSearchParams): PathSegment {
  const open = text.indexOf('(');
  if (open < 0) return { name: text.toLowerCase(), raw: text, args: [], named: {}, called: false };
  if (!text.endsWith(')')) throw SpErrors.badQuery(`The expression "${text}" is not valid.`);
  const name = text.slice(0, open);
  const inner = text.slice(open + 1, -1);
  const args: PathValue[] = [];
  const named: Record<string, PathValue> = {};
  for (const part of splitArguments(inner)) {
    const eq = indexOutsideQuotes(part, '=');
    if (eq > 0) named[part.slice(0, eq).trim().toLowerCase()] = parseLiteral(part.slice(eq + 1).trim(), aliases);
    else args.push(parseLiteral(part.trim(), aliases));
  }
  return { name: name.toLowerCase(), raw: name, args, named, called: true };
}

function splitArguments(inner: string): string[] {
  if (inner.trim() === '') return [];
  const parts: string[] = [];
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === "'") {
      if (inQuote && inner[i + 1] === "'") i++;
      else inQuote = !inQuote;
    } else if (ch === ',' && !inQuote) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

function indexOutsideQuotes(text: string, target: string): number {
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") inQuote = !inQuote;
    else if (!inQuote && text[i] === target) return i;
  }
  return -1;
}

/** Parses one OData literal: `'text'`, `guid'…'`, `datetime'…'`, numbers, booleans, `null`, `@alias`. */
export function parseLiteral(text: string, aliases?: URLSearchParams): PathValue {
  if (text.startsWith('@') && aliases) {
    const value = aliases.get(text);
    if (value === null) throw SpErrors.badQuery(`The parameter alias '${text}' has no value in the query string.`);
    return parseLiteral(value.trim());
  }
  const quoted = /^(?:guid|datetime|X)?'((?:[^']|'')*)'$/i.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (/^null$/i.test(text)) return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  throw SpErrors.badQuery(`The expression "${text}" is not a valid literal.`);
}

/** The segment's single argument as a string, or a clear 400. */
export function stringArg(segment: PathSegment, index = 0): string {
  const value = segment.args[index];
  if (typeof value !== 'string') throw SpErrors.badQuery(`${segment.raw} expects a string argument.`);
  return value;
}

/** The segment's single argument as a number, or a clear 400. */
export function numberArg(segment: PathSegment, index = 0): number {
  const value = segment.args[index];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw SpErrors.badQuery(`${segment.raw} expects a number argument.`);
  return value;
}
