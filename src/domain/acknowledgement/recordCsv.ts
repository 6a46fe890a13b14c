import type { AcknowledgementRecord, PersonState } from './AcknowledgementModel';

/** The words the CSV uses, chosen by the caller from `src/loc` (the domain picks no words). */
export interface RecordCsvLabels {
  headings: { name: string; email: string; state: string; date: string; note: string };
  states: Record<PersonState, string>;
  doubtfulDate: string;
  formatDate: (iso: string) => string;
}

/**
 * A cell as CSV (RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled). A cell that a
 * spreadsheet would read as a formula (starting =, +, -, @, tab or carriage return) gets a leading apostrophe,
 * as OWASP's "CSV Injection" page advises: names come from the directory and are not ours to trust.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows of the record as cells: one line per person asked, headings first (shared by the CSV and the workbook). */
export function recordTable(record: AcknowledgementRecord, labels: RecordCsvLabels): string[][] {
  const { headings } = labels;
  return [
    [headings.name, headings.email, headings.state, headings.date, headings.note],
    ...record.rows.map(row => [
      row.person.name, row.person.email, labels.states[row.state], row.acknowledgedOn ? labels.formatDate(row.acknowledgedOn) : '', row.dateDoubtful ? labels.doubtfulDate : ''
    ])
  ];
}

/** The record as CSV text (CRLF line ends, RFC 4180), with a byte order mark so Excel reads it as UTF-8. */
export function recordCsv(record: AcknowledgementRecord, labels: RecordCsvLabels): string {
  return `\uFEFF${recordTable(record, labels).map(cells => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
