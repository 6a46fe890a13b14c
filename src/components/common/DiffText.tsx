import * as React from 'react';
import { mergeStyleSets, useTheme } from '@fluentui/react';
import type { DiffRun } from '../../domain/text/wordDiff';
import type { Strings } from '../../loc/strings';

export interface DiffTextProps {
  strings: Strings;
  runs: DiffRun[];
  /** Read out by screen readers before the diff (e.g. "Changes from version 1"). */
  label?: string;
}

/** A word diff as text: insertions underlined and tinted, deletions struck through. Text only, never markup. */
export function DiffText({ strings, runs, label }: DiffTextProps): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    ins: { background: theme.isInverted ? '#0b3d0b' : '#dff6dd', color: theme.semanticColors.bodyText, textDecoration: 'underline' },
    del: { background: theme.isInverted ? '#4a1010' : '#fde7e9', color: theme.semanticColors.bodyText, textDecoration: 'line-through' }
  });
  return (
    <span aria-label={label}>
      {runs.map((run, i) => run.kind === 'equal' ? <span key={i}>{run.text}</span>
        : run.kind === 'insert' ? <ins key={i} className={classes.ins} title={strings.common.added}>{run.text}</ins>
          : <del key={i} className={classes.del} title={strings.common.removed}>{run.text}</del>)}
    </span>
  );
}
