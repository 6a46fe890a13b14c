import * as React from 'react';
import { ActionButton, mergeStyleSets, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import type { ApprovalController, ApprovalState } from '../../app/approval/ApprovalController';
import type { RoundView } from '../../domain/approval/RoundView';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';
import { useLayout } from '../common/layout';
import { DecisionPanel } from './DecisionPanel';
import { FrozenDocument } from './FrozenDocument';
import { RoundNotices } from './RoundNotices';

export interface ApprovalViewProps {
  strings: Strings;
  view: RoundView;
  state: ApprovalState;
  actions: Pick<ApprovalController, 'setComment' | 'decide' | 'dismissReceipt'>;
  formatDate: (iso: string) => string;
  onExport: () => void;
  onBack: () => void;
  /** What governors read first: the school's departures from the authority's model (a container of its own). */
  changesSummary: React.ReactNode;
}

/**
 * A round as an approver sees it: the frozen draft with the school's changes from the authority's wording marked,
 * the other approvers' progress, and Approve / Request changes. Anyone else reads it. Props only.
 */
export function ApprovalView({ strings, view, state, actions, formatDate, onExport, onBack, changesSummary }: ApprovalViewProps): JSX.Element {
  const t = strings.approval;
  const layout = useLayout();
  const classes = mergeStyleSets({
    // Side by side when there is room; otherwise the decision panel comes first, so nobody scrolls a whole policy to find it.
    layout: { display: 'grid', gridTemplateColumns: layout === 'wide' ? 'minmax(0, 1fr) 300px' : 'minmax(0, 1fr)', gap: 24, alignItems: 'start' },
    document: { minWidth: 0, order: layout === 'wide' ? 0 : 1 },
    side: { order: layout === 'wide' ? 1 : 0 }
  });
  const { outcome, snapshot, round } = view;
  const problem = state.decisionProblem;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <ActionButton iconProps={{ iconName: 'Back' }} text={t.back} onClick={onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
      <Text as="h2" variant="xLarge" data-testid="round-title">{format(t.roundTitle, snapshot.title, round.number)}</Text>
      <Text data-testid="round-state">{t.state[outcome.state]}{outcome.state === 'Open' ? ` · ${format(t.progress, outcome.approvals.length, outcome.needed)}` : ''}</Text>
      <Text variant="small">{format(t.frozen, formatDate(round.created), round.submittedBy)}</Text>
      <RoundNotices strings={strings} terms={view.terms} snapshotHash={round.snapshotHash} outcome={outcome} warnings={view.warnings} notes={state.notes} formatDate={formatDate} />
      <Stack horizontal><ActionButton iconProps={{ iconName: 'WordDocument' }} text={strings.publish.downloadChanges} onClick={onExport} /></Stack>
      {state.refreshFailure && <FailureNotice failure={state.refreshFailure} strings={strings} title={t.failed.refresh} />}
      {state.exportFailure && <FailureNotice failure={state.exportFailure} strings={strings} title={t.failed.export} />}
      {state.receipt && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => actions.dismissReceipt()} data-testid="decision-receipt">{format(t.receipt, state.receipt)}</MessageBar>}
      {problem?.kind === 'failed' && <FailureNotice failure={problem.failure} strings={strings} title={t.failed.decide} />}
      {problem && problem.kind !== 'failed' && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => actions.dismissReceipt()}>{problem.kind === 'notApprover' ? t.notApprover : t.commentNeeded}</MessageBar>}
      <div className={classes.layout}>
        <div className={classes.document}>
          {changesSummary}
          <FrozenDocument strings={strings} snapshot={snapshot} />
        </div>
        <Stack tokens={{ childrenGap: 12 }} className={classes.side}>
          <DecisionPanel strings={strings} view={view} state={state} actions={actions} formatDate={formatDate} />
        </Stack>
      </div>
    </Stack>
  );
}
