import * as React from 'react';
import { Icon, Stack, Text, useTheme } from '@fluentui/react';

/** Where saving stands, for the command bar. */
export type SaveStatus = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** "All changes saved" / "Saving…" / what failed: always visible, announced politely to screen readers. */
export function SaveState({ status, savedText, savingText }: { status: SaveStatus; savedText: string; savingText: string }): JSX.Element {
  const theme = useTheme();
  const icon = status.kind === 'saved' ? 'CheckMark' : status.kind === 'saving' ? 'Sync' : 'Error';
  const color = status.kind === 'failed' ? theme.semanticColors.errorText : theme.semanticColors.bodySubtext;
  return (
    <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 4 }} role="status" aria-live="polite" data-testid="save-state">
      <Icon iconName={icon} styles={{ root: { color } }} aria-hidden />
      <Text variant="small" styles={{ root: { color } }}>{status.kind === 'saved' ? savedText : status.kind === 'saving' ? savingText : status.message}</Text>
    </Stack>
  );
}
