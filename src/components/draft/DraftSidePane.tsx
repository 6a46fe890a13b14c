import * as React from 'react';
import { ActionButton, DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import { formatDateTime } from '../../domain/time/formatDate';
import type { Strings } from '../../loc/strings';
import { BlockSidePanel } from './BlockSidePanel';

interface PaneProps {
  strings: Strings;
  state: DraftEditorState;
  view: EditorView;
  editor: DraftEditorController;
}

/** The right pane: the selected statement's guidance, comments and history; and what to do about unsaved edits. */
export function DraftSidePane({ strings, state, view, editor }: PaneProps): JSX.Element {
  const selected = view.selected;
  const saveState = state.saveState;
  // One function for the panel's whole life: the history reloads when the statement changes, not on every render.
  const loadHistory = React.useCallback((block: Parameters<DraftEditorController['history']>[0]) => editor.history(block), [editor]);
  return (
    <>
      <BlockSidePanel strings={strings} block={selected} guidance={view.guidance} comments={state.comments} canEdit={view.editable}
        formatDate={iso => formatDateTime(iso, state.zone)} loadHistory={loadHistory}
        onNote={note => selected && editor.setNote(selected.key, note)} onRestore={text => selected && editor.editText(selected.key, text)}
        onResolve={(comment, resolved) => void editor.resolveComment(comment.id, resolved)}
        onComment={(text, parentId) => editor.addComment(text, parentId)} />
      {saveState.kind === 'offline' && <Stack styles={{ root: { marginTop: 12 } }}><DefaultButton text={strings.shell.retry} onClick={() => void editor.flush()} /></Stack>}
      {saveState.kind === 'refused' && <RefusedEdits strings={strings} detail={saveState.message} onRetry={() => void editor.retryRefused()} />}
    </>
  );
}

/** Edits SharePoint refused: what to do, a retry, and SharePoint's own words behind "technical detail". */
function RefusedEdits({ strings, detail, onRetry }: { strings: Strings; detail: string; onRetry: () => void }): JSX.Element {
  const [showDetail, setShowDetail] = React.useState(false);
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 12 } }} data-testid="refused-edits"
      actions={<DefaultButton text={strings.shell.retry} onClick={onRetry} />}>
      {strings.draft.refusedHelp}
      <ActionButton iconProps={{ iconName: showDetail ? 'ChevronUp' : 'ChevronDown' }} text={showDetail ? strings.shell.hideTechnicalDetail : strings.shell.technicalDetail}
        aria-expanded={showDetail} onClick={() => setShowDetail(!showDetail)} />
      {showDetail && <Text variant="small" block>{detail}</Text>}
    </MessageBar>
  );
}
