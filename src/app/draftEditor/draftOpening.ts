import type { SPFI } from '../../services/sharepoint/pnp';
import type { DraftEditorServices, RoundView } from './draftEditorState';

type Opened = Awaited<ReturnType<DraftEditorServices['school']['openDraft']>>;

/** The editor's first reads, started before the editor exists (see `queueDraftOpening`). */
export interface DraftOpening {
  draft: Promise<Opened>;
  /** The draft's current round (undefined: none), or the failure of its read. */
  round: Promise<RoundView | undefined>;
}

/** Openings queued per app (its services object), by draft id; each is taken once. */
const queued = new WeakMap<object, Map<number, DraftOpening>>();

/**
 * Queues the draft editor's first reads on `together` (a batched root whose `$batch` the caller sends: see
 * `readTogether`): the draft with its blocks, and its current round's rounds, snapshots' folder, ballot lists and
 * stamp. A deep link straight to a draft sends them in the home's opening `$batch`, so the editor opens without
 * reading them again (issue 16: ≤ 5 requests from a deep link). Only the round's frozen copy and ballots follow, in
 * one `$batch` of their own, once the round is known. Rejections are kept for the editor, never left unhandled.
 */
export function queueDraftOpening(services: Pick<DraftEditorServices, 'school' | 'approvals'>, draftId: number, together: SPFI): DraftOpening {
  const opening: DraftOpening = {
    draft: services.school.openDraft(draftId, together),
    // The profile is not read yet (it is in the same `$batch`); a round's view does not depend on it.
    round: services.approvals.view(draftId, undefined, undefined, together)
  };
  opening.draft.catch(() => undefined);
  opening.round.catch(() => undefined);
  let drafts = queued.get(services);
  if (!drafts) {
    drafts = new Map();
    queued.set(services, drafts);
  }
  drafts.set(draftId, opening);
  return opening;
}

/**
 * The opening queued for this draft, taken once (a reopened editor reads afresh); undefined when none was. A
 * read of it that failed is read again by the editor itself, as if nothing had been queued.
 */
export function takeDraftOpening(services: object, draftId: number): DraftOpening | undefined {
  const drafts = queued.get(services);
  const opening = drafts?.get(draftId);
  drafts?.delete(draftId);
  return opening;
}
