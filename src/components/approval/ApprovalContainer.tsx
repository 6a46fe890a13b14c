import * as React from 'react';
import { ActionButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import { ApprovalController, type ApprovalState } from '../../app/approval/ApprovalController';
import type { AppServices } from '../../app/AppServices';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import { formatDateTime } from '../../domain/time/formatDate';
import { DOCX_TYPE, makeWordFile } from '../../services/word/WordService';
import { downloadFile } from '../common/download';
import { FailureNotice } from '../common/FailureNotice';
import { useController } from '../common/useController';
import { ApprovalView } from './ApprovalView';
import { ChangesSummaryContainer } from './ChangesSummary';

export interface ApprovalContainerProps {
  services: AppServices;
  draftId: number;
  /** The round to open (the deep link's); the latest when absent. */
  roundNumber?: number;
  profile: SchoolProfile;
  userId: number;
  onBack: () => void;
}

/** The approval screen wired to its controller: reads the round (and keeps reading it while open), decides, exports. */
export function ApprovalContainer({ services, draftId, roundNumber, profile, userId, onBack }: ApprovalContainerProps): JSX.Element {
  const { strings } = services;
  const [controller, state] = useController<ApprovalState, ApprovalController>(
    () => new ApprovalController({ approvals: services.approvals, site: services.site, strings, makeWordFile }, { draftId, roundNumber, profile, userId }),
    [services, draftId, roundNumber, profile, userId]
  );
  React.useEffect(() => { void controller.refresh(); }, [controller]);
  if (state.status === 'failed' && state.failure) return <FailureNotice failure={state.failure} strings={strings} title={strings.shell.loadFailed} onRetry={onBack} />;
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  const { view } = state;
  if (!view) {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.approval.back} onClick={onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
        {state.status === 'tampered' && <MessageBar messageBarType={MessageBarType.error}>{strings.approval.tampered}</MessageBar>}
      </Stack>
    );
  }
  const exportRound = (): void => {
    void controller.export().then(file => file && downloadFile(file.fileName, file.bytes, DOCX_TYPE));
  };
  return (
    <ApprovalView strings={strings} view={view} state={state} actions={controller} formatDate={iso => formatDateTime(iso, state.zone)}
      onExport={exportRound} onBack={onBack} changesSummary={<ChangesSummaryContainer services={services} snapshot={view.snapshot} />} />
  );
}
