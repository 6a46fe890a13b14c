import { toCsv } from '../text/csv';
import type { DashboardModel, ReportRoute, SchoolStage } from './dashboard';

/** The words of the CSV export, from the loc file (the view passes them in). */
export interface DashboardCsvWords {
  header: readonly [school: string, route: string, stage: string, release: string, started: string, submitted: string, approved: string, published: string, reviewDue: string, overdue: string, staffAcknowledged: string, reportedOn: string];
  route: Record<ReportRoute, string>;
  stage: Record<SchoolStage, string>;
  yes: string;
  no: string;
}

/** One row per school: its status as the dashboard shows it (dates as ISO, the share of staff as a percentage). */
export function dashboardCsv(model: DashboardModel, words: DashboardCsvWords): string {
  const day = (iso: string | undefined): string | undefined => iso?.slice(0, 10);
  return toCsv(words.header, model.schools.map(s => [
    s.name, words.route[s.route], words.stage[s.stage], s.policy?.release, day(s.policy?.started), day(s.policy?.submitted), day(s.policy?.approved),
    day(s.policy?.published), day(s.policy?.reviewDue), s.overdue ? words.yes : words.no,
    s.policy?.staffAcknowledged !== undefined ? Math.round(s.policy.staffAcknowledged * 100) : undefined, day(s.reportedOn)
  ]));
}
