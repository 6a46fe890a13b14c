import type { RoundState } from '../src/domain/approval/ApprovalModel';
import type { ApprovalService } from '../src/services/approval/ApprovalService';
import type { SchoolService } from '../src/services/school/SchoolService';
import type { SPFI } from '../src/services/sharepoint/pnp';
import { Filter } from '../src/services/sharepoint/odataFilter';
import { readAllItems } from '../src/services/sharepoint/listItems';
import { SCHOOL_LISTS } from '../src/services/sharepoint/schema/schoolSchema';
import type { SoakDecision } from './approvalActors';
import type { SoakEdit } from './editor';
import { SOAK_PROFILE } from './people';
import { readBallotLists } from '../src/services/approval/ballotLists';

/** What the final state holds of the edits. */
export interface EditCheck {
  made: number;
  acknowledged: number;
  presentAtEnd: number;
  /** Acknowledged, yet not in the final text: must be none. */
  lost: SoakEdit[];
  /** Made but never acknowledged, even after the final flush. */
  unacknowledged: number;
  /** Edits whose word is more than once in its block (a merge that repeated an insertion). */
  duplicated: SoakEdit[];
}

/** Reads every edited draft once (faults off) and looks for each edit's word in its block. */
export async function checkEdits(reader: SchoolService, edits: SoakEdit[]): Promise<EditCheck> {
  const texts = new Map<string, string[]>();
  for (const draftId of new Set(edits.map(e => e.draftId))) {
    const { draft } = await reader.openDraft(draftId);
    for (const block of draft.blocks) texts.set(`${draftId}/${block.key}`, block.content.text.split(/\s+/));
  }
  const present = (edit: SoakEdit): number => (texts.get(`${edit.draftId}/${edit.key}`) ?? []).filter(w => w === edit.token).length;
  const acknowledged = edits.filter(e => e.acknowledged);
  return {
    made: edits.length,
    acknowledged: acknowledged.length,
    presentAtEnd: edits.filter(e => present(e) > 0).length,
    lost: acknowledged.filter(e => present(e) === 0),
    unacknowledged: edits.length - acknowledged.length,
    duplicated: edits.filter(e => present(e) > 1)
  };
}

/** What the approval lists hold of the decisions and the rounds. */
export interface DecisionCheck {
  made: number;
  acknowledged: number;
  /** Acknowledged and found: the decision item (author, round, kind, hash) and its "Decided" line in Activity. */
  recorded: number;
  lost: SoakDecision[];
  /** Decisions whose `decide` failed but which were recorded all the same (the person sees them on reload). */
  recordedUnacknowledged: number;
  /** Decisions stored more than once (a retried add whose first try had landed). */
  storedTwice: number;
  /** `decide` said it closed the round, but the outcome's line is not in Activity: must be none. */
  outcomesLost: SoakDecision[];
  rounds: Map<RoundState, number>;
  /** Round numbers used by more than one round item (a retried add of the round). */
  duplicateRoundNumbers: number;
}

interface DecisionRow { Id: number; RoundId: number; Decision: string | null; DecisionComment: string | null; SnapshotHash: string | null; AuthorId: number; Created: string }
interface ActivityRow { Id: number; RoundId: number | null; ActivityKind: string | null; AuthorId: number; Created: string }

const TOKEN = /\((d\d+x\d+)\)/;

/** Reads the approval lists once (faults off) and finds every decision by the unique word of its comment. */
export async function checkDecisions(sp: SPFI, approvals: ApprovalService, draftId: number, decisions: SoakDecision[]): Promise<DecisionCheck> {
  const lists = sp.web.lists;
  // Each decision sits in its approver's ballot list: the list, not the Author column, says whose it is.
  const rows: DecisionRow[] = [];
  for (const box of await readBallotLists(sp)) {
    const items = await readAllItems<Omit<DecisionRow, 'AuthorId'>>(lists.getById(box.id), ['Id', 'RoundId', 'Decision', 'DecisionComment', 'SnapshotHash', 'Created'], Filter.eq('DraftId', draftId));
    rows.push(...items.map(item => ({ ...item, AuthorId: box.userId })));
  }
  const activity = await readAllItems<ActivityRow>(lists.getByTitle(SCHOOL_LISTS.activity), ['Id', 'RoundId', 'ActivityKind', 'AuthorId', 'Created'], Filter.eq('DraftId', draftId));
  const approvers = await approvals.approvers(SOAK_PROFILE.approversGroup);
  const idOf = new Map(approvers.flatMap(a => [[a.login.toLowerCase(), a.id], [a.email.toLowerCase(), a.id]] as [string, number][]));
  const byToken = new Map<string, DecisionRow[]>();
  for (const row of rows) {
    const token = TOKEN.exec(row.DecisionComment ?? '')?.[1];
    if (token) byToken.set(token, [...(byToken.get(token) ?? []), row]);
  }
  const has = (kind: string, roundId: number, authorId?: number): boolean =>
    activity.some(a => a.ActivityKind === kind && a.RoundId === roundId && (authorId === undefined || a.AuthorId === authorId));
  const isRecorded = (d: SoakDecision): boolean => {
    const authorId = idOf.get(d.approver.toLowerCase());
    const item = (byToken.get(d.token) ?? []).some(r => r.AuthorId === authorId && r.RoundId === d.roundId && r.Decision === d.decision && r.SnapshotHash === d.snapshotHash);
    return item && has('Decided', d.roundId, authorId);
  };
  const acknowledged = decisions.filter(d => d.acknowledged);
  const lost = acknowledged.filter(d => !isRecorded(d));
  return {
    made: decisions.length,
    acknowledged: acknowledged.length,
    recorded: acknowledged.length - lost.length,
    lost,
    recordedUnacknowledged: decisions.filter(d => !d.acknowledged && isRecorded(d)).length,
    storedTwice: [...byToken.values()].filter(list => list.length > 1).length,
    outcomesLost: acknowledged.filter(d => d.closedRound && !has(d.closedRound, d.roundId)),
    ...(await roundOutcomes(approvals, draftId))
  };
}

/** Each round's outcome, derived from the records exactly as the app derives it. */
async function roundOutcomes(approvals: ApprovalService, draftId: number): Promise<Pick<DecisionCheck, 'rounds' | 'duplicateRoundNumbers'>> {
  const rounds = await approvals.rounds(draftId);
  const states = new Map<RoundState, number>();
  for (const round of rounds) {
    const view = await approvals.view(draftId, SOAK_PROFILE, round.number);
    if (view) states.set(view.outcome.state, (states.get(view.outcome.state) ?? 0) + 1);
  }
  const numbers = new Map<number, number>();
  for (const round of rounds) numbers.set(round.number, (numbers.get(round.number) ?? 0) + 1);
  return { rounds: states, duplicateRoundNumbers: [...numbers.values()].filter(n => n > 1).length };
}
