import { Poller } from '../common/Poller';
import { TIMING, type Clock } from '../common/timing';
import { describeError } from '../../services/errors/describeError';
import { knownRound } from './editorView';
import type { DraftEditorContext, DraftEditorServices, PublishedDocument, RoundStatus, RoundView } from './draftEditorState';

/**
 * Follows a draft's latest approval round: reads it (with, for an approved round, its publications and frozen
 * copy, which nothing else needs), and while it is open and the page shown, reads its progress every
 * `TIMING.roundProgressMs` so the owner sees decisions arrive. A failed read is kept as a failure beside the round
 * last seen: the editor never forgets that a round is open.
 */
export class RoundFollower {
  private status: RoundStatus = { kind: 'loading' };
  private readonly progress: Poller;
  /** Numbers the reads, so an older answer arriving late never overwrites a newer one. */
  private reads = 0;

  public constructor(
    private readonly services: Pick<DraftEditorServices, 'approvals' | 'publishing'>,
    private readonly context: Pick<DraftEditorContext, 'draftId' | 'profile'>,
    clock: Clock,
    /** Whether the page is shown now (a hidden page does not follow progress). */
    private readonly isVisible: () => boolean,
    private readonly onChange: (status: RoundStatus) => void
  ) {
    // `read` keeps its own failures in the status, so the poller's error path has nothing left to report.
    this.progress = new Poller(clock, TIMING.roundProgressMs, () => this.read(), () => undefined);
  }

  /**
   * Reads the round now; `first`: a read of the round's view already on its way (the editor's opening, see
   * `draftOpening`), taken instead of reading again. Never rejects: a failure becomes the status.
   */
  public refresh(first?: Promise<RoundView | undefined>): Promise<void> {
    return this.read(first);
  }

  /**
   * Runs the progress poll while the round is open and the page is shown; stops it otherwise. `catchUp` reads at
   * once (the page was just shown again after a hidden spell).
   */
  public follow(catchUp = false): void {
    const open = knownRound(this.status)?.view?.outcome.state === 'Open';
    if (open && this.isVisible()) this.progress.start(catchUp);
    else this.progress.stop();
  }

  /** A publication just made: counted at once, without reading the library again. */
  public published(doc: PublishedDocument): void {
    if (this.status.kind !== 'known') return;
    this.set({ ...this.status, publications: [...this.status.publications, doc] });
  }

  public stop(): void {
    this.progress.stop();
  }

  private async read(first?: Promise<RoundView | undefined>): Promise<void> {
    const { approvals, publishing } = this.services;
    const { draftId, profile } = this.context;
    const read = ++this.reads;
    try {
      const view = await (first ?? approvals.view(draftId, profile));
      // Versions and the "changed since approval" check concern approved rounds only: others skip both reads.
      const approved = view?.outcome.state === 'Approved'
        ? await Promise.all([publishing.published(), approvals.snapshot(view.round)])
        : undefined;
      if (read !== this.reads) return;
      this.set({ kind: 'known', view, publications: approved ? approved[0].filter(p => p.draftId === draftId) : [], approvedSnapshot: approved?.[1] });
    } catch (error) {
      if (read !== this.reads) return;
      this.set({ kind: 'failed', failure: describeError(error), last: knownRound(this.status) });
    }
    this.follow();
  }

  private set(status: RoundStatus): void {
    this.status = status;
    this.onChange(status);
  }
}
