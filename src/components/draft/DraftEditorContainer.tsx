import * as React from 'react';
import { ActionButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import { DraftEditorController } from '../../app/draftEditor/DraftEditorController';
import type { DraftEditorContext, DraftEditorState } from '../../app/draftEditor/draftEditorState';
import { editorView } from '../../app/draftEditor/editorView';
import type { Bank } from '../../domain/bank/BankModel';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import { openBrowserTab } from '../../services/drafts/browserTab';
import type { Failure } from '../../services/errors/describeError';
import type { ProfileDetails } from './FillDetailsPanel';
import { FailureNotice } from '../common/FailureNotice';
import { useController } from '../common/useController';
import { DraftEditorView } from './DraftEditorView';

export interface DraftEditorProps {
  services: AppServices;
  draftId: number;
  bank: Bank;
  profile: SchoolProfile;
  userLogin: string;
  /** The signed-in person's display name (their saves from another tab are not told as someone else's). */
  userName?: string;
  /** The signed-in person's site user id (to tell them apart from others in the draft). */
  userId: number;
  canEdit: boolean;
  onBack: () => void;
  /** Opens the approval round view (the latest round when no number is given). */
  onOpenRound: (round?: number) => void;
  /** Saves empty school profile fields from the draft's things to fix; the new profile then comes in `profile`. */
  onFillProfile?: (details: ProfileDetails) => Promise<Failure | undefined>;
}

/** The draft editor: wires its controller (`src/app/draftEditor`) to the view. */
export function DraftEditorContainer({ services, draftId, bank, profile, userLogin, userName, userId, canEdit, onBack, onOpenRound, onFillProfile }: DraftEditorProps): JSX.Element {
  const { strings } = services;
  // The controller reads the profile when it submits, publishes or exports, so it reads the newest one: a detail
  // filled from the things to fix reaches it without a new controller (which would read the whole draft again).
  const latestProfile = React.useRef(profile);
  latestProfile.current = profile;
  const controllerContext = React.useMemo<DraftEditorContext>(
    () => ({ draftId, bank, get profile() { return latestProfile.current; }, userId, userLogin, userName, canEdit }), [draftId, bank, userId, userLogin, userName, canEdit]);
  const context = React.useMemo<DraftEditorContext>(() => ({ draftId, bank, profile, userId, userLogin, userName, canEdit }), [draftId, bank, profile, userId, userLogin, userName, canEdit]);
  // Each browser tab keeps its own queue of unsent edits, so two tabs of one person lose nothing (issue 16).
  const [editor, state] = useController<DraftEditorState, DraftEditorController>(() => new DraftEditorController(services, controllerContext, { openTab: openBrowserTab }), [services, controllerContext]);
  React.useEffect(() => { void editor.open(); }, [editor]);
  const view = React.useMemo(() => editorView(state, context), [state, context]);
  if (state.openFailure) {
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.draft.back} onClick={onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
        <FailureNotice failure={state.openFailure} strings={strings} title={strings.draft.editor.openFailed} onRetry={() => void editor.retryOpen()} />
      </Stack>
    );
  }
  if (state.opening || !view) return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  return <DraftEditorView strings={strings} state={state} view={view} editor={editor} context={context} onBack={onBack} onOpenRound={onOpenRound} onFillProfile={onFillProfile} />;
}
