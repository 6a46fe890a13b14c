import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import type { AcknowledgeState } from '../../app/acknowledgement/AcknowledgeController';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';
import { ChangedStatements, FullText } from './ChangedStatements';

export interface AcknowledgeViewProps {
  strings: Strings;
  state: AcknowledgeState;
  onToggleFull: () => void;
  onAcknowledge: () => void;
  onRetry: () => void;
}

/** The person's screen: what changed (or everything), the full text a click away, and one button to acknowledge. */
export function AcknowledgeView({ strings, state, onToggleFull, onAcknowledge, onRetry }: AcknowledgeViewProps): JSX.Element {
  const words = strings.acknowledgement;
  if (state.status === 'loading') return <Text>{words.loading}</Text>;
  if (state.status === 'failed' || !state.view) {
    const failure = state.loadFailure?.failure ?? { kind: 'unexpected' as const, detail: '' };
    return <FailureNotice failure={failure} strings={strings} title={state.loadFailure?.sentence ?? words.loadFailed} onRetry={onRetry} />;
  }
  const { view } = state;
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text as="h2" variant="xLarge" block>{format(words.readTitle, view.request.title, view.request.version)}</Text>
      {/* A first-time reader has no earlier version: "Please read the whole document", and the whole document under it. */}
      {!view.changes.sinceEarlier && <ChangedStatements strings={strings} changes={view.changes} />}
      {state.showFull || !view.changes.sinceEarlier ? <FullText snapshot={view.full} /> : <ChangedStatements strings={strings} changes={view.changes} />}
      {view.changes.sinceEarlier && <DefaultButton text={state.showFull ? words.hideFull : words.showFull} onClick={onToggleFull} />}
      {view.acknowledged && <MessageBar messageBarType={MessageBarType.success}>{words.acknowledged}</MessageBar>}
      {!view.acknowledged && !view.canAcknowledge && <MessageBar messageBarType={MessageBarType.warning}>{words.cannotAcknowledge}</MessageBar>}
      {!view.acknowledged && view.canAcknowledge && (
        <PrimaryButton text={state.busy ? words.acknowledging : words.acknowledgeButton} disabled={state.busy} onClick={onAcknowledge} />
      )}
      {state.actionFailure && <FailureNotice failure={state.actionFailure.failure} strings={strings} title={state.actionFailure.sentence ?? words.actionFailed} />}
    </Stack>
  );
}
