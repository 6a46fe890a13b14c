import type { ApprovalDecision, ApprovalRound, Elector, RoundTerms } from '../../domain/approval/ApprovalModel';
import { deriveRoundOutcome } from '../../domain/approval/deriveRound';
import { sortRoundRecords, withdrawalOf, type DraftRounds, type IgnoredRecord } from '../../domain/approval/rounds';
import { snapshotHash, type DraftSnapshot } from '../../domain/approval/snapshot';
import { roundWarnings } from '../../domain/approval/warnings';
import { AppError } from '../errors/AppError';
import type { SPFI } from '../sharepoint/pnp';
import { Filter } from '../sharepoint/odataFilter';
import { PAGE_SIZE } from '../sharepoint/listItems';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import type { Approver, RoundView } from '../../domain/approval/RoundView';
import { BALLOT_SELECT, ROUND_SELECT, toDecision, toRoundRecord, type BallotItem, type RoundItem } from './approvalWire';
import { readBallotLists, type BallotListInfo } from './ballotLists';

/** The frozen copy does not match the hash its round was opened with: it was changed after submission. */
export class SnapshotTamperedError extends AppError {
  constructor() {
    super('invalid', 'approval.snapshotTampered', "The round's frozen copy does not match the hash it was submitted with.");
    this.name = 'SnapshotTamperedError';
  }
}

/** A ballot's version as SharePoint keeps it (field values by internal name). */
interface BallotVersion {
  VersionId: number;
  RoundId: number | null;
  Decision: string | null;
  DecisionComment: string | null;
  SnapshotHash: string | null;
}

function toApprover(elector: Elector): Approver {
  return { id: elector.id, name: elector.name, login: elector.login, email: elector.email };
}

/** Whether a parsed snapshot is a round's copy: terms of the right shape. */
function hasTerms(snapshot: DraftSnapshot): snapshot is DraftSnapshot & { terms: RoundTerms } {
  const terms = snapshot.terms;
  return Boolean(terms && ['All', 'Majority', 'Any'].includes(terms.rule) && Array.isArray(terms.electorate)
    && terms.electorate.every(e => Number.isInteger(e.id) && typeof e.ballotList === 'string' && typeof e.name === 'string'));
}

/**
 * Reads rounds and derives their outcomes. A round is trusted only once its frozen copy is read and matches its
 * hash (a frozen copy never changes, so checked copies are kept for the session); the current round is the
 * newest such round, so a bogus round cannot hide a real one.
 */
export class RoundReader {
  private readonly copies = new Map<string, Promise<DraftSnapshot | undefined>>();
  private folder: Promise<string> | undefined;

  constructor(private readonly sp: SPFI) {}

  /** The snapshots library's folder (server-relative), where every frozen copy must sit. */
  snapshotFolder(over?: SPFI): Promise<string> {
    if (over && !this.folder) {
      // A read queued in someone else's `$batch` is kept once answered (were it never sent, it never would be).
      const read = over.web.lists.getByTitle(SCHOOL_LISTS.snapshots).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>().then(f => f.ServerRelativeUrl);
      read.then(url => { this.folder ??= Promise.resolve(url); }, () => undefined);
      return read;
    }
    this.folder ??= this.sp.web.lists.getByTitle(SCHOOL_LISTS.snapshots).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
      .then(f => f.ServerRelativeUrl, error => { this.folder = undefined; throw error; });
    return this.folder;
  }

