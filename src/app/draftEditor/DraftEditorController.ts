import { AppError } from '../../services/errors/AppError';
import { describeError } from '../../services/errors/describeError';
import type { WordFile } from '../../services/word/WordService';
import { DraftEditingController } from './DraftEditingController';
import { draftWordFile } from './draftExport';
import { editorView, knownRound, versionLabels } from './editorView';
import type { Approver, Delivery } from './draftEditorState';

export type { DraftEditorOptions } from './DraftEditingController';

/**
 * The draft editor's screen controller: the co-editing of `DraftEditingController` (open, sync, edits, comments)
 * plus the document's workflow: the approval round (submit, remind, withdraw and edit), versions (publish, start a
 * new version) and the Word export. Plain TypeScript over the service interfaces: React only renders `state` and
 * calls these commands.
 */
export class DraftEditorController extends DraftEditingController {
  /** Who a submission would be put to, read once per screen (the approvers group is read only when needed). */
  private approvers: Approver[] | undefined;

  // ---- the approval round ----------------------------------------------------------------------------------

  /** Reads the round again (the retry of a failed read). */
  public retryRound(): Promise<void> {
    return this.round.refresh();
  }

  /** The owner asks to withdraw the open round (from its banner), without an edit waiting. */
  public requestWithdraw(): void {
    this.afterWithdraw = undefined;
    this.update({ confirmingWithdraw: true });
  }

  public cancelWithdraw(): void {
    this.afterWithdraw = undefined;
    this.update({ confirmingWithdraw: false });
  }

  /** Withdraws the open round, reads it again, then makes the edit that asked for it (if any). */
  public async withdrawAndEdit(): Promise<void> {
    const { draft } = this.state;
    const view = knownRound(this.state.round)?.view;
    const then = this.afterWithdraw;
    this.afterWithdraw = undefined;
    this.update({ confirmingWithdraw: false });
    if (!draft || !view) return;
    const done = await this.run('withdraw', () => this.services.approvals.withdraw({ id: this.context.draftId, title: draft.title }, view, this.services.strings.approval.withdrawReasonEditing, this.context.userId));
    if (!done) return;
    await this.round.refresh();
    then?.();
  }

  public async remind(): Promise<void> {
    const { draft } = this.state;
    const view = knownRound(this.state.round)?.view;
    if (!draft || !view) return;
    if (await this.run('remind', () => this.services.approvals.remind({ id: this.context.draftId, title: draft.title }, view, this.context.userId))) this.update({ notice: { kind: 'reminded' } });
  }

  /** Opens the submit panel; who would be asked is read the first time only (a failed read is tried again). */
  public openSubmit(): void {
    this.update({ submitPanel: { approvers: this.approvers } });
    if (this.approvers) return;
    this.services.approvals.electorate().then(
      approvers => {
        this.approvers = approvers;
        if (this.state.submitPanel) this.update({ submitPanel: { approvers } });
      },
      (error: unknown) => {
        // Kept in the panel's state and as the screen's failure, which stays once the panel is closed.
        this.fail('readApprovers', error);
        if (this.state.submitPanel) this.update({ submitPanel: { approvers: [], failure: describeError(error) } });
      }
    );
  }

  /** Closes the submit panel and reads the round again (a submission may have opened one). */
  public closeSubmit(): Promise<void> {
    this.update({ submitPanel: undefined });
    return this.round.refresh();
  }

  /**
   * Sends every unsent edit, then freezes the draft and puts it to the approvers; returns who was told how.
   * Throws (for the submit panel to show) when edits are still unsaved or the service refuses.
   */
  public async submit(dueDate: string): Promise<Delivery[]> {
    const { draft } = this.state;
    const session = this.session;
    if (!draft || !session) throw new AppError('unexpected', 'draftEditor.notOpen', 'The draft is not open.');
    await session.flush();
    if (session.saveState().kind !== 'saved') {
      throw new AppError('conflict', 'draftEditor.notAllSaved', 'Some changes are not saved yet: wait until the draft says all changes are saved, then submit.');
    }
    const result = await this.services.approvals.submit({
      draft: { ...draft, id: this.context.draftId }, blocks: session.blocks(), profile: this.context.profile, dueDate,
      submitter: { id: this.context.userId, login: this.context.userLogin }
    });
    await this.round.refresh();
    return result.deliveries;
  }

  // ---- versions, publishing, export ------------------------------------------------------------------------

  /** Publishes the approved round as the next version of the document in the Policies library. */
  public async publish(): Promise<void> {
    const { draft } = this.state;
    const view = knownRound(this.state.round)?.view;
    if (!draft || !view) return;
    const doc = await this.run('publish', () => this.services.publishing.publish({ id: this.context.draftId, title: draft.title, kind: draft.kind, audience: draft.audience }, view, this.context.profile));
    if (!doc) return;
    this.round.published(doc.value);
    this.update({ notice: { kind: 'published', version: doc.value.version, ...(doc.value.pdfFailure ? { pdfFailure: doc.value.pdfFailure } : {}) } });
  }

  /** Starts the next version of an approved draft (the approved copy and published file stay as they are). */
  public async startNewVersion(): Promise<void> {
    const { draft } = this.state;
    const view = knownRound(this.state.round)?.view;
    if (!draft || !view) return;
    const labels = versionLabels(this.state.round);
    if (!(await this.run('startNewVersion', () => this.services.publishing.startNextVersion({ id: this.context.draftId, preamble: draft.preamble }, view)))) return;
    this.update({ draft: { ...draft, nextVersionOf: view.round.number }, notice: { kind: 'versionStarted', next: labels.next, approved: labels.approved } });
  }

  /**
   * The Word file for the view to download: an approved (locked) draft gives its approved copy, built from the
   * frozen snapshot; anything else is marked as a draft. Undefined when it failed (the failure is in the state).
   */
  public async export(showChanges: boolean): Promise<WordFile | undefined> {
    const view = editorView(this.state, this.context);
    if (!view) return undefined;
    const round = view.round;
    const file = await this.run('export', () => (view.lock.kind === 'locked' && round
      ? this.services.publishing.approvedCopy({ id: this.context.draftId, kind: view.draft.kind, audience: view.draft.audience }, round, this.context.profile, showChanges)
      : this.services.site.timeZone().then(zone => draftWordFile(view, this.context, this.services.strings, { showChanges, zone, now: this.now() }))));
    return file?.value;
  }
}
