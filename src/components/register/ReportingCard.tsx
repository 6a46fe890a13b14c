import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text } from '@fluentui/react';
import type { ReportingState } from '../../app/register/ReportingController';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';

export interface ReportingCardProps {
  strings: Strings;
  state: ReportingState;
  when: (iso: string) => string;
  onSendNow: () => void;
  onDownloadPack: () => void;
  /** Mails the pack to the address the authority gives in its bank (offered only when it gives one). */
  onMailPack: () => void;
}

/**
 * Where the school's reports to the authority stand, with "send now", "mail the report pack to <the authority's
 * address>" when its bank gives one, and "download a report pack" (props only).
 */
export function ReportingCard({ strings, state, when, onSendNow, onDownloadPack, onMailPack }: ReportingCardProps): JSX.Element {
  const t = strings.register;
  const reportAddress = state.reportAddress;
  if (state.loading) return <Spinner label={t.loading} />;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="school-reporting">
      <Text variant="large" as="h3" block>{t.reportingTitle}</Text>
      <Text block>{t.reportingIntro}</Text>
      {state.noTeam && <MessageBar>{t.noTeam}</MessageBar>}
      {state.school && (
        <>
          <Text block>{format(t.registerCode, state.school.key)}</Text>
          <Text block variant="small">{t.registerCodeHelp}</Text>
        </>
      )}
      {state.notEnrolled && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{t.notEnrolled}</MessageBar>}
      {state.failure && <FailureNotice failure={state.failure} strings={strings} title={state.pending > 0 ? t.sendFailed : t.prepareFailed} onRetry={onSendNow} />}
      {state.pending > 0 && !state.notEnrolled && <MessageBar messageBarType={MessageBarType.warning}>{format(t.waiting, state.pending)}</MessageBar>}
      {state.nothingNew && <MessageBar>{t.nothingNew}</MessageBar>}
      {state.last?.sent && state.pending === 0 && <MessageBar messageBarType={MessageBarType.success}>{format(t.sent, when(state.last.reportedOn))}</MessageBar>}
      {state.school && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={t.sendNow} disabled={state.working} onClick={onSendNow} />
          {reportAddress && <DefaultButton iconProps={{ iconName: 'Mail' }} text={format(t.mailPack, reportAddress)} disabled={state.working} onClick={onMailPack} />}
          <DefaultButton iconProps={{ iconName: 'Download' }} text={t.downloadPack} disabled={state.working} onClick={onDownloadPack} />
        </Stack>
      )}
      {state.mailed && <MessageBar messageBarType={MessageBarType.success}>{format(t.mailed, state.mailed.to)}</MessageBar>}
      {state.mailFailure && <FailureNotice failure={state.mailFailure} strings={strings} title={t.mailFailed} onRetry={onMailPack} />}
      {state.school && <Text block variant="small">{reportAddress ? format(t.packHelp, reportAddress) : t.packHelpNoAddress}</Text>}
    </Stack>
  );
}
