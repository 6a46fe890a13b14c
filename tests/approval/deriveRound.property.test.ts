import fc from 'fast-check';
import { approvalsNeeded, deriveRoundOutcome } from '../../src/domain/approval/deriveRound';
import type { ApprovalDecision, ApprovalRound, DecisionKind, RoundOutcome, RoundWithdrawal } from '../../src/domain/approval/ApprovalModel';
import type { ApprovalRule } from '../../src/domain/school/SchoolProfile';

/**
 * Properties of deriveRoundOutcome over random decision records: random approvers group (1–7 ids), a few
 * outsiders, random authors, kinds, hashes (mostly the round's), rounds (mostly this one), Created times in
 * whole seconds (so same-second ties are common), distinct item ids in random relation to time, an optional
 * withdrawal and a random rule.
 */

const NUM_RUNS = 400;
const ROUND_ID = 40;
const OTHER_ROUND_ID = 41;
const HASH = 'a1'.repeat(32);
const OTHER_HASHES = ['b2'.repeat(32), ''];
const OUTSIDERS = [101, 102, 103];
const RULES: ApprovalRule[] = ['All', 'Majority', 'Any'];
const BASE = Date.parse('2025-03-03T10:00:00Z');
const NOW = new Date('2025-03-04T12:00:00Z');

const round: ApprovalRound = {
  id: ROUND_ID, draftId: 12, number: 1, snapshotHash: HASH, snapshotUrl: '/sites/oakfield/Snapshots/draft-12-round-1.json',
  dueDate: '2025-03-10', submittedBy: 'Olive Owner', submittedById: 9, created: '2025-03-03T09:00:00Z'
};

/** Created as SharePoint stamps it (whole seconds, `Z`). */
function stamp(second: number): string {
  return new Date(BASE + second * 1000).toISOString().replace('.000Z', 'Z');
}

interface Scenario {
  approverIds: number[];
  rule: ApprovalRule;
  decisions: ApprovalDecision[];
  withdrawal?: RoundWithdrawal;
}

interface RawDecision {
  authorId: number;
  decision: DecisionKind;
  snapshotHash: string;
  roundId: number;
  second: number;
}

function rawDecisionArb(approverIds: number[], seconds: { min: number; max: number }): fc.Arbitrary<RawDecision> {
  return fc.record({
    authorId: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...approverIds) }, { weight: 1, arbitrary: fc.constantFrom(...OUTSIDERS) }),
    decision: fc.oneof({ weight: 3, arbitrary: fc.constant<DecisionKind>('Approve') }, { weight: 1, arbitrary: fc.constant<DecisionKind>('RequestChanges') }),
    snapshotHash: fc.oneof({ weight: 8, arbitrary: fc.constant(HASH) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_HASHES) }),
    roundId: fc.oneof({ weight: 8, arbitrary: fc.constant(ROUND_ID) }, { weight: 1, arbitrary: fc.constant(OTHER_ROUND_ID) }),
    second: fc.integer(seconds)
  });
}

function toDecision(raw: RawDecision, id: number): ApprovalDecision {
  return {
    id, roundId: raw.roundId, authorId: raw.authorId, authorName: `Person ${raw.authorId}`, decision: raw.decision,
    comment: '', snapshotHash: raw.snapshotHash, created: stamp(raw.second)
  };
}

/** Distinct ids, shuffled so that id order and time order disagree as often as they agree. */
function distinctIds(count: number, from: number): fc.Arbitrary<number[]> {
  const pool = Array.from({ length: count * 3 }, (_, i) => from + i);
  return fc.shuffledSubarray(pool, { minLength: count, maxLength: count });
}

const scenarioArb: fc.Arbitrary<Scenario> = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 7 })
  .chain(approverIds => fc.record({
    approverIds: fc.constant(approverIds),
    rule: fc.constantFrom(...RULES),
    raw: fc.array(rawDecisionArb(approverIds, { min: 0, max: 30 }), { maxLength: 16 }),
    withdrawalSecond: fc.option(fc.integer({ min: 0, max: 34 }), { nil: undefined, freq: 3 })
  }))
  .chain(s => distinctIds(s.raw.length, 1).map((ids): Scenario => ({
    approverIds: s.approverIds,
    rule: s.rule,
    decisions: s.raw.map((raw, i) => toDecision(raw, ids[i])),
    withdrawal: s.withdrawalSecond === undefined ? undefined : { roundId: ROUND_ID, byId: 9, created: stamp(s.withdrawalSecond) }
  })));

function derive(s: Scenario, overrides: Partial<Scenario> = {}): RoundOutcome {
  const input = { ...s, ...overrides };
  return deriveRoundOutcome({ round, decisions: input.decisions, approverIds: input.approverIds, rule: input.rule, withdrawal: input.withdrawal, now: NOW });
}

