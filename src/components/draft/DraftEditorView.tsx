import * as React from 'react';
import { Stack } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorContext, DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import type { Strings } from '../../loc/strings';
import type { Failure } from '../../services/errors/describeError';
import type { ProfileDetails } from './FillDetailsPanel';
import { DraftBanners } from './DraftBanners';
import { DraftCommandBar } from './DraftCommandBar';
import { DraftDialogs } from './DraftDialogs';
import { DraftHeader } from './DraftHeader';
import { DraftMessages } from './DraftMessages';
import { DraftPanes } from './DraftPanes';
import { DraftPreview } from './DraftPreview';

export interface DraftEditorViewProps {
  strings: Strings;
  state: DraftEditorState;
  view: EditorView;
  editor: DraftEditorController;
  context: DraftEditorContext;
  onBack: () => void;
  onOpenRound: (round?: number) => void;
  /** Saves empty school profile fields from the things to fix (absent for someone who may not). */
  onFillProfile?: (details: ProfileDetails) => Promise<Failure | undefined>;
}

/** The open draft: top bar, its standing, commands, messages, then the three panes (or the preview) and dialogs. */
export function DraftEditorView({ strings, state, view, editor, context, onBack, onOpenRound, onFillProfile }: DraftEditorViewProps): JSX.Element {
  const parts = { strings, state, view, editor };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <DraftHeader strings={strings} state={state} view={view} onBack={onBack} />
      <DraftBanners {...parts} canEdit={context.canEdit} onOpenRound={onOpenRound} />
      <DraftCommandBar {...parts} />
      <DraftMessages {...parts} profile={context.profile} onFillProfile={context.canEdit ? onFillProfile : undefined} />
      {state.preview ? <DraftPreview strings={strings} draft={view.draft} blocks={view.blocks} values={view.values} /> : <DraftPanes {...parts} bank={context.bank} />}
      <DraftDialogs {...parts} profile={context.profile} />
    </Stack>
  );
}
