import * as React from 'react';
import { DefaultButton, PrimaryButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { clashRuns, combinedText } from '../../domain/draft/clash';
import { format, type Strings } from '../../loc/strings';
import { DiffText } from '../common/DiffText';

export interface ClashPanelProps {
  strings: Strings;
  /** The clash as the session keeps it (`DraftSession.conflictList()`): this person's text and the saved one. */
  clash: { key: string; mine: string; theirs: string };
  /** Who saved the other version (the saved block's `modifiedBy`); empty when unknown. */
  theirName: string;
  /** Settles the clash with this text (`DraftSession.resolveConflict(key, text)`). */
  onResolve: (text: string) => void;
}

/**
 * Two people changed the same words: both versions, labelled whose is whose, with the differences highlighted
 * (theirs with what only they have struck through, mine with what only I have underlined), and a combined text
 * to edit before saving. Keep mine / Keep theirs settle it with one version as it is. Text only, never markup.
 */
export function ClashPanel({ strings, clash, theirName, onResolve }: ClashPanelProps): JSX.Element {
  const t = strings.clash;
  const who = theirName || t.someoneElse;
  const suggested = React.useMemo(() => combinedText(clash.mine, clash.theirs), [clash.mine, clash.theirs]);
  const [combined, setCombined] = React.useState(suggested);
  // A new clash, or the other side saved again: start again from the new suggestion.
  React.useEffect(() => setCombined(suggested), [suggested]);
  const runs = React.useMemo(() => clashRuns(clash.mine, clash.theirs), [clash.mine, clash.theirs]);
  const theme = useTheme();
  // A warning's colours without MessageBar, whose live region shows its content only after a delay.
  const frame = { root: { padding: 12, border: `1px solid ${theme.semanticColors.warningIcon}`, background: theme.semanticColors.warningBackground } };
  return (
    <section data-testid="clash-panel" aria-label={format(t.title, who)}>
      <Stack tokens={{ childrenGap: 8 }} styles={frame}>
        <Text variant="mediumPlus" as="h3">{format(t.title, who)}</Text>
        <DiffText strings={strings} runs={runs} label={t.differences} labels={{ before: format(t.theirs, who), after: t.mine }} />
        <TextField
          label={t.combined}
          description={t.combinedHelp}
          multiline
          autoAdjustHeight
          value={combined}
          onChange={(_e, value) => setCombined(value ?? '')}
          data-testid="clash-combined"
        />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={t.saveCombined} onClick={() => onResolve(combined)} disabled={!combined.trim()} />
          <DefaultButton text={t.keepMine} onClick={() => onResolve(clash.mine)} />
          <DefaultButton text={t.keepTheirs} onClick={() => onResolve(clash.theirs)} />
        </Stack>
      </Stack>
    </section>
  );
}
