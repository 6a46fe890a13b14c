import * as React from 'react';
import { Icon, mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import type { ReadingFlag } from '../../domain/draft/readability';
import { format, type Strings } from '../../loc/strings';

/**
 * Under a statement that reads above its audience's target: what it reads at, the target, and what helps. Said in
 * words beside a warning icon (never colour alone), with an id the wording box points to (`aria-describedby`) so a
 * screen reader hears it with the field. Not a live region: it follows every keystroke and would talk over typing.
 */
export function ReadingFlagNote({ strings, flag, id }: { strings: Strings; flag: ReadingFlag; id: string }): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    note: { borderLeft: `4px solid ${theme.semanticColors.warningIcon}`, paddingLeft: 8 },
    icon: { color: theme.semanticColors.warningIcon, fontSize: 14 }
  });
  const audience = strings.bank.audiences[flag.audience];
  return (
    <Stack horizontal tokens={{ childrenGap: 6 }} verticalAlign="start" className={classes.note} data-reading-flag="">
      <Icon iconName="Warning" className={classes.icon} aria-hidden />
      <Text id={id} variant="small">{format(strings.draft.readingFlag, flag.grade, flag.readingAge, audience, flag.target)}</Text>
    </Stack>
  );
}
