import * as React from 'react';
import { CommandBar, type ICommandBarItemProps } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import type { Strings } from '../../loc/strings';
import { DOCX_TYPE } from '../../services/word/WordService';
import { downloadFile } from '../common/download';

/** Downloads the Word file the controller makes (a failure is already in its state). */
async function download(editor: DraftEditorController, showChanges: boolean): Promise<void> {
  const file = await editor.export(showChanges);
  if (file) downloadFile(file.fileName, file.bytes, DOCX_TYPE);
}

/** The command bar: submit, preview, Word downloads, and taking or refusing every newer bank wording. */
export function DraftCommandBar({ strings, state, view, editor }: { strings: Strings; state: DraftEditorState; view: EditorView; editor: DraftEditorController }): JSX.Element {
  const open = view.round?.outcome.state === 'Open';
  const drifting = view.editable && view.drifts.some(d => !d.retired);
  const items: ICommandBarItemProps[] = [
    ...(view.editable && !open ? [{ key: 'submit', text: strings.approval.submit, iconProps: { iconName: 'Send' }, onClick: () => editor.openSubmit() }] : []),
    { key: 'preview', text: state.preview ? strings.draft.edit : strings.draft.preview, iconProps: { iconName: state.preview ? 'Edit' : 'Preview' }, onClick: () => editor.togglePreview() },
    {
      key: 'word', text: strings.publish.wordMenu, iconProps: { iconName: 'WordDocument' },
      subMenuProps: { items: [false, true].map(showChanges => ({
        key: showChanges ? 'changes' : 'clean', text: showChanges ? strings.publish.downloadChanges : strings.publish.download,
        onClick: () => void download(editor, showChanges)
      })) }
    },
    ...(drifting ? [
      { key: 'accept', text: strings.draft.acceptAll, iconProps: { iconName: 'Accept' }, onClick: () => editor.acceptAllBankWording() },
      { key: 'keep', text: strings.draft.keepAll, iconProps: { iconName: 'Cancel' }, onClick: () => editor.keepAllSchoolWording() }
    ] : [])
  ];
  return <CommandBar ariaLabel={view.draft.title} overflowButtonProps={{ ariaLabel: strings.shell.moreCommands }} items={items} />;
}
