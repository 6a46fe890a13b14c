import { reviewStatus } from '../publish/documentStatus';
import type { DocumentMilestones, MilestoneReport, StatementOutcome } from './MilestoneReport';

/**
 * The officer's dashboard, derived from each school's newest report in the register: per release who adopted it
 * and when, which bank statements schools most often amend, leave out or refuse updates of, whose policy review
 * is overdue, who never started, and each school's status. Pure and linear in the reports' size (bench:
 * `bench/registerDashboard.ts`, 600 schools with five years of milestones).
 */

/** How a school's reports reach the register: its own app writes them (same tenant), or the officer imports packs. */
export type ReportRoute = 'tenant' | 'pack';

/** One school of the register with its newest readable report (absent when it has sent none yet). */
export interface RegisterSchool {
  key: string;
  name: string;
  route: ReportRoute;
  latest?: MilestoneReport;
  /** Items of its register list that are not reports of this format (written by hand through REST). */
  unreadable: number;
}

/** How far a school's policy has come. */
export type SchoolStage = 'notStarted' | 'started' | 'submitted' | 'approved' | 'published';

export interface SchoolStatus {
  key: string;
  name: string;
  route: ReportRoute;
  reportedOn?: string;
  sequence?: number;
  stage: SchoolStage;
  /** The policy the stage is read from (the school's newest e-Safety policy document). */
  policy?: DocumentMilestones;
  overdue: boolean;
  unreadable: number;
}

export interface ReleaseAdoption {
  release: string;
  schools: { key: string; name: string; adoptedOn: string }[];
}

/** One bank statement and how many schools departed from it, each way. */
export interface StatementRank {
  key: string;
  amended: number;
  leftOut: number;
  refusedUpdate: number;
  /** Schools that departed from it in any way. */
  schools: number;
}

export interface DashboardModel {
  schools: SchoolStatus[];
  /** Releases, newest adopted first; each with its adopters, earliest first. */
  releases: ReleaseAdoption[];
  /** Statements most departed from, across every school's documents (the most departed first). */
  statements: StatementRank[];
  /** The same ranking for the documents that follow one release (worked out when asked, then kept). */
  statementsFor(release: string): StatementRank[];
  overdue: SchoolStatus[];
  neverStarted: SchoolStatus[];
}

/** The school's current e-Safety policy: its newest Policy document, or else its newest document of any kind. */
export function currentPolicy(report: MilestoneReport | undefined): DocumentMilestones | undefined {
  if (!report || report.documents.length === 0) return undefined;
  const newest = (docs: DocumentMilestones[]): DocumentMilestones | undefined => docs.reduce<DocumentMilestones | undefined>((best, d) => (!best || d.documentId > best.documentId ? d : best), undefined);
  return newest(report.documents.filter(d => d.kind === 'Policy')) ?? newest(report.documents);
}

export function stageOf(policy: DocumentMilestones | undefined): SchoolStage {
  if (!policy) return 'notStarted';
  if (policy.published) return 'published';
  if (policy.approved) return 'approved';
  if (policy.submitted) return 'submitted';
  return 'started';
}

/**
 * The newest published document of each template (kind and template key): the ones in force. An older year's
 * policy, replaced by a newer one, has a review date long past that no longer matters.
 */
export function documentsInForce(report: MilestoneReport | undefined): DocumentMilestones[] {
  const newest = new Map<string, DocumentMilestones>();
  for (const doc of report?.documents ?? []) {
    if (doc.published === undefined) continue;
    const key = `${doc.kind}:${doc.templateKey}`;
    const known = newest.get(key);
    if (!known || doc.documentId > known.documentId) newest.set(key, doc);
  }
  return [...newest.values()];
}

/** A school's status line: stage, report date, and whether a document in force is overdue for review. */
export function schoolStatus(school: RegisterSchool, now: Date): SchoolStatus {
  const policy = currentPolicy(school.latest);
  const overdue = documentsInForce(school.latest).some(d => reviewStatus(d.reviewDue, now) === 'overdue');
  return {
    key: school.key, name: school.name, route: school.route, reportedOn: school.latest?.reportedOn, sequence: school.latest?.sequence,
    stage: stageOf(policy), policy, overdue, unreadable: school.unreadable
  };
}

