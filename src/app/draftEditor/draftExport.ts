import { freezeDraft } from '../../domain/approval/snapshot';
import { formatDate } from '../../domain/time/formatDate';
import { format, type Strings } from '../../loc/strings';
import { makeWordFile, type WordFile } from '../../services/word/WordService';
import type { DraftEditorContext } from './draftEditorState';
import type { EditorView } from './editorView';

/**
 * A draft's Word file as it stands (not approved): marked "Draft" (or "1.1 draft" while the next version is
 * written), merge fields filled from the profile, the approval date still to come.
 */
export function draftWordFile(view: EditorView, context: DraftEditorContext, strings: Strings, options: { showChanges: boolean; zone: string; now: number }): Promise<WordFile> {
  const { draft, blocks, lock, labels, values } = view;
  return makeWordFile(freezeDraft({ ...draft, id: context.draftId }, blocks, values), {
    version: lock.kind === 'nextVersion' ? format(strings.publish.nextDraftVersion, labels.next) : strings.publish.draftVersion,
    showChanges: options.showChanges, profile: context.profile, signatureLines: draft.kind === 'Aup', audience: draft.audience,
    formatDate: iso => formatDate(iso, options.zone), now: new Date(options.now).toISOString(),
    reviewDate: draft.reviewDate, approvalDatePending: strings.publish.approvalDatePending
  });
}
