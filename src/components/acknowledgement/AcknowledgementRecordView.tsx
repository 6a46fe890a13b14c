import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import type { RecordState } from '../../app/acknowledgement/AcknowledgementRecordController';
import type { AcknowledgementRecord } from '../../domain/acknowledgement/AcknowledgementModel';
import type { PublishedVersion } from '../../services/acknowledgement/IAcknowledgementService';
import { plural } from '../../loc/plural';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';

export interface RecordViewProps {
  strings: Strings;
  document: PublishedVersion;
  state: RecordState;
  formatDate: (iso: string) => string;
  onChooseGroup: (group: string) => void;
  onAsk: () => void;
  onRemind: () => void;
  onExportCsv: () => void;
  onExportExcel: () => void;
  onRetry: () => void;
}

/** Who has and who hasn't, one row per person asked (text only). */
function RecordTable({ strings, record, formatDate }: { strings: Strings; record: AcknowledgementRecord; formatDate: (iso: string) => string }): JSX.Element {
  const words = strings.acknowledgement;
  return (
    <table data-testid="acknowledgement-record">
      <thead>
        <tr><th scope="col">{words.columns.name}</th><th scope="col">{words.columns.state}</th><th scope="col">{words.columns.date}</th><th scope="col">{words.columns.reminded}</th><th scope="col">{words.columns.note}</th></tr>
      </thead>
      <tbody>
        {record.rows.map(row => (
          <tr key={row.person.id}>
            <td>{row.person.name}</td>
            <td>{words.states[row.state]}</td>
            <td>{row.acknowledgedOn ? formatDate(row.acknowledgedOn) : ''}</td>
            <td>{row.remindedOn ? formatDate(row.remindedOn) : ''}</td>
            <td>{row.dateDoubtful ? words.doubtfulDate : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The owner's screen for a published version: ask a group, the record, remind the rest, export. */
export function AcknowledgementRecordView(props: RecordViewProps): JSX.Element {
  const { strings, document, state } = props;
  const words = strings.acknowledgement;
  if (state.status === 'loading') return <Text>{words.loading}</Text>;
  if (state.status === 'failed') {
    return <FailureNotice failure={state.loadFailure?.failure ?? { kind: 'unexpected', detail: '' }} strings={strings} title={state.loadFailure?.sentence ?? words.loadFailed} onRetry={props.onRetry} />;
  }
  const record = state.record;
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text as="h2" variant="xLarge" block>{format(words.askTitle, document.title, document.version)}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="end">
        <Dropdown
          label={words.audience} selectedKey={state.group} options={state.groups.map(g => ({ key: g, text: g }))}
          onChange={(_, option) => option && props.onChooseGroup(String(option.key))} styles={{ root: { minWidth: 280 } }}
        />
        <PrimaryButton text={state.busy ? words.sending : words.sendRequest} disabled={state.busy || !state.group} onClick={props.onAsk} />
      </Stack>
      <Text variant="small" block>{words.audienceHint}</Text>
      {state.sent && <MessageBar messageBarType={MessageBarType.success}>{state.sent.kind === 'requested'
        ? plural(words.requested, state.sent.deliveries.length, document.title)
        : state.sent.deliveries.length > 0 ? plural(words.reminded, state.sent.deliveries.length) : words.nobodyToRemind}</MessageBar>}
      {state.sent && state.sent.withoutList.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning}>{format(words.withoutList, state.sent.withoutList.map(p => p.name).join(', '))}</MessageBar>
      )}
      {state.actionFailure && <FailureNotice failure={state.actionFailure.failure} strings={strings} title={state.actionFailure.sentence ?? words.actionFailed} />}
      {record && (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text as="h3" variant="large" block>{format(words.recordTitle, record.request.title, record.request.version)}</Text>
          <Text block>{plural(words.counts, record.rows.length, record.acknowledged)}</Text>
          <RecordTable strings={strings} record={record} formatDate={props.formatDate} />
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <DefaultButton text={words.remind} disabled={state.busy || record.waiting === 0} onClick={props.onRemind} />
            <DefaultButton text={words.exportCsv} onClick={props.onExportCsv} />
            <DefaultButton text={state.preparingWorkbook ? words.preparingExcel : words.exportExcel} disabled={state.preparingWorkbook} onClick={props.onExportExcel} />
          </Stack>
        </Stack>
      )}
      {!record && <Text block>{words.noRequests}</Text>}
    </Stack>
  );
}
