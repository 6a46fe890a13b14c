import * as React from 'react';
import { MessageBar, MessageBarType, Pivot, PivotItem, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import { parseSubEntity } from '../../domain/approval/deepLink';
import { assembleDraft } from '../../domain/draft/assembleDraft';
import { mergeValuesFor, nextReviewDate } from '../../domain/school/SchoolProfile';
import { nextSetupStep, setupProgress, type SetupStep } from '../../domain/school/setupSteps';
import { formatDate, formatDateTime } from '../../domain/time/formatDate';
import { format } from '../../loc/strings';
import { describeError, type Failure } from '../../services/errors/describeError';
import type { ResourceItem } from '../../services/bank/IBankService';
import { ApprovalContainer } from '../approval/ApprovalContainer';
import { BankContainer } from '../bank/BankContainer';
import { ResourcesView } from '../bank/ResourcesView';
import { FailureNotice } from '../common/FailureNotice';
import { DraftEditorContainer } from '../draft/DraftEditorContainer';
import { IncidentGuide } from '../incident/IncidentGuide';
import type { DocumentRow } from './DocumentList';
import { NewDocumentPanel } from './NewDocumentPanel';
import { ProfileForm } from './ProfileForm';
import { ProfileSummary } from './ProfileSummary';
import { RoleHome } from './RoleHome';
import { loadSchoolHome, type SchoolHomeData } from './schoolHomeData';
import { SetupGuide } from './SetupGuide';

type SchoolState =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | { status: 'notSetUp'; owners: string[] }
  | { status: 'ready'; data: SchoolHomeData };

type Tab = 'home' | 'incident' | 'resources' | 'bank' | 'profile';

/**
 * The school's side of the app: first-run setup for an owner, then a home for who the person is, the
 * incident guide, resources, the bank and the profile; and the draft editor and approval screens.
 */
export function SchoolHomeContainer({ services }: { services: AppServices }): JSX.Element {
  const { strings, school } = services;
  const [state, setState] = React.useState<SchoolState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const initial = parseSubEntity(services.host.subEntityId ?? services.host.teams?.subEntityId);
  const [openDraft, setOpenDraft] = React.useState<number | undefined>(initial?.kind === 'draft' ? initial.draftId : undefined);
  const [openRound, setOpenRound] = React.useState<{ draftId: number; round?: number } | undefined>(initial?.kind === 'round' ? { draftId: initial.draftId, round: initial.round } : undefined);
  const [panel, setPanel] = React.useState<'none' | 'new' | 'profile' | 'approvers'>('none');
  const [tab, setTab] = React.useState<Tab>('home');
  const [working, setWorking] = React.useState<{ label: string; fraction?: number }>();
  const [setupFailure, setSetupFailure] = React.useState<Failure>();
  const [setupLater, setSetupLater] = React.useState(false);
  const [notice, setNotice] = React.useState<string>();
  const [resources, setResources] = React.useState<ResourceItem[]>();

  React.useEffect(() => {
    let live = true;
    loadSchoolHome(services).then(
      result => live && setState('notSetUp' in result ? { status: 'notSetUp', owners: result.owners } : { status: 'ready', data: result }),
      (error: unknown) => live && setState({ status: 'failed', failure: describeError(error) })
    );
    return () => { live = false; };
  }, [services, attempt]);

  React.useEffect(() => {
    if (tab !== 'resources' || resources) return;
    services.bank.resources().then(setResources, () => setResources([]));
  }, [tab, resources, services.bank]);

  const reload = (): void => setAttempt(a => a + 1);
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  if (state.status === 'failed') return <FailureNotice failure={state.failure} strings={strings} title={strings.shell.loadFailed} onRetry={reload} />;
  if (state.status === 'notSetUp') {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="not-set-up">
        <Text as="h2" variant="large" block>{strings.setup.notOwnerTitle}</Text>
        <Text block>{strings.setup.notOwner} {state.owners.length > 0 ? format(strings.setup.ownersAre, state.owners.join(', ')) : strings.setup.noOwnersVisible}</Text>
      </MessageBar>
    );
  }

  const { data } = state;
  const { person, profile, bank } = data;
  const { access, roles } = person;
  const progress = setupProgress({ missingLists: access.missingLists.length, bankReady: Boolean(data.bankCheck.release), profile, documents: data.rows.length });
  const nextStep = nextSetupStep(progress);
  const zone = data.zone;

  const startStep = (step: SetupStep): void => {
    setSetupFailure(undefined);
    if (step === 'lists') {
      setWorking({ label: strings.setup.steps.lists.title });
      school.provision(p => setWorking({ label: p.step, fraction: p.done / Math.max(1, p.total) }))
        .then(() => services.approvals.secure(''))
        .then(() => { services.roles.refresh(); setWorking(undefined); reload(); },
          (error: unknown) => { setWorking(undefined); setSetupFailure(describeError(error)); });
    } else if (step === 'bank') reload();
    else if (step === 'profile') setPanel('profile');
    else if (step === 'approvers') setPanel('approvers');
    else setPanel('new');
  };

  const panels = (
    <>
      {(panel === 'profile' || panel === 'approvers') && profile && (
        <ProfileForm strings={strings} initial={profile} groups={data.groups} only={panel === 'approvers' ? 'approvers' : undefined} onDismiss={() => setPanel('none')}
          onSave={async next => {
            await school.saveProfile(next);
            // A site owner's save re-secures the approval lists for the group: each approver (new ones too) gets a
            // ballot list, and people who left it, or own the site, lose theirs (SECURITY.md).
            if (access.canProvision && next.approversGroup) await services.approvals.secure(next.approversGroup);
            services.roles.refresh();
            setPanel('none');
            setNotice(strings.school.profileForm.saved);
            reload();
          }} />
      )}
      {panel === 'new' && profile && bank && (
        <NewDocumentPanel strings={strings} bank={bank} profile={profile} onDismiss={() => setPanel('none')}
          onStart={async (templateKey, title) => {
            const draft = { ...assembleDraft(bank, templateKey, profile, title), reviewDate: nextReviewDate(new Date(), profile.reviewPeriodMonths) };
            const id = await school.createDraft(draft);
            setPanel('none');
            setOpenDraft(id);
          }} />
      )}
    </>
  );

  // A deep link or a just-started draft opens straight away; the setup guide waits behind it.
  if (openRound && profile) {
    return <ApprovalContainer services={services} draftId={openRound.draftId} roundNumber={openRound.round} profile={profile} userId={access.userId}
      onBack={() => { setOpenRound(undefined); reload(); }} />;
  }
  if (openDraft !== undefined && profile && bank) {
    return <DraftEditorContainer services={services} draftId={openDraft} bank={bank} profile={profile} userLogin={access.userLogin} userId={access.userId} canEdit={access.canEdit}
      onBack={() => { setOpenDraft(undefined); reload(); }} onOpenRound={round => setOpenRound({ draftId: openDraft, round })} />;
  }

  if (access.canProvision && nextStep && (!setupLater || !progress.lists)) {
    return (
      <>
        <SetupGuide strings={strings} siteTitle={data.siteTitle} progress={progress} bank={data.bankCheck} working={working} failure={setupFailure}
          onStep={startStep} onLater={() => setSetupLater(true)} />
        {panels}
      </>
    );
  }
  if (!profile) return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;

  const openPublished = (row: DocumentRow): void => {
    if (row.publishedUrl) services.navigation.openDocument(row.publishedUrl).catch((error: unknown) => setState({ status: 'failed', failure: describeError(error) }));
  };
  const profileMissing = !progress.profile;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {notice && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)}>{notice}</MessageBar>}
      {access.canProvision && nextStep && (
        <MessageBar messageBarType={MessageBarType.info} actions={<PrimaryButton text={strings.setup.resume} onClick={() => setSetupLater(false)} />}>
          {format(strings.setup.stepOf, ['lists', 'bank', 'profile', 'approvers', 'firstDraft'].indexOf(nextStep) + 1, 5)}: {strings.setup.steps[nextStep].title}
        </MessageBar>
      )}
      {!access.canProvision && profileMissing && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>{format(strings.setup.profileIncompleteNotOwner, data.owners.join(', ') || strings.setup.noOwnersVisible)}</MessageBar>
      )}
      {data.bankCheck.failure && <FailureNotice failure={data.bankCheck.failure} strings={strings} title={format(strings.setup.steps.bank.body, data.bankCheck.siteUrl)} onRetry={reload} />}
      <Pivot selectedKey={tab} onLinkClick={item => item?.props.itemKey && setTab(item.props.itemKey as Tab)} aria-label={strings.appName} overflowBehavior="menu">
        <PivotItem headerText={strings.home.tab} itemKey="home" />
        <PivotItem headerText={strings.incident.tab} itemKey="incident" />
        <PivotItem headerText={strings.school.resources} itemKey="resources" />
        <PivotItem headerText={strings.school.bank} itemKey="bank" />
        <PivotItem headerText={strings.school.profile} itemKey="profile" />
      </Pivot>
      {tab === 'home' && (
        <RoleHome strings={strings} roles={roles} rows={data.rows} pending={data.pending} canCreate={access.canEdit && !profileMissing && Boolean(bank)}
          formatDate={iso => formatDateTime(iso, zone)} formatDay={iso => formatDate(iso.length === 10 ? `${iso}T12:00:00Z` : iso, zone)}
          onOpen={setOpenDraft} onOpenRound={(draftId, round) => setOpenRound({ draftId, round })} onNew={() => setPanel('new')} onOpenPublished={openPublished}
          onStartReview={row => {
            const publication = data.published.find(p => p.draftId === row.id);
            if (!publication) return;
            school.openDraft(row.id)
              .then(({ draft }) => services.publishing.startReview(publication, draft, profile))
              .then(id => { setNotice(strings.publish.reviewStarted); setOpenDraft(id); }, (error: unknown) => setState({ status: 'failed', failure: describeError(error) }));
          }} />
      )}
      {tab === 'incident' && (bank ? <IncidentGuide strings={strings} bank={bank} values={mergeValuesFor(profile)} /> : <Text>{strings.incident.none}</Text>)}
      {tab === 'resources' && (resources ? <ResourcesView strings={strings} resources={resources} siteOrigin={new URL(services.bank.siteUrl).origin} /> : <Spinner label={strings.shell.loading} />)}
      {tab === 'bank' && <BankContainer services={services} />}
      {tab === 'profile' && <ProfileSummary strings={strings} profile={profile} canEdit={access.canEdit} onEdit={() => setPanel('profile')} />}
      {panels}
    </Stack>
  );
}
