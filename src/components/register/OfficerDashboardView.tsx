import * as React from 'react';
import { CommandBar, MessageBar, MessageBarType, Spinner, Stack, Text } from '@fluentui/react';
import type { OfficerDashboardState } from '../../app/register/OfficerDashboardController';
import type { SchoolIdentity } from '../../domain/register/ReportPack';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';
import { ActionOutcome, RegisterActions } from './RegisterActions';
import { ReleasesSection, SchoolList, Section, StatementRanking } from './RegisterSections';
import { SchoolReportsPanel } from './SchoolReportsPanel';

export interface OfficerDashboardViewProps {
  strings: Strings;
  state: OfficerDashboardState;
  day: (iso: string) => string;
  onRefresh: () => void;
  onExportCsv: () => void;
  onSelectRelease: (release: string | undefined) => void;
  onOpenSchool: (key: string) => void;
  onCloseSchool: () => void;
  onImport: (text: string) => void;
  onEnrol: (school: SchoolIdentity) => void;
  /** Saves the address schools mail report packs to (absent: the view has no place to keep it). */
  onSetAddress?: (address: string) => void;
  onDismissOutcome: () => void;
}

/** The officer's view across the authority's schools (props only; `OfficerDashboardContainer` wires it). */
export function OfficerDashboardView(props: OfficerDashboardViewProps): JSX.Element {
  const { strings, state, day } = props;
  const t = strings.register;
  const model = state.model;
  const unreadable = model?.schools.reduce((n, s) => n + s.unreadable, 0) ?? 0;
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="officer-dashboard">
      <Text variant="xLarge" as="h2" block>{t.dashboardTitle}</Text>
      <Text block>{t.dashboardIntro}</Text>
      <CommandBar ariaLabel={t.dashboardTitle} overflowButtonProps={{ ariaLabel: strings.shell.moreCommands }} items={[
        { key: 'refresh', text: t.refresh, iconProps: { iconName: 'Refresh' }, onClick: props.onRefresh, disabled: state.loading },
        { key: 'csv', text: t.exportCsv, iconProps: { iconName: 'Download' }, onClick: props.onExportCsv, disabled: !model || model.schools.length === 0 }
      ]} />
      {state.loading && !model && <Spinner label={t.loading} />}
      {state.failure && <FailureNotice failure={state.failure} strings={strings} title={t.loadFailed} onRetry={props.onRefresh} />}
      <ActionOutcome strings={strings} state={state} day={day} onDismiss={props.onDismissOutcome} />
      {model && model.schools.length === 0 && <MessageBar>{t.empty}</MessageBar>}
      {unreadable > 0 && <MessageBar messageBarType={MessageBarType.warning}>{format(t.unreadable, unreadable)}</MessageBar>}
      {model && model.schools.length > 0 && (
        <>
          <ReleasesSection strings={strings} model={model} day={day} />
          <StatementRanking strings={strings} model={model} release={state.release} onSelectRelease={props.onSelectRelease} />
          <Section title={t.overdueTitle}>
            {model.overdue.length === 0 ? <Text>{t.noneOverdue}</Text> : <SchoolList strings={strings} schools={model.overdue} label={t.overdueTitle} day={day} onOpen={props.onOpenSchool} />}
          </Section>
          <Section title={t.neverStartedTitle}>
            {model.neverStarted.length === 0 ? <Text>{t.allStarted}</Text> : <SchoolList strings={strings} schools={model.neverStarted} label={t.neverStartedTitle} day={day} onOpen={props.onOpenSchool} />}
          </Section>
          <Section title={t.schoolsTitle}>
            <SchoolList strings={strings} schools={model.schools} label={t.schoolsTitle} day={day} onOpen={props.onOpenSchool} />
          </Section>
        </>
      )}
      <RegisterActions strings={strings} busy={state.busy} onImport={props.onImport} onEnrol={props.onEnrol}
        reportAddress={state.reportAddress} onSetAddress={props.onSetAddress} />
      {state.school && <SchoolReportsPanel strings={strings} school={state.school} day={day} onDismiss={props.onCloseSchool} />}
    </Stack>
  );
}
