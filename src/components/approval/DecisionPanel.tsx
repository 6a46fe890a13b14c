import * as React from 'react';
import { DefaultButton, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { ApprovalController, ApprovalState } from '../../app/approval/ApprovalController';
import type { RoundView } from '../../domain/approval/RoundView';
import { format, type Strings } from '../../loc/strings';
import { closedSentence } from './RoundNotices';

export interface DecisionPanelProps {
  strings: Strings;
  view: RoundView;
  state: Pick<ApprovalState, 'standing' | 'comment' | 'busy' | 'activity'>;
  actions: Pick<ApprovalController, 'setComment' | 'decide'>;
  formatDate: (iso: string) => string;
}

/** The side of the round: each approver's progress, the person's own decision (or the buttons to give it), and the timeline. */
export function DecisionPanel({ strings, view, state, actions, formatDate }: DecisionPanelProps): JSX.Element {
  const t = strings.approval;
  const { outcome, terms } = view;
  const { isApprover, mine, canDecide } = state.standing;
  const closed = outcome.state !== 'Open';
  const statusOf = (id: number): string => {
    const decision = outcome.approvals.find(d => d.authorId === id) ?? outcome.changesRequested.find(d => d.authorId === id);
    if (!decision) return closed ? t.approverStatus.notNeeded : t.approverStatus.waiting;
    return `${decision.decision === 'Approve' ? t.approverStatus.approved : t.approverStatus.changes} · ${formatDate(decision.created)}`;
  };
  const comment = state.comment;
  return (
    <>
      <Text variant="mediumPlus" as="h3">{t.approversHeading}</Text>
      <ul data-testid="approver-progress">{view.approvers.map(a => <li key={a.id}>{a.name}: {statusOf(a.id)}</li>)}</ul>
      {closed && <Text data-testid="round-closed-note">{format(t.closed, t.state[outcome.state])}</Text>}
      {isApprover && !mine && closed && <Text data-testid="not-needed">{format(t.notNeeded, closedSentence(strings, terms, outcome))}</Text>}
      {isApprover && !mine && closed && canDecide && <Text variant="small">{t.forTheRecord}</Text>}
      {!isApprover && <Text>{t.notElector}</Text>}
      {mine && <Text>{format(t.decided, mine.decision === 'Approve' ? t.approve : t.requestChanges)}</Text>}
      {canDecide && (
        <Stack tokens={{ childrenGap: 8 }} role="group" aria-label={t.yourDecision}>
          <Text variant="mediumPlus" as="h3">{t.yourDecision}</Text>
          <TextField label={t.commentLabel} multiline autoAdjustHeight value={comment} onChange={(_e, v) => actions.setComment(v ?? '')} />
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={t.approve} disabled={state.busy} onClick={() => void actions.decide('Approve')} />
            <DefaultButton text={t.requestChanges} disabled={state.busy || !comment.trim()} title={comment.trim() ? undefined : t.commentNeeded} onClick={() => void actions.decide('RequestChanges')} />
          </Stack>
        </Stack>
      )}
      <Text variant="mediumPlus" as="h3">{t.timeline}</Text>
      <ol reversed data-testid="timeline">{state.activity.map(a => <li key={a.id}><Text variant="small">{formatDate(a.at)} · {a.by}: {a.summary}</Text></li>)}</ol>
    </>
  );
}
