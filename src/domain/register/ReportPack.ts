import { canonicalJson } from '../json/canonicalJson';
import { sha256Hex } from '../hash/webCryptoSha256';
import type { MilestoneReport } from './MilestoneReport';
import { checkReport } from './reportSchema';

/**
 * A school's report as a file, for a school whose Microsoft 365 tenant is not the authority's (a web part cannot
 * write to another tenant's SharePoint). Sealed like a content pack (`ContentPack.ts`): a SHA-256 checksum of the
 * canonical JSON of everything else. The checksum refuses a damaged or edited pack; it cannot prove who made it
 * (anyone can reseal a pack), so the officer imports packs that come from the school's known address, and the
 * per-school sequence number refuses the same report, or an older one, a second time.
 */
export const REPORT_PACK_FORMAT = 'esafety-policy-hub.report-pack';
export const REPORT_PACK_VERSION = 1;
/** A report pack is small (a few KB for a whole school); anything far larger is not one. */
export const MAX_REPORT_PACK_CHARS = 2 * 1024 * 1024;

/** Which school: its Team's Microsoft 365 group id (a GUID, unique across tenants) and its name. */
export interface SchoolIdentity {
  key: string;
  name: string;
}

export interface ReportPack {
  format: typeof REPORT_PACK_FORMAT;
  formatVersion: number;
  school: SchoolIdentity;
  report: MilestoneReport;
  checksum: string;
}

/** Why an import refused a pack; each has its sentence in the `register` loc section. */
export type ReportPackErrorCode = 'tooLarge' | 'notJson' | 'notAPack' | 'unsupportedVersion' | 'tampered' | 'invalid' | 'replayed' | 'schoolInTenant';

export type ReportPackResult = { ok: true; pack: ReportPack } | { ok: false; code: ReportPackErrorCode; detail: string };

const SCHOOL_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// C0 controls and DEL have no place in a school's name (and Word and CSV readers trip on them).
// eslint-disable-next-line no-control-regex -- reason: the point is to refuse control characters
const CONTROL = /[\u0000-\u001f\u007f]/;

/** True for a school key: a Microsoft 365 group id in lower case. */
export function isSchoolKey(value: string): boolean {
  return SCHOOL_KEY.test(value);
}

/** True for a school name a pack or an enrolment may carry: 1 to 120 characters, no control characters. */
export function isSchoolName(value: string): boolean {
  return value.trim().length > 0 && value.length <= 120 && !CONTROL.test(value);
}

/** SHA-256 (Web Crypto) of the canonical JSON of every field but the checksum: the same hex a pack has always carried. */
export function reportPackChecksum(pack: Omit<ReportPack, 'checksum'> | ReportPack): Promise<string> {
  const { checksum: _ignored, ...rest } = pack as ReportPack;
  return sha256Hex(canonicalJson(rest));
}

export async function sealReportPack(school: SchoolIdentity, report: MilestoneReport): Promise<ReportPack> {
  const unsealed = { format: REPORT_PACK_FORMAT, formatVersion: REPORT_PACK_VERSION, school, report } as const;
  return { ...unsealed, checksum: await reportPackChecksum(unsealed) };
}

export function reportPackToFile(pack: ReportPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** The file name: the school key and the report's number (never the school's typed name, which could hold a path). */
export function reportPackFileName(pack: ReportPack): string {
  return `esafety-report-${pack.school.key}-${pack.report.sequence}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a pack file, refusing anything that is not a complete, untampered report pack of this format. */
export async function parseReportPack(text: string): Promise<ReportPackResult> {
  if (text.length > MAX_REPORT_PACK_CHARS) return { ok: false, code: 'tooLarge', detail: `${text.length} characters` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'notJson', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isRecord(value) || value.format !== REPORT_PACK_FORMAT) return { ok: false, code: 'notAPack', detail: 'format is not a report pack' };
  if (value.formatVersion !== REPORT_PACK_VERSION) return { ok: false, code: 'unsupportedVersion', detail: `formatVersion ${String(value.formatVersion)}` };
  if (typeof value.checksum !== 'string' || value.checksum !== await reportPackChecksum(value as unknown as ReportPack)) {
    return { ok: false, code: 'tampered', detail: 'checksum does not match the content' };
  }
  const school = value.school;
  if (!isRecord(school) || typeof school.key !== 'string' || !isSchoolKey(school.key) || typeof school.name !== 'string' || !isSchoolName(school.name)) {
    return { ok: false, code: 'invalid', detail: 'school: must have a group id key and a name' };
  }
  if (Object.keys(value).some(k => !['format', 'formatVersion', 'school', 'report', 'checksum'].includes(k)) || Object.keys(school).some(k => k !== 'key' && k !== 'name')) {
    return { ok: false, code: 'invalid', detail: 'the pack carries fields this format does not have' };
  }
  const report = checkReport(value.report);
  if (!report.ok) return { ok: false, code: 'invalid', detail: report.detail };
  return { ok: true, pack: { format: REPORT_PACK_FORMAT, formatVersion: REPORT_PACK_VERSION, school: { key: school.key, name: school.name }, report: report.report, checksum: value.checksum } };
}

/** Refuses a pack whose report is not newer than the last one imported for its school (a replay, or an old copy). */
export function checkNotReplayed(pack: ReportPack, lastImportedSequence: number | undefined): ReportPackResult {
  if (lastImportedSequence !== undefined && pack.report.sequence <= lastImportedSequence) {
    return { ok: false, code: 'replayed', detail: `report ${pack.report.sequence}; the register already holds report ${lastImportedSequence}` };
  }
  return { ok: true, pack };
}
