import { AppError } from '../../errors/AppError';
import { BANK_SCHEMA } from './bankSchema';
import { columnLimit, TEXT_COLUMN_LIMIT, type ListSchema } from './ListSchema';
import { SCHOOL_SCHEMA } from './schoolSchema';

/**
 * A value is longer than its SharePoint column holds (a single line of text keeps 255 characters at most; a
 * library's multi-line column 255 unless it allows more). Raised before anything is sent, because SharePoint
 * answers such a write with a 500 that looks like a passing fault (`SPFieldValueException`).
 */
export class TextTooLongError extends AppError {
  constructor(readonly list: string, readonly column: string, readonly limit: number, readonly length: number) {
    super('tooLong', 'sharepoint.textTooLong', `"${column}" in ${list} holds at most ${limit} characters; this text has ${length}.`, { values: [column, limit, length] });
    this.name = 'TextTooLongError';
  }
}

const LISTS: ListSchema[] = [...BANK_SCHEMA, ...SCHOOL_SCHEMA];

/**
 * Checks the text values of a write to one of the product's lists against their columns' limits (Title included,
 * a single line of text on every list), and returns the columns unchanged. Throws TextTooLongError on the first
 * value that does not fit. Lengths count UTF-16 code units, as SharePoint's .NET strings do.
 */
export function fitColumns<T extends Record<string, unknown>>(listTitle: string, columns: T): T {
  const list = LISTS.find(l => l.title === listTitle);
  if (!list) throw new Error(`"${listTitle}" is not one of the app's lists.`);
  for (const [name, value] of Object.entries(columns)) {
    if (typeof value !== 'string') continue;
    const field = list.fields.find(f => f.name === name);
    const limit = name === 'Title' ? TEXT_COLUMN_LIMIT : field ? columnLimit(list, field) : undefined;
    if (limit !== undefined && value.length > limit) throw new TextTooLongError(list.title, field?.title ?? 'Title', limit, value.length);
  }
  return columns;
}

/**
 * A label the app composes itself (a round's or log line's Title from a draft's title) cut to fit a single line of
 * text, with an ellipsis: the full text is kept elsewhere, so nothing a person wrote is lost. Never splits a
 * surrogate pair.
 */
export function fitLabel(text: string, limit = TEXT_COLUMN_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = limit - 1;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
  return `${text.slice(0, cut)}…`;
}
