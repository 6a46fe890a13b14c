import { decisionStanding, type DecisionStanding } from '../../domain/approval/canDecide';
import type { DecisionKind } from '../../domain/approval/ApprovalModel';
import { fingerprint } from '../../domain/approval/fingerprint';
import { snapshotHash } from '../../domain/approval/snapshot';
import { termsNotes, type TermsNote } from '../../domain/approval/warnings';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import { formatDate } from '../../domain/time/formatDate';
import { DEFAULT_SITE_ZONE } from '../../domain/time/siteZone';
import { format, type Strings } from '../../loc/strings';
import type { ApprovalService } from '../../services/approval/ApprovalService';
import type { RoundView } from '../../domain/approval/RoundView';
import type { ActivityEntry } from '../../domain/approval/activity';
import { AppError } from '../../services/errors/AppError';
import { describeError, type Failure } from '../../services/errors/describeError';
import type { ISiteService } from '../../services/sharepoint/ISiteService';
import type { makeWordFile, WordFile } from '../../services/word/WordService';
import { Observable } from '../common/Observable';
import { Poller } from '../common/Poller';
import { realClock, TIMING, type Clock } from '../common/timing';

/** What the approval screen needs from the services (and how it makes Word files and keeps time). */
export interface ApprovalControllerDeps {
  approvals: Pick<ApprovalService, 'view' | 'activity' | 'approvers' | 'decide'>;
  site: Pick<ISiteService, 'timeZone'>;
  strings: Strings;
  makeWordFile: typeof makeWordFile;
  clock?: Clock;
}

/** Which round, for whom: the draft, the round (the latest when absent), the school's profile and the signed-in person's site id. */
export interface ApprovalTarget {
  draftId: number;
  roundNumber?: number;
  profile: SchoolProfile;
  userId: number;
}

/** Why a decision was not recorded: not one of the round's approvers, no comment on a request for changes, or a failure. */
export type DecisionProblem = { kind: 'notApprover' } | { kind: 'commentNeeded' } | { kind: 'failed'; failure: Failure };

export interface ApprovalState {
  /** `tampered`: the round's frozen copy no longer matches its hash, so it is shown as such, never as a round to decide. */
  status: 'loading' | 'failed' | 'tampered' | 'ready';
  failure?: Failure;
  view?: RoundView;
  activity: ActivityEntry[];
  zone: string;
  /** How the round's frozen terms differ from the school's rule and approvers now. */
  notes: TermsNote[];
  standing: DecisionStanding;
  comment: string;
  busy: boolean;
  /** The fingerprint of the copy the person decided on, once their decision is recorded. */
  receipt?: string;
  decisionProblem?: DecisionProblem;
  exportFailure?: Failure;
  /** Reading the round again failed: what is shown may be out of date (the next poll tries again). */
  refreshFailure?: Failure;
}

/**
 * A round as an approver sees it, as plain TypeScript: reads the round, its timeline and the site's zone; records a
 * decision bound to the hash of exactly the copy shown; makes the round's Word file; and, while the round is open,
 * reads its progress again every `TIMING.roundProgressMs` so everyone sees decisions arrive.
 */
export class ApprovalController extends Observable<ApprovalState> {
  private readonly poller: Poller;
  private readSeq = 0;

  public constructor(private readonly deps: ApprovalControllerDeps, private readonly target: ApprovalTarget) {
    super({ status: 'loading', activity: [], zone: DEFAULT_SITE_ZONE, notes: [], standing: { isApprover: false, canDecide: false }, comment: '', busy: false });
    this.poller = new Poller(deps.clock ?? realClock, TIMING.roundProgressMs, () => this.refresh(), error => this.update({ refreshFailure: describeError(error) }));
  }

