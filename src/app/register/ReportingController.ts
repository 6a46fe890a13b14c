import type { Bank } from '../../domain/bank/BankModel';
import type { MilestoneReport } from '../../domain/register/MilestoneReport';
import { reportAddressOf } from '../../domain/register/reportAddress';
import { buildReport, sameFacts, type DocumentFacts } from '../../domain/register/milestones';
import { reportPackFileName, reportPackToFile, sealReportPack, type SchoolIdentity } from '../../domain/register/ReportPack';
import type { IKeyValueStore } from '../../services/drafts/IBlockStore';
import { isAppError } from '../../services/errors/AppError';
import { describeError, type Failure } from '../../services/errors/describeError';
import type { IRegisterService } from '../../services/register/IRegisterService';
import { ReportOutbox } from '../../services/register/ReportOutbox';
import { Observable } from '../common/Observable';
import { Poller } from '../common/Poller';
import { TIMING, type Clock } from '../common/timing';

/** What the school's reporting needs from its composition root. */
export interface ReportingPorts {
  /** The school as the register knows it (its Team's group id and its name); undefined when the site has no Team. */
  identity(): Promise<SchoolIdentity | undefined>;
  /** The school's documents, read from its site. */
  facts(): Promise<DocumentFacts[]>;
  /** The authority's published bank (undefined when out of reach: outcomes are then measured without updates). */
  bank(): Promise<Bank | undefined>;
  register: Pick<IRegisterService, 'sendReport'>;
  /** Mails a pack file to the authority's address (Graph sendMail as the signed-in person; the mail's words from loc). */
  mailPack(to: string, file: PackFile, school: SchoolIdentity): Promise<void>;
  store: IKeyValueStore;
  clock: Clock;
}

/** A report pack as a file: its name and its text. */
export interface PackFile {
  fileName: string;
  text: string;
}

export interface ReportingState {
  loading: boolean;
  school?: SchoolIdentity;
  /** The site belongs to no Team: it has no register code (and so no outbox). */
  noTeam: boolean;
  /** Reports made and not yet accepted by the register. */
  pending: number;
  /** The newest report made, and whether the register has it. */
  last?: { sequence: number; reportedOn: string; sent: boolean };
  /** The register refused because the authority has not enrolled this school (reports wait). */
  notEnrolled: boolean;
  /** The last "send now" found nothing new to tell. */
  nothingNew: boolean;
  working: boolean;
  /** Where the authority asks for report packs (its bank's address), when it gives one: "mail" is offered then. */
  reportAddress?: string;
  /** The last pack mailed: to whom, and the report it carried (its date). */
  mailed?: { to: string; reportedOn: string };
  /** Why the last attempt failed (reports wait for the next one). */
  failure?: Failure;
  /** Why the last mail of a pack failed (the pack can still be downloaded). */
  mailFailure?: Failure;
}

/**
 * The school's reporting to the authority's register: makes a report from the school's documents when asked,
 * keeps it in the outbox, sends what waits (now, and again every few minutes while the page is open), and makes
 * report packs for a school in another tenant. Plain TypeScript over ports; the view only shows `state`.
 */
export class ReportingController extends Observable<ReportingState> {
  private outbox?: ReportOutbox;
  private readonly poller: Poller;

  public constructor(private readonly ports: ReportingPorts) {
    super({ loading: true, noTeam: false, pending: 0, notEnrolled: false, nothingNew: false, working: false });
    this.poller = new Poller(ports.clock, TIMING.registerRetryMs, () => this.sendWaiting(), error => this.update({ failure: describeError(error) }));
  }

  /**
   * Reads who the school is and what waits; makes a report when the last is a day old (or there is none); sends
   * what waits, and keeps trying while the page is open.
   */
  public async start(): Promise<void> {
    try {
      const school = await this.ports.identity();
      if (!school) {
        this.update({ loading: false, noTeam: true });
        return;
      }
      this.outbox = new ReportOutbox(this.ports.store, school.key);
      // The bank is read once here: its newest release names the report address, and the first report uses it.
      const bank = await this.ports.bank().catch(() => undefined);
      this.update({ loading: false, school, reportAddress: bank ? reportAddressOf(bank.releases) : undefined, ...this.outboxView() });
      // At most one report a day by itself (reading the school's documents costs a request per draft).
      const last = this.outbox.state.last;
      const due = !last || this.ports.clock.now() - Date.parse(last.reportedOn) >= TIMING.registerAutoReportMs;
      // Reporting sends what waits too; otherwise the first retry runs at once.
      if (due) await this.reportNow(bank);
      this.poller.start(!due);
    } catch (error) {
      this.update({ loading: false, failure: describeError(error) });
    }
  }

