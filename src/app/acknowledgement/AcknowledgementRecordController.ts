import type { AcknowledgementRecord, AcknowledgementRequest } from '../../domain/acknowledgement/AcknowledgementModel';
import { recordCsv } from '../../domain/acknowledgement/recordCsv';
import { format, type Strings } from '../../loc/strings';
import type { IAcknowledgementService, PublishedVersion, RequestOutcome } from '../../services/acknowledgement/IAcknowledgementService';
import type { RecordWorkbookWriter } from '../../services/export/recordWorkbook';
import type { Delivery } from '../../services/notify/INotificationService';
import { Observable } from '../common/Observable';
import { acknowledgementFailure, type AcknowledgementFailure } from './acknowledgementFailure';

export interface RecordState {
  status: 'loading' | 'failed' | 'ready';
  groups: string[];
  group: string;
  requests: AcknowledgementRequest[];
  record?: AcknowledgementRecord;
  /** What the last request or reminder did (who was told and how). */
  sent?: { kind: 'requested' | 'reminded'; deliveries: Delivery[]; withoutList: RequestOutcome['withoutList'] };
  busy: boolean;
  /** The Excel workbook is being written (exceljs is fetched the first time). */
  preparingWorkbook?: boolean;
  loadFailure?: AcknowledgementFailure;
  actionFailure?: AcknowledgementFailure;
}

export interface RecordDeps {
  acknowledgements: Pick<IAcknowledgementService, 'audienceGroups' | 'requests' | 'request' | 'record' | 'remind'>;
  strings: Strings;
  formatDate: (iso: string) => string;
  /** Writes the Excel workbook (the composition root passes `recordWorkbook`, which loads exceljs on demand). */
  writeWorkbook: RecordWorkbookWriter;
  /** The site's time zone, for the workbook's dates. */
  timeZone?: string;
}

/**
 * The owner's screen for a published document: ask a group to read and acknowledge it, see who has and who
 * hasn't, remind the rest, export the record.
 */
export class AcknowledgementRecordController extends Observable<RecordState> {
  constructor(private readonly deps: RecordDeps, private readonly document: PublishedVersion) {
    super({ status: 'loading', groups: [], group: '', requests: [], busy: false });
  }

  async refresh(): Promise<void> {
    try {
      const [groups, all] = await Promise.all([this.deps.acknowledgements.audienceGroups(), this.deps.acknowledgements.requests()]);
      const requests = all.filter(r => r.draftId === this.document.draftId);
      const latest = requests.find(r => r.version === this.document.version);
      const record = latest ? await this.deps.acknowledgements.record(latest.id) : undefined;
      this.update({ status: 'ready', groups, group: this.state.group || groups[0] || '', requests, record, loadFailure: undefined });
    } catch (error) {
      this.update({ status: 'failed', loadFailure: acknowledgementFailure(error, this.deps.strings) });
    }
  }

  chooseGroup(group: string): void {
    this.update({ group });
  }

  async ask(): Promise<void> {
    await this.act(async () => {
      const outcome = await this.deps.acknowledgements.request(this.document, this.state.group);
      const record = await this.deps.acknowledgements.record(outcome.request.id);
      this.update({ record, requests: [outcome.request, ...this.state.requests], sent: { kind: 'requested', deliveries: outcome.deliveries, withoutList: outcome.withoutList } });
    });
  }

  async remind(): Promise<void> {
    const record = this.state.record;
    if (!record) return;
    await this.act(async () => {
      const deliveries = await this.deps.acknowledgements.remind(record.request.id);
      // Read again: the record now says when each was reminded (and anyone who acknowledged meanwhile).
      this.update({ record: await this.deps.acknowledgements.record(record.request.id), sent: { kind: 'reminded', deliveries, withoutList: [] } });
    });
  }

  /** The record as a CSV file to download (no child's identity: only the staff and governors asked). */
  csv(): { fileName: string; text: string } | undefined {
    const record = this.state.record;
    if (!record) return undefined;
    const words = this.deps.strings.acknowledgement;
    return {
      fileName: format(words.csvFileName, record.request.draftId, record.request.version),
      text: recordCsv(record, { headings: words.columns, states: words.states, doubtfulDate: words.doubtfulDate, formatDate: this.deps.formatDate })
    };
  }

  /** The record as an Excel workbook to download; a failure to write it shows as the action's failure. */
  async workbook(): Promise<{ fileName: string; bytes: Uint8Array } | undefined> {
    const record = this.state.record;
    if (!record || this.state.preparingWorkbook) return undefined;
    const words = this.deps.strings.acknowledgement;
    this.update({ preparingWorkbook: true, actionFailure: undefined });
    try {
      const bytes = await this.deps.writeWorkbook(record, { ...words.workbook, states: words.states, doubtfulDate: words.doubtfulDate }, this.deps.timeZone);
      this.update({ preparingWorkbook: false });
      return { fileName: format(words.excelFileName, record.request.draftId, record.request.version), bytes };
    } catch (error) {
      this.update({ preparingWorkbook: false, actionFailure: acknowledgementFailure(error, this.deps.strings) });
      return undefined;
    }
  }

  private async act(run: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.update({ busy: true, actionFailure: undefined });
    try {
      await run();
      this.update({ busy: false });
    } catch (error) {
      this.update({ busy: false, actionFailure: acknowledgementFailure(error, this.deps.strings) });
    }
  }
}
