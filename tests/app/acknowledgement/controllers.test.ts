import { AcknowledgeController } from '../../../src/app/acknowledgement/AcknowledgeController';
import { AcknowledgementRecordController } from '../../../src/app/acknowledgement/AcknowledgementRecordController';
import { deriveRecord } from '../../../src/domain/acknowledgement/deriveRecord';
import type { Acknowledgement, AcknowledgementRequest } from '../../../src/domain/acknowledgement/AcknowledgementModel';
import { changesSince } from '../../../src/domain/acknowledgement/changesSince';
import type { DraftSnapshot } from '../../../src/domain/approval/snapshot';
import { enGB } from '../../../src/loc/enGB';
import type { IAcknowledgementService } from '../../../src/services/acknowledgement/IAcknowledgementService';
import { AppError } from '../../../src/services/errors/AppError';
import type { RecordWorkbookWriter } from '../../../src/services/export/recordWorkbook';

/** Never called unless a test asks for the workbook. */
const noWorkbook: RecordWorkbookWriter = async () => { throw new Error('The workbook was not expected here.'); };

const HASH = 'a'.repeat(64);
const snapshot: DraftSnapshot = {
  draftId: 1, title: 'Online safety policy', kind: 'Policy', bankRelease: '2026.1', sections: [{ key: 'a', title: 'Aims' }], values: {},
  blocks: [{ key: 's:1', kind: 'Statement', sectionKey: 'a', text: 'Staff report concerns.', baseText: 'Staff report concerns.', mandatory: true }]
};
const people = [{ id: 7, name: 'Tom Reid', login: 'tom', email: 'tom@x' }, { id: 8, name: '=HYPERLINK("x")', login: 'eve', email: 'eve@x' }];
const request: AcknowledgementRequest = { id: 3, draftId: 1, title: 'Online safety policy', version: '1.0', roundNumber: 1, snapshotHash: HASH, audienceGroup: 'Staff', audience: people, created: '2026-09-01T08:00:00Z' };

/** An in-memory service: the person's list holds what `acknowledge` adds; every id is allowed a list. */
function fakeService(me = 7): IAcknowledgementService & { acks: Acknowledgement[]; reminded: number[] } {
  const acks: Acknowledgement[] = [];
  const reminded: number[] = [];
  const record = () => deriveRecord(request, people.map(p => ({ id: String(p.id), personId: p.id, secured: true })), acks);
  return {
    acks, reminded,
    audienceGroups: async () => ['Oakfield Primary School Members', 'Staff'],
    request: async () => ({ request, deliveries: [], withoutList: [] }),
    requests: async () => [request],
    pendingForMe: async () => acks.some(a => a.personId === me) ? [] : [request],
    record: async () => record(),
    reading: async () => ({ request, changes: changesSince(undefined, snapshot), full: snapshot, acknowledged: acks.some(a => a.personId === me), canAcknowledge: true }),
    acknowledge: async id => { acks.push({ personId: me, itemId: acks.length + 1, requestId: id, draftId: 1, snapshotHash: HASH, created: '2026-09-02T08:00:00Z' }); },
    remind: async () => { const waiting = record().rows.filter(r => r.state === 'waiting'); reminded.push(...waiting.map(r => r.person.id)); return []; }
  };
}

