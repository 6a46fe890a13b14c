import * as React from 'react';
import { Stack } from '@fluentui/react';
import type { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorContext, DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import type { Strings } from '../../loc/strings';
import type { Failure } from '../../services/errors/describeError';
import { emptyProfileFields, type ProfileTextField } from '../../domain/school/mergeFieldProfile';
import { mismatchedSetting } from '../../domain/school/settingMatch';
import { FillDetailsPanel, type ProfileDetails } from './FillDetailsPanel';
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
  // The empty profile field the person chose to fill (from the things to fix or under a statement), if any.
  const [filling, setFilling] = React.useState<ProfileTextField>();
  const onFillField = context.canEdit && onFillProfile ? setFilling : undefined;
  const emptyFields = emptyProfileFields(view.issues).map(e => e.field);
  // A policy written for another setting is flagged here as on the home, until the school starts one from its own template.
  // (The template's setting from the bank, else the one stored on the draft, as the home's row works it out.)
  const templateSetting = view.draft.kind !== 'Policy' ? undefined : mismatchedSetting(view.draft.templateKey, context.bank, context.profile.setting)
    ?? (view.draft.setting && view.draft.setting !== context.profile.setting ? view.draft.setting : undefined);
  const settingMismatch = templateSetting ? { template: templateSetting, school: context.profile.setting } : undefined;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <DraftHeader strings={strings} state={state} view={view} onBack={onBack} />
      <DraftBanners {...parts} canEdit={context.canEdit} onOpenRound={onOpenRound} />
      <DraftCommandBar {...parts} />
      <DraftMessages {...parts} onFillField={onFillField} settingMismatch={settingMismatch} />
      {state.preview ? <DraftPreview strings={strings} draft={view.draft} blocks={view.blocks} values={view.values} /> : <DraftPanes {...parts} bank={context.bank} onFillField={onFillField} />}
      <DraftDialogs {...parts} profile={context.profile} />
      {filling && onFillProfile && (
        <FillDetailsPanel strings={strings} fields={emptyFields.includes(filling) ? emptyFields : [filling, ...emptyFields]} profile={context.profile}
          focus={filling} onSave={onFillProfile} onDismiss={() => setFilling(undefined)} />
      )}
    </Stack>
  );
}
