import { isMergeField, type MergeField } from './MergeField';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** A piece of text after merging: plain text, or a field with its value (or flagged missing). */
export type MergedSegment =
  | { kind: 'text'; text: string }
  | { kind: 'field'; field: string; value: string | undefined; known: boolean };

/** The merge-field names a text uses, in order of first appearance. */
export function findMergeFields(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) if (!names.includes(match[1])) names.push(match[1]);
  return names;
}

/** The names in `{{…}}` that are not merge fields the product can fill (typos such as `{{SchoolNmae}}`). */
export function unknownMergeFields(text: string): string[] {
  return findMergeFields(text).filter(name => !isMergeField(name));
}

/** Splits a text into plain runs and merge fields with their values, so a view can mark what is missing. */
export function mergeSegments(text: string, values: Partial<Record<MergeField, string>>): MergedSegment[] {
  const segments: MergedSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: text.slice(last, index) });
    const name = match[1];
    const known = isMergeField(name);
    const value = known ? values[name]?.trim() : undefined;
    segments.push({ kind: 'field', field: name, value: value ? value : undefined, known });
    last = index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/**
 * Fills the merge fields of a text. A field with no value stays as `{{Name}}` and is listed in `missing`,
 * so nothing is silently left blank.
 */
export function fillMergeFields(text: string, values: Partial<Record<MergeField, string>>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = mergeSegments(text, values).map(segment => {
    if (segment.kind === 'text') return segment.text;
    if (segment.value !== undefined) return segment.value;
    if (!missing.includes(segment.field)) missing.push(segment.field);
    return `{{${segment.field}}}`;
  }).join('');
  return { text: filled, missing };
}