describe('AcknowledgeController', () => {
  it('shows the statements to read, acknowledges in one action, and says so', async () => {
    const service = fakeService();
    const controller = new AcknowledgeController({ acknowledgements: service, strings: enGB }, 3);
    await controller.refresh();
    expect(controller.state).toMatchObject({ status: 'ready', showFull: false });
    expect(controller.state.view!.changes.changes.map(c => c.key)).toEqual(['s:1']);
    controller.toggleFull();
    expect(controller.state.showFull).toBe(true);
    await controller.acknowledge();
    expect(controller.state.view!.acknowledged).toBe(true);
    // A second press records nothing more.
    await controller.acknowledge();
    expect(service.acks).toHaveLength(1);
  });

  it("keeps a refusal as a failure with the case's sentence, never the error's message", async () => {
    const service = fakeService();
    service.acknowledge = async () => { throw new AppError('accessDenied', 'acknowledgement.noList', 'raw technical text', { status: 403 }); };
    const controller = new AcknowledgeController({ acknowledgements: service, strings: enGB }, 3);
    await controller.refresh();
    await controller.acknowledge();
    expect(controller.state.actionFailure).toMatchObject({ failure: { kind: 'accessDenied' }, sentence: enGB.acknowledgement.errorCodes['acknowledgement.noList'] });
    expect(controller.state.actionFailure!.sentence).not.toContain('raw technical text');
  });
});

describe('AcknowledgementRecordController', () => {
  it('asks a group, shows who has and who has not, reminds only the rest, and exports a CSV safe to open in Excel', async () => {
    const service = fakeService();
    const controller = new AcknowledgementRecordController({ acknowledgements: service, strings: enGB, formatDate: iso => iso.slice(0, 10), writeWorkbook: noWorkbook }, { draftId: 1, title: 'Online safety policy', version: '1.0', roundNumber: 1 });
    await controller.refresh();
    expect(controller.state.group).toBe('Oakfield Primary School Members');
    controller.chooseGroup('Staff');
    await controller.ask();
    expect(controller.state.sent?.kind).toBe('requested');
    await service.acknowledge(3);
    await controller.refresh();
    expect(controller.state.record!.rows.map(r => [r.person.name, r.state])).toEqual([['=HYPERLINK("x")', 'waiting'], ['Tom Reid', 'acknowledged']]);
    await controller.remind();
    expect(service.reminded).toEqual([8]);
    const csv = controller.csv()!;
    expect(csv.fileName).toBe('acknowledgements-1-v1.0.csv');
    expect(csv.text.split('\r\n')).toEqual([
      '\uFEFFName,E-mail,State,Date recorded,Note', `"'=HYPERLINK(""x"")",eve@x,Not yet,,`, 'Tom Reid,tom@x,Acknowledged,2026-09-02,', ''
    ]);
  });

  it('hands the record and the loc words to the workbook writer, names the file, and shows a failure to write it as a sentence', async () => {
    const service = fakeService();
    await service.request({ draftId: 1, title: 'Online safety policy', version: '1.0', roundNumber: 1 }, 'Staff');
    const calls: Parameters<RecordWorkbookWriter>[] = [];
    let fail = false;
    const writer: RecordWorkbookWriter = async (...args) => {
      calls.push(args);
      if (fail) throw new AppError('unexpected', 'export.workbook', 'raw technical text');
      return new Uint8Array([80, 75]);
    };
    const controller = new AcknowledgementRecordController(
      { acknowledgements: service, strings: enGB, formatDate: iso => iso, writeWorkbook: writer, timeZone: 'Europe/London' }, { draftId: 1, title: 'Online safety policy', version: '1.0', roundNumber: 1 });
    expect(await controller.workbook()).toBeUndefined();
    await controller.refresh();
    const file = await controller.workbook();
    expect(file).toEqual({ fileName: 'acknowledgements-1-v1.0.xlsx', bytes: new Uint8Array([80, 75]) });
    expect(calls[0][0]).toBe(controller.state.record);
    expect(calls[0][1]).toMatchObject({ sheetName: enGB.acknowledgement.workbook.sheetName, notYet: 'Not yet', states: enGB.acknowledgement.states });
    expect(calls[0][2]).toBe('Europe/London');
    fail = true;
    expect(await controller.workbook()).toBeUndefined();
    expect(controller.state.preparingWorkbook).toBe(false);
    expect(controller.state.actionFailure?.failure.kind).toBe('unexpected');
    expect(controller.state.actionFailure?.sentence ?? '').not.toContain('raw technical text');
  });
});
