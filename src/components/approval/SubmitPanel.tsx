import * as React from 'react';
import { DefaultButton, Link, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import type { DraftIssue } from '../../domain/draft/validateDraft';
import type { ApprovalRule } from '../../domain/school/SchoolProfile';
import { format, type Strings } from '../../loc/strings';
import type { Approver } from '../../domain/approval/RoundView';
import type { Delivery } from '../../services/notify/INotificationService';
import { DeliveryList } from '../notify/DeliveryList';
import { describeError, type Failure } from '../../services/errors/describeError';
import { issueText } from '../draft/issueText';
import { ukDateNote } from '../draft/ukDateNote';
import { FailureNotice } from '../common/FailureNotice';

export interface SubmitPanelProps {
  strings: Strings;
  issues: DraftIssue[];
  approvers: Approver[] | undefined;
  group: string;
  rule: ApprovalRule;
  onJump: (blockKey: string) => void;
  onSubmit: (dueDate: string) => Promise<Delivery[]>;
  onDismiss: () => void;
}

function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

/** Submit for approval: the checks (each linked to its block), the approvers and rule, the due date; then who was told how. */
export function SubmitPanel({ strings, issues, approvers, group, rule, onJump, onSubmit, onDismiss }: SubmitPanelProps): JSX.Element {
  const t = strings.approval;
  const [due, setDue] = React.useState(inTwoWeeks());
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<Failure>();
  const [deliveries, setDeliveries] = React.useState<Delivery[]>();
  const ready = issues.length === 0 && Boolean(approvers?.length) && /^\d{4}-\d{2}-\d{2}$/.test(due) && !busy && !deliveries;
  const submit = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      setDeliveries(await onSubmit(due));
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel isOpen type={PanelType.medium} headerText={t.submitTitle} onDismiss={onDismiss} closeButtonAriaLabel={t.close} isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
          {!deliveries && <PrimaryButton text={busy ? t.sending : t.send} disabled={!ready} onClick={() => void submit()} />}
          <DefaultButton text={deliveries ? t.back : strings.bank.editor.cancel} onClick={onDismiss} disabled={busy} />
          {busy && <Spinner />}
        </Stack>
      )}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text>{t.submitIntro}</Text>
        <Text variant="mediumPlus" as="h3">{t.checks}</Text>
        {issues.length === 0 ? <MessageBar messageBarType={MessageBarType.success}>{t.checksPass}</MessageBar> : (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            <ul data-testid="submit-issues">{issues.map((issue, i) => (
              <li key={i}>{issue.blockKey ? <Link onClick={() => { onJump(issue.blockKey as string); onDismiss(); }}>{issueText(strings, issue)}</Link> : issueText(strings, issue)}</li>
            ))}</ul>
          </MessageBar>
        )}
        {approvers === undefined ? <Spinner /> : approvers.length === 0 ? <MessageBar messageBarType={MessageBarType.warning}>{t.noApprovers}</MessageBar>
          : <Text>{format(t.approvers, group, approvers.map(a => a.name).join(', '))}; {t.rule[rule]}.</Text>}
        <TextField label={t.due} type="date" value={due} description={ukDateNote(strings, due)} onChange={(_e, v) => setDue(v ?? '')} disabled={Boolean(deliveries)} />
        {failure && <FailureNotice failure={failure} strings={strings} title={t.submitFailed} />}
        {deliveries && (
          <Stack tokens={{ childrenGap: 4 }} data-testid="deliveries">
            <Text variant="mediumPlus" as="h3">{t.delivered}</Text>
            <DeliveryList strings={strings} deliveries={deliveries} />
          </Stack>
        )}
      </Stack>
    </Panel>
  );
}