  /**
   * The frozen copy of a round when it matches the round's hash and draft and carries terms; otherwise undefined.
   * `over`: a batched root whose `$batch` reads the copy with others (kept once answered, like every such read).
   */
  verified(round: ApprovalRound, over?: SPFI): Promise<(DraftSnapshot & { terms: RoundTerms }) | undefined> {
    const key = `${round.snapshotUrl}|${round.snapshotHash}`;
    let copy = this.copies.get(key);
    if (!copy) {
      copy = (over ?? this.sp).web.getFileByServerRelativePath(round.snapshotUrl).getText().then(async text => {
        let snapshot: DraftSnapshot;
        try {
          snapshot = JSON.parse(text) as DraftSnapshot;
        } catch {
          return undefined;
        }
        return (await snapshotHash(snapshot)) === round.snapshotHash ? snapshot : undefined;
      }, (error: { status?: number }) => {
        this.copies.delete(key);
        if (error.status === 404) return undefined;
        throw error;
      });
      if (over) {
        const answered = copy;
        answered.then(() => { if (!this.copies.has(key)) this.copies.set(key, answered); }, () => undefined);
      } else {
        this.copies.set(key, copy);
      }
    }
    return copy.then(s => (s && s.draftId === round.draftId && hasTerms(s) ? s : undefined));
  }

  /** All the rounds-list items of a draft, sorted out (numbered rounds, withdrawals, ignored items). */
  async draftRounds(draftId: number): Promise<DraftRounds> {
    const [items, folder] = await Promise.all([
      this.sp.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.select(...ROUND_SELECT).expand('Author').filter(Filter.eq('DraftId', draftId)).orderBy('Id', true).top(PAGE_SIZE)<RoundItem[]>(),
      this.snapshotFolder()
    ]);
    return sortRoundRecords(items.map(toRoundRecord), draftId, folder);
  }

  /**
   * The newest round whose frozen copy checks out, and the ignored records (newer rounds whose copy does not:
   * changed, missing or not a round's copy).
   */
  async current(rounds: DraftRounds): Promise<{ round?: ApprovalRound; snapshot?: DraftSnapshot & { terms: RoundTerms }; mismatched: IgnoredRecord[] }> {
    const mismatched: IgnoredRecord[] = [];
    for (const round of [...rounds.rounds].reverse()) {
      const snapshot = await this.verified(round);
      if (snapshot) return { round, snapshot, mismatched };
      mismatched.push({ itemId: round.id, reason: 'snapshotMismatch' });
    }
    return { mismatched };
  }

  /** The ballots cast in the given ballot lists (each list read once), as decisions of their electors. */
  async ballots(electors: Elector[], roundIds?: number[]): Promise<ApprovalDecision[]> {
    const unique = electors.filter((e, i) => electors.findIndex(o => o.ballotList.toLowerCase() === e.ballotList.toLowerCase()) === i);
    if (unique.length === 0) return [];
    const [batched, execute] = this.sp.batched();
    const reads = unique.map(elector => {
      const items = batched.web.lists.getById(elector.ballotList).items.select(...BALLOT_SELECT);
      const filtered = roundIds && roundIds.length === 1 ? items.filter(Filter.eq('RoundId', roundIds[0])) : items;
      return filtered.orderBy('Id', true).top(PAGE_SIZE)<BallotItem[]>();
    });
    await execute();
    const settled = await Promise.allSettled(reads);
    // A ballot list that is gone (deleted by an owner) reads as no ballots; its deletion shows as a warning.
    const decisions = settled.flatMap((result, i) => result.status === 'fulfilled' ? result.value.map(item => toDecision(item, unique[i])) : []);
    return this.asCast(decisions);
  }

  /**
   * Queues a read of every ballot (of one round, with `roundId`) in each of `ballotLists` on `over` (a batched root), for
   * `decisionsIn` to sort out once the electorate is known: a list that cannot be read (gone, or secured from this person) has none.
   */
  queueBallots(ballotLists: string[], over: SPFI, roundId?: number): Promise<Map<string, BallotItem[]>> {
    const reads = ballotLists.map(id => {
      const items = over.web.lists.getById(id).items.select(...BALLOT_SELECT);
      // One round's ballots, led by the indexed RoundId column (as `ballots` reads them).
      return (roundId === undefined ? items : items.filter(Filter.eq('RoundId', roundId))).orderBy('Id', true).top(PAGE_SIZE)<BallotItem[]>();
    });
    return Promise.allSettled(reads).then(settled => new Map(ballotLists.map((id, i) => {
      const result = settled[i];
      return [id.toLowerCase(), result.status === 'fulfilled' ? result.value : []];
    })));
  }

