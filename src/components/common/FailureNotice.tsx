import * as React from 'react';
import { ActionButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import { format, type Strings } from '../../loc/strings';
import type { Failure } from '../../services/errors/describeError';

export interface FailureNoticeProps {
  failure: Failure;
  strings: Strings;
  /** What failed, in words ("We couldn't load this site."). */
  title: string;
  onRetry?: () => void;
}

/** A string found by a dotted path (`sharepoint.changedByOthers`) under a strings object, if it leads to one. */
function stringAt(root: unknown, path: string): string | undefined {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The sentence a person reads for a failure: its code's sentence (`strings.errorCodes`, else a screen's own section
 * of the strings) filled with its values, else its kind's sentence (`strings.errors`).
 */
export function failureSentence(strings: Strings, failure: Failure): string {
  const byCode = failure.code ? stringAt(strings.errorCodes, failure.code) ?? stringAt(strings, failure.code) : undefined;
  return byCode !== undefined ? format(byCode, ...(failure.values ?? [])) : strings.errors[failure.kind];
}

/** A failure as a human sentence with the next step; the technical detail is one click away. */
export function FailureNotice({ failure, strings, title, onRetry }: FailureNoticeProps): JSX.Element {
  const [showDetail, setShowDetail] = React.useState(false);
  return (
    <MessageBar messageBarType={failure.kind === 'offline' || failure.kind === 'throttled' ? MessageBarType.warning : MessageBarType.error} isMultiline>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="mediumPlus" block>{title}</Text>
        <Text block>{failureSentence(strings, failure)}</Text>
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
          {onRetry && <PrimaryButton text={strings.shell.retry} onClick={onRetry} />}
          <ActionButton
            iconProps={{ iconName: showDetail ? 'ChevronUp' : 'ChevronDown' }}
            text={showDetail ? strings.shell.hideTechnicalDetail : strings.shell.technicalDetail}
            aria-expanded={showDetail}
            onClick={() => setShowDetail(!showDetail)}
          />
        </Stack>
        {showDetail && <Text block variant="small" styles={{ root: { fontFamily: 'Consolas, monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-word' } }}>
          {failure.status ? format(strings.shell.technicalDetailStatus, failure.status, failure.detail) : failure.detail}
        </Text>}
      </Stack>
    </MessageBar>
  );
}
