import * as React from 'react';
import { ActionButton, CommandBar, DefaultButton, Dialog, DialogFooter, DialogType, Facepile, mergeStyleSets, MessageBar, MessageBarType, PersonaSize, PrimaryButton, ProgressIndicator, Spinner, SpinnerSize, Stack, Text, TextField } from '@fluentui/react';
import type { AppServices } from '../../app/AppServices';
import type { Bank } from '../../domain/bank/BankModel';
import type { Draft, DraftBlock } from '../../domain/draft/DraftModel';
import { blocksOfSection, DraftEditError, moveBlock, newCustomBlock, removeCustomBlock, setIncluded, type BlockPatch } from '../../domain/draft/draftCommands';
import { acceptBankWording, findDrift, keepSchoolWording } from '../../domain/draft/drift';
import { readingFit } from '../../domain/draft/readability';
import { validateDraft } from '../../domain/draft/validateDraft';
import { isPupilAudience } from '../../domain/bank/AupAudience';
import { mergeValuesFor, type SchoolProfile } from '../../domain/school/SchoolProfile';
import { format } from '../../loc/strings';
import { DraftSession, type DraftSaveState } from '../../services/drafts/DraftSession';
import { describeError, type Failure } from '../../services/errors/describeError';
import { FailureNotice } from '../common/FailureNotice';
import { BlockCard } from './BlockCard';
import { BlockSidePanel } from './BlockSidePanel';
import { RoundBanner } from '../approval/RoundBanner';
import { SubmitPanel } from '../approval/SubmitPanel';
import type { Approver, RoundView } from '../../services/approval/ApprovalService';
import { activePeople, type DraftComment, type PresenceEntry } from '../../services/drafts/collaborationWire';
import { formatDate, formatDateTime } from '../../domain/time/formatDate';
import { DEFAULT_SITE_ZONE } from '../../domain/time/siteZone';
import { freezeDraft } from '../../domain/approval/snapshot';
import { DOCX_TYPE, makeWordFile } from '../../services/word/WordService';
import { downloadFile } from '../common/download';
import { threePaneColumns, useLayout } from '../common/layout';
import { DraftOutline } from './DraftOutline';
import { DraftPreview } from './DraftPreview';
import { VersionBanner } from './VersionBanner';
import { approvedVersion, editLock, nextVersionLabel, sameContent } from '../../domain/draft/versions';
import type { DraftSnapshot } from '../../domain/approval/snapshot';
import type { PublishedDocument } from '../../services/publish/PublishService';

export interface DraftEditorProps {
  services: AppServices;
  draftId: number;
  bank: Bank;
  profile: SchoolProfile;
  userLogin: string;
  /** The signed-in person's site user id (to tell them apart from others in the draft). */
  userId: number;
  canEdit: boolean;
  onBack: () => void;
  /** Opens the approval round view (the latest round when no number is given). */
  onOpenRound: (round?: number) => void;
}

/** How often the editor asks what others saved (one small request). */
const SYNC_MS = 4000;

function newKey(): string {
  const random = typeof globalThis.crypto?.randomUUID === 'function' ? globalThis.crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `c:${random}`;
}

function saveText(state: DraftSaveState, strings: AppServices['strings']): string {
  switch (state.kind) {
    case 'saved': return strings.draft.saved;
    case 'saving': return format(strings.draft.saving, state.pending);
    case 'offline': return format(strings.draft.offline, state.pending);
    case 'refused': return format(strings.draft.refused, state.refused);
    case 'conflict': return format(strings.draft.conflicts, state.conflicts);
  }
}

/**
 * The draft editor: opens the draft (one request), runs a co-editing session (edits queue locally and save as
 * one MERGE per block; others' saves arrive by incremental sync), and shows the three panes.
 */