  /** The decisions of `electors` among ballots read by `queueBallots` (each list counted once), as cast. */
  decisionsIn(electors: Elector[], ballots: Map<string, BallotItem[]>): Promise<ApprovalDecision[]> {
    const unique = electors.filter((e, i) => electors.findIndex(o => o.ballotList.toLowerCase() === e.ballotList.toLowerCase()) === i);
    return this.asCast(unique.flatMap(elector => (ballots.get(elector.ballotList.toLowerCase()) ?? []).map(item => toDecision(item, elector))));
  }

  /**
   * A ballot changed after it was cast (only an owner can: electors may only add) counts as it was cast, read from
   * its first version; the change still shows as a warning (an in-place overwrite leaves no version, but moves the ETag).
   */
  private async asCast(decisions: ApprovalDecision[]): Promise<ApprovalDecision[]> {
    const changed = decisions.filter(d => d.etag > 1);
    if (changed.length === 0) return decisions;
    const [batched, execute] = this.sp.batched();
    const reads = changed.map(d => batched.web.lists.getById(d.ballotList).items.getById(d.id).versions<BallotVersion[]>());
    await execute();
    const firsts = await Promise.allSettled(reads);
    return decisions.map(d => {
      const index = changed.indexOf(d);
      const result = index >= 0 ? firsts[index] : undefined;
      if (!result || result.status !== 'fulfilled' || result.value.length === 0) return d;
      const first = [...result.value].sort((a, b) => a.VersionId - b.VersionId)[0];
      return {
        ...d, roundId: first.RoundId ?? d.roundId, decision: first.Decision === 'Approve' ? 'Approve' : 'RequestChanges',
        comment: first.DecisionComment ?? '', snapshotHash: first.SnapshotHash ?? ''
      };
    });
  }

  /**
   * The view of a draft's current round (the newest whose frozen copy checks out) in two `$batch`es, the first of
   * them someone else's: `over` (a batched root, see `readTogether`) carries the draft's rounds, the snapshots'
   * folder, the ballot lists and the rounds list's stamp; once answered, one `$batch` of this reader's own reads the
   * newest round's frozen copy with every ballot list's ballots (the electorate is known only from the copy, so its
   * ballots are sorted out after). A newest copy that does not check out falls back to the older rounds, read one
   * by one as `view` does. Issue 16: the draft editor's opening from a deep link.
   */
  async queuedView(draftId: number, over: SPFI): Promise<RoundView | undefined> {
    const firstPhase = Promise.all([
      this.roundItems(over, draftId),
      this.snapshotFolder(over),
      readBallotLists(over)
    ]);
    const [items, folder, lists] = await firstPhase;
    const rounds = sortRoundRecords(items.map(toRoundRecord), draftId, folder);
    const newest = rounds.rounds[rounds.rounds.length - 1];
    if (!newest) return undefined;
    const [batched, execute] = this.sp.batched();
    const checked = this.verified(newest, batched).then(snapshot => ({ snapshot }), (error: unknown) => ({ error }));
    const ballots = this.queueBallots(lists.map(l => l.id), batched, newest.id);
    // The stamp rides in the second `$batch`, beside the ballots it dates (the first is the opening's: keep it to what the screen shows).
    const stamp = this.roundsStamp(batched);
    stamp.catch(() => undefined);
    await execute();
    const copy = await checked;
    if ('error' in copy) throw copy.error;
    if (!copy.snapshot) {
      const current = await this.current(rounds);
      if (!current.round || !current.snapshot) return undefined;
      return this.viewOf(rounds, current.round, current.snapshot, current.mismatched);
    }
    const electorate = copy.snapshot.terms.electorate;
    // An elector whose ballot list no longer carries a ballot list's title (renamed by an owner) is read by its id, as `view` reads it.
    const listed = new Set(lists.map(l => l.id.toLowerCase()));
    const unlisted = electorate.filter(e => !listed.has(e.ballotList.toLowerCase()));
    const decisions = [...await this.decisionsIn(electorate, await ballots), ...(unlisted.length > 0 ? await this.ballots(unlisted, [newest.id]) : [])];
    return this.viewWith(rounds, newest, copy.snapshot, [], { decisions, lists, roundsList: await stamp });
  }

