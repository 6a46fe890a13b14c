import { buildDashboard, type RegisterSchool } from '../src/domain/register/dashboard';
import type { DocumentMilestones, MilestoneReport, StatementOutcome } from '../src/domain/register/MilestoneReport';
import { RegisterService } from '../src/services/register/RegisterService';
import { registerListTitle } from '../src/services/register/registerLists';
import { localSp } from '../workbench/client/localClients';
import { startServerProcess } from './serverProcess';
import type { BenchRow } from './table';
import { countWire, kilobytes } from './wireCounter';

/**
 * The officer's dashboard at Kent's scale: 600 schools, each with five years of milestones (a release adopted and
 * a policy taken through every step each year, 150 bank statements per policy). Measures the time to build the
 * dashboard model from the schools' newest reports, and the requests and bytes the officer's read of the register
 * takes through the local server (one list per school; reads take each list's newest entries, so a school's
 * older reports cost nothing to read).
 */
const SCHOOLS = 600;
const YEARS = 5;
const STATEMENTS = 150;
const RUNS = 5;
const OFFICER = 'priya.shah@northshire.example';
const BANK_SITE = '/sites/esafety-bank';
const OUTCOMES: StatementOutcome[] = ['kept', 'kept', 'kept', 'kept', 'amended', 'leftOut', 'refusedUpdate'];

function schoolKey(i: number): string {
  return `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`;
}

/** A school's newest report after five years: one adoption and one published policy per year. */
export function fiveYearReport(school: number): MilestoneReport {
  const documents: DocumentMilestones[] = [];
  const adoptions = [];
  for (let year = 0; year < YEARS; year++) {
    const release = `${2022 + year}.1`;
    const at = (month: number): string => `${2022 + year}-${String(month).padStart(2, '0')}-${String(1 + (school % 27)).padStart(2, '0')}T09:00:00Z`;
    adoptions.push({ release, adoptedOn: at(1) });
    const statements: Record<string, StatementOutcome> = {};
    for (let s = 0; s < STATEMENTS; s++) statements[`statement-${s}`] = OUTCOMES[(school * 7 + s * 3 + year) % OUTCOMES.length];
    // One school in ten has not reached publication this year; the rest review a year after publishing.
    const done = school % 10 !== 0 || year < YEARS - 1;
    documents.push({
      documentId: year + 1, kind: 'Policy', templateKey: 'policy-primary', release, started: at(1), submitted: at(2),
      ...(done ? { approved: at(3), published: at(3), reviewDue: `${2023 + year}-03-01` } : {}), statements
    });
  }
  return { sequence: 1000 + YEARS * 6, reportedOn: `${2022 + YEARS - 1}-06-01T09:00:00Z`, adoptions, documents };
}

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Makes 600 secured register lists holding each school's newest report, as the officer's imports would. */
async function seedRegister(serverUrl: string, count: number): Promise<void> {
  const sp = localSp(serverUrl, BANK_SITE, OFFICER);
  for (let i = 0; i < count; i++) {
    const title = registerListTitle(schoolKey(i));
    await sp.web.lists.add(title, JSON.stringify({ name: `School ${String(i).padStart(3, '0')}`, route: 'pack' }), 100);
    const list = sp.web.lists.getByTitle(title);
    await list.fields.addMultilineText('Report');
    await list.breakRoleInheritance(true, false);
    await list.items.add({ Title: 'Report', Report: JSON.stringify(fiveYearReport(i)) });
  }
}

export async function benchRegisterDashboard(): Promise<BenchRow[]> {
  const register: RegisterSchool[] = Array.from({ length: SCHOOLS }, (_u, i) => ({ key: schoolKey(i), name: `School ${i}`, route: i % 3 === 0 ? 'pack' : 'tenant', latest: fiveYearReport(i), unreadable: 0 }));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    buildDashboard(register, new Date('2026-09-01T00:00:00Z'));
    times.push(performance.now() - started);
  }
  const server = await startServerProcess();
  try {
    await seedRegister(server.url, SCHOOLS);
    const officer = new RegisterService(localSp(server.url, BANK_SITE, OFFICER));
    await officer.readRegister();
    const started = performance.now();
    const read = await countWire(() => officer.readRegister());
    const elapsed = performance.now() - started;
    return [
      { measure: `Register: build the officer's dashboard (${SCHOOLS} schools × ${YEARS} years, ${STATEMENTS} statements a policy)`, value: `${median(times).toFixed(0)} ms`, detail: `median of ${RUNS} runs` },
      { measure: `Register: read it from the bank site (${read.result.length} school lists)`, value: `${read.count.requests} requests`, detail: `${kilobytes(read.count.responseBytes)} on the wire, ${elapsed.toFixed(0)} ms on loopback` }
    ];
  } finally {
    await server.stop();
  }
}
