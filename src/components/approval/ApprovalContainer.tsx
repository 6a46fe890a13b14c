import * as React from 'react';
import { ActionButton, DefaultButton, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text, TextField, useTheme } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import { snapshotHash } from '../../domain/approval/snapshot';
import { fingerprint } from '../../domain/approval/fingerprint';
import { termsNotes } from '../../domain/approval/warnings';
import { fillMergeFields } from '../../domain/school/mergeFields';
import type { SchoolProfile } from '../../domain/school/SchoolProfile';
import { diffWords } from '../../domain/text/wordDiff';
import { formatDate, formatDateTime } from '../../domain/time/formatDate';
import { DOCX_TYPE, makeWordFile } from '../../services/word/WordService';
import { downloadFile } from '../common/download';
import { format } from '../../loc/strings';
import type { ActivityEntry } from '../../services/approval/approvalWire';
import type { Approver, RoundView } from '../../services/approval/ApprovalService';
import { describeError, type Failure } from '../../services/errors/describeError';
import { DiffText } from '../common/DiffText';
import { useLayout } from '../common/layout';
import { FailureNotice } from '../common/FailureNotice';
import { ChangesSummaryContainer } from './ChangesSummary';
import { closedSentence, RoundNotices } from './RoundNotices';

export interface ApprovalContainerProps {
  services: AppServices;
  draftId: number;
  /** The round to open (the deep link's); the latest when absent. */
  roundNumber?: number;
  profile: SchoolProfile;
  userId: number;
  onBack: () => void;
}

type Loaded = { view?: RoundView; tampered: boolean; activity: ActivityEntry[]; zone: string; groupNow?: Approver[] };

/**
 * A round as an approver sees it: the frozen draft with the school's changes from the authority's wording
 * marked, the other approvers' progress, and Approve / Request changes. Anyone else reads it.
 */
