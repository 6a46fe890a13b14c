import { toCsv } from '../text/csv';
import type { AcknowledgementRecord, PersonState } from './AcknowledgementModel';

/** The words the CSV uses, chosen by the caller from `src/loc` (the domain picks no words). */
export interface RecordCsvLabels {
  headings: { name: string; email: string; state: string; date: string; note: string };
  states: Record<PersonState, string>;
  doubtfulDate: string;
  formatDate: (iso: string) => string;
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
  const [header, ...rows] = recordTable(record, labels);
  return toCsv(header, rows);
}
