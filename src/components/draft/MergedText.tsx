import * as React from 'react';
import { mergeStyles, useTheme } from '@fluentui/react';
import type { MergeField } from '../../domain/school/MergeField';
import { mergeSegments } from '../../domain/school/mergeFields';

export interface MergedTextProps {
  text: string;
  values: Partial<Record<MergeField, string>>;
  /** What a field with no value reads as ("[Deputy DSL]"): its name, never the `{{Code}}`. */
  shownAs: (field: string) => string;
  /** The tooltip of a field with no value ("Deputy DSL is missing from the school profile"). */
  missingLabel: (field: string) => string;
}

/** Text with its merge fields filled; a field with no value shows by its name as a marked gap (text, never markup). */
export function MergedText({ text, values, shownAs, missingLabel }: MergedTextProps): JSX.Element {
  const theme = useTheme();
  const missing = mergeStyles({ background: theme.isInverted ? '#4a3a00' : '#fff4ce', borderBottom: `2px dashed ${theme.semanticColors.warningIcon ?? '#8a6d00'}`, padding: '0 2px' });
  return (
    <>
      {mergeSegments(text, values).map((segment, i) => segment.kind === 'text'
        ? <React.Fragment key={i}>{segment.text}</React.Fragment>
        : segment.value !== undefined ? <React.Fragment key={i}>{segment.value}</React.Fragment>
          : <mark key={i} className={missing} title={missingLabel(segment.field)} data-merge-field={segment.field}>{shownAs(segment.field)}</mark>)}
    </>
  );
}
