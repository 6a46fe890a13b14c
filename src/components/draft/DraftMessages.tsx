import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, ProgressIndicator, Text } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import type { DraftIssue } from '../../domain/draft/validateDraft';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';
import { noticeText } from './editorText';
import { issueText } from './issueText';

/** What the editor has to say above the panes: work under way, notices, failures, bank changes, things to fix. */
export function DraftMessages({ strings, state, view, editor }: { strings: Strings; state: DraftEditorState; view: EditorView; editor: DraftEditorController }): JSX.Element {
  const failed = state.actionFailure;
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
      {view.drifts.length > 0 && <MessageBar messageBarType={MessageBarType.info}>{format(strings.draft.driftSummary, view.drifts.length)}</MessageBar>}
      {view.issues.length > 0 && !state.preview && <IssueList strings={strings} issues={view.issues} onJump={key => editor.jumpTo(key)} />}
    </>
  );
}

/** The checks that would stop a submission, each a link to its statement. */
function IssueList({ strings, issues, onJump }: { strings: Strings; issues: DraftIssue[]; onJump: (blockKey: string) => void }): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline truncated>
      <Text block styles={{ root: { fontWeight: 600 } }}>{format(strings.draft.issues, issues.length)}</Text>
      <ul>{issues.slice(0, 20).map((issue, i) => (
        <li key={i}>{issue.blockKey ? (
          <a href={`#block-${issue.blockKey}`} style={{ display: 'inline-block', minHeight: 24, paddingBlock: 2 }} onClick={e => {
            e.preventDefault();
            onJump(issue.blockKey as string);
          }}>{issueText(strings, issue)}</a>
        ) : issueText(strings, issue)}</li>
      ))}</ul>
    </MessageBar>
  );
}