  public override dispose(): void {
    this.poller.stop();
    super.dispose();
  }

  /** Makes a report of where the school stands now and sends it with anything still waiting. */
  public async reportNow(bankRead?: Bank): Promise<void> {
    if (!this.outbox || this.state.working) return;
    this.update({ working: true, failure: undefined, nothingNew: false });
    try {
      const report = await this.makeReport(bankRead);
      const kept = this.outbox.record(report);
      this.update({ nothingNew: !kept });
      await this.sendWaiting();
    } catch (error) {
      this.update({ failure: describeError(error) });
    } finally {
      this.update({ working: false });
    }
  }

  /** A report pack of where the school stands now (the same report the register gets), as a file to save. */
  public async packFile(): Promise<PackFile | undefined> {
    if (this.state.working) return undefined;
    this.update({ working: true, failure: undefined });
    try {
      return await this.makePack();
    } catch (error) {
      this.update({ failure: describeError(error) });
      return undefined;
    } finally {
      this.update({ working: false });
    }
  }

  /**
   * Mails a report pack of where the school stands now to the address the authority gives in its bank. Nothing to
   * do without an address (the card offers only the download then); a failure leaves the download to fall back on.
   */
  public async mailPack(): Promise<void> {
    const to = this.state.reportAddress;
    if (!to || this.state.working) return;
    this.update({ working: true, failure: undefined, mailFailure: undefined, mailed: undefined });
    try {
      const file = await this.makePack();
      const school = this.state.school;
      if (!file || !school) return;
      await this.ports.mailPack(to, file, school);
      this.update({ mailed: { to, reportedOn: this.outbox?.state.last?.reportedOn ?? '' } });
    } catch (error) {
      this.update({ mailFailure: describeError(error) });
    } finally {
      this.update({ working: false });
    }
  }

  /** The pack of the newest report, recording a new report when anything changed since the last. */
  private async makePack(): Promise<PackFile | undefined> {
    const school = this.state.school;
    if (!this.outbox || !school) return undefined;
    const report = await this.makeReport();
    const last = this.outbox.state.last;
    // Nothing new since the last report: the same report (and number) again, so the officer sees it is known.
    const packed = last && sameFacts(last, report) ? last : report;
    if (packed === report) this.outbox.record(report);
    this.update(this.outboxView());
    const pack = await sealReportPack(school, packed);
    return { fileName: reportPackFileName(pack), text: reportPackToFile(pack) };
  }

  private async makeReport(bankRead?: Bank): Promise<MilestoneReport> {
    const [facts, bank] = await Promise.all([this.ports.facts(), bankRead ?? this.ports.bank().catch(() => undefined)]);
    return buildReport(this.outbox?.state.last, facts, bank, new Date(this.ports.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  }

  private async sendWaiting(): Promise<void> {
    const outbox = this.outbox;
    const school = this.state.school;
    if (!outbox || !school || outbox.state.pending.length === 0) return;
    const result = await outbox.flush(report => this.ports.register.sendReport(school.key, report));
    const notEnrolled = isAppError(result.failure) && result.failure.code === 'register.notEnrolled';
    this.update({ ...this.outboxView(), notEnrolled, failure: result.failure && !notEnrolled ? describeError(result.failure) : undefined });
  }

  private outboxView(): Pick<ReportingState, 'pending' | 'last'> {
    const state = this.outbox?.state ?? { pending: [] };
    const last = state.last;
    return {
      pending: state.pending.length,
      last: last ? { sequence: last.sequence, reportedOn: last.reportedOn, sent: !state.pending.some(r => r.sequence === last.sequence) } : undefined
    };
  }
}