function ids(decisions: ApprovalDecision[]): number[] {
  return decisions.map(d => d.id);
}

function serverOrder(a: ApprovalDecision, b: ApprovalDecision): number {
  return Date.parse(a.created) - Date.parse(b.created) || a.id - b.id;
}

/** A decision that can take part at all: this round, an approver now, this snapshot, before any withdrawal. */
function eligible(s: Scenario, d: ApprovalDecision): boolean {
  return d.roundId === ROUND_ID && s.approverIds.includes(d.authorId) && d.snapshotHash === HASH
    && (!s.withdrawal || Date.parse(d.created) < Date.parse(s.withdrawal.created));
}

/**
 * An independent statement of the rule: take each approver's first eligible decision in server order; the
 * round is ChangesRequested if a request for changes comes before the needed-th approval, Approved if the
 * needed-th approval comes first, otherwise Withdrawn or Open.
 */
function expectedState(s: Scenario): RoundOutcome['state'] {
  const seen = new Set<number>();
  const firsts = s.decisions.filter(d => eligible(s, d)).sort(serverOrder).filter(d => !seen.has(d.authorId) && Boolean(seen.add(d.authorId)));
  const needed = approvalsNeeded(s.rule, new Set(s.approverIds).size);
  const firstChange = firsts.findIndex(d => d.decision === 'RequestChanges');
  const approvalIndexes = firsts.map((d, i) => (d.decision === 'Approve' ? i : -1)).filter(i => i >= 0);
  const threshold = approvalIndexes.length >= needed ? approvalIndexes[needed - 1] : Number.POSITIVE_INFINITY;
  if (firstChange >= 0 && firstChange < threshold) return 'ChangesRequested';
  if (Number.isFinite(threshold)) return 'Approved';
  return s.withdrawal ? 'Withdrawn' : 'Open';
}

/** The parts of an outcome the rules decide (ignored lists differ when inputs differ, by design). */
function decisive(o: RoundOutcome): Record<string, unknown> {
  return { state: o.state, needed: o.needed, approvals: ids(o.approvals), changesRequested: ids(o.changesRequested), decidedAt: o.decidedAt, pending: o.pending, overdue: o.overdue };
}

