import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, ProgressIndicator } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import type { ProfileTextField } from '../../domain/school/mergeFieldProfile';
import type { SchoolSetting } from '../../domain/school/SchoolSetting';
import { plural } from '../../loc/plural';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';
import { settingLabel } from '../bank/labels';
import { noticeText } from './editorText';
import { ThingsToFix } from './ThingsToFix';

export interface DraftMessagesProps {
  strings: Strings;
  state: DraftEditorState;
  view: EditorView;
  editor: DraftEditorController;
  /** Opens an empty profile field to fill (absent for someone who may not). */
  onFillField?: (field: ProfileTextField) => void;
  /** The draft's template was written for another setting than the school's (a primary policy in a secondary school). */
  settingMismatch?: { template: SchoolSetting; school: SchoolSetting };
}

/** What the editor has to say above the panes: work under way, notices, failures, bank changes, things to fix. */
export function DraftMessages({ strings, state, view, editor, onFillField, settingMismatch }: DraftMessagesProps): JSX.Element {
  const failed = state.actionFailure;
  // A thing to fix in a statement takes the person to its wording, ready to type: the section shows, then the card.
  const jump = (key: string): void => {
    editor.jumpTo(key);
    window.requestAnimationFrame(() => {
      const card = Array.from(document.querySelectorAll<HTMLElement>('article[data-block-key]')).find(a => a.dataset.blockKey === key);
      card?.scrollIntoView({ block: 'center' });
      (card?.querySelector('textarea') ?? card)?.focus();
    });
  };
  return (
    <>
      {state.busy.export && <ProgressIndicator label={strings.publish.exporting} />}
      {state.statementNotices.map(n => (
        // Someone else's save dropped words this person had saved (the other person settled a clash their way).
        <MessageBar key={n.key} messageBarType={MessageBarType.warning} isMultiline data-testid="statement-notice" data-block-key={n.key}
          actions={<DefaultButton text={strings.clash.noticeSeen} onClick={() => editor.dismissStatementNotice(n.key)} />}>
          {format(strings.clash.changedByOther, n.by || strings.clash.someoneElse, n.now)}
        </MessageBar>
      ))}
      {state.notice && <MessageBar messageBarType={MessageBarType.warning} onDismiss={() => editor.dismissNotice()} data-testid="editor-notice">{noticeText(state.notice, strings)}</MessageBar>}
      {state.notice?.kind === 'published' && state.notice.pdfFailure && (
        <FailureNotice failure={state.notice.pdfFailure} strings={strings} title={strings.documents.publishedWithoutPdf} />
      )}
      {failed && (
        <FailureNotice failure={failed.failure} strings={strings} title={strings.draft.editor.failed[failed.action]}
          onRetry={failed.action === 'readComments' ? () => void editor.readComments() : undefined} />
      )}
      {state.syncFailure && <FailureNotice failure={state.syncFailure} strings={strings} title={strings.draft.editor.syncFailed} onRetry={() => void editor.syncNow()} />}
      {settingMismatch && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline data-testid="editor-setting-mismatch">
          {format(strings.school.settingMismatch, settingLabel(strings, settingMismatch.template), settingLabel(strings, settingMismatch.school))}
        </MessageBar>
      )}
      {view.drifts.length > 0 && <MessageBar messageBarType={MessageBarType.info}>{plural(strings.draft.driftSummary, view.drifts.length)}</MessageBar>}
      {view.issues.length > 0 && !state.preview && <ThingsToFix strings={strings} issues={view.issues} onJump={jump} onFillField={onFillField} />}
    </>
  );
}
