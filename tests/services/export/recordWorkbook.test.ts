import ExcelJS from 'exceljs';
import type { AcknowledgementRecord } from '../../../src/domain/acknowledgement/AcknowledgementModel';
import { enGB } from '../../../src/loc/enGB';
import { recordWorkbook, siteWallClock, type RecordWorkbookWords } from '../../../src/services/export/recordWorkbook';

const words: RecordWorkbookWords = { ...enGB.acknowledgement.workbook, states: enGB.acknowledgement.states, doubtfulDate: enGB.acknowledgement.doubtfulDate };
const person = (id: number, name: string) => ({ id, name, login: `p${id}`, email: `p${id}@oakfield.example` });

const record: AcknowledgementRecord = {
  request: {
    id: 3, draftId: 1, title: 'Online safety policy', version: '2.0', roundNumber: 2, snapshotHash: 'a'.repeat(64),
    audienceGroup: 'Oakfield Staff', audience: [], created: '2026-06-01T08:00:00Z'
  },
  rows: [
    // 23:30 UTC on 1 June is 00:30 on 2 June in London (BST): the workbook shows the school's day.
    { person: person(7, 'Aisha Khan'), state: 'acknowledged', acknowledgedOn: '2026-06-01T23:30:00Z' },
    { person: person(8, '=HYPERLINK("http://evil.example","click")'), state: 'waiting', remindedOn: '2026-12-06T10:00:00Z' },
    { person: person(9, 'Tom Reid'), state: 'noList' },
    { person: person(10, 'Helen Carter'), state: 'acknowledged', acknowledgedOn: '2026-05-31T09:00:00Z', dateDoubtful: true }
  ],
  acknowledged: 2, waiting: 1
};

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

describe('the acknowledgement record as an Excel workbook', () => {
  it('has a frozen header row, a row per person with audience, document and version, and real en-GB dates', async () => {
    const bytes = await recordWorkbook(record, words, 'Europe/London');
    // An .xlsx file is a zip: "PK".
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const sheet = await readBack(bytes);
    expect(sheet.name).toBe('Acknowledgements');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Name', 'E-mail', 'Audience', 'Document', 'Version', 'State', 'Acknowledged on', 'Last reminded on', 'Note']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(5);
    for (let col = 1; col <= 9; col++) expect(sheet.getColumn(col).width).toBeGreaterThanOrEqual(10);

    const aisha = sheet.getRow(2);
    expect([aisha.getCell(1).value, aisha.getCell(2).value, aisha.getCell(3).value, aisha.getCell(4).value, aisha.getCell(5).value, aisha.getCell(6).value])
      .toEqual(['Aisha Khan', 'p7@oakfield.example', 'Oakfield Staff', 'Online safety policy', '2.0', 'Acknowledged']);
    const acknowledgedOn = aisha.getCell(7);
    expect(acknowledgedOn.value).toBeInstanceOf(Date);
    expect((acknowledgedOn.value as Date).toISOString()).toBe('2026-06-02T00:30:00.000Z');
    expect(acknowledgedOn.numFmt).toBe('dd/mm/yyyy');
    expect([aisha.getCell(8).value, aisha.getCell(9).value]).toEqual([null, null]);

    // A name a spreadsheet would run is a text cell, never a formula; the waiting row says "Not yet" and when reminded.
    const waiting = sheet.getRow(3);
    expect(waiting.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(waiting.getCell(1).value).toBe('=HYPERLINK("http://evil.example","click")');
    expect([waiting.getCell(6).value, waiting.getCell(7).value]).toEqual(['Not yet', 'Not yet']);
    expect((waiting.getCell(8).value as Date).toISOString()).toBe('2026-12-06T10:00:00.000Z');
    expect(waiting.getCell(8).numFmt).toBe('dd/mm/yyyy');

    expect([sheet.getRow(4).getCell(6).value, sheet.getRow(4).getCell(7).value]).toEqual(["Can't acknowledge yet", 'Not yet']);
    expect(sheet.getRow(5).getCell(9).value).toBe(enGB.acknowledgement.doubtfulDate);
  }, 60_000);

  it('reads a stamp as the site\'s wall clock (GMT in winter, BST in summer), and nothing from an unreadable one', () => {
    expect(siteWallClock('2026-12-06T23:30:00Z', 'Europe/London')?.toISOString()).toBe('2026-12-06T23:30:00.000Z');
    expect(siteWallClock('2026-07-06T23:30:00Z', 'Europe/London')?.toISOString()).toBe('2026-07-07T00:30:00.000Z');
    expect(siteWallClock('not a date')).toBeUndefined();
  });
});
