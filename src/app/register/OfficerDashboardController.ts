import { buildDashboard, type DashboardModel, type RegisterSchool } from '../../domain/register/dashboard';
import { dashboardCsv, type DashboardCsvWords } from '../../domain/register/dashboardCsv';
import type { SchoolIdentity } from '../../domain/register/ReportPack';
import { isAppError } from '../../services/errors/AppError';
import { describeError, type Failure } from '../../services/errors/describeError';
import type { IBankService } from '../../services/bank/IBankService';
import type { ImportedReport, IRegisterService, RegisterEntry } from '../../services/register/IRegisterService';
import { Observable } from '../common/Observable';

/** A refusal the register explains in its own words (`strings.register.refusals[code]`, filled with `values`). */
export interface RegisterRefusal {
  code: string;
  values: ReadonlyArray<string | number>;
}

export interface OpenSchool {
  key: string;
  name: string;
  loading: boolean;
  history: RegisterEntry[];
  failure?: Failure;
}

export interface OfficerDashboardState {
  loading: boolean;
  failure?: Failure;
  model?: DashboardModel;
  /** The release whose statements are ranked; undefined ranks across all releases. */
  release?: string;
  school?: OpenSchool;
  busy: boolean;
  imported?: ImportedReport;
  enrolled?: SchoolIdentity;
  refusal?: RegisterRefusal;
  /** A failure of an import or enrolment that is not one of the register's refusals. */
  actionFailure?: Failure;
  /** The address schools mail report packs to, as the bank holds it ('' none; undefined not read, or unreadable). */
  reportAddress?: string;
  /** The address was just saved (its value: '' cleared). */
  addressSaved?: string;
}

/** Where the report address is kept: the bank's newest release (see `IBankService.setReportAddress`). */
export type ReportAddressStore = Pick<IBankService, 'reportAddress' | 'setReportAddress'>;

/** Codes whose sentence lives in the register's loc section (the rest are failures of SharePoint). */
function refusalOf(error: unknown): RegisterRefusal | undefined {
  return isAppError(error) && error.code.startsWith('register.') ? { code: error.code.slice('register.'.length), values: error.values } : undefined;
}

/**
 * The officer's dashboard: reads the register (both kinds of school alike), derives the model, opens one
 * school's reports on one click, imports report packs, enrols schools of the tenant, and makes the CSV export.
 */
export class OfficerDashboardController extends Observable<OfficerDashboardState> {
  private schools: RegisterSchool[] = [];

  public constructor(private readonly register: IRegisterService, private readonly now: () => Date, private readonly addresses?: ReportAddressStore) {
    super({ loading: true, busy: false });
  }

  public async load(): Promise<void> {
    this.update({ loading: true, failure: undefined });
    // The address is read beside the register; without it the dashboard still shows (the box stays empty).
    void this.addresses?.reportAddress().then(address => this.update({ reportAddress: address ?? '' }), () => undefined);
    try {
      this.schools = await this.register.readRegister();
      this.update({ loading: false, model: buildDashboard(this.schools, this.now()) });
    } catch (error) {
      this.update({ loading: false, failure: describeError(error) });
    }
  }

  public selectRelease(release: string | undefined): void {
    this.update({ release });
  }

  /** One school's status and reports, newest first. */
  public async openSchool(key: string): Promise<void> {
    const name = this.schools.find(s => s.key === key)?.name ?? key;
    this.update({ school: { key, name, loading: true, history: [] } });
    try {
      const history = await this.register.schoolHistory(key);
      if (this.state.school?.key === key) this.update({ school: { key, name, loading: false, history } });
    } catch (error) {
      if (this.state.school?.key === key) this.update({ school: { key, name, loading: false, history: [], failure: describeError(error) } });
    }
  }

  public closeSchool(): void {
    this.update({ school: undefined });
  }

  public async importPack(text: string): Promise<void> {
    await this.act(async () => {
      const imported = await this.register.importPack(text);
      this.update({ imported });
    });
  }

  public async enrol(school: SchoolIdentity): Promise<void> {
    await this.act(async () => {
      await this.register.enrolSchool(school);
      this.update({ enrolled: { key: school.key.trim().toLowerCase(), name: school.name.trim() } });
    });
  }

  /** Sets ('' clears) the address schools mail report packs to. */
  public async setReportAddress(address: string): Promise<void> {
    const store = this.addresses;
    if (!store) return;
    await this.act(async () => {
      const saved = (await store.setReportAddress(address)) ?? '';
      this.update({ reportAddress: saved, addressSaved: saved });
    });
  }

  public dismissOutcome(): void {
    this.update({ imported: undefined, enrolled: undefined, refusal: undefined, actionFailure: undefined, addressSaved: undefined });
  }

  /** The CSV export of the schools' status (words from the loc file, passed in by the view). */
  public csv(words: DashboardCsvWords): string | undefined {
    return this.state.model ? dashboardCsv(this.state.model, words) : undefined;
  }

  private async act(action: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.update({ busy: true, imported: undefined, enrolled: undefined, refusal: undefined, actionFailure: undefined, addressSaved: undefined });
    try {
      await action();
      await this.load();
    } catch (error) {
      const refusal = refusalOf(error);
      this.update(refusal ? { refusal } : { actionFailure: describeError(error) });
    } finally {
      this.update({ busy: false });
    }
  }
}
