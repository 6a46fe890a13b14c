import * as React from 'react';
import { MessageBar, MessageBarType, Panel, PanelType, Pivot, PivotItem, PrimaryButton, Spinner, Stack, Text } from '@fluentui/react';
import type { SchoolHomeController, SchoolHomeState, SchoolTab } from '../../app/schoolHome/SchoolHomeController';
import type { DocumentRow, SchoolHomeData } from '../../app/schoolHome/schoolHomeModel';
import { mergeValuesFor, type SchoolProfile } from '../../domain/school/SchoolProfile';
import { SETUP_STEPS } from '../../domain/school/setupSteps';
import { formatDate, formatDateTime } from '../../domain/time/formatDate';
import { format, type Strings } from '../../loc/strings';
import { ResourcesView } from '../bank/ResourcesView';
import { FailureNotice } from '../common/FailureNotice';
import { IncidentGuide } from '../incident/IncidentGuide';
import { ProfileSummary } from './ProfileSummary';
import { RoleHome } from './RoleHome';
import type { PublishedVersion } from '../../services/acknowledgement/IAcknowledgementService';
import type { ISitePagePublisher } from '../../services/publish/ISitePagePublisher';
import { PublishPagePanel } from './PublishPagePanel';

type Actions = Pick<SchoolHomeController, 'openDraft' | 'openRound' | 'showPanel' | 'openPublished' | 'startReview' | 'showTab' | 'setSetupLater' | 'dismissNotice' | 'refresh' | 'loadResources'>;

export interface SchoolDashboardProps {
  strings: Strings;
  data: SchoolHomeData & { profile: SchoolProfile };
  state: Pick<SchoolHomeState, 'tab' | 'notice' | 'actionFailure' | 'resources'>;
  actions: Actions;
  /** Where the bank's resources are served from (their links are relative to it). */
  bankSiteOrigin: string;
  /** The bank tab's screen (a container of its own). */
  bankTab: React.ReactNode;
  /** "To read and acknowledge": the person's own requests (read when the tab opens). */
  acknowledgeTab: React.ReactNode;
  /** The school's reporting to the authority, shown to owners on the profile tab (read when the tab opens). */
  reporting?: React.ReactNode;
  /** The owner's record of requests to acknowledge a published version (a container of its own). */
  recordOf: (document: PublishedVersion) => React.ReactNode;
  /** Publishing a website copy as a SharePoint page (issue 17): offered on published rows' menus when given. */
  sitePages?: { publisher: ISitePagePublisher; schoolSiteUrl: string };
  children?: React.ReactNode;
}

