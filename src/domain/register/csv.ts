/**
 * CSV as RFC 4180 writes it (no CSV library is among the project's dependencies, so this small, tested writer
 * stands in): fields holding a comma, a quote or a line break are quoted, quotes doubled, lines end in CRLF.
 * A field that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, so a spreadsheet
 * opening the file shows it as text instead of running it as a formula (OWASP "CSV Injection"): school names
 * reach the register from packs that anyone can make.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: a header row, then one row per record; a byte-order mark so Excel reads UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${[header, ...rows].map(row => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
