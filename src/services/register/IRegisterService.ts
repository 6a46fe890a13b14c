import type { RegisterSchool } from '../../domain/register/dashboard';
import type { MilestoneReport } from '../../domain/register/MilestoneReport';
import type { SchoolIdentity } from '../../domain/register/ReportPack';
import type { PackMail } from './ReportPackMailer';

/** A report as the register holds it: its list item's id (ids only grow, so they order reports) and the report. */
export interface RegisterEntry {
  itemId: number;
  report: MilestoneReport;
}

/** What an import added: for which school, which report. */
export interface ImportedReport {
  school: SchoolIdentity;
  sequence: number;
  reportedOn: string;
  /** True when this pack was the school's first: the register made the school's list. */
  newSchool: boolean;
}

/**
 * The authority's register of schools' milestones, on the bank site: one list per school ("School Register
 * <group id>"), whose permissions say whose entries it holds (see `registerLists.ts`).
 */
export interface IRegisterService {
  /** Officer: enrols a school of this tenant, giving its Team's members the right to add to (and read) its own list. */
  enrolSchool(school: SchoolIdentity): Promise<void>;
  /** Officer: every school in the register with its newest readable report. */
  readRegister(): Promise<RegisterSchool[]>;
  /** Officer: one school's reports, newest first. */
  schoolHistory(schoolKey: string): Promise<RegisterEntry[]>;
  /** Officer: imports a report pack (another tenant's school); refuses a tampered, replayed or malformed pack. */
  importPack(text: string): Promise<ImportedReport>;
  /** School: adds a report to the school's own list (only its Team's members can). */
  sendReport(schoolKey: string, report: MilestoneReport): Promise<void>;
  /** School: mails a report pack to the address the authority gives in its bank (Graph sendMail, as the signed-in person). */
  mailPack(mail: PackMail): Promise<void>;
}
