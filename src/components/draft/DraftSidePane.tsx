import * as React from 'react';
import { ActionButton, DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import { formatDateTime } from '../../domain/time/formatDate';
import type { Strings } from '../../loc/strings';
import { coverageOf } from '../../domain/coverage/coverage';
import type { Bank } from '../../domain/bank/BankModel';
import { CoveragePanel } from '../coverage/CoveragePanel';
import { BlockSidePanel } from './BlockSidePanel';

interface PaneProps {
  strings: Strings;
  state: DraftEditorState;
  view: EditorView;
  editor: DraftEditorController;
  /** The published bank the draft's coverage is checked against. */
  bank: Bank;
}

/** The right pane: the selected statement's guidance, comments and history; and what to do about unsaved edits. */
export function DraftSidePane({ strings, state, view, editor, bank }: PaneProps): JSX.Element {
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
      <DraftCoverage strings={strings} state={state} bank={bank} onAdd={view.editable ? key => editor.addFromCoverage(key) : undefined} />
      {saveState.kind === 'offline' && <Stack styles={{ root: { marginTop: 12 } }}><DefaultButton text={strings.shell.retry} onClick={() => void editor.flush()} /></Stack>}
      {saveState.kind === 'refused' && <RefusedEdits strings={strings} detail={saveState.message} onRetry={() => void editor.retryRefused()} />}
    </>
  );
}

/** The coverage check of the draft as the person sees it (recomputed only when its statements change). */
function DraftCoverage({ strings, state, bank, onAdd }: { strings: Strings; state: DraftEditorState; bank: Bank; onAdd?: (statementKey: string) => void }): JSX.Element | null {
  const { draft, blocks } = state;
  const report = React.useMemo(() => (draft ? coverageOf({ kind: draft.kind, setting: draft.setting, blocks }, bank) : undefined), [draft, blocks, bank]);
  if (!report) return null;
  return <Stack styles={{ root: { marginTop: 16 } }}><CoveragePanel report={report} strings={strings} onAdd={onAdd} /></Stack>;
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
