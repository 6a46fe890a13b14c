import * as React from 'react';
import { ActionButton, Stack, Text } from '@fluentui/react';
import type { Strings } from '../../loc/strings';
import type { BlockConflict } from '../../services/drafts/DraftSession';

/** Two people changed the same words at once: both versions, and a choice between them. */
export function BlockConflictChooser({ strings, conflict, onResolve }: { strings: Strings; conflict: BlockConflict; onResolve: (text: string) => void }): JSX.Element {
  const t = strings.draft;
  const text = { root: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } } as const;
  return (
    <Stack tokens={{ childrenGap: 6 }} role="group" aria-label={t.conflictTitle} data-testid="conflict">
      <Text styles={{ root: { fontWeight: 600 } }}>{t.conflictTitle}</Text>
      <Text variant="small">{t.conflictMine}</Text>
      <Text block styles={text} data-testid="conflict-mine">{conflict.mine}</Text>
      <Text variant="small">{t.conflictTheirs}</Text>
      <Text block styles={text} data-testid="conflict-theirs">{conflict.theirs}</Text>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <ActionButton iconProps={{ iconName: 'Contact' }} text={t.keepMine} onClick={() => onResolve(conflict.mine)} />
        <ActionButton iconProps={{ iconName: 'People' }} text={t.keepTheirs} onClick={() => onResolve(conflict.theirs)} />
      </Stack>
    </Stack>
  );
}