describe('deriveRoundOutcome properties', () => {
  it('the generator reaches every state, every ignore reason and same-second ties', () => {
    const samples = fc.sample(scenarioArb, { numRuns: 2000, seed: 42 });
    const outcomes = samples.map(s => derive(s));
    const states = new Set(outcomes.map(o => o.state));
    const reasons = new Set(outcomes.flatMap(o => o.ignored.map(i => i.reason)));
    expect([...states].sort()).toEqual(['Approved', 'ChangesRequested', 'Open', 'Withdrawn']);
    expect([...reasons].sort()).toEqual(['afterOutcome', 'afterWithdrawal', 'notAnApprover', 'otherSnapshot', 'repeat']);
    expect(samples.some(s => s.rule === 'All' && s.approverIds.length >= 3 && derive(s).state === 'Approved')).toBe(true);
    expect(samples.some(s => new Set(s.decisions.map(d => d.created)).size < s.decisions.length)).toBe(true);
  });

  it('(a) decisions by outsiders, on other hashes, of other rounds or after the withdrawal change nothing', () => {
    fc.assert(fc.property(scenarioArb, s => {
      const kept = s.decisions.filter(d => eligible(s, d));
      expect(decisive(derive(s, { decisions: kept }))).toEqual(decisive(derive(s)));
    }), { numRuns: NUM_RUNS });
  });

  it('(b) the order of the input array never changes the outcome', () => {
    const arb = scenarioArb.chain(s => fc.shuffledSubarray(s.decisions, { minLength: s.decisions.length, maxLength: s.decisions.length }).map(shuffled => ({ s, shuffled })));
    fc.assert(fc.property(arb, ({ s, shuffled }) => {
      expect(derive(s, { decisions: shuffled })).toEqual(derive(s));
    }), { numRuns: NUM_RUNS });
  });

  it('(c) Approved ⇔ the needed approvals came before any counted request for changes; ChangesRequested ⇔ a counted request came first', () => {
    fc.assert(fc.property(scenarioArb, s => {
      const o = derive(s);
      expect(o.state).toBe(expectedState(s));
      expect(o.state === 'Approved').toBe(o.approvals.length >= o.needed && o.changesRequested.length === 0);
      expect(o.state === 'ChangesRequested').toBe(o.changesRequested.length > 0 && o.approvals.length < o.needed);
      expect(o.changesRequested.length).toBeLessThanOrEqual(1);
      expect(o.approvals.length).toBeLessThanOrEqual(o.needed);
      if (o.state === 'ChangesRequested') {
        // Every counted approval came before the request (server order).
        expect(o.approvals.every(a => serverOrder(a, o.changesRequested[0]) < 0)).toBe(true);
        expect(o.decidedAt).toBe(o.changesRequested[0].created);
      }
      if (o.state === 'Approved') expect(o.decidedAt).toBe(o.approvals[o.approvals.length - 1].created);
      if (o.state === 'Open') expect(o.decidedAt).toBeUndefined();
      if (o.state === 'Withdrawn') expect(o.decidedAt).toBe(s.withdrawal?.created);
      expect(o.pending.length > 0).toBe(o.state === 'Open');
    }), { numRuns: NUM_RUNS });
  });

  it('(d) every counted decision is by a distinct approver, and counted + ignored are exactly the round\'s decisions', () => {
    fc.assert(fc.property(scenarioArb, s => {
      const o = derive(s);
      const counted = [...o.approvals, ...o.changesRequested];
      const authors = counted.map(d => d.authorId);
      expect(new Set(authors).size).toBe(authors.length);
      expect(authors.every(a => s.approverIds.includes(a))).toBe(true);
      expect(counted.every(d => eligible(s, d))).toBe(true);
      const all = [...ids(counted), ...o.ignored.map(i => i.decision.id)].sort((a, b) => a - b);
      expect(all).toEqual(ids(s.decisions.filter(d => d.roundId === ROUND_ID)).sort((a, b) => a - b));
      expect(o.pending.every(p => s.approverIds.includes(p) && !authors.includes(p))).toBe(true);
    }), { numRuns: NUM_RUNS });
  });

  it('(e) decisions added later in server order never change an Approved or ChangesRequested round', () => {
    const arb = scenarioArb
      .filter(s => s.decisions.length > 0)
      .chain(s => {
        const last = Math.max(...s.decisions.map(d => (Date.parse(d.created) - BASE) / 1000));
        const maxId = Math.max(...s.decisions.map(d => d.id));
        return fc.array(rawDecisionArb(s.approverIds, { min: last, max: last + 5 }), { minLength: 1, maxLength: 8 })
          .chain(raw => distinctIds(raw.length, maxId + 1).map(extraIds => ({ s, extra: raw.map((r, i) => toDecision(r, extraIds[i])) })));
      });
    fc.assert(fc.property(arb, ({ s, extra }) => {
      const before = derive(s);
      fc.pre(before.state === 'Approved' || before.state === 'ChangesRequested');
      const after = derive(s, { decisions: [...s.decisions, ...extra] });
      expect(decisive(after)).toEqual(decisive(before));
    }), { numRuns: NUM_RUNS });
  });

  it('(f) Any ≤ Majority ≤ All in approvals needed, for every group size', () => {
    for (let count = 0; count <= 60; count++) {
      expect(approvalsNeeded('Any', count)).toBeLessThanOrEqual(approvalsNeeded('Majority', count));
      expect(approvalsNeeded('Majority', count)).toBeLessThanOrEqual(approvalsNeeded('All', count));
    }
  });

  /**
   * (f) A weaker rule decides at least as soon and never the other way. No request for changes can intervene
   * under a weaker rule when All approves: All approving means every approver's first counted decision is an
   * Approve, and every rule replays the same first decisions in the same order, the weaker ones stopping sooner.
   * Conversely a request for changes that closes a round under a weaker rule came before fewer approvals than
   * the stronger rule needs, so it closes the round under the stronger rule too.
   */
  it('(f) approved under a stronger rule ⇒ approved under a weaker one, no later; changes requested under a weaker rule ⇒ under a stronger one', () => {
    fc.assert(fc.property(scenarioArb, s => {
      const [all, majority, any] = RULES.map(rule => derive(s, { rule }));
      const chain = [any, majority, all];
      for (let weak = 0; weak < chain.length; weak++) {
        for (let strong = weak + 1; strong < chain.length; strong++) {
          if (chain[strong].state === 'Approved') {
            expect(chain[weak].state).toBe('Approved');
            expect(serverTime(chain[weak].decidedAt)).toBeLessThanOrEqual(serverTime(chain[strong].decidedAt));
          }
          if (chain[weak].state === 'ChangesRequested') {
            expect(chain[strong].state).toBe('ChangesRequested');
            expect(chain[strong].decidedAt).toBe(chain[weak].decidedAt);
          }
          if (chain[weak].needed === chain[strong].needed) expect(decisive(chain[weak])).toEqual(decisive(chain[strong]));
        }
      }
    }), { numRuns: NUM_RUNS });
  });
});

function serverTime(iso: string | undefined): number {
  return iso === undefined ? Number.NaN : Date.parse(iso);
}
