import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import type { BankFailure } from '../../app/bank/bankFailure';
import type { Bank, ReleaseRecord, SectionContent, StatementContent, TemplateContent } from '../../domain/bank/BankModel';
import type { BankProblem } from '../../domain/bank/bankValidation';
import { validateBankForRelease } from '../../domain/bank/bankValidation';
import { exportabilityProblems } from '../../domain/bank/exportability';
import { planRelease, type PlannedChange } from '../../domain/bank/releasePlan';
import { format, type Strings } from '../../loc/strings';
import { DiffText } from '../common/DiffText';
import { Badge } from '../common/Badge';
import { TEXT_COLUMN_LIMIT } from '../../services/sharepoint/schema/ListSchema';
import { BankProblemNotice } from './BankProblemNotice';

export interface PublishPanelProps {
  strings: Strings;
  bank: Bank;
  /** A release still to finish: publishing another waits for it. */
  interrupted?: ReleaseRecord;
  /** Why the last attempt failed, if it did. */
  failure?: BankFailure;
  /** Resolves true once published (the panel closes), false when it failed (the failure comes back as a prop). */
  onPublish: (label: string, notes: string) => Promise<boolean>;
  onDismiss: () => void;
}

function suggestLabel(bank: Bank): string {
  const year = new Date().getFullYear();
  const thisYear = bank.releases.filter(r => r.label.startsWith(`${year}.`)).length;
  return `${year}.${thisYear + 1}`;
}

function titleOf(change: PlannedChange): string {
  if (change.entity === 'statement') return (change.content as StatementContent).text;
  return (change.content as SectionContent | TemplateContent).title;
}

function ProblemList({ title, problems, type }: { title: string; problems: BankProblem[]; type: MessageBarType }): JSX.Element | null {
  if (problems.length === 0) return null;
  return (
    <MessageBar messageBarType={type} isMultiline>
      <Text block styles={{ root: { fontWeight: 600 } }}>{title}</Text>
      <ul>{problems.map((p, i) => <li key={i}><code>{p.key}</code>: {p.message}</li>)}</ul>
    </MessageBar>
  );
}

/** The release's changes: new, changed (with a word diff) and retired, each with its versions. */
function ChangeList({ strings, changes }: { strings: Strings; changes: PlannedChange[] }): JSX.Element {
  const t = strings.bank.publishPanel;
  const kindText = { new: t.changeNew, changed: t.changeChanged, retired: t.changeRetired };
  const entityText = { section: t.entitySection, statement: t.entityStatement, template: t.entityTemplate };
  return (
    <ol aria-label={t.changes} data-testid="release-changes">
      {changes.map(change => (
        <li key={`${change.entity}:${change.key}`} style={{ marginBottom: 12 }}>
          <Stack tokens={{ childrenGap: 4 }}>
            <Stack horizontal tokens={{ childrenGap: 6 }} verticalAlign="center">
              <Badge tone={change.change === 'new' ? 'success' : change.change === 'retired' ? 'neutral' : 'warning'} text={kindText[change.change]} />
              <Text variant="small">{entityText[change.entity]} <code>{change.key}</code> · {format(t.versions, change.fromVersion, change.toVersion)}</Text>
            </Stack>
            {change.entity === 'statement' && change.change === 'changed' && change.textDiff
              ? <Text block><DiffText strings={strings} runs={change.textDiff} label={format(strings.bank.version, change.fromVersion)} /></Text>
              : <Text block>{titleOf(change)}</Text>}
          </Stack>
        </li>
      ))}
    </ol>
  );
}

/** The release's change list, its problems, and the label and notes. */
export function PublishPanel({ strings, bank, interrupted, failure, onPublish, onDismiss }: PublishPanelProps): JSX.Element {
  const t = strings.bank.publishPanel;
  const changes = React.useMemo(() => planRelease(bank), [bank]);
  const problems = React.useMemo(() => {
    const found = validateBankForRelease(bank);
    return found.some(p => p.severity === 'error') ? found : [...found, ...exportabilityProblems(bank)];
  }, [bank]);
  const errors = problems.filter(p => p.severity === 'error');
  const warnings = problems.filter(p => p.severity === 'warning' && changes.some(c => c.key === p.key));
  const [label, setLabel] = React.useState(() => suggestLabel(bank));
  const [notes, setNotes] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const publish = async (): Promise<void> => {
    setBusy(true);
    if (!(await onPublish(label, notes))) setBusy(false);
  };
  const canPublish = changes.length > 0 && errors.length === 0 && label.trim() !== '' && !busy && !interrupted;
  return (
    <Panel isOpen type={PanelType.large} headerText={t.title} onDismiss={onDismiss} closeButtonAriaLabel={strings.bank.editor.cancel} isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
          <PrimaryButton text={busy ? t.publishing : t.publish} disabled={!canPublish} onClick={() => void publish()} />
          <DefaultButton text={strings.bank.editor.cancel} onClick={onDismiss} disabled={busy} />
          {busy && <Spinner label={t.publishing} labelPosition="right" />}
        </Stack>
      )}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text>{changes.length === 0 ? t.nothing : t.intro}</Text>
        {interrupted && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{format(strings.bank.interrupted.message, interrupted.label)}</MessageBar>}
        {failure && !busy && <BankProblemNotice strings={strings} action="publish" failure={failure} />}
        <ProblemList title={t.problems} problems={errors} type={MessageBarType.error} />
        <ProblemList title={t.warnings} problems={warnings} type={MessageBarType.warning} />
        <TextField label={t.label} required value={label} maxLength={TEXT_COLUMN_LIMIT} description={t.labelHelp} onChange={(_e, v) => setLabel(v ?? '')} />
        <TextField label={t.notes} multiline rows={3} value={notes} onChange={(_e, v) => setNotes(v ?? '')} />
        <ChangeList strings={strings} changes={changes} />
      </Stack>
    </Panel>
  );
}
