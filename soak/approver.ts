import type { ApprovalService } from '../src/services/approval/ApprovalService';
import { errorLabel, type ApprovalCounts, type SoakDecision } from './approvalActors';
import { SOAK_PROFILE } from './people';
import { pause, persist } from './timing';

/** A quarter of decisions ask for changes; the rest approve. */
const CHANGES_SHARE = 0.25;

/**
 * A governor: looks at the draft's latest round every second or two as the round screen does, and when it is open
 * and waiting for them, reads the frozen copy and decides through ApprovalService.decide. Each decision's comment
 * carries a unique word, so the final check can find it.
 */
export class SoakApprover {
  readonly decisions: SoakDecision[] = [];
  readonly failures = new Map<string, number>();

  constructor(
    private readonly index: number,
    readonly login: string,
    private readonly approvals: ApprovalService,
    private readonly draft: { id: number; title: string },
    private readonly random: () => number,
    private readonly counts: ApprovalCounts
  ) {}

  async run(stopped: () => boolean): Promise<void> {
    const approvers = await persist(() => this.approvals.approvers(SOAK_PROFILE.approversGroup));
    const me = this.login.toLowerCase();
    // A guest's sign-in name is their e-mail address; SharePoint gives them an #EXT# user principal name.
    const myId = approvers.find(a => a.login.toLowerCase() === me || a.email.toLowerCase() === me)?.id;
    if (myId === undefined) throw new Error(`${this.login} is not in ${SOAK_PROFILE.approversGroup}.`);
    for (let n = 0; !stopped(); ) {
      await pause(this.random, 700, 2000);
      if (stopped()) return;
      let view;
      try {
        view = await this.approvals.view(this.draft.id, SOAK_PROFILE);
        if (!view || view.outcome.state !== 'Open' || !view.outcome.pending.includes(myId)) continue;
        await this.approvals.snapshot(view.round);
      } catch {
        this.counts.viewFailures++;
        continue;
      }
      const decision = this.random() < CHANGES_SHARE ? 'RequestChanges' : 'Approve';
      const token = `d${this.index}x${n++}`;
      const comment = decision === 'Approve' ? `Approved (${token}).` : `Please name the filtering provider in section 6 (${token}).`;
      const record: SoakDecision = {
        approver: this.login, roundId: view.round.id, roundNumber: view.round.number, decision, token, snapshotHash: view.round.snapshotHash, acknowledged: false
      };
      this.decisions.push(record);
      try {
        const next = await this.approvals.decide(this.draft, view, SOAK_PROFILE, decision, comment, view.round.snapshotHash);
        record.acknowledged = true;
        if (next.outcome.state === 'Approved' || next.outcome.state === 'ChangesRequested') record.closedRound = next.outcome.state;
      } catch (error) {
        const label = errorLabel(error);
        this.failures.set(label, (this.failures.get(label) ?? 0) + 1);
      }
    }
  }
}
