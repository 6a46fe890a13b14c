import * as React from 'react';
import { ActionButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { format, type Strings } from '../../loc/strings';
import type { RoundView } from '../../domain/approval/RoundView';
import { closedSentence, warningSentence } from './RoundNotices';

export interface RoundBannerProps {
  strings: Strings;
  view: RoundView;
  canManage: boolean;
  formatDate: (iso: string) => string;
  onOpen: () => void;
  onRemind: () => void;
  onWithdraw: () => void;
  /** Present when the round is approved and not yet published. */
  onPublish?: () => void;
  publishing?: boolean;
}

/** The latest round's state in the editor: progress, who is awaited, what was asked for, and the owner's actions. */
export function RoundBanner({ strings, view, canManage, formatDate, onOpen, onRemind, onWithdraw, onPublish, publishing }: RoundBannerProps): JSX.Element {
  const t = strings.approval;
  const { outcome } = view;
  const waiting = view.approvers.filter(a => outcome.pending.includes(a.id)).map(a => a.name);
  const type = outcome.state === 'Approved' ? MessageBarType.success : outcome.state === 'ChangesRequested' ? MessageBarType.severeWarning
    : outcome.state === 'Open' ? MessageBarType.info : MessageBarType.warning;
  return (
    <MessageBar messageBarType={type} isMultiline data-testid="round-banner">
      <Stack tokens={{ childrenGap: 4 }}>
        <Text styles={{ root: { fontWeight: 600 } }} data-testid="round-state">{format(t.roundTitle, t.state[outcome.state], view.round.number)}</Text>
        {outcome.state === 'Open' && (
          <>
            <Text>{format(t.progress, outcome.approvals.length, Number.isFinite(outcome.needed) ? outcome.needed : 0)}{waiting.length ? ` · ${format(t.waitingFor, waiting.join(', '))}` : ''}</Text>
            {outcome.overdue && view.round.dueDate && <Text>{format(t.overdue, formatDate(`${view.round.dueDate}T12:00:00Z`).replace(/, \d\d:\d\d$/, ''))}</Text>}
          </>
        )}
        {outcome.state !== 'Open' && <Text block>{closedSentence(strings, view.terms, outcome)}</Text>}
        {outcome.changesRequested.map(d => <Text key={d.id} block>{d.authorName}: “{d.comment}”</Text>)}
        {view.warnings.length > 0 && (
          <Text block data-testid="round-banner-warnings"><strong>{t.warningsTitle}:</strong> {view.warnings.map(w => warningSentence(strings, w, formatDate)).join(' ')}</Text>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 4 }}>
          <ActionButton iconProps={{ iconName: 'OpenInNewWindow' }} text={t.openRound} onClick={onOpen} />
          {canManage && outcome.state === 'Open' && <ActionButton iconProps={{ iconName: 'Ringer' }} text={t.remind} onClick={onRemind} />}
          {canManage && outcome.state === 'Open' && <ActionButton iconProps={{ iconName: 'Undo' }} text={t.withdraw} onClick={onWithdraw} />}
          {canManage && onPublish && <ActionButton iconProps={{ iconName: 'PublishContent' }} text={publishing ? strings.publish.publishing : strings.publish.publish} disabled={publishing} onClick={onPublish} />}
        </Stack>
      </Stack>
    </MessageBar>
  );
}