export function DraftEditorContainer({ services, draftId, bank, profile, userLogin, userId, canEdit, onBack, onOpenRound }: DraftEditorProps): JSX.Element {
  const { strings, school } = services;
  const [draft, setDraft] = React.useState<Draft>();
  const [failure, setFailure] = React.useState<Failure>();
  const [session, setSession] = React.useState<DraftSession>();
  const [, setTick] = React.useState(0);
  const [selectedSection, setSelectedSection] = React.useState<string>();
  const [selectedBlock, setSelectedBlock] = React.useState<string>();
  const [preview, setPreview] = React.useState(false);
  const [message, setMessage] = React.useState<string>();
  const [ownText, setOwnText] = React.useState('');
  const [comments, setComments] = React.useState<DraftComment[]>([]);
  const [people, setPeople] = React.useState<PresenceEntry[]>([]);
  const selectedRef = React.useRef<string | undefined>(undefined);
  selectedRef.current = selectedBlock;
  const [round, setRound] = React.useState<RoundView>();
  const [roundTick, setRoundTick] = React.useState(0);
  const [submitting, setSubmitting] = React.useState(false);
  const [approvers, setApprovers] = React.useState<Approver[]>();
  const [confirmEdit, setConfirmEdit] = React.useState<(() => void) | undefined>();
  const [zone, setZone] = React.useState(DEFAULT_SITE_ZONE);
  const [publications, setPublications] = React.useState<PublishedDocument[]>([]);
  const [approvedSnapshot, setApprovedSnapshot] = React.useState<DraftSnapshot>();
  const [startingVersion, setStartingVersion] = React.useState(false);
  const [publishing, setPublishing] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);
  const layout = useLayout();

  React.useEffect(() => {
    let live = true;
    services.approvals.view(draftId, profile).then(view => live && setRound(view), () => undefined);
    services.site.timeZone().then(z => live && setZone(z), () => undefined);
    services.publishing.published().then(list => live && setPublications(list.filter(p => p.draftId === draftId)), () => undefined);
    return () => { live = false; };
  }, [services.approvals, services.site, services.publishing, draftId, profile, roundTick]);
  // An approved round's frozen copy, to show whether the locked draft still says what was approved.
  const approvedRound = round?.outcome.state === 'Approved' ? round.round : undefined;
  React.useEffect(() => {
    let live = true;
    if (approvedRound) services.approvals.snapshot(approvedRound).then(s => live && setApprovedSnapshot(s), () => undefined);
    return () => { live = false; };
  }, [services.approvals, approvedRound]);
  // An open round's progress is read again every few seconds, so the owner sees decisions arrive.
  const roundOpen = round?.outcome.state === 'Open';
  React.useEffect(() => {
    if (!roundOpen) return undefined;
    const timer = setInterval(() => setRoundTick(n => n + 1), 12_000);
    return () => clearInterval(timer);
  }, [roundOpen]);

  React.useEffect(() => {
    let current: DraftSession | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let live = true;
    school.openDraft(draftId).then(({ draft: opened, latestChange }) => {
      if (!live) return;
      const storageKey = `esafety:${services.host.siteUrl}:draft:${draftId}:${userLogin}`;
      current = new DraftSession(school.blocks(), services.keyValueStore, draftId, storageKey, { flushDelayMs: 600, retryMs: 1000 });
      current.subscribe(() => setTick(t => t + 1));
      current.load(opened.blocks, latestChange);
      setDraft(opened);
      setSession(current);
      setSelectedSection([...opened.sections].sort((a, b) => a.order - b.order)[0]?.key);
      // One request per interval: heartbeat, blocks and comments changed since the last poll, and who is here.
      const poll = (): void => {
        const session = current;
        if (!session) return;
        school.pollDraft(draftId, session.changesSince(), selectedRef.current).then(result => {
          if (!live) return;
          session.applyChanges(result.blocks, result.latest);
          if (result.comments.length > 0) setComments(known => [...known.filter(c => !result.comments.some(n => n.id === c.id)), ...result.comments]);
          setPeople(result.people);
        }, () => undefined);
      };
      poll();
      timer = setInterval(poll, SYNC_MS);
    }, (error: unknown) => live && setFailure(describeError(error)));
    return () => {
      live = false;
      if (timer) clearInterval(timer);
      current?.dispose();
    };
  }, [school, draftId, services.host.siteUrl, services.keyValueStore, userLogin]);

  const loadHistory = React.useCallback((block: DraftBlock) => school.blockHistory(block.itemId as number), [school]);
  if (failure) return <FailureNotice failure={failure} strings={strings} title={strings.shell.loadFailed} onRetry={onBack} />;
  if (!draft || !session) return <Spinner size={SpinnerSize.large} label={strings.shell.loading} />;

  const blocks = session.blocks().filter(b => !b.content.removed);
  // Approved means locked: the approved draft is read-only until someone starts the next version.
  const lock = editLock(round ? { number: round.round.number, state: round.outcome.state } : undefined, draft.nextVersionOf);
  const publishedRound = round && publications.some(p => p.roundNumber === round.round.number) ? round.round.number : undefined;
  const approvedLabel = round ? approvedVersion(publications, round.round.number) : '';
  const nextLabel = nextVersionLabel(approvedLabel);
  const editable = canEdit && lock.kind !== 'locked';
  const publishApproved = round && round.outcome.state === 'Approved' && publishedRound !== round.round.number ? (): void => {
    setPublishing(true);
    services.publishing.publish({ id: draftId, title: draft.title, kind: draft.kind, audience: draft.audience }, round, profile).then(doc => {
      setPublications(known => [...known, doc]);
      setMessage(format(strings.publish.published, doc.version));
    }, (e: Error) => setMessage(e.message)).finally(() => setPublishing(false));
  } : undefined;
  const changedSinceApproval = lock.kind === 'locked' && approvedSnapshot !== undefined
    && !sameContent(freezeDraft({ ...draft, id: draftId }, blocks, {}), approvedSnapshot);
  const conflicts = new Map(session.conflictList().map(c => [c.key, c]));
  const drifts = findDrift(blocks, bank);
  const values = mergeValuesFor(profile, { reviewDate: draft.reviewDate });
  const issues = validateDraft({ ...draft, blocks }, profile);
  const saveState = session.saveState();
  const sections = [...draft.sections].sort((a, b) => a.order - b.order);
  const section = sections.find(s => s.key === selectedSection) ?? sections[0];
  const shown = section ? blocksOfSection(blocks, section.key) : [];
  const pupil = draft.kind === 'Aup' && draft.audience && isPupilAudience(draft.audience) ? draft.audience : undefined;
  const selected = blocks.find(b => b.key === selectedBlock);
  const guidance = selected?.sourceKey ? bank.statements.find(s => s.key === selected.sourceKey)?.published?.content.guidance : undefined;
  const here = activePeople(people, Date.now());
  const editorsOf = (key: string): string[] => here.filter(p => p.userId !== userId && p.editingBlock === key).map(p => p.name);

  const edit = (key: string, make: (block: DraftBlock) => BlockPatch): void => {
    const block = blocks.find(b => b.key === key);
    if (!block) return;
    if (lock.kind === 'locked') {
      setMessage(strings.draft.versions.lockedReadOnly);
      return;
    }
    if (round?.outcome.state === 'Open') {
      // Decisions never carry over to changed content: editing first withdraws the round, once confirmed.
      setConfirmEdit(() => () => edit(key, make));
      return;
    }
    try {
      session.edit(key, make(block));
      setMessage(undefined);
    } catch (error) {
      if (error instanceof DraftEditError) setMessage(error.message);
      else throw error;
    }
  };
  const classes = mergeStyleSets({
    columns: { display: 'grid', gridTemplateColumns: threePaneColumns(layout, 'minmax(180px, 260px)', 'minmax(220px, 300px)'), gap: 16, alignItems: 'start' },
    detail: { gridColumn: layout === 'wide' ? 'auto' : '1 / -1' },
    cards: { display: 'flex', flexDirection: 'column', gap: 8 }
  });
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between" wrap tokens={{ childrenGap: 8 }}>
        <Stack>
          <ActionButton iconProps={{ iconName: 'Back' }} text={strings.draft.back} onClick={onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
          <Text as="h2" variant="xLarge" data-testid="draft-title">{draft.title}</Text>
          <Text variant="small">{format(strings.draft.kindAndRelease, strings.school.kinds[draft.kind], draft.bankRelease)}</Text>
        </Stack>
        <Stack horizontalAlign="end" tokens={{ childrenGap: 4 }}>
          <Facepile personaSize={PersonaSize.size24} personas={here.map(p => ({ personaName: p.name }))} getPersonaProps={() => ({ initialsTextColor: '#ffffff' })} ariaLabel={strings.draft.people} data-testid="people" />
          <Text role="status" aria-live="polite" data-testid="draft-save-state" styles={{ root: { fontWeight: saveState.kind === 'saved' ? 400 : 600 } }}>{saveText(saveState, strings)}</Text>
        </Stack>
      </Stack>
      {round && lock.kind !== 'open' && (
        <VersionBanner strings={strings} lock={lock} approved={approvedLabel} next={nextLabel} approvedOn={formatDate(round.outcome.decidedAt ?? round.round.created, zone)}
          published={publishedRound !== undefined} canStart={canEdit} publishing={publishing}
          onPublishApproved={canEdit && lock.kind === 'nextVersion' ? publishApproved : undefined} starting={startingVersion} changedSinceApproval={changedSinceApproval}
          onStart={() => {
            setStartingVersion(true);
            services.publishing.startNextVersion({ id: draftId, preamble: draft.preamble }, round).then(() => {
              setDraft({ ...draft, nextVersionOf: round.round.number });
              setMessage(format(strings.draft.versions.started, nextLabel, approvedLabel));
            }, (e: Error) => setMessage(e.message)).finally(() => setStartingVersion(false));
          }} />
      )}
      {round && lock.kind !== 'nextVersion' && (
        <RoundBanner strings={strings} view={round} canManage={canEdit} formatDate={iso => formatDateTime(iso, zone)} onOpen={() => onOpenRound(round.round.number)}
          onRemind={() => { void services.approvals.remind({ id: draftId, title: draft.title }, round, userId).then(() => setMessage(strings.approval.reminded), (e: Error) => setMessage(e.message)); }}
          onWithdraw={() => setConfirmEdit(() => () => undefined)}
          publishing={publishing}
          onPublish={publishApproved} />
      )}
      <CommandBar ariaLabel={draft.title} overflowButtonProps={{ ariaLabel: strings.shell.moreCommands }} items={[
        ...(editable && round?.outcome.state !== 'Open' ? [{ key: 'submit', text: strings.approval.submit, iconProps: { iconName: 'Send' }, onClick: () => {
          setSubmitting(true);
          setApprovers(undefined);
          // Who will be asked: the approvers with a ballot list (the electorate a submission freezes).
          services.approvals.electorate().then(setApprovers, () => setApprovers([]));
        } }] : []),
        { key: 'preview', text: preview ? strings.draft.edit : strings.draft.preview, iconProps: { iconName: preview ? 'Edit' : 'Preview' }, onClick: () => setPreview(!preview) },
        {
          key: 'word', text: strings.publish.wordMenu, iconProps: { iconName: 'WordDocument' },
          subMenuProps: { items: [false, true].map(showChanges => ({
            key: showChanges ? 'changes' : 'clean', text: showChanges ? strings.publish.downloadChanges : strings.publish.download,
            onClick: () => {
              setExporting(true);
              // An approved draft downloads as its approved copy, from the frozen snapshot; anything else is a draft.
              const file = lock.kind === 'locked' && round
                ? services.publishing.approvedCopy({ id: draftId, kind: draft.kind, audience: draft.audience }, round, profile, showChanges)
                : makeWordFile(freezeDraft({ ...draft, id: draftId }, blocks, values), {
                  version: lock.kind === 'nextVersion' ? format(strings.publish.nextDraftVersion, nextLabel) : strings.publish.draftVersion,
                  showChanges, profile, signatureLines: draft.kind === 'Aup', audience: draft.audience, formatDate: iso => formatDate(iso, zone), now: new Date().toISOString(),
                  reviewDate: draft.reviewDate, approvalDatePending: strings.publish.approvalDatePending
                });
              void file
                .then(file => downloadFile(file.fileName, file.bytes, DOCX_TYPE), (e: Error) => setMessage(`${strings.publish.exportFailed} ${e.message}`))
                .finally(() => setExporting(false));
            }
          })) }
        },
        ...(editable && drifts.some(d => !d.retired) ? [
          { key: 'accept', text: strings.draft.acceptAll, iconProps: { iconName: 'Accept' }, onClick: () => drifts.filter(d => !d.retired).forEach(d => edit(d.blockKey, () => acceptBankWording(d))) },
          { key: 'keep', text: strings.draft.keepAll, iconProps: { iconName: 'Cancel' }, onClick: () => drifts.filter(d => !d.retired).forEach(d => edit(d.blockKey, () => keepSchoolWording(d))) }
        ] : [])
      ]} />
      {exporting && <ProgressIndicator label={strings.publish.exporting} />}
      {message && <MessageBar messageBarType={MessageBarType.warning} onDismiss={() => setMessage(undefined)}>{message}</MessageBar>}
      {drifts.length > 0 && <MessageBar messageBarType={MessageBarType.info}>{format(strings.draft.driftSummary, drifts.length)}</MessageBar>}
      {issues.length > 0 && !preview && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline truncated>
          <Text block styles={{ root: { fontWeight: 600 } }}>{format(strings.draft.issues, issues.length)}</Text>
          <ul>{issues.slice(0, 20).map((issue, i) => (
            <li key={i}>{issue.blockKey ? <a href={`#block-${issue.blockKey}`} style={{ display: 'inline-block', minHeight: 24, paddingBlock: 2 }} onClick={e => {
              e.preventDefault();
              const block = blocks.find(b => b.key === issue.blockKey);
              if (block) { setSelectedSection(block.content.sectionKey); setSelectedBlock(block.key); }
            }}>{issue.message}</a> : issue.message}</li>
          ))}</ul>
        </MessageBar>
      )}
      {preview ? <DraftPreview strings={strings} draft={draft} blocks={blocks} values={values} /> : (
        <div className={classes.columns}>
          <DraftOutline strings={strings} sections={sections} blocks={blocks} drifts={drifts} issues={issues} selected={section?.key} onSelect={setSelectedSection} />
          <section className={classes.cards} aria-label={section?.title}>
            <Text as="h3" variant="large">{section?.title}</Text>
            {shown.map((block, i) => {
              const fit = pupil ? readingFit(block.content.text, pupil) : undefined;
              return (
                <BlockCard key={block.key} strings={strings} block={block} drift={drifts.find(d => d.blockKey === block.key)} conflict={conflicts.get(block.key)}
                  readingAge={fit ? { age: fit.readability.readingAge, hard: fit.fit === 'hard' } : undefined}
                  editors={editorsOf(block.key)}
                  sections={draft.kind === 'Policy' ? sections : []}
                  onRisk={risk => edit(block.key, () => ({ risk }))}
                  onMoveToSection={sectionKey => edit(block.key, () => moveBlock(blocks, block.key, sectionKey, Number.MAX_SAFE_INTEGER))}
                  selected={block.key === selectedBlock} editable={editable} isFirst={i === 0} isLast={i === shown.length - 1}
                  onSelect={() => setSelectedBlock(block.key)}
                  onText={text => edit(block.key, () => ({ text }))}
                  onInclude={included => edit(block.key, b => setIncluded(b, included))}
                  onMove={delta => edit(block.key, () => moveBlock(blocks, block.key, block.content.sectionKey, i + delta))}
                  onRemove={() => edit(block.key, b => removeCustomBlock(b))}
                  onAcceptBank={() => { const d = drifts.find(x => x.blockKey === block.key); if (d) edit(block.key, () => acceptBankWording(d)); }}
                  onKeepSchool={() => { const d = drifts.find(x => x.blockKey === block.key); if (d) edit(block.key, () => keepSchoolWording(d)); }}
                  onResolve={text => session.resolveConflict(block.key, text)} />
              );
            })}
            {editable && section && (
              <Stack tokens={{ childrenGap: 6 }}>
                <TextField label={strings.draft.addOwn} multiline autoAdjustHeight placeholder={strings.draft.addOwnPlaceholder} value={ownText} onChange={(_e, v) => setOwnText(v ?? '')} />
                <Stack horizontal><PrimaryButton text={strings.draft.add} disabled={!ownText.trim()} onClick={() => {
                  try {
                    session.add(newCustomBlock(blocks, section, ownText, newKey()));
                    setOwnText('');
                  } catch (error) {
                    setMessage((error as Error).message);
                  }
                }} /></Stack>
              </Stack>
            )}
          </section>
          <aside aria-label={strings.draft.guidance} className={classes.detail}>
            <BlockSidePanel strings={strings} block={selected} guidance={guidance} comments={comments} canEdit={editable} formatDate={iso => formatDateTime(iso, zone)}
              loadHistory={loadHistory} onNote={note => selected && edit(selected.key, () => ({ note }))}
              onRestore={text => selected && edit(selected.key, () => ({ text }))}
              onResolve={(comment, resolved) => {
                void school.resolveComment(comment.id, resolved).then(() => setComments(known => known.map(c => (c.id === comment.id ? { ...c, resolved } : c))), (error: Error) => setMessage(error.message));
              }}
              onComment={async (text, parentId) => {
                if (!selected) return;
                const added = await school.addComment(draftId, selected.key, text, parentId);
                setComments(known => [...known, added]);
              }} />
            {saveState.kind === 'offline' && <Stack styles={{ root: { marginTop: 12 } }}><DefaultButton text={strings.shell.retry} onClick={() => void session.flush()} /></Stack>}
            {saveState.kind === 'refused' && (
              <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 12 } }} data-testid="refused-edits"
                actions={<DefaultButton text={strings.shell.retry} onClick={() => void session.retryRefused()} />}>
                {strings.draft.refusedHelp} <Text variant="small" block>{saveState.message}</Text>
              </MessageBar>
            )}
          </aside>
        </div>
      )}
      {submitting && (
        <SubmitPanel strings={strings} issues={issues} approvers={approvers} group={profile.approversGroup} rule={profile.approvalRule}
          onJump={key => { const b = blocks.find(x => x.key === key); if (b) { setSelectedSection(b.content.sectionKey); setSelectedBlock(b.key); } }}
          onDismiss={() => { setSubmitting(false); setRoundTick(n => n + 1); }}
          onSubmit={async dueDate => {
            await session.flush();
            if (session.saveState().kind !== 'saved') throw new Error(format(strings.approval.notAllSaved, strings.draft.saved));
            const result = await services.approvals.submit({ draft: { ...draft, id: draftId }, blocks: session.blocks(), profile, dueDate, submitter: { id: userId, login: userLogin } });
            setRoundTick(n => n + 1);
            return result.deliveries;
          }} />
      )}
      <Dialog hidden={!confirmEdit} onDismiss={() => setConfirmEdit(undefined)} dialogContentProps={{ type: DialogType.normal, title: strings.approval.withdrawTitle, subText: strings.approval.withdrawOnEdit }}>
        <DialogFooter>
          <PrimaryButton text={strings.approval.withdrawConfirm} onClick={() => {
            const action = confirmEdit;
            setConfirmEdit(undefined);
            if (!round) return;
            services.approvals.withdraw({ id: draftId, title: draft.title }, round, strings.approval.withdrawReasonEditing, userId).then(async () => {
              const next = await services.approvals.view(draftId, profile);
              setRound(next);
              action?.();
            }, (e: Error) => setMessage(e.message));
          }} />
          <DefaultButton text={strings.approval.cancel} onClick={() => setConfirmEdit(undefined)} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}
