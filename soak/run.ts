/**
 * `npm run soak [-- --minutes N]`: 20 people co-edit drafts and 3 governors decide approval rounds against a
 * local server (its own child process, loopback only) that fails 10% of requests. Then faults stop, every client
 * flushes, and the final server state must hold everything a client was told was saved. Exits 1 if anything
 * acknowledged was lost.
 */
import { localSp } from '../workbench/client/localClients';
import { seededRandom } from '../tests/support/random';
import { approvalsAs, newApprovalCounts } from './approvalActors';
import { SoakApprover } from './approver';
import { SoakEditor } from './editor';
import { faultCounts, setFaults, soakFaultSpec } from './faultControl';
import { soakOptions } from './options';
import { SoakOwner } from './owner';
import { APPROVERS, OWNER, SCHOOL_SITE, STAFF } from './people';
import { soakPassed, soakReport, type SoakResult } from './report';
import { schoolAs, startSoakTenant } from './tenant';
import { checkDecisions, checkEdits } from './verify';

/** How long the final flush may take once faults are off. */
const SETTLE_MS = 120_000;
const PROGRESS_MS = 30_000;

const log = (text: string): void => { process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`); };
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

async function main(): Promise<boolean> {
  const options = soakOptions(process.argv.slice(2), process.env);
  log(`Starting a local server and seeding it…`);
  const tenant = await startSoakTenant();
  const url = tenant.server.url;
  const editors = Array.from({ length: options.editors }, (_unused, i) =>
    new SoakEditor(i, STAFF[i % STAFF.length], schoolAs(url, STAFF[i % STAFF.length]), tenant.editedDrafts[i % tenant.editedDrafts.length], seededRandom(options.seed + i)));
  const approvalCounts = newApprovalCounts();
  const owner = new SoakOwner(schoolAs(url, OWNER), approvalsAs(url, OWNER), localSp(url, SCHOOL_SITE, OWNER), tenant.approvalDraft, seededRandom(options.seed + 100), approvalCounts);
  const approvers = APPROVERS.map((login, i) => new SoakApprover(i, login, approvalsAs(url, login), tenant.approvalDraft, seededRandom(options.seed + 200 + i), approvalCounts));
  let progress: ReturnType<typeof setInterval> | undefined;
  try {
    await setFaults(url, soakFaultSpec(options.faultRate));
    log(`${url}: faults on (${soakFaultSpec(options.faultRate)}); ${editors.length} editors opening drafts ${tenant.editedDrafts.join(' and ')}…`);
    const opened = await Promise.allSettled(editors.map(e => e.open()));
    const notOpened = opened.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (notOpened) throw notOpened.reason;
    const stopAt = Date.now() + options.minutes * 60_000;
    let failed: unknown;
    // If any simulated person fails outright, everyone stops, so no request outlives the server.
    const stopped = (): boolean => failed !== undefined || Date.now() >= stopAt;
    const guarded = (work: Promise<void>): Promise<void> => work.catch((error: unknown) => { failed ??= error; });
    log(`Editing and approving for ${options.minutes} min…`);
    progress = setInterval(() => {
      const edits = editors.flatMap(e => e.edits);
      const decisions = approvers.flatMap(a => a.decisions);
      log(`${edits.length} edits (${edits.filter(e => e.acknowledged).length} acknowledged), ${approvalCounts.submitsAcknowledged} rounds submitted, ${decisions.length} decisions (${decisions.filter(d => d.acknowledged).length} acknowledged)`);
    }, PROGRESS_MS);
    await Promise.all([...editors.map(e => e.run(stopped)), owner.run(stopped), ...approvers.map(a => a.run(stopped))].map(guarded));
    clearInterval(progress);
    if (failed !== undefined) throw failed;

    const underFaults = await faultCounts(url);
    await setFaults(url, 'rate=0');
    log('Time is up: faults off, every client flushing…');
    const deadline = Date.now() + SETTLE_MS;
    const saved = await Promise.all(editors.map(e => e.settle(deadline)));
    const afterFaults = await faultCounts(url);
    log('Checking the final server state…');
    const edits = await checkEdits(schoolAs(url, OWNER), editors.flatMap(e => e.edits));
    const decisions = await checkDecisions(localSp(url, SCHOOL_SITE, OWNER), approvalsAs(url, OWNER), tenant.approvalDraft.id, approvers.flatMap(a => a.decisions));
    const decideFailures = new Map<string, number>();
    for (const approver of approvers) for (const [reason, n] of approver.failures) decideFailures.set(reason, (decideFailures.get(reason) ?? 0) + n);
    const result: SoakResult = {
      minutes: options.minutes, sessions: editors.length, people: new Set(editors.map(e => e.login)).size, drafts: tenant.editedDrafts.length,
      approvers: approvers.length, faultRate: options.faultRate, underFaults, afterFaults, edits,
      saves: {
        merges: sum(editors.map(e => e.store.counts.saves)), conflicts: sum(editors.map(e => e.store.counts.conflicts)),
        settledByPerson: sum(editors.map(e => e.settledByPerson)), pollFailures: sum(editors.map(e => e.pollFailures))
      },
      sessionsNotSaved: saved.filter(s => !s).length, decisions, approvalCounts, decideFailures
    };
    console.log(soakReport(result).join('\n'));
    const passed = soakPassed(result);
    console.log(passed ? '\nPASS: every acknowledged edit and decision is in the final server state.' : '\nFAIL: something acknowledged is missing from the final server state (or a client could not flush).');
    return passed;
  } finally {
    if (progress) clearInterval(progress);
    for (const editor of editors) editor.dispose();
    await tenant.server.stop();
  }
}

main().then(passed => {
  process.exitCode = passed ? 0 : 1;
}, (error: Error) => {
  console.error(`The soak could not run: ${error.stack ?? error.message}`);
  process.exitCode = 2;
});
