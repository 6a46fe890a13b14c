import * as React from 'react';
import { Link, MessageBar, MessageBarType, Text } from '@fluentui/react';
import type { DraftIssue } from '../../domain/draft/validateDraft';
import { emptyProfileFields, type ProfileTextField } from '../../domain/school/mergeFieldProfile';
import { plural } from '../../loc/plural';
import { format, type Strings } from '../../loc/strings';
import { issueText } from './issueText';

export interface ThingsToFixProps {
  strings: Strings;
  issues: DraftIssue[];
  /** Shows a statement (its section, selected). */
  onJump: (blockKey: string) => void;
  /** Opens an empty profile field to fill; absent for someone who may not change the profile. */
  onFillField?: (field: ProfileTextField) => void;
}

const LINK_STYLE: React.CSSProperties = { display: 'inline-block', minHeight: 24, paddingBlock: 2 };

/**
 * The checks that would stop a submission, each a link to where it is fixed: an empty profile field once (however
 * many statements use it) with "Fill in", which opens the fields to fill here; anything else, its statement.
 */
export function ThingsToFix({ strings, issues, onJump, onFillField }: ThingsToFixProps): JSX.Element {
  const empty = onFillField ? emptyProfileFields(issues) : [];
  const others = empty.length > 0 ? issues.filter(issue => issue.kind !== 'missingMergeField') : issues;
  const label = (field: ProfileTextField): string => strings.school.profileForm.fields[field];
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline truncated data-testid="things-to-fix">
      <Text block styles={{ root: { fontWeight: 600 } }}>{plural(strings.draft.issues, empty.length + others.length)}</Text>
      <ul>
        {onFillField && empty.map(({ field, statements }) => (
          <li key={`field:${field}`} data-testid={`empty-field-${field}`}>
            {plural(strings.draft.emptyProfileField, statements, label(field))}{' '}
            <Link style={LINK_STYLE} onClick={() => onFillField(field)}>{format(strings.draft.fillIn, label(field))}</Link>
          </li>
        ))}
        {others.slice(0, 20).map((issue, i) => (
          <li key={i}>{issue.blockKey ? (
            <a href={`#block-${issue.blockKey}`} style={LINK_STYLE} onClick={e => {
              e.preventDefault();
              onJump(issue.blockKey as string);
            }}>{issueText(strings, issue)}</a>
          ) : issueText(strings, issue)}</li>
        ))}
      </ul>
    </MessageBar>
  );
}
