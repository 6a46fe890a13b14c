import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import type { EditLock } from '../../domain/draft/versions';
import { format, type Strings } from '../../loc/strings';

export interface VersionBannerProps {
  strings: Strings;
  lock: Exclude<EditLock, { kind: 'open' }>;
  /** The approved version's label ("1.0") and the next one's ("1.1"). */
  approved: string;
  next: string;
  /** When the approved round was decided, as people read it. */
  approvedOn: string;
  published: boolean;
  /** May start the next version (an editor of the draft). */
  canStart: boolean;
  starting: boolean;
  /** The locked draft's statements differ from the approved snapshot (changed outside the app). */
  changedSinceApproval: boolean;
  onStart: () => void;
  /** Present while the approved version is not yet published (it can still be, while the next one is written). */
  onPublishApproved?: () => void;
  publishing?: boolean;
}

/** Approved means locked: says which version is approved, that it cannot change in place, and how to start the next. */
export function VersionBanner({ strings, lock, approved, next, approvedOn, published, canStart, starting, changedSinceApproval, onStart, onPublishApproved, publishing }: VersionBannerProps): JSX.Element {
  const t = strings.draft.versions;
  if (lock.kind === 'nextVersion') {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="version-banner" data-version-state="next">
        <Text block styles={{ root: { fontWeight: 600 } }} data-testid="version-title">{format(t.nextTitle, next)}</Text>
        <Text block>{format(t.next, next, approved, approvedOn, published ? t.nextPublished : '')}</Text>
        {onPublishApproved && (
          <Stack horizontal styles={{ root: { marginTop: 6 } }}>
            <DefaultButton text={publishing ? strings.publish.publishing : format(t.publishApproved, approved)} disabled={publishing} onClick={onPublishApproved} />
          </Stack>
        )}
      </MessageBar>
    );
  }
  return (
    <MessageBar messageBarType={changedSinceApproval ? MessageBarType.severeWarning : MessageBarType.success} isMultiline data-testid="version-banner" data-version-state="locked">
      <Stack tokens={{ childrenGap: 6 }}>
        <Text block styles={{ root: { fontWeight: 600 } }} data-testid="version-title">{format(published ? t.lockedPublished : t.lockedTitle, approved, approvedOn)}</Text>
        <Text block>{canStart ? format(t.locked, next, approved) : t.lockedReadOnly}</Text>
        {changedSinceApproval && <Text block data-testid="changed-since-approval">{format(t.changedSinceApproval, approved)}</Text>}
        <Text block variant="small">{format(t.approvedCopy, approved)}</Text>
        {canStart && <Stack horizontal><PrimaryButton text={starting ? t.starting : t.start} disabled={starting} onClick={onStart} data-testid="start-next-version" /></Stack>}
      </Stack>
    </MessageBar>
  );
}
