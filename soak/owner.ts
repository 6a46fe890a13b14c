import type { ApprovalService } from '../src/services/approval/ApprovalService';
import type { SPFI } from '../src/services/sharepoint/pnp';
import type { SchoolService } from '../src/services/school/SchoolService';
import { errorLabel, type ApprovalCounts } from './approvalActors';
import { SOAK_PROFILE } from './people';
import { pause, persist } from './timing';

/** A round nobody has finished within this long is superseded by a new one (as an owner resubmits). */
const ROUND_TIMEOUT_MS = 20_000;
const FILE_EXISTS = /A file with the name (.+?) already exists/;

/**
 * The draft's owner: whenever the latest round has an outcome (or has waited too long), opens the draft and
 * submits it again through ApprovalService.submit, as the Submit panel does.
 */
export class SoakOwner {
  constructor(
    private readonly school: SchoolService,
    private readonly approvals: ApprovalService,
    private readonly sp: SPFI,
    private readonly draft: { id: number; title: string },
    private readonly random: () => number,
    readonly counts: ApprovalCounts
  ) {}

  async run(stopped: () => boolean): Promise<void> {
    const me = await persist(() => this.school.access());
    const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    while (!stopped()) {
      await pause(this.random, 500, 1500);
      if (stopped()) return;
      let open = false;
      try {
        const view = await this.approvals.view(this.draft.id, SOAK_PROFILE);
        open = view?.outcome.state === 'Open' && Date.now() - Date.parse(view.round.created) < ROUND_TIMEOUT_MS;
      } catch {
        this.counts.viewFailures++;
        continue;
      }
      if (open) continue;
      this.counts.submitsTried++;
      try {
        const { draft } = await this.school.openDraft(this.draft.id);
        await this.approvals.submit({ draft: { ...draft, id: this.draft.id }, blocks: draft.blocks, profile: SOAK_PROFILE, dueDate, submitter: { id: me.userId, login: me.userLogin } });
        this.counts.submitsAcknowledged++;
      } catch (error) {
        const label = errorLabel(error);
        this.counts.submitFailures.set(label, (this.counts.submitFailures.get(label) ?? 0) + 1);
        await this.removeOrphan(error);
      }
    }
  }

  /**
   * A submit that failed after storing its frozen copy leaves the file behind, and every later submit of the same
   * round number is refused ("A file with the name … already exists"). A site owner would delete the stray file in
   * the library; the owner here does the same, if no round refers to it, so the soak goes on (and it is counted).
   */
  private async removeOrphan(error: unknown): Promise<void> {
    const url = FILE_EXISTS.exec(error instanceof Error ? error.message : '')?.[1];
    if (!url) return;
    try {
      const rounds = await this.approvals.rounds(this.draft.id);
      if (rounds.some(r => r.snapshotUrl.toLowerCase() === url.toLowerCase())) return;
      await this.sp.web.getFileByServerRelativePath(url).delete();
      this.counts.orphanedSnapshotsRemoved++;
    } catch {
      // Tried again at the next failed submit.
    }
  }
}
