import type { RegisterSchool } from '../../domain/register/dashboard';
import type { MilestoneReport } from '../../domain/register/MilestoneReport';
import { checkNotReplayed, isSchoolKey, isSchoolName, parseReportPack, type SchoolIdentity } from '../../domain/register/ReportPack';
import { checkReport } from '../../domain/register/reportSchema';
import { AppError } from '../errors/AppError';
import { describeError } from '../errors/describeError';
import type { IGraphClient } from '../graph/IGraphClient';
import type { SPFI } from '../sharepoint/pnp';
import type { IRegisterService, ImportedReport, RegisterEntry } from './IRegisterService';
import { ReportPackMailer, type PackMail } from './ReportPackMailer';
import { ensureRegisterList, readRegisterLists, registerListTitle, type RegisterList } from './registerLists';

interface ReportItem {
  Id: number;
  Report: string | null;
}

/** How many of a school's newest entries are read to find its newest readable report. */
const NEWEST_READ = 5;
/** PnPjs sends at most this many parts per `$batch` call anyway (PROTOCOL: batching); SharePoint takes 100. */
const LISTS_PER_BATCH = 100;
/** A school's history on one click: at most this many reports (a few a term for years). */
const HISTORY_MAX = 500;

/** An item's report, or undefined when it is not a report of this format (anyone who can add can write anything). */
function entryOf(item: ReportItem): RegisterEntry | undefined {
  try {
    const checked = checkReport(JSON.parse(item.Report ?? ''));
    return checked.ok ? { itemId: item.Id, report: checked.report } : undefined;
  } catch {
    return undefined;
  }
}

/** A school key is a group id; anything else never reaches a request. */
function checkKey(schoolKey: string): void {
  if (!isSchoolKey(schoolKey)) throw new AppError('invalid', 'register.badKey', `"${schoolKey}" is not a school key`);
}

function refusedPack(code: string, detail: string, values: (string | number)[] = []): AppError {
  return new AppError('invalid', `register.pack.${code}`, detail, { values });
}

/** The register over PnPjs, on the bank site (`sp` is the bank site's root). */
export class RegisterService implements IRegisterService {
  private readonly mailer?: ReportPackMailer;

  /** `graph` mails report packs; without it (a register read only) `mailPack` refuses. */
  constructor(private readonly sp: SPFI, graph?: IGraphClient) {
    this.mailer = graph ? new ReportPackMailer(graph) : undefined;
  }

  async mailPack(mail: PackMail): Promise<void> {
    if (!this.mailer) throw new AppError('unexpected', 'register.noMailer', 'This register service was made without a Graph client.');
    await this.mailer.send(mail);
  }

  async enrolSchool(school: SchoolIdentity): Promise<void> {
    const key = school.key.trim().toLowerCase();
    if (!isSchoolKey(key) || !isSchoolName(school.name)) throw new AppError('invalid', 'register.badEnrolment', `key "${school.key}" / name "${school.name}"`);
    const existing = (await readRegisterLists(this.sp)).find(l => l.key === key);
    // A school whose reports arrived as packs stays a pack school: its list's history came from imports.
    if (existing?.route === 'pack') throw new AppError('invalid', 'register.enrolledByPack', `school ${key} already reports by pack`, { values: [existing.name] });
    await ensureRegisterList(this.sp, { key, name: school.name.trim() }, 'tenant');
  }

  async readRegister(): Promise<RegisterSchool[]> {
    // Only lists the officer secured: a bank member could make an unsecured one by hand and fill it with anything.
    const lists = (await readRegisterLists(this.sp)).filter(l => l.secured);
    const schools: RegisterSchool[] = [];
    for (let start = 0; start < lists.length; start += LISTS_PER_BATCH) {
      const chunk = lists.slice(start, start + LISTS_PER_BATCH);
      const [batched, execute] = this.sp.batched();
      const reads = chunk.map(list => batched.web.lists.getById(list.id).items.select('Id', 'Report').orderBy('Id', false).top(NEWEST_READ)<ReportItem[]>());
      await execute();
      const settled = await Promise.allSettled(reads);
      chunk.forEach((list, i) => {
        const result = settled[i];
        const items = result.status === 'fulfilled' ? result.value : [];
        const entries = items.map(entryOf);
        const newest = entries.find(e => e !== undefined);
        schools.push({ key: list.key, name: list.name, route: list.route, latest: newest?.report, unreadable: entries.filter(e => e === undefined).length });
      });
    }
    return schools;
  }

  async schoolHistory(schoolKey: string): Promise<RegisterEntry[]> {
    checkKey(schoolKey);
    const items = await this.sp.web.lists.getByTitle(registerListTitle(schoolKey)).items.select('Id', 'Report').orderBy('Id', false).top(HISTORY_MAX)<ReportItem[]>();
    return items.flatMap(item => entryOf(item) ?? []);
  }

  async importPack(text: string): Promise<ImportedReport> {
    const parsed = await parseReportPack(text);
    if (!parsed.ok) throw refusedPack(parsed.code, parsed.detail);
    const { school, report } = parsed.pack;
    const existing: RegisterList | undefined = (await readRegisterLists(this.sp)).find(l => l.key === school.key);
    // A pack must not speak for a school whose own app writes to the register: anyone can make a pack.
    if (existing?.route === 'tenant') throw refusedPack('schoolInTenant', `school ${school.key} reports from this tenant`, [existing.name]);
    const listId = existing?.secured ? existing.id : await ensureRegisterList(this.sp, existing ? { key: school.key, name: existing.name } : school, 'pack');
    const list = this.sp.web.lists.getById(listId);
    // The officer adds imports in sequence order (older ones are refused), so the highest id holds the last sequence.
    const [last] = await list.items.select('Id', 'Sequence').orderBy('Id', false).top(1)<{ Id: number; Sequence: number | null }[]>();
    const fresh = checkNotReplayed(parsed.pack, last?.Sequence ?? undefined);
    if (!fresh.ok) throw refusedPack(fresh.code, fresh.detail, [report.sequence, last?.Sequence ?? 0]);
    await list.items.add(reportColumns(report));
    return { school: existing ? { key: school.key, name: existing.name } : school, sequence: report.sequence, reportedOn: report.reportedOn, newSchool: !existing?.secured };
  }

  async sendReport(schoolKey: string, report: MilestoneReport): Promise<void> {
    checkKey(schoolKey);
    try {
      await this.sp.web.lists.getByTitle(registerListTitle(schoolKey)).items.add(reportColumns(report));
    } catch (error) {
      const failure = describeError(error);
      // The list is missing (404), or trimmed because this school may not see it (SharePoint answers 404 for a
      // list the caller cannot read), or present but not writable (403): the school is not enrolled.
      if (failure.kind === 'notFound' || failure.kind === 'accessDenied') throw new AppError(failure.kind, 'register.notEnrolled', failure.detail, { status: failure.status });
      throw error;
    }
  }
}

/** The list columns of a report. */
function reportColumns(report: MilestoneReport): Record<string, unknown> {
  return { Title: `Report ${report.sequence}`, Sequence: report.sequence, ReportedOn: report.reportedOn, Report: JSON.stringify(report) };
}
