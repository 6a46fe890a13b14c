import { readableMergeValues } from '../../domain/school/mergeDates';
import type { Draft, DraftBlock, DraftSection } from '../../domain/draft/DraftModel';
import { blocksOfSection } from '../../domain/draft/draftCommands';
import { findDrift, type Drift } from '../../domain/draft/drift';
import { readingCheck, type ReadingFlag } from '../../domain/draft/readability';
import { validateDraft, type DraftIssue } from '../../domain/draft/validateDraft';
import { approvedVersion, editLock, nextVersionLabel, sameContent, type EditLock } from '../../domain/draft/versions';
import { freezeDraft, type DraftSnapshot } from '../../domain/approval/snapshot';
import { mergeValuesFor } from '../../domain/school/SchoolProfile';
import type { MergeField } from '../../domain/school/MergeField';
import type { DraftEditorContext, DraftEditorState, PresenceEntry, PublishedDocument, RoundStatus, RoundView } from './draftEditorState';

/** The round as last seen (kept through a failed refresh), with what was read beside it. */
export function knownRound(status: RoundStatus): { view?: RoundView; publications: PublishedDocument[]; approvedSnapshot?: DraftSnapshot } | undefined {
  if (status.kind === 'known') return status;
  if (status.kind === 'failed') return status.last;
  return undefined;
}

/** Where editing stands against the latest round: open, approved and locked, or the next version under way. */
export function lockOf(draft: Draft, status: RoundStatus): EditLock {
  const view = knownRound(status)?.view;
  return editLock(view ? { number: view.round.number, state: view.outcome.state } : undefined, draft.nextVersionOf);
}

/** The version labels of an approved round: "1.0" approved (or published), "1.1" next. */
export function versionLabels(status: RoundStatus): { approved: string; next: string; publishedRound?: number } {
  const known = knownRound(status);
  const view = known?.view;
  if (!view) return { approved: '', next: nextVersionLabel('') };
  const approved = approvedVersion(known.publications, view.round.number);
  const publishedRound = known.publications.some(p => p.roundNumber === view.round.number) ? view.round.number : undefined;
  return { approved, next: nextVersionLabel(approved), publishedRound };
}

/** Everything the view shows that follows from the state (pure, so the view and the commands agree). */
export interface EditorView {
  draft: Draft;
  blocks: DraftBlock[];
  lock: EditLock;
  round?: RoundView;
  /** Editing is possible now: may edit, not locked, and the round is known. */
  editable: boolean;
  labels: { approved: string; next: string; publishedRound?: number };
  /** The approved round may be published now (approved, not yet published). */
  canPublish: boolean;
  changedSinceApproval: boolean;
  drifts: Drift[];
  issues: DraftIssue[];
  values: Partial<Record<MergeField, string>>;
  sections: DraftSection[];
  section?: DraftSection;
  /** The statements of the shown section, in order. */
  shown: DraftBlock[];
  selected?: DraftBlock;
  /**
   * How each shown statement reads for the document's audience, by block key, recomputed from the text on every
   * keystroke: its reading age, and a flag when it is above the audience's target. Empty for documents whose
   * audience has no target (policies, staff and parents' agreements).
   */
  reading: Record<string, { readingAge: number; flag?: ReadingFlag }>;
  guidance?: string;
  /** Others in the draft now (not the signed-in person). */
  others: PresenceEntry[];
}

export function editorView(state: DraftEditorState, context: DraftEditorContext): EditorView | undefined {
  const { draft, blocks } = state;
  if (!draft) return undefined;
  const known = knownRound(state.round);
  const round = known?.view;
  const lock = lockOf(draft, state.round);
  const labels = versionLabels(state.round);
  const sections = [...draft.sections].sort((a, b) => a.order - b.order);
  const section = sections.find(s => s.key === state.selectedSection) ?? sections[0];
  const selected = blocks.find(b => b.key === state.selectedBlock);
  const approvedSnapshot = known?.approvedSnapshot;
  const shown = section ? blocksOfSection(blocks, section.key) : [];
  return {
    draft, blocks, lock, round, labels,
    editable: context.canEdit && lock.kind !== 'locked' && known !== undefined,
    canPublish: round?.outcome.state === 'Approved' && labels.publishedRound !== round.round.number,
    changedSinceApproval: lock.kind === 'locked' && approvedSnapshot !== undefined
      && !sameContent(freezeDraft({ ...draft, id: context.draftId }, blocks, {}), approvedSnapshot),
    drifts: findDrift(blocks, context.bank),
    issues: validateDraft({ ...draft, blocks }, context.profile),
    // Dates read as UK dates ('6 December 2027'), as the Word file prints them, never as ISO or US dates.
    values: readableMergeValues(mergeValuesFor(context.profile, { reviewDate: draft.reviewDate }), state.zone),
    sections, section,
    shown,
    selected,
    reading: readingOfShown(draft, shown),
    guidance: selected?.sourceKey ? context.bank.statements.find(s => s.key === selected.sourceKey)?.published?.content.guidance : undefined,
    others: state.people.filter(p => p.userId !== context.userId)
  };
}

/** The reading checks of the shown statements, for an acceptable use policy written for an audience with a target. */
function readingOfShown(draft: Draft, shown: readonly DraftBlock[]): EditorView['reading'] {
  const reading: EditorView['reading'] = {};
  if (draft.kind !== 'Aup' || !draft.audience) return reading;
  for (const block of shown) {
    if (!block.content.included) continue; // left out: not in the pupils' document, nothing to flag
    const check = readingCheck(block.content.text, draft.audience);
    if (check) reading[block.key] = check;
  }
  return reading;
}