/** The school's home once set up: news and what is left to set up, then tabs for the home, incident guide, resources, bank and profile. */
export function SchoolDashboard({ strings, data, state, actions, bankSiteOrigin, bankTab, acknowledgeTab, reporting, recordOf, sitePages, children }: SchoolDashboardProps): JSX.Element {
  const { access } = data.person;
  const [asking, setAsking] = React.useState<PublishedVersion>();
  const [paging, setPaging] = React.useState<DocumentRow>();
  const ask = (row: DocumentRow): void => {
    if (row.publishedVersion && row.publishedRound !== undefined) setAsking({ draftId: row.id, title: row.title, version: row.publishedVersion, roundNumber: row.publishedRound });
  };
  const tabs: [SchoolTab, string][] = [['home', strings.home.tab], ['acknowledge', strings.acknowledgement.tab], ['incident', strings.incident.tab], ['resources', strings.school.resources], ['bank', strings.school.bank], ['profile', strings.school.profile]];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {state.notice && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => actions.dismissNotice()}>{state.notice === 'profileSaved' ? strings.school.profileForm.saved : strings.publish.reviewStarted}</MessageBar>}
      {state.actionFailure && <FailureNotice failure={state.actionFailure.failure} strings={strings} title={strings.school.failed[state.actionFailure.action]} />}
      {access.canProvision && data.nextStep && (
        <MessageBar messageBarType={MessageBarType.info} actions={<PrimaryButton text={strings.setup.resume} onClick={() => actions.setSetupLater(false)} />}>
          {format(strings.setup.stepOf, SETUP_STEPS.indexOf(data.nextStep) + 1, SETUP_STEPS.length)}: {strings.setup.steps[data.nextStep].title}
        </MessageBar>
      )}
      {!access.canProvision && !data.progress.profile && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>{format(strings.setup.profileIncompleteNotOwner, data.owners.join(', ') || strings.setup.noOwnersVisible)}</MessageBar>
      )}
      {data.bankCheck.failure && <FailureNotice failure={data.bankCheck.failure} strings={strings} title={format(strings.setup.steps.bank.body, data.bankCheck.siteUrl)} onRetry={() => void actions.refresh()} />}
      <Pivot selectedKey={state.tab} onLinkClick={item => item?.props.itemKey && actions.showTab(item.props.itemKey as SchoolTab)} aria-label={strings.appName} overflowBehavior="menu">
        {tabs.map(([key, text]) => <PivotItem key={key} headerText={text} itemKey={key} />)}
      </Pivot>
      {state.tab === 'bank' && bankTab}
      {state.tab === 'acknowledge' && acknowledgeTab}
      {state.tab !== 'bank' && state.tab !== 'acknowledge' && <SchoolTabContent strings={strings} data={data} state={state} actions={actions} bankSiteOrigin={bankSiteOrigin} onAskToAcknowledge={ask} onPublishPage={sitePages ? setPaging : undefined} />}
      {state.tab === 'profile' && access.canProvision && reporting}
      <Panel isOpen={asking !== undefined} type={PanelType.large} onDismiss={() => setAsking(undefined)} closeButtonAriaLabel={strings.acknowledgement.close}
        headerText={asking ? format(strings.acknowledgement.recordPanel, asking.title) : undefined}>
        {asking && recordOf(asking)}
      </Panel>
      {sitePages && <PublishPagePanel strings={strings} publisher={sitePages.publisher} schoolSiteUrl={sitePages.schoolSiteUrl} document={paging} onDismiss={() => setPaging(undefined)} />}
      {children}
    </Stack>
  );
}

/** The content of every tab but the bank's. */
function SchoolTabContent({ strings, data, state, actions, bankSiteOrigin, onAskToAcknowledge, onPublishPage }: Pick<SchoolDashboardProps, 'strings' | 'data' | 'state' | 'actions' | 'bankSiteOrigin'> & { onAskToAcknowledge: (row: DocumentRow) => void; onPublishPage?: (row: DocumentRow) => void }): JSX.Element | null {
  const { profile, bank, zone } = data;
  const { access, roles } = data.person;
  if (state.tab === 'home') {
    return (
      <RoleHome strings={strings} roles={roles} rows={data.rows} pending={data.pending} canCreate={access.canEdit && data.progress.profile && Boolean(bank ?? data.bankCheck.release)}
        formatDate={iso => formatDateTime(iso, zone)} formatDay={iso => formatDate(iso.length === 10 ? `${iso}T12:00:00Z` : iso, zone)}
        onOpen={id => actions.openDraft(id)} onOpenRound={(draftId, round) => actions.openRound(draftId, round)} onNew={() => actions.showPanel('new')}
        onOpenPublished={(row, file) => void actions.openPublished(row, file)} onStartReview={row => void actions.startReview(row)} onAskToAcknowledge={onAskToAcknowledge} onPublishPage={onPublishPage} />
    );
  }
  // The bank's content is read when this tab opens (the home reads only its release): a spinner until it comes.
  if (state.tab === 'incident') return bank ? <IncidentGuide strings={strings} bank={bank} values={mergeValuesFor(profile)} /> : data.bankCheck.failure ? <Text>{strings.incident.none}</Text> : <Spinner label={strings.shell.loading} />;
  if (state.tab === 'profile') return <ProfileSummary strings={strings} profile={profile} canEdit={access.canEdit} onEdit={() => actions.showPanel('profile')} />;
  if (state.tab !== 'resources') return null;
  const { resources } = state;
  if (resources.status === 'failed') return <FailureNotice failure={resources.failure} strings={strings} title={strings.school.failed.resources} onRetry={() => void actions.loadResources()} />;
  return resources.status === 'loaded' ? <ResourcesView strings={strings} resources={resources.items} siteOrigin={bankSiteOrigin} /> : <Spinner label={strings.shell.loading} />;
}
