import * as React from 'react';
import { mergeStyleSets, Text, useTheme } from '@fluentui/react';
import type { DiffRun } from '../../domain/text/wordDiff';
import type { Strings } from '../../loc/strings';

export interface DiffTextProps {
  strings: Strings;
  runs: DiffRun[];
  /** Read out by screen readers before the diff (e.g. "Changes from version 1"). */
  label?: string;
  /**
   * Names of the two wordings (e.g. "Bank wording" and "School wording"). When given, the diff shows as two
   * labelled lines, the first with what was removed struck through and the second with what was added
   * underlined, so two rewordings never interleave into one unreadable line.
   */
  labels?: { before: string; after: string };
}

/** A word diff as text: insertions underlined and tinted, deletions struck through. Text only, never markup. */
export function DiffText({ strings, runs, label, labels }: DiffTextProps): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    ins: { background: theme.isInverted ? '#0b3d0b' : '#dff6dd', color: theme.semanticColors.bodyText, textDecoration: 'underline' },
    del: { background: theme.isInverted ? '#4a1010' : '#fde7e9', color: theme.semanticColors.bodyText, textDecoration: 'line-through' },
    line: { display: 'block', whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
    name: { display: 'block', fontWeight: 600 }
  });
  const ins = (run: DiffRun, i: number): JSX.Element => <ins key={i} className={classes.ins} title={strings.common.added}>{run.text}</ins>;
  const del = (run: DiffRun, i: number): JSX.Element => <del key={i} className={classes.del} title={strings.common.removed}>{run.text}</del>;
  if (labels) {
    return (
      <span aria-label={label} data-testid="diff-labelled">
        <span className={classes.line} data-testid="diff-before">
          <Text variant="small" className={classes.name}>{labels.before}</Text>
          {runs.map((run, i) => (run.kind === 'equal' ? <span key={i}>{run.text}</span> : run.kind === 'delete' ? del(run, i) : null))}
        </span>
        <span className={classes.line} data-testid="diff-after">
          <Text variant="small" className={classes.name}>{labels.after}</Text>
          {runs.map((run, i) => (run.kind === 'equal' ? <span key={i}>{run.text}</span> : run.kind === 'insert' ? ins(run, i) : null))}
        </span>
      </span>
    );
  }
  return (
    <span aria-label={label}>
      {runs.map((run, i) => (run.kind === 'equal' ? <span key={i}>{run.text}</span> : run.kind === 'insert' ? ins(run, i) : del(run, i)))}
    </span>
  );
}
