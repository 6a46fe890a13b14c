import * as React from 'react';
import { DefaultButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import { SchoolHomeController, type SchoolHomeState } from '../../app/schoolHome/SchoolHomeController';
import { reportingSources } from '../../services/register/reportingSources';
import { formatDateTime } from '../../domain/time/formatDate';
import { FailureNotice } from '../common/FailureNotice';
import { useController } from '../common/useController';
import { NotSetUpNotice } from './NotSetUpNotice';
import { SchoolDashboard } from './SchoolDashboard';
import { SchoolPanels } from './SchoolPanels';
import { SetupGuide } from './SetupGuide';
import { lazyPart } from '../common/lazyPart';

// Screens other than the home load when first shown (the first bundle's budget): the draft editor, a round, the bank,
// read and acknowledge, and the school's report to the authority.
const DraftEditorContainer = lazyPart(() => import(/* webpackChunkName: 'draft-editor' */ '../draft/DraftEditorContainer').then(m => m.DraftEditorContainer), p => p.services.strings);
const ApprovalContainer = lazyPart(() => import(/* webpackChunkName: 'approval' */ '../approval/ApprovalContainer').then(m => m.ApprovalContainer), p => p.services.strings);
const BankContainer = lazyPart(() => import(/* webpackChunkName: 'bank' */ '../bank/BankContainer').then(m => m.BankContainer), p => p.services.strings);
const AcknowledgeContainer = lazyPart(() => import(/* webpackChunkName: 'acknowledgement' */ '../acknowledgement/AcknowledgeContainer').then(m => m.AcknowledgeContainer), p => p.strings);
const AcknowledgementRecordContainer = lazyPart(() => import(/* webpackChunkName: 'acknowledgement' */ '../acknowledgement/AcknowledgementRecordContainer').then(m => m.AcknowledgementRecordContainer), p => p.strings);
const PendingAcknowledgements = lazyPart(() => import(/* webpackChunkName: 'acknowledgement' */ '../acknowledgement/PendingAcknowledgements').then(m => m.PendingAcknowledgements), p => p.strings);
const ReportingContainer = lazyPart(() => import(/* webpackChunkName: 'register' */ '../register/ReportingContainer').then(m => m.ReportingContainer), p => p.strings);

/**
 * The school's side of the app, wired to its controller: first-run set-up for an owner, then the home for who the
 * person is; a deep link or a just-started draft opens the draft editor or the round, and the guide waits behind it.
 */
export function SchoolHomeContainer({ services }: { services: AppServices }): JSX.Element {
  const { strings } = services;
  const [controller, state] = useController<SchoolHomeState, SchoolHomeController>(() => new SchoolHomeController(services), [services]);
  React.useEffect(() => { void controller.refresh(); }, [controller]);
  // Memoised: a new ports object would make a new reporting controller (and a new report) on every render.
  const reportingPorts = React.useMemo(() => reportingSources(services, services.register), [services]);
  const { load, screen } = state;
  if (load.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  if (load.status === 'failed') return <FailureNotice failure={load.failure} strings={strings} title={strings.shell.loadFailed} onRetry={() => void controller.refresh()} />;
  if (load.status === 'notSetUp') return <NotSetUpNotice strings={strings} owners={load.owners} />;

  const { data } = load;
  const { profile, bank, person: { access } } = data;
  const back = (): void => void controller.backHome();
  if (screen.kind === 'ack') {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <Stack.Item><DefaultButton iconProps={{ iconName: 'Back' }} text={strings.acknowledgement.back} onClick={back} /></Stack.Item>
        <AcknowledgeContainer strings={strings} acknowledgements={services.acknowledgements} requestId={screen.requestId} />
      </Stack>
    );
  }
  if (screen.kind === 'round' && profile) {
    return <ApprovalContainer services={services} draftId={screen.draftId} roundNumber={screen.round} profile={profile} userId={access.userId} onBack={back} />;
  }
  if (screen.kind === 'draft' && profile && bank) {
    // Only a site owner may change the school profile (SECURITY.md: the profile list is Read for everyone else).
    const fillProfile = access.canProvision ? (details: Partial<typeof profile>) => controller.fillProfile(details) : undefined;
    return <DraftEditorContainer services={services} draftId={screen.draftId} bank={bank} profile={profile} userLogin={access.userLogin} userName={access.userName} userId={access.userId} canEdit={access.canEdit}
      onBack={back} onOpenRound={round => controller.openRound(screen.draftId, round)}
      onFillProfile={fillProfile} />;
  }
  // The bank's content is read when a draft opens (see `SchoolHomeController.ensureBank`); a failure sends them home.
  if (screen.kind === 'draft' && profile && !bank) return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  const panels = <SchoolPanels strings={strings} state={state} data={data} actions={controller} />;
  if (access.canProvision && data.nextStep && (!state.setupLater || !data.progress.lists)) {
    const working = state.working && { label: state.working.label || strings.setup.steps.lists.title, fraction: state.working.fraction };
    return (
      <>
        <SetupGuide strings={strings} siteTitle={data.siteTitle} progress={data.progress} bank={data.bankCheck} working={working} failure={state.setupFailure}
          onStep={step => void controller.takeStep(step)} onLater={() => controller.setSetupLater(true)} />
        {panels}
      </>
    );
  }
  if (!profile) return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  return (
    <SchoolDashboard strings={strings} data={{ ...data, profile }} state={state} actions={controller} bankSiteOrigin={new URL(services.bank.siteUrl).origin}
      bankTab={<BankContainer services={services} />}
      acknowledgeTab={<PendingAcknowledgements strings={strings} acknowledgements={services.acknowledgements} onOpen={id => controller.openAcknowledge(id)} />}
      reporting={<ReportingContainer strings={strings} ports={reportingPorts} zone={data.zone} />}
      sitePages={{ publisher: services.sitePages, schoolSiteUrl: services.host.siteUrl }}
      recordOf={document => <AcknowledgementRecordContainer strings={strings} acknowledgements={services.acknowledgements} document={document} formatDate={iso => formatDateTime(iso, data.zone)} timeZone={data.zone} />}>
      {panels}
    </SchoolDashboard>
  );
}
