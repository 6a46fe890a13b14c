import * as React from 'react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import { formatDate, formatDateTime } from '../../domain/time/formatDate';
import type { Strings } from '../../loc/strings';
import { RoundBanner } from '../approval/RoundBanner';
import { FailureNotice } from '../common/FailureNotice';
import { VersionBanner } from './VersionBanner';

export interface DraftBannersProps {
  strings: Strings;
  state: DraftEditorState;
  view: EditorView;
  editor: DraftEditorController;
  canEdit: boolean;
  onOpenRound: (round?: number) => void;
}

/** The draft's standing: its approved version (locked, or the next one under way), its latest round, or why it is unknown. */
export function DraftBanners({ strings, state, view, editor, canEdit, onOpenRound }: DraftBannersProps): JSX.Element {
  const { round, lock, labels } = view;
  const failure = state.round.kind === 'failed' ? state.round.failure : undefined;
  const publish = view.canPublish ? () => void editor.publish() : undefined;
  return (
    <>
      {failure && (
        <FailureNotice failure={failure} strings={strings} title={round ? strings.draft.editor.roundRefreshFailed : strings.draft.editor.roundReadFailed}
          onRetry={() => void editor.retryRound()} />
      )}
      {round && lock.kind !== 'open' && (
        <VersionBanner strings={strings} lock={lock} approved={labels.approved} next={labels.next}
          approvedOn={formatDate(round.outcome.decidedAt ?? round.round.created, state.zone)}
          published={labels.publishedRound !== undefined} canStart={canEdit} publishing={Boolean(state.busy.publish)}
          onPublishApproved={canEdit && lock.kind === 'nextVersion' ? publish : undefined}
          starting={Boolean(state.busy.startNewVersion)} changedSinceApproval={view.changedSinceApproval}
          onStart={() => void editor.startNewVersion()} />
      )}
      {round && lock.kind !== 'nextVersion' && (
        <RoundBanner strings={strings} view={round} canManage={canEdit} formatDate={iso => formatDateTime(iso, state.zone)}
          onOpen={() => onOpenRound(round.round.number)} onRemind={() => void editor.remind()} onWithdraw={() => editor.requestWithdraw()}
          publishing={Boolean(state.busy.publish)} onPublish={publish} />
      )}
    </>
  );
}
