import type { ApprovalCounts } from './approvalActors';
import type { FaultCounts } from './faultControl';
import type { DecisionCheck, EditCheck } from './verify';

/** Everything a soak run counted, for the printed report. */
export interface SoakResult {
  minutes: number;
  sessions: number;
  people: number;
  drafts: number;
  approvers: number;
  faultRate: number;
  /** Server counters while the faults were on, and then during the final flush (faults off). */
  underFaults: FaultCounts;
  afterFaults: FaultCounts;
  edits: EditCheck;
  saves: { merges: number; conflicts: number; settledByPerson: number; pollFailures: number };
  sessionsNotSaved: number;
  decisions: DecisionCheck;
  approvalCounts: ApprovalCounts;
  decideFailures: Map<string, number>;
}

const line = (label: string, value: string | number): string => `  ${label.padEnd(64)} ${value}`;
const percent = (part: number, whole: number): string => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '–');

function reasons(title: string, counts: Map<string, number>): string[] {
  if (counts.size === 0) return [];
  return [`  ${title}:`, ...[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `    ${String(n).padStart(5)} × ${reason}`)];
}

/** Did the run keep everything that was acknowledged? */
export function soakPassed(result: SoakResult): boolean {
  return result.edits.lost.length === 0 && result.decisions.lost.length === 0 && result.decisions.outcomesLost.length === 0 && result.sessionsNotSaved === 0;
}

/** The report, as lines of text. */
export function soakReport(result: SoakResult): string[] {
  const { edits, decisions, underFaults: f } = result;
  const injected = f['429'] + f['503'] + f.slow + f.drop + f.dropAfter;
  const rounds = ['Approved', 'ChangesRequested', 'Withdrawn', 'Open'].map(state => `${state} ${decisions.rounds.get(state as never) ?? 0}`).join(', ');
  return [
    `Soak: ${result.minutes} min, ${result.sessions} editing sessions (${result.people} people) on ${result.drafts} drafts, ${result.approvers} approvers, faults on ${percent(result.faultRate, 1)} of requests`,
    '',
    'Edits',
    line('made', edits.made),
    line('acknowledged (the session said saved)', edits.acknowledged),
    line('present in the final server state', edits.presentAtEnd),
    line('LOST (acknowledged, not present)', edits.lost.length),
    line('never acknowledged, even after the final flush', edits.unacknowledged),
    line('words repeated in their block by a merge', edits.duplicated.length),
    line('saves sent (one MERGE each; PnPjs retries not counted)', result.saves.merges),
    line('412 answers (someone saved first, or a write that had landed)', result.saves.conflicts),
    line('clashes shown to a person and settled by them', result.saves.settledByPerson),
    line('412s settled by the session (three-way merge or already saved)', Math.max(0, result.saves.conflicts - result.saves.settledByPerson)),
    line('polls that failed (ignored, as the editor does)', result.saves.pollFailures),
    line('sessions not all saved after the final flush', result.sessionsNotSaved),
    ...edits.lost.slice(0, 10).map(e => `    lost: ${e.token} in block ${e.key} of draft ${e.draftId}`),
    ...edits.duplicated.slice(0, 10).map(e => `    repeated: ${e.token} in block ${e.key} of draft ${e.draftId}`),
    '',
    'Decisions',
    line('made', decisions.made),
    line('acknowledged (decide resolved)', decisions.acknowledged),
    line('recorded (decision item + its "Decided" line)', decisions.recorded),
    line('LOST (acknowledged, not recorded)', decisions.lost.length),
    line('outcomes decide reported but Activity lacks', decisions.outcomesLost.length),
    line('failed to the approver, yet recorded', decisions.recordedUnacknowledged),
    line('stored twice (a retried add whose first try landed)', decisions.storedTwice),
    ...reasons('decide failures', result.decideFailures),
    ...decisions.lost.slice(0, 10).map(d => `    lost: ${d.token} (${d.decision}) by ${d.approver} on round ${d.roundNumber}`),
    '',
    'Rounds',
    line('submits tried / acknowledged', `${result.approvalCounts.submitsTried} / ${result.approvalCounts.submitsAcknowledged}`),
    line('rounds by derived outcome', rounds),
    line('round numbers held by two round items', decisions.duplicateRoundNumbers),
    line('stray snapshot files of failed submits removed by the owner', result.approvalCounts.orphanedSnapshotsRemoved),
    line('round views that failed (tried again)', result.approvalCounts.viewFailures),
    ...reasons('submit failures', result.approvalCounts.submitFailures),
    '',
    'Requests and faults (counted by the local server)',
    line('requests while faults were on', f.requests),
    line('faults injected', `${injected} (${percent(injected, f.requests)})`),
    line('  429 with Retry-After', f['429']),
    line('  503 with Retry-After', f['503']),
    line('  slow answers', f.slow),
    line('  connection dropped before the server acted', f.drop),
    line('  connection dropped after the server acted', f.dropAfter),
    line('requests of the final flush (faults off)', result.afterFaults.requests)
  ];
}
