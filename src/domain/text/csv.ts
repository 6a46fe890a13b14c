/**
 * The project's one CSV writer (the register's dashboard and the acknowledgement record both use it). No CSV
 * library is among the project's dependencies, so this small, tested writer stands in.
 *
 * RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): a field holding a comma, a quote or a line break is quoted and
 * its quotes doubled; lines end in CRLF. A field with leading or trailing spaces is quoted too, so no reader trims it.
 *
 * A text field that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, so a spreadsheet
 * opening the file shows it as text instead of running it as a formula, as OWASP's "CSV Injection" page advises
 * (https://owasp.org/www-community/attacks/CSV_Injection): school names come from packs anyone can make, people's
 * names from the directory. Numbers are the app's own values (a count, a percentage) and are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | undefined;

/** One field as CSV: empty for undefined, defused when a spreadsheet would run it, quoted when RFC 4180 needs it. */
export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: a header row, then one row per record, CRLF line ends; a byte-order mark so Excel reads UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map(row => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
