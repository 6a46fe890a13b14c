import * as React from 'react';
import { ActionButton, Facepile, PersonaSize, Stack, Text } from '@fluentui/react';
import type { DraftEditorState } from '../../app/draftEditor/draftEditorState';
import type { EditorView } from '../../app/draftEditor/editorView';
import { format, type Strings } from '../../loc/strings';
import { saveText } from './editorText';

/** The top bar: back, the title, who else is in the draft, and the overall save state. */
export function DraftHeader({ strings, state, view, onBack }: { strings: Strings; state: DraftEditorState; view: EditorView; onBack: () => void }): JSX.Element {
  const { draft } = view;
  return (
    <Stack horizontal verticalAlign="center" horizontalAlign="space-between" wrap tokens={{ childrenGap: 8 }}>
      <Stack>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.draft.back} onClick={onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
        <Text as="h2" variant="xLarge" data-testid="draft-title">{draft.title}</Text>
        <Text variant="small" data-testid="draft-release">{format(strings.draft.kindAndRelease, strings.school.kinds[draft.kind], draft.bankRelease)}</Text>
      </Stack>
      <Stack horizontalAlign="end" tokens={{ childrenGap: 4 }}>
        <Facepile personaSize={PersonaSize.size24} personas={state.people.map(p => ({ personaName: p.name }))} getPersonaProps={() => ({ initialsTextColor: '#ffffff' })} ariaLabel={strings.draft.people} data-testid="people" />
        <Text role="status" aria-live="polite" data-testid="draft-save-state" styles={{ root: { fontWeight: state.saveState.kind === 'saved' ? 400 : 600 } }}>{saveText(state.saveState, strings)}</Text>
      </Stack>
    </Stack>
  );
}
