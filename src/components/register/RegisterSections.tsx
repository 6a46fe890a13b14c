import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, Dropdown, Link, SelectionMode, Stack, Text, type IColumn } from '@fluentui/react';
import type { DashboardModel, SchoolStatus, StatementRank } from '../../domain/register/dashboard';
import { format, type Strings } from '../../loc/strings';
import { Badge } from '../common/Badge';

/** A titled part of the dashboard. */
export function Section({ title, children }: { title: string; children: React.ReactNode }): JSX.Element {
  return (
    <Stack tokens={{ childrenGap: 6 }} as="section">
      <Text variant="large" as="h3" block>{title}</Text>
      {children}
    </Stack>
  );
}

/** Per release, the schools that adopted it and when (earliest first). */
export function ReleasesSection({ strings, model, day }: { strings: Strings; model: DashboardModel; day: (iso: string) => string }): JSX.Element {
  const t = strings.register;
  return (
    <Section title={t.releasesTitle}>
      {model.releases.length === 0 ? <Text>{t.noReleases}</Text> : model.releases.map(release => (
        <Stack key={release.release} tokens={{ childrenGap: 2 }} data-testid={`release-${release.release}`}>
          <Text variant="mediumPlus" block>{format(t.releaseHeading, release.release, release.schools.length)}</Text>
          <Text block>{release.schools.map(s => format(t.adoptedBy, s.name, day(s.adoptedOn))).join('; ')}</Text>
        </Stack>
      ))}
    </Section>
  );
}

export interface StatementRankingProps {
  strings: Strings;
  model: DashboardModel;
  release?: string;
  onSelectRelease: (release: string | undefined) => void;
}

/** Statements most amended, left out or refused, for one release or all, with the schools' counts. */
export function StatementRanking({ strings, model, release, onSelectRelease }: StatementRankingProps): JSX.Element {
  const t = strings.register;
  const ranks = release ? model.statementsFor(release) : model.statements;
  const columns: IColumn[] = (['key', 'schools', 'amended', 'leftOut', 'refusedUpdate'] as const).map(k => ({
    key: k, name: t.statementColumns[k], fieldName: k, minWidth: k === 'key' ? 200 : 90, maxWidth: k === 'key' ? 320 : 130
  }));
  const options = [{ key: '', text: t.allReleases }, ...model.releases.map(r => ({ key: r.release, text: r.release }))];
  return (
    <Section title={t.statementsTitle}>
      <Dropdown label={t.statementsFor} options={options} selectedKey={release ?? ''} styles={{ root: { maxWidth: 260 } }}
        onChange={(_e, option) => onSelectRelease(option && option.key !== '' ? String(option.key) : undefined)} />
      {ranks.length === 0 ? <Text>{t.noDepartures}</Text> : (
        <div data-testid="statement-ranking">
          <DetailsList items={ranks.slice(0, 50)} columns={columns} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified}
            ariaLabelForGrid={t.statementsTitle} getKey={(r: StatementRank) => r.key} />
        </div>
      )}
    </Section>
  );
}

export interface SchoolListProps {
  strings: Strings;
  schools: SchoolStatus[];
  label: string;
  day: (iso: string) => string;
  onOpen: (key: string) => void;
}

/** Schools with their stage and last report; a school's name opens its reports. */
export function SchoolList({ strings, schools, label, day, onOpen }: SchoolListProps): JSX.Element {
  const t = strings.register;
  const columns: IColumn[] = [
    { key: 'school', name: t.columns.school, minWidth: 200, isMultiline: true, onRender: (s: SchoolStatus) => <Link onClick={() => onOpen(s.key)} data-testid={`school-${s.key}`}>{s.name}</Link> },
    { key: 'route', name: t.columns.route, minWidth: 110, onRender: (s: SchoolStatus) => t.route[s.route] },
    { key: 'stage', name: t.columns.stage, minWidth: 150, onRender: (s: SchoolStatus) => <Badge tone={s.stage === 'published' ? 'success' : s.stage === 'notStarted' ? 'warning' : 'info'} text={t.stage[s.stage]} /> },
    { key: 'release', name: t.columns.release, minWidth: 80, onRender: (s: SchoolStatus) => s.policy?.release ?? '' },
    { key: 'review', name: t.columns.reviewDue, minWidth: 110, onRender: (s: SchoolStatus) => s.policy?.reviewDue ? <Badge tone={s.overdue ? 'danger' : 'neutral'} text={day(s.policy.reviewDue)} /> : null },
    { key: 'reported', name: t.columns.reportedOn, minWidth: 110, onRender: (s: SchoolStatus) => (s.reportedOn ? day(s.reportedOn) : t.noReport) }
  ];
  return <DetailsList items={schools} columns={columns} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified} ariaLabelForGrid={label}
    getKey={(s: SchoolStatus) => s.key} onItemInvoked={(s: SchoolStatus) => onOpen(s.key)} />;
}
