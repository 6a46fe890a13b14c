import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorContext, DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import type { Strings } from '../../loc/strings';
import { SubmitPanel } from '../approval/SubmitPanel';

export interface DraftDialogsProps {
  strings: Strings;
  state: DraftEditorState;
  view: EditorView;
  editor: DraftEditorController;
  profile: DraftEditorContext['profile'];
}

/** The submit panel and the "withdraw from approval?" question editing an open round asks first. */
export function DraftDialogs({ strings, state, view, editor, profile }: DraftDialogsProps): JSX.Element {
  return (
    <>
      {state.submitPanel && (
        <SubmitPanel strings={strings} issues={view.issues} approvers={state.submitPanel.approvers} group={profile.approversGroup} rule={profile.approvalRule}
          onJump={key => editor.jumpTo(key)} onDismiss={() => void editor.closeSubmit()} onSubmit={dueDate => editor.submit(dueDate)} />
      )}
      <Dialog hidden={!state.confirmingWithdraw} onDismiss={() => editor.cancelWithdraw()}
        dialogContentProps={{ type: DialogType.normal, title: strings.approval.withdrawTitle, subText: strings.approval.withdrawOnEdit }}>
        <DialogFooter>
          <PrimaryButton text={strings.approval.withdrawConfirm} onClick={() => void editor.withdrawAndEdit()} />
          <DefaultButton text={strings.approval.cancel} onClick={() => editor.cancelWithdraw()} />
        </DialogFooter>
      </Dialog>
    </>
  );
}
