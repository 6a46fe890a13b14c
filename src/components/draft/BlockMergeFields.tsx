import * as React from 'react';
import { Link, Text } from '@fluentui/react';
import type { MergeField } from '../../domain/school/MergeField';
import { profileFieldOf, type ProfileTextField } from '../../domain/school/mergeFieldProfile';
import { findMergeFields } from '../../domain/school/mergeFields';
import { format, type Strings } from '../../loc/strings';
import { mergeFieldName } from './mergeFieldNames';

export interface BlockMergeFieldsProps {
  strings: Strings;
  text: string;
  values: Partial<Record<MergeField, string>>;
  /** Opens the empty profile field to fill (absent for someone who may not). */
  onFill?: (field: ProfileTextField) => void;
}

/**
 * Under a statement's wording, which keeps its `{{Codes}}` to be edited: each merge field by its name and what it
 * reads as, and "Fill in" beside an empty one, right where the person sees it.
 */
export function BlockMergeFields({ strings, text, values, onFill }: BlockMergeFieldsProps): JSX.Element | null {
  const names = findMergeFields(text);
  if (names.length === 0) return null;
  return (
    <Text variant="small" block data-testid="merge-fields">
      {strings.draft.mergeFieldsUsed}{' '}
      {names.map((name, i) => {
        const label = mergeFieldName(strings, name);
        const value = values[name as MergeField];
        const field = profileFieldOf(name);
        return (
          <React.Fragment key={name}>
            {i > 0 && ' · '}
            {value ? `${label}: ${value}` : field ? format(strings.draft.mergeFieldEmpty, label) : label}
            {!value && field && onFill && <>{' '}<Link style={{ minHeight: 24 }} onClick={() => onFill(field)}>{format(strings.draft.fillIn, label)}</Link></>}
          </React.Fragment>
        );
      })}
    </Text>
  );
}