/** Each way of departing as a bit, so a school's ways per statement fit in one number. */
const WAY_BIT: Record<StatementOutcome, number> = { kept: 0, amended: 1, leftOut: 2, refusedUpdate: 4 };

/**
 * Counts, per statement, the schools whose documents departed from it (a school counts once per way). Statement
 * keys become small numbers on first sight, so the inner loop touches arrays, not maps of strings: 600 schools
 * with five years of 150-statement policies are 450,000 outcomes.
 */
export function rankStatements(perSchool: Iterable<DocumentMilestones[]>): StatementRank[] {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const counts: number[] = [];
  let ways = new Uint8Array(256);
  const touched: number[] = [];
  for (const documents of perSchool) {
    for (const doc of documents) {
      for (const key in doc.statements) {
        const bit = WAY_BIT[doc.statements[key]];
        if (bit === 0) continue;
        let i = index.get(key);
        if (i === undefined) {
          i = keys.length;
          index.set(key, i);
          keys.push(key);
          counts.push(0, 0, 0, 0);
          if (i >= ways.length) {
            const grown = new Uint8Array(ways.length * 2);
            grown.set(ways);
            ways = grown;
          }
        }
        if (ways[i] === 0) touched.push(i);
        ways[i] |= bit;
      }
    }
    for (const i of touched) {
      const w = ways[i];
      if (w & WAY_BIT.amended) counts[i * 4]++;
      if (w & WAY_BIT.leftOut) counts[i * 4 + 1]++;
      if (w & WAY_BIT.refusedUpdate) counts[i * 4 + 2]++;
      counts[i * 4 + 3]++;
      ways[i] = 0;
    }
    touched.length = 0;
  }
  const ranks = keys.map((key, i) => ({ key, amended: counts[i * 4], leftOut: counts[i * 4 + 1], refusedUpdate: counts[i * 4 + 2], schools: counts[i * 4 + 3] }));
  return ranks.sort((a, b) => b.schools - a.schools || (b.amended + b.leftOut + b.refusedUpdate) - (a.amended + a.leftOut + a.refusedUpdate) || a.key.localeCompare(b.key));
}

function byName(a: { name: string; key: string }, b: { name: string; key: string }): number {
  return a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
}

/** The whole dashboard from the register's schools (`now` decides what is overdue). */
export function buildDashboard(register: readonly RegisterSchool[], now: Date): DashboardModel {
  const schools = register.map(s => schoolStatus(s, now)).sort(byName);
  const adopters = new Map<string, ReleaseAdoption>();
  const byRelease = new Map<string, DocumentMilestones[][]>();
  for (const school of register) {
    for (const adoption of school.latest?.adoptions ?? []) {
      const row = adopters.get(adoption.release) ?? { release: adoption.release, schools: [] };
      row.schools.push({ key: school.key, name: school.name, adoptedOn: adoption.adoptedOn });
      adopters.set(adoption.release, row);
    }
    const docsByRelease = new Map<string, DocumentMilestones[]>();
    for (const doc of school.latest?.documents ?? []) {
      const docs = docsByRelease.get(doc.release);
      if (docs) docs.push(doc);
      else docsByRelease.set(doc.release, [doc]);
    }
    for (const [release, docs] of docsByRelease) {
      const schoolsDocs = byRelease.get(release);
      if (schoolsDocs) schoolsDocs.push(docs);
      else byRelease.set(release, [docs]);
    }
  }
  const releases = [...adopters.values()].map(r => ({ ...r, schools: r.schools.sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn) || byName(a, b)) }));
  // Newest first: by the latest adoption date of each release (labels are the officer's words, not numbers).
  releases.sort((a, b) => (b.schools[b.schools.length - 1]?.adoptedOn ?? '').localeCompare(a.schools[a.schools.length - 1]?.adoptedOn ?? '') || b.release.localeCompare(a.release));
  const ranked = new Map<string, StatementRank[]>();
  const statementsFor = (release: string): StatementRank[] => {
    const known = ranked.get(release);
    if (known) return known;
    const ranks = rankStatements(byRelease.get(release) ?? []);
    ranked.set(release, ranks);
    return ranks;
  };
  return {
    schools, releases, statementsFor,
    statements: rankStatements(register.map(s => s.latest?.documents ?? [])),
    overdue: schools.filter(s => s.overdue),
    neverStarted: schools.filter(s => s.stage === 'notStarted')
  };
}
