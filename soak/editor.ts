import { DraftSession } from '../src/services/drafts/DraftSession';
import { MemoryKeyValueStore } from '../src/services/drafts/IBlockStore';
import type { SchoolService } from '../src/services/school/SchoolService';
import { CountingBlockStore } from './countingBlockStore';
import { pause, persist, sleep } from './timing';

/** One edit: the unique word it inserted, where, and whether its session was told it was saved. */
export interface SoakEdit {
  session: number;
  draftId: number;
  key: string;
  token: string;
  acknowledged: boolean;
}

/** How often the editor polls for others' changes (DraftEditorContainer's SYNC_MS). */
const SYNC_MS = 4000;
/** The web part's session options: typing settles for 600 ms before one MERGE, a failed save retries after 1 s, doubling. */
const SESSION_OPTIONS = { flushDelayMs: 600, retryMs: 1000 };
/** Most edits go to a few statements everyone works on, so people collide; the rest anywhere. */
const HOT_BLOCKS = 4;
const HOT_SHARE = 0.7;
const TOKEN = /^s\d+e\d+$/;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Inserts `token` as a word at a random word boundary of `text`. */
function insertWord(text: string, token: string, random: () => number): string {
  const list = text.split(' ');
  const at = Math.floor(random() * (list.length + 1));
  return [...list.slice(0, at), token, ...list.slice(at)].join(' ');
}

/**
 * A simulated person editing a draft in the web part: a real DraftSession over the real SharePointBlockStore and
 * PnPjs (its own client), polling every 4 s as the editor does, inserting a unique word per edit, and settling a
 * clash as a person who keeps both versions would.
 */
export class SoakEditor {
  readonly edits: SoakEdit[] = [];
  readonly store: CountingBlockStore;
  /** Clashes shown to this person and settled by them (the rest were merged by the session itself). */
  settledByPerson = 0;
  pollFailures = 0;
  private session: DraftSession | undefined;
  private readonly unacknowledged = new Map<string, SoakEdit[]>();
  private keys: { hot: string[]; all: string[] } = { hot: [], all: [] };

  constructor(readonly index: number, readonly login: string, private readonly school: SchoolService, readonly draftId: number, private readonly random: () => number) {
    this.store = new CountingBlockStore(school.blocks());
  }

  /** Opens the draft as the editor does (one batched read; tried again if a fault gets through PnPjs's retries). */
  async open(): Promise<void> {
    const { draft, latestChange } = await persist(() => this.school.openDraft(this.draftId));
    const session = new DraftSession(this.store, new MemoryKeyValueStore(), this.draftId, `soak:${this.draftId}:${this.index}`, SESSION_OPTIONS);
    session.onAcknowledged((key, saved) => this.acknowledged(key, saved.content.text));
    session.load(draft.blocks, latestChange);
    this.session = session;
    const statements = draft.blocks.filter(b => b.kind === 'Statement' && b.content.included && !b.content.removed).map(b => b.key);
    this.keys = { hot: statements.slice(0, HOT_BLOCKS), all: statements };
  }

  /** Edits and polls until `stopped()` says the time is up. */
  async run(stopped: () => boolean): Promise<void> {
    await Promise.all([this.editLoop(stopped), this.pollLoop(stopped)]);
  }

  /** With faults off: settles every clash and sends everything, until all is saved or `deadline` passes. */
  async settle(deadline: number): Promise<boolean> {
    const session = this.sessionOrThrow();
    while (Date.now() < deadline && session.saveState().kind !== 'saved') {
      this.settleConflicts();
      await session.flush();
      if (session.saveState().kind !== 'saved') await sleep(50);
    }
    return session.saveState().kind === 'saved';
  }

  dispose(): void {
    this.session?.dispose();
  }

  private sessionOrThrow(): DraftSession {
    if (!this.session) throw new Error(`Editor ${this.index} has not opened its draft.`);
    return this.session;
  }

  private async editLoop(stopped: () => boolean): Promise<void> {
    const session = this.sessionOrThrow();
    for (let n = 0; ; n++) {
      await pause(this.random, 500, 3500);
      if (stopped()) return;
      this.settleConflicts();
      const pool = this.random() < HOT_SHARE ? this.keys.hot : this.keys.all;
      const key = pool[Math.floor(this.random() * pool.length)];
      const text = session.blocks().find(b => b.key === key)?.content.text ?? '';
      const edit: SoakEdit = { session: this.index, draftId: this.draftId, key, token: `s${this.index}e${n}`, acknowledged: false };
      this.edits.push(edit);
      this.unacknowledged.set(key, [...(this.unacknowledged.get(key) ?? []), edit]);
      session.edit(key, { text: insertWord(text, edit.token, this.random) });
    }
  }

  /** The editor's poll: heartbeat, changed blocks, comments and presence in one request every SYNC_MS. */
  private async pollLoop(stopped: () => boolean): Promise<void> {
    const session = this.sessionOrThrow();
    while (!stopped()) {
      await sleep(SYNC_MS);
      if (stopped()) return;
      const selected = this.edits[this.edits.length - 1]?.key;
      try {
        const result = await this.school.pollDraft(this.draftId, session.changesSince(), selected);
        session.applyChanges(result.blocks, result.latest);
      } catch {
        // The editor ignores a failed poll and asks again at the next interval.
        this.pollFailures++;
      }
      this.settleConflicts();
    }
  }

  /** A person shown both versions keeps theirs and adds back every word of their own that it lacks. */
  private settleConflicts(): void {
    const session = this.sessionOrThrow();
    for (const conflict of session.conflictList()) {
      const theirs = new Set(words(conflict.theirs));
      const mine = words(conflict.mine).filter(w => TOKEN.test(w) && !theirs.has(w));
      session.resolveConflict(conflict.key, [conflict.theirs, ...mine].join(' '));
      this.settledByPerson++;
    }
  }

  /** The server confirmed a save of `key`: every edit of this session whose word the saved text holds is acknowledged. */
  private acknowledged(key: string, savedText: string): void {
    const waiting = this.unacknowledged.get(key);
    if (!waiting) return;
    const saved = new Set(words(savedText));
    for (const edit of waiting) if (saved.has(edit.token)) edit.acknowledged = true;
    this.unacknowledged.set(key, waiting.filter(e => !e.acknowledged));
  }
}