  /** Reads the round; keeps polling while it is open. A failed read keeps what is shown and says it may be out of date. */
  public async refresh(): Promise<void> {
    const seq = ++this.readSeq;
    try {
      const next = await this.read();
      if (seq !== this.readSeq) return;
      this.update({ ...next, failure: undefined, refreshFailure: undefined });
    } catch (error) {
      if (seq !== this.readSeq) return;
      if (this.state.view) this.update({ refreshFailure: describeError(error) });
      else this.update({ status: 'failed', failure: describeError(error) });
    }
    if (this.isDisposed) return;
    if (this.state.view?.outcome.state === 'Open') this.poller.start(false);
    else this.poller.stop();
  }

  public setComment(comment: string): void {
    this.update({ comment, decisionProblem: undefined });
  }

  /**
   * Records the person's decision in their own ballot list, bound to the hash of the copy this screen showed, then
   * reads the round again. SharePoint refuses anyone who is not an approver (their ballot list is theirs alone).
   */
  public async decide(kind: DecisionKind): Promise<void> {
    const { view, standing, comment, busy } = this.state;
    if (!view || busy) return;
    if (!standing.isApprover) return this.update({ decisionProblem: { kind: 'notApprover' } });
    if (kind === 'RequestChanges' && !comment.trim()) return this.update({ decisionProblem: { kind: 'commentNeeded' } });
    this.update({ busy: true, decisionProblem: undefined, receipt: undefined });
    try {
      const shown = await snapshotHash(view.snapshot);
      await this.deps.approvals.decide({ id: this.target.draftId, title: view.snapshot.title }, view, this.target.profile, kind, comment, shown, { id: this.target.userId });
      this.update({ comment: '', receipt: fingerprint(shown) });
      await this.refresh();
    } catch (error) {
      const failure = describeError(error);
      this.update({ decisionProblem: failure.kind === 'accessDenied' ? { kind: 'notApprover' } : { kind: 'failed', failure } });
    } finally {
      this.update({ busy: false });
    }
  }

  /** The round's copy as a Word file with the school's changes as tracked changes; undefined (and a Failure kept) if it fails. */
  public async export(): Promise<WordFile | undefined> {
    const { view, zone } = this.state;
    if (!view) return undefined;
    this.update({ exportFailure: undefined });
    const { snapshot, round } = view;
    try {
      return await this.deps.makeWordFile(snapshot, {
        version: format(this.deps.strings.publish.roundVersion, round.number), showChanges: true, profile: this.target.profile,
        signatureLines: snapshot.kind === 'Aup', formatDate: iso => formatDate(iso, zone), now: round.created, reviewDate: snapshot.reviewDate
      });
    } catch (error) {
      this.update({ exportFailure: describeError(error) });
      return undefined;
    }
  }

  public dismissReceipt(): void {
    this.update({ receipt: undefined, decisionProblem: undefined, exportFailure: undefined });
  }

  public dispose(): void {
    this.poller.stop();
    super.dispose();
  }

  private async read(): Promise<Partial<ApprovalState>> {
    const { approvals, site } = this.deps;
    const { draftId, roundNumber, profile, userId } = this.target;
    const [activity, zone, groupNow] = await Promise.all([
      // The group as it is now only adds a note ("the approvers have changed since"): unreadable, it is left out.
      approvals.activity(draftId), site.timeZone(), approvals.approvers(profile.approversGroup).catch(() => undefined)
    ]);
    let view: RoundView | undefined;
    try {
      view = await approvals.view(draftId, profile, roundNumber);
    } catch (error) {
      if ((error as Error).name === 'SnapshotTamperedError') return { status: 'tampered', view: undefined, activity, zone };
      throw error;
    }
    if (!view) throw new AppError('notFound', 'approval.noRound', `Draft ${draftId} has no approval round ${roundNumber ?? '(latest)'}.`, { status: 404, values: [roundNumber ?? ''] });
    const excludedNow = new Set(view.terms.excludedOwners);
    return {
      status: 'ready', view, activity, zone,
      notes: termsNotes(view.terms, { rule: profile.approvalRule, approverIds: groupNow?.filter(a => !excludedNow.has(a.name)).map(a => a.id) }),
      standing: decisionStanding({ userId, roundId: view.round.id, terms: view.terms, decisions: view.decisions, outcome: view.outcome })
    };
  }
}
