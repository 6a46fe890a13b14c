import * as React from 'react';
import { MessageBar, MessageBarType, Pivot, PivotItem, PrimaryButton, ProgressIndicator, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import type { Bank } from '../../domain/bank/BankModel';
import { assembleDraft } from '../../domain/draft/assembleDraft';
import { nextReviewDate, type SchoolProfile } from '../../domain/school/SchoolProfile';
import { formatDateTime } from '../../domain/time/formatDate';
import { format } from '../../loc/strings';
import { describeError, type Failure } from '../../services/errors/describeError';
import type { DraftSummary, SchoolAccess } from '../../services/school/ISchoolService';
import { BankContainer } from '../bank/BankContainer';
import { FailureNotice } from '../common/FailureNotice';
import { DraftEditorContainer } from '../draft/DraftEditorContainer';
import { DocumentList, type DocumentRow } from './DocumentList';
import { documentState, reviewStatus } from '../../domain/publish/documentStatus';
import type { ApprovalRound, RoundOutcome } from '../../domain/approval/ApprovalModel';
import type { PublishedDocument } from '../../services/publish/PublishService';
import { NewDocumentPanel } from './NewDocumentPanel';
import { ProfileForm } from './ProfileForm';
import { ApprovalContainer } from '../approval/ApprovalContainer';
import { parseSubEntity } from '../../domain/approval/deepLink';

/** The dashboard's rows: each draft with its derived state, its latest publication and its review date. */
function documentRows(drafts: DraftSummary[], outcomes: Map<number, { round: ApprovalRound; outcome: RoundOutcome }>, published: PublishedDocument[]): DocumentRow[] {
  const now = new Date();
  return drafts.map(draft => {
    const latest = outcomes.get(draft.id);
    const publication = published.find(p => p.draftId === draft.id);
    return {
      ...draft,
      state: documentState(latest ? { number: latest.round.number, state: latest.outcome.state } : undefined, publication),
      review: reviewStatus(publication?.reviewDate, now), reviewDate: publication?.reviewDate, publishedUrl: publication?.url, publishedVersion: publication?.version
    };
  });
}

type SchoolState =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | { status: 'setup'; access: SchoolAccess }
  | { status: 'ready'; access: SchoolAccess; profile: SchoolProfile; drafts: DocumentRow[]; bank: Bank; groups: string[]; zone: string; published: PublishedDocument[] };


/**
 * The school's side: first-run setup by an owner, the school profile, the documents and the draft editor.
 * The bank it drafts from is the authority's published bank, read once when the page opens.
 */
export function SchoolHomeContainer({ services }: { services: AppServices }): JSX.Element {
  const { strings, school } = services;
  const [state, setState] = React.useState<SchoolState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const initial = parseSubEntity(services.host.subEntityId ?? services.host.teams?.subEntityId);
  const [openDraft, setOpenDraft] = React.useState<number | undefined>(initial?.kind === 'draft' ? initial.draftId : undefined);
  const [openRound, setOpenRound] = React.useState<{ draftId: number; round?: number } | undefined>(initial?.kind === 'round' ? { draftId: initial.draftId, round: initial.round } : undefined);
  const [panel, setPanel] = React.useState<'none' | 'new' | 'profile'>('none');
  const [tab, setTab] = React.useState('documents');
  const [progress, setProgress] = React.useState<string>();
  const [notice, setNotice] = React.useState<string>();

  React.useEffect(() => {
    let live = true;
    (async (): Promise<SchoolState> => {
      const access = await school.access();
      if (access.missingLists.length > 0) return { status: 'setup', access };
      const [profile, drafts, bank, groups, zone, published] = await Promise.all([
        school.loadProfile(), school.listDrafts(), services.bank.loadPublished(), school.siteGroups(), services.site.timeZone(), services.publishing.published()
      ]);
      const outcomes = await services.approvals.latestOutcomes(profile);
      return { status: 'ready', access, profile, drafts: documentRows(drafts, outcomes, published), bank, groups, zone, published };
    })().then(next => live && setState(next), (error: unknown) => live && setState({ status: 'failed', failure: describeError(error) }));
    return () => { live = false; };
  }, [school, services.bank, services.site, services.publishing, services.approvals, attempt]);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  if (state.status === 'failed') return <FailureNotice failure={state.failure} strings={strings} title={strings.shell.loadFailed} onRetry={() => setAttempt(a => a + 1)} />;
  if (state.status === 'setup') {
    if (!state.access.canProvision) return <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.school.setupNotOwner}</MessageBar>;
    return (
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 640 } }}>
        <Text as="h2" variant="xLarge">{strings.school.setupTitle}</Text>
        <Text>{strings.school.setupIntro}</Text>
        {progress && <ProgressIndicator label={format(strings.school.setupWorking, progress)} />}
        <Stack horizontal><PrimaryButton text={strings.school.setupStart} disabled={Boolean(progress)} onClick={() => {
          school.provision(p => setProgress(p.step)).then(() => services.approvals.secure('')).then(() => { setProgress(undefined); setAttempt(a => a + 1); },
            (error: unknown) => { setProgress(undefined); setState({ status: 'failed', failure: describeError(error) }); });
        }} /></Stack>
      </Stack>
    );
  }

  const { access, profile, drafts, bank, groups, zone, published } = state;
  if (openRound) {
    return <ApprovalContainer services={services} draftId={openRound.draftId} roundNumber={openRound.round} profile={profile} userId={access.userId}
      onBack={() => { setOpenRound(undefined); setAttempt(a => a + 1); }} />;
  }
  if (openDraft !== undefined) {
    return <DraftEditorContainer services={services} draftId={openDraft} bank={bank} profile={profile} userLogin={access.userLogin} userId={access.userId} canEdit={access.canEdit}
      onBack={() => { setOpenDraft(undefined); setAttempt(a => a + 1); }} onOpenRound={round => setOpenRound({ draftId: openDraft, round })} />;
  }
  const profileMissing = !profile.schoolName.trim();
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {notice && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)}>{notice}</MessageBar>}
      {profileMissing && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={access.canEdit ? <PrimaryButton text={strings.school.fillProfile} onClick={() => setPanel('profile')} /> : undefined}>
          {strings.school.profileMissing}
        </MessageBar>
      )}
      <Pivot selectedKey={tab} onLinkClick={item => item?.props.itemKey && setTab(item.props.itemKey)} aria-label={strings.appName}>
        <PivotItem headerText={strings.school.documents} itemKey="documents" />
        <PivotItem headerText={strings.school.bank} itemKey="bank" />
        <PivotItem headerText={strings.school.profile} itemKey="profile" />
      </Pivot>
      {tab === 'documents' && (
        <DocumentList strings={strings} drafts={drafts} canEdit={access.canEdit && !profileMissing} formatDate={iso => formatDateTime(iso, zone)} onOpen={setOpenDraft} onNew={() => setPanel('new')}
          siteOrigin={new URL(school.siteUrl).origin}
          onStartReview={row => {
            const publication = published.find(p => p.draftId === row.id);
            if (!publication) return;
            school.openDraft(row.id)
              .then(({ draft }) => services.publishing.startReview(publication, school, draft, profile))
              .then(id => { setNotice(strings.publish.reviewStarted); setOpenDraft(id); }, (error: unknown) => setState({ status: 'failed', failure: describeError(error) }));
          }} />
      )}
      {tab === 'bank' && <BankContainer services={services} />}
      {tab === 'profile' && (
        <Stack tokens={{ childrenGap: 8 }} horizontalAlign="start">
          <Text>{profile.schoolName || strings.school.profileMissing}</Text>
          {access.canEdit && <PrimaryButton text={strings.school.fillProfile} onClick={() => setPanel('profile')} />}
        </Stack>
      )}
      {panel === 'profile' && (
        <ProfileForm strings={strings} initial={profile} groups={groups} onDismiss={() => setPanel('none')}
          onSave={async next => {
            await school.saveProfile(next);
            // A site owner's change of approvers group re-secures the approval lists for the new group.
            if (access.canProvision && next.approversGroup && next.approversGroup !== profile.approversGroup) await services.approvals.secure(next.approversGroup);
            setPanel('none');
            setNotice(strings.school.profileForm.saved);
            setAttempt(a => a + 1);
          }} />
      )}
      {panel === 'new' && (
        <NewDocumentPanel strings={strings} bank={bank} profile={profile} onDismiss={() => setPanel('none')}
          onStart={async (templateKey, title) => {
            const draft = { ...assembleDraft(bank, templateKey, profile, title), reviewDate: nextReviewDate(new Date(), profile.reviewPeriodMonths) };
            const id = await school.createDraft(draft);
            setPanel('none');
            setOpenDraft(id);
          }} />
      )}
    </Stack>
  );
}