  /** The rounds-list items of one draft, oldest first (led by the indexed DraftId column). */
  private roundItems(over: SPFI, draftId: number): Promise<RoundItem[]> {
    return over.web.lists.getByTitle(SCHOOL_LISTS.rounds).items.select(...ROUND_SELECT).expand('Author').filter(Filter.eq('DraftId', draftId)).orderBy('Id', true).top(PAGE_SIZE)<RoundItem[]>();
  }

  /** The rounds list's creation and last deletion stamps (a deleted round shows as a warning). */
  private roundsStamp(over: SPFI): Promise<{ Created: string; LastItemDeletedDate?: string }> {
    return over.web.lists.getByTitle(SCHOOL_LISTS.rounds).select('Created', 'LastItemDeletedDate')<{ Created: string; LastItemDeletedDate?: string }>();
  }

  /** Builds the view of one checked round. */
  async viewOf(rounds: DraftRounds, round: ApprovalRound, snapshot: DraftSnapshot & { terms: RoundTerms }, ignored: IgnoredRecord[]): Promise<RoundView> {
    const [decisions, lists, roundsList] = await Promise.all([
      this.ballots(snapshot.terms.electorate, [round.id]),
      readBallotLists(this.sp),
      this.roundsStamp(this.sp)
    ]);
    return this.viewWith(rounds, round, snapshot, ignored, { decisions, lists, roundsList });
  }

  /** The view of one checked round from what was read beside it: its ballots, the ballot lists and the rounds list's stamps. */
  private async viewWith(rounds: DraftRounds, round: ApprovalRound, snapshot: DraftSnapshot & { terms: RoundTerms }, ignored: IgnoredRecord[],
    read: { decisions: ApprovalDecision[]; lists: BallotListInfo[]; roundsList: { Created: string; LastItemDeletedDate?: string } }): Promise<RoundView> {
    const terms = snapshot.terms;
    const { decisions, lists, roundsList } = read;
    const later = rounds.rounds.filter(r => r.id > round.id);
    let superseded = false;
    for (const next of later) {
      if (await this.verified(next)) {
        superseded = true;
        break;
      }
    }
    const withdrawal = withdrawalOf(rounds, round.id);
    const outcome = deriveRoundOutcome({ round, terms, decisions, withdrawal, superseded, now: new Date() });
    const ballotLists = terms.electorate.map(e => {
      const info: BallotListInfo | undefined = lists.find(l => l.id.toLowerCase() === e.ballotList.toLowerCase());
      // A ballot list that is gone was deleted: only an owner can delete a list.
      return info ? { ballotList: info.id, created: info.created, lastItemDeletedDate: info.lastItemDeletedDate, secured: info.secured } : { ballotList: e.ballotList, created: '', lastItemDeletedDate: undefined, missing: true };
    });
    const warnings = roundWarnings({ round, terms, outcome, decisions, ballotLists, roundsList: { created: roundsList.Created, lastItemDeletedDate: roundsList.LastItemDeletedDate }, ignoredRecords: [...rounds.ignored, ...ignored] });
    return { round, terms, snapshot, outcome, approvers: terms.electorate.map(toApprover), decisions, withdrawal, warnings };
  }
}
