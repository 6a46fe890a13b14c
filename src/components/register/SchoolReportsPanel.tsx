import * as React from 'react';
import { Panel, PanelType, Spinner, Stack, Text } from '@fluentui/react';
import type { OpenSchool } from '../../app/register/OfficerDashboardController';
import type { DocumentMilestones } from '../../domain/register/MilestoneReport';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';

function counts(doc: DocumentMilestones): [number, number, number, number] {
  const outcomes = Object.values(doc.statements);
  return [outcomes.filter(o => o === 'kept').length, outcomes.filter(o => o === 'amended').length, outcomes.filter(o => o === 'leftOut').length, outcomes.filter(o => o === 'refusedUpdate').length];
}

/** One document of a report: its kind, release and furthest step, the statement counts and the staff share. */
function DocumentSummary({ strings, doc }: { strings: Strings; doc: DocumentMilestones }): JSX.Element {
  const t = strings.register;
  const stage = doc.published ? 'published' : doc.approved ? 'approved' : doc.submitted ? 'submitted' : 'started';
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text block>{format(t.documentLine, t.kinds[doc.kind], doc.release, t.stage[stage])}</Text>
      <Text block variant="small">{format(t.statementCounts, ...counts(doc))}</Text>
      {doc.staffAcknowledged !== undefined && <Text block variant="small">{format(t.staffShare, Math.round(doc.staffAcknowledged * 100))}</Text>}
    </Stack>
  );
}

export interface SchoolReportsPanelProps {
  strings: Strings;
  school: OpenSchool;
  day: (iso: string) => string;
  onDismiss: () => void;
}

/** One school's reports, newest first, opened from the dashboard with one click. */
export function SchoolReportsPanel({ strings, school, day, onDismiss }: SchoolReportsPanelProps): JSX.Element {
  const t = strings.register;
  return (
    <Panel isOpen headerText={school.name} type={PanelType.medium} onDismiss={onDismiss} closeButtonAriaLabel={t.schoolPanelClose} isLightDismiss>
      <Stack tokens={{ childrenGap: 12 }} data-testid="school-reports">
        <Text variant="large" as="h3" block>{t.historyTitle}</Text>
        {school.loading && <Spinner label={t.loading} />}
        {school.failure && <FailureNotice failure={school.failure} strings={strings} title={t.historyLoadFailed} />}
        {!school.loading && !school.failure && school.history.length === 0 && <Text>{t.noHistory}</Text>}
        {school.history.map(entry => (
          <Stack key={entry.itemId} tokens={{ childrenGap: 4 }}>
            <Text variant="mediumPlus" block>{format(t.reportLine, entry.report.sequence, day(entry.report.reportedOn))}</Text>
            {entry.report.documents.map(doc => <DocumentSummary key={doc.documentId} strings={strings} doc={doc} />)}
          </Stack>
        ))}
      </Stack>
    </Panel>
  );
}
