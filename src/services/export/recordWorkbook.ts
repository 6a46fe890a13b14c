import type { AcknowledgementRecord, PersonState } from '../../domain/acknowledgement/AcknowledgementModel';
import { DEFAULT_SITE_ZONE } from '../../domain/time/siteZone';

/** The words of the workbook, from `src/loc` (the caller passes them in). */
export interface RecordWorkbookWords {
  sheetName: string;
  columns: { name: string; email: string; audience: string; document: string; version: string; state: string; acknowledgedOn: string; remindedOn: string; note: string };
  states: Record<PersonState, string>;
  /** In the "acknowledged on" column when there is no date. */
  notYet: string;
  doubtfulDate: string;
}

/** Writes the record as an .xlsx file's bytes (exceljs, fetched only when someone asks for the file). */
export type RecordWorkbookWriter = (record: AcknowledgementRecord, words: RecordWorkbookWords, timeZone?: string) => Promise<Uint8Array>;

/** Excel's en-GB short date ("06/12/2026"): the cell holds a real date, so it sorts and filters as one. */
export const UK_DATE_FORMAT = 'dd/mm/yyyy';

/**
 * A stamp as the site's wall clock, held in a Date's UTC fields. An Excel date carries no time zone, and exceljs
 * writes a Date's UTC value, so an acknowledgement at 23:30 UTC on 1 June (00:30 on 2 June in London) shows as 2 June.
 */
export function siteWallClock(iso: string, timeZone: string = DEFAULT_SITE_ZONE): Date | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
  }).formatToParts(date).map(p => [p.type, Number(p.value)]));
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second));
}

type ExcelModule = typeof import('exceljs');

/**
 * exceljs is ~900 KB: it is imported only here, on demand (its own chunk in the SPFx bundle), so no first screen
 * loads it. Bundlers hand a CommonJS module to `import()` either as itself or under `default`.
 */
async function loadExcel(): Promise<ExcelModule> {
  const loaded = await import(/* webpackChunkName: 'excel-export' */ 'exceljs') as ExcelModule & { default?: ExcelModule };
  return loaded.Workbook ? loaded : loaded.default!;
}

/**
 * The owner's record as a workbook for inspection: one sheet, a frozen header row, widths to fit, a row per person
 * asked with the audience, document and version; "acknowledged on" and "reminded on" are real Excel dates (en-GB
 * format) in the site's time zone. Every text goes in as a string cell, never a formula, so a name starting with
 * "=" stays text (the CSV needs OWASP's apostrophe for that; a typed .xlsx cell does not).
 */
export const recordWorkbook: RecordWorkbookWriter = async (record, words, timeZone = DEFAULT_SITE_ZONE) => {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'e-Safety Policy Hub';
  const sheet = workbook.addWorksheet(words.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const c = words.columns;
  sheet.columns = [
    { header: c.name, key: 'name', width: 28 },
    { header: c.email, key: 'email', width: 34 },
    { header: c.audience, key: 'audience', width: 30 },
    { header: c.document, key: 'document', width: 40 },
    { header: c.version, key: 'version', width: 10 },
    { header: c.state, key: 'state', width: 22 },
    { header: c.acknowledgedOn, key: 'acknowledgedOn', width: 18, style: { numFmt: UK_DATE_FORMAT } },
    { header: c.remindedOn, key: 'remindedOn', width: 18, style: { numFmt: UK_DATE_FORMAT } },
    { header: c.note, key: 'note', width: 36 }
  ];
  sheet.getRow(1).font = { bold: true };
  const { request } = record;
  for (const row of record.rows) {
    sheet.addRow({
      name: row.person.name, email: row.person.email, audience: request.audienceGroup, document: request.title, version: request.version,
      state: words.states[row.state],
      acknowledgedOn: (row.acknowledgedOn && siteWallClock(row.acknowledgedOn, timeZone)) || words.notYet,
      remindedOn: row.remindedOn ? siteWallClock(row.remindedOn, timeZone) : undefined,
      note: row.dateDoubtful ? words.doubtfulDate : undefined
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