export function ApprovalContainer({ services, draftId, roundNumber, profile, userId, onBack }: ApprovalContainerProps): JSX.Element {
  const { strings, approvals } = services;
  const t = strings.approval;
  const theme = useTheme();
  const layout = useLayout();
  const [loaded, setLoaded] = React.useState<Loaded>();
  const [failure, setFailure] = React.useState<Failure>();
  const [comment, setComment] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<string>();
  const [receipt, setReceipt] = React.useState<string>();
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    (async (): Promise<Loaded> => {
      const [activity, zone, group] = await Promise.all([
        approvals.activity(draftId), services.site.timeZone(), approvals.approvers(profile.approversGroup).catch(() => undefined)
      ]);
      try {
        const view = await approvals.view(draftId, profile, roundNumber);
        if (!view) throw Object.assign(new Error(format(t.noRound, roundNumber ?? '')), { status: 404 });
        return { view, tampered: false, activity, zone, groupNow: group };
      } catch (error) {
        // A round whose frozen copy no longer matches its hash is shown as such, never as a round to decide.
        if ((error as Error).name === 'SnapshotTamperedError') return { tampered: true, activity, zone };
        throw error;
      }
    })().then(next => live && setLoaded(next), (error: unknown) => live && setFailure(describeError(error)));
    return () => { live = false; };
  }, [approvals, draftId, roundNumber, profile, services.site, attempt, t.noRound]);

  // While the round is open, its progress is read again every few seconds, so everyone sees it move.
  const open = loaded?.view?.outcome.state === 'Open';
  React.useEffect(() => {
    if (!open) return undefined;
    const timer = setInterval(() => setAttempt(a => a + 1), 8000);
    return () => clearInterval(timer);
  }, [open]);

  if (failure) return <FailureNotice failure={failure} strings={strings} title={strings.shell.loadFailed} onRetry={onBack} />;
  if (!loaded) return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;
  const { view, tampered, activity, zone } = loaded;
  const when = (iso: string): string => formatDateTime(iso, zone);
  if (!view) {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <ActionButton iconProps={{ iconName: 'Back' }} text={t.back} onClick={onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
        {tampered && <MessageBar messageBarType={MessageBarType.error}>{t.tampered}</MessageBar>}
      </Stack>
    );
  }
  const snapshot = view.snapshot;
  const shownValues = { ...snapshot.values, ApprovalDate: strings.publish.approvalDatePending };
  const { outcome, terms } = view;
  const isApprover = terms.electorate.some(e => e.id === userId);
  const mine = view.decisions.filter(d => d.authorId === userId && d.roundId === view.round.id).sort((a, b) => a.id - b.id)[0];
  const closed = outcome.state !== 'Open';
  // Every decision is kept: an approver whose vote is no longer needed may still give it, for the record.
  const canDecide = isApprover && !mine && outcome.state !== 'Withdrawn';
  const excludedNow = new Set(terms.excludedOwners);
  const notes = termsNotes(terms, { rule: profile.approvalRule, approverIds: loaded.groupNow?.filter(a => !excludedNow.has(a.name)).map(a => a.id) });
  const classes = mergeStyleSets({
    page: { background: theme.isInverted ? theme.semanticColors.bodyBackground : '#ffffff', border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '24px 40px', maxWidth: 860 },
    para: { whiteSpace: 'pre-wrap', lineHeight: '1.6' },
    // Side by side when there is room; otherwise the decision panel comes first, so nobody scrolls a whole policy to find it.
    layout: { display: 'grid', gridTemplateColumns: layout === 'wide' ? 'minmax(0, 1fr) 300px' : 'minmax(0, 1fr)', gap: 24, alignItems: 'start' },
    document: { minWidth: 0, order: layout === 'wide' ? 0 : 1 },
    side: { order: layout === 'wide' ? 1 : 0 }
  });
  const decide = async (kind: 'Approve' | 'RequestChanges'): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      // The decision carries the hash of exactly what this screen showed.
      const shown = await snapshotHash(snapshot);
      await approvals.decide({ id: draftId, title: snapshot.title }, view, profile, kind, comment, shown, { id: userId });
      setComment('');
      setReceipt(format(t.receipt, fingerprint(shown)));
      setAttempt(a => a + 1);
    } catch (error) {
      setMessage(describeError(error).kind === 'accessDenied' ? t.notApprover : (error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const statusOf = (id: number): string => {
    const decision = outcome.approvals.find(d => d.authorId === id) ?? outcome.changesRequested.find(d => d.authorId === id);
    if (!decision) return closed ? t.approverStatus.notNeeded : t.approverStatus.waiting;
    return `${decision.decision === 'Approve' ? t.approverStatus.approved : t.approverStatus.changes} · ${when(decision.created)}`;
  };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <ActionButton iconProps={{ iconName: 'Back' }} text={t.back} onClick={onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
      <Text as="h2" variant="xLarge" data-testid="round-title">{format(t.roundTitle, snapshot.title, view.round.number)}</Text>
      <Text data-testid="round-state">{t.state[view.outcome.state]}{view.outcome.state === 'Open' ? ` · ${format(t.progress, view.outcome.approvals.length, view.outcome.needed)}` : ''}</Text>
      <Text variant="small">{format(t.frozen, when(view.round.created), view.round.submittedBy)}</Text>
      <RoundNotices strings={strings} terms={terms} snapshotHash={view.round.snapshotHash} outcome={outcome} warnings={view.warnings} notes={notes} formatDate={when} />
      {(
        <Stack horizontal>
          <ActionButton iconProps={{ iconName: 'WordDocument' }} text={strings.publish.downloadChanges} onClick={() => {
            void makeWordFile(snapshot, {
              version: format(strings.publish.roundVersion, view.round.number), showChanges: true, profile, signatureLines: snapshot.kind === 'Aup', formatDate: iso => formatDate(iso, zone),
              now: view.round.created, reviewDate: snapshot.reviewDate
            }).then(file => downloadFile(file.fileName, file.bytes, DOCX_TYPE), (e: Error) => setMessage(e.message));
          }} />
        </Stack>
      )}
      {receipt && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setReceipt(undefined)} data-testid="decision-receipt">{receipt}</MessageBar>}
      {message && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setMessage(undefined)}>{message}</MessageBar>}
      <div className={classes.layout}>
        <div className={classes.document}>
          {snapshot && <ChangesSummaryContainer services={services} snapshot={snapshot} />}
          {(
            <article className={classes.page} aria-label={snapshot.title} data-testid="frozen-draft">
              {/* A round is decided before it has an approval date: say so rather than print the raw merge code. */}
              {snapshot.sections.map((section, s) => (
                <Stack key={section.key} tokens={{ childrenGap: 6 }} styles={{ root: { marginBottom: 16 } }}>
                  {snapshot.kind === 'Policy' && <Text as="h3" variant="large">{s + 1}. {section.title}</Text>}
                  <ol style={{ paddingLeft: 24 }}>
                    {snapshot.blocks.filter(b => b.sectionKey === section.key).map(block => {
                      const text = fillMergeFields(block.text, shownValues).text;
                      const base = fillMergeFields(block.baseText, shownValues).text;
                      const amended = block.kind !== 'Custom' && block.text !== block.baseText;
                      return (
                        <li key={block.key} className={classes.para}>
                          {block.kind === 'Custom' ? <ins title={t.schoolsOwn}>{text}</ins> : amended ? <DiffText strings={strings} runs={diffWords(base, text)} /> : text}
                        </li>
                      );
                    })}
                  </ol>
                </Stack>
              ))}
            </article>
          )}
        </div>
        <Stack tokens={{ childrenGap: 12 }} className={classes.side}>
          <Text variant="mediumPlus" as="h3">{t.approversHeading}</Text>
          <ul data-testid="approver-progress">{view.approvers.map(a => <li key={a.id}>{a.name}: {statusOf(a.id)}</li>)}</ul>
          {closed && <Text data-testid="round-closed-note">{format(t.closed, t.state[outcome.state])}</Text>}
          {isApprover && !mine && closed && <Text data-testid="not-needed">{format(t.notNeeded, closedSentence(strings, terms, outcome))}</Text>}
          {isApprover && !mine && closed && canDecide && <Text variant="small">{t.forTheRecord}</Text>}
          {!isApprover && <Text>{t.notElector}</Text>}
          {mine && <Text>{format(t.decided, mine.decision === 'Approve' ? t.approve : t.requestChanges)}</Text>}
          {canDecide && (
            <Stack tokens={{ childrenGap: 8 }} role="group" aria-label={t.yourDecision}>
              <Text variant="mediumPlus" as="h3">{t.yourDecision}</Text>
              <TextField label={t.commentLabel} multiline autoAdjustHeight value={comment} onChange={(_e, v) => setComment(v ?? '')} />
              <Stack horizontal tokens={{ childrenGap: 8 }}>
                <PrimaryButton text={t.approve} disabled={busy} onClick={() => void decide('Approve')} />
                <DefaultButton text={t.requestChanges} disabled={busy || !comment.trim()} title={comment.trim() ? undefined : t.commentNeeded} onClick={() => void decide('RequestChanges')} />
              </Stack>
            </Stack>
          )}
          <Text variant="mediumPlus" as="h3">{t.timeline}</Text>
          <ol reversed data-testid="timeline">{activity.map(a => <li key={a.id}><Text variant="small">{when(a.at)} · {a.by}: {a.summary}</Text></li>)}</ol>
        </Stack>
      </div>
    </Stack>
  );
}
