import fc from 'fast-check';
import { approvalsNeeded, deriveRoundOutcome } from '../../src/domain/approval/deriveRound';
import { settle } from '../../src/domain/approval/rule';
import type { ApprovalDecision, DecisionKind, RoundOutcome } from '../../src/domain/approval/ApprovalModel';
import type { ApprovalRule } from '../../src/domain/school/SchoolProfile';
import { HASH, NOW, OTHER_HASH, ROUND_ID, round, termsFor } from './support/roundFixtures';

/**
 * Properties of the rule semantics over random rounds: 1–7 electors, ballots in their lists and in outsiders'
 * lists, on the round's hash or another, for this round or another, repeated, in any order, with any dates,
 * an optional withdrawal (before or after the round) and a random rule.
 */

const NUM_RUNS = 300;
const RULES: ApprovalRule[] = ['All', 'Majority', 'Any'];

const ballotArb = (electors: number): fc.Arbitrary<ApprovalDecision> => fc.record({
  id: fc.integer({ min: 1, max: 10_000 }),
  owner: fc.integer({ min: 1, max: electors + 2 }),
  decision: fc.constantFrom<DecisionKind>('Approve', 'RequestChanges'),
  hash: fc.constantFrom(HASH, HASH, HASH, OTHER_HASH),
  roundId: fc.constantFrom(ROUND_ID, ROUND_ID, ROUND_ID, ROUND_ID + 1),
  second: fc.integer({ min: 0, max: 100_000 })
}).map(r => ({
  id: r.id, ballotList: `list-${r.owner}`, roundId: r.roundId, authorId: r.owner, authorName: `Governor ${r.owner}`, decision: r.decision,
  comment: '', snapshotHash: r.hash, created: new Date(Date.UTC(2025, 2, 3) + r.second * 1000).toISOString(), etag: 1
}));

const scenario = fc.integer({ min: 1, max: 7 }).chain(electors => fc.record({
  electors: fc.constant(electors),
  rule: fc.constantFrom(...RULES),
  ballots: fc.uniqueArray(ballotArb(electors), { selector: b => b.id, maxLength: 14 }),
  withdrawal: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined })
}));

type Scenario = { electors: number; rule: ApprovalRule; ballots: ApprovalDecision[]; withdrawal?: number };

function derive(s: Scenario, ballots = s.ballots, rule = s.rule): RoundOutcome {
  return deriveRoundOutcome({
    round, terms: termsFor(s.electors, rule), decisions: ballots, now: NOW,
    withdrawal: s.withdrawal === undefined ? undefined : { id: s.withdrawal, roundId: ROUND_ID, byId: 9, created: '2025-03-03T00:00:00Z' }
  });
}

describe('the rule semantics (fast-check)', () => {
  it('settles exactly when the outcome can no longer change: approved ⇔ enough approvals; changes ⇔ approvals out of reach', () => {
    fc.assert(fc.property(scenario, s => {
      const outcome = derive(s);
      const needed = approvalsNeeded(s.rule, s.electors);
      const a = outcome.approvals.length;
      const r = outcome.changesRequested.length;
      const undecided = s.electors - a - r;
      if (outcome.state === 'Approved') expect(a).toBeGreaterThanOrEqual(needed);
      if (outcome.state === 'ChangesRequested') expect(a + undecided).toBeLessThan(needed);
      if (outcome.state === 'Open' || outcome.state === 'Withdrawn') {
        expect(a).toBeLessThan(needed);
        expect(a + undecided).toBeGreaterThanOrEqual(needed);
      }
    }), { numRuns: NUM_RUNS });
  });

  it('gives the same outcome whatever the order of the records and whatever their dates', () => {
    fc.assert(fc.property(scenario, fc.integer(), (s, seed) => {
      const shuffled = [...s.ballots].sort((x, y) => ((x.id * 7919 + seed) % 97) - ((y.id * 7919 + seed) % 97));
      const redated = shuffled.map((b, i) => ({ ...b, created: new Date(Date.UTC(2040, 0, 1) - i * 60_000).toISOString() }));
      const a = derive(s);
      const b = derive(s, redated);
      expect([b.state, b.approvals.map(d => d.id).sort(), b.changesRequested.map(d => d.id).sort()])
        .toEqual([a.state, a.approvals.map(d => d.id).sort(), a.changesRequested.map(d => d.id).sort()]);
    }), { numRuns: NUM_RUNS });
  });

  it('never changes a settled outcome when more ballots arrive', () => {
    fc.assert(fc.property(scenario, fc.array(ballotArb(7), { maxLength: 6 }), (s, more) => {
      const before = derive(s);
      if (before.state !== 'Approved' && before.state !== 'ChangesRequested') return;
      const extra = more.map((b, i) => ({ ...b, id: 20_000 + i }));
      expect(derive(s, [...s.ballots, ...extra]).state).toBe(before.state);
    }), { numRuns: NUM_RUNS });
  });

  it('counts at most one ballot per elector, only in the electorate\'s lists, only on the round\'s hash; counted + ignored = the round\'s ballots', () => {
    fc.assert(fc.property(scenario, s => {
      const outcome = derive(s);
      const counted = [...outcome.approvals, ...outcome.changesRequested];
      expect(new Set(counted.map(d => d.authorId)).size).toBe(counted.length);
      expect(counted.every(d => d.authorId <= s.electors && d.snapshotHash === HASH && d.roundId === ROUND_ID)).toBe(true);
      expect(counted.length + outcome.ignored.length).toBe(s.ballots.filter(b => b.roundId === ROUND_ID).length);
      expect(outcome.pending.length).toBe(s.electors - counted.length);
    }), { numRuns: NUM_RUNS });
  });

  it('under "all" one counted request settles it; under "any" one counted approval does', () => {
    fc.assert(fc.property(scenario, s => {
      const all = derive(s, s.ballots, 'All');
      if (all.changesRequested.length > 0) expect(all.state).toBe('ChangesRequested');
      const any = derive(s, s.ballots, 'Any');
      if (any.approvals.length > 0) expect(any.state).toBe('Approved');
    }), { numRuns: NUM_RUNS });
  });

  it('a withdrawal added before the round (smaller id) never withdraws it', () => {
    fc.assert(fc.property(scenario, s => {
      const early = derive({ ...s, withdrawal: ROUND_ID - 1 });
      const none = derive({ ...s, withdrawal: undefined });
      expect(early.state).toBe(none.state);
    }), { numRuns: NUM_RUNS });
  });

  it('Any ≤ Majority ≤ All in approvals needed; approved under a stronger rule ⇒ approved under a weaker one', () => {
    fc.assert(fc.property(scenario, s => {
      expect(approvalsNeeded('Any', s.electors)).toBeLessThanOrEqual(approvalsNeeded('Majority', s.electors));
      expect(approvalsNeeded('Majority', s.electors)).toBeLessThanOrEqual(approvalsNeeded('All', s.electors));
      if (derive(s, s.ballots, 'All').state === 'Approved') expect(derive(s, s.ballots, 'Majority').state).toBe('Approved');
      if (derive(s, s.ballots, 'Majority').state === 'Approved') expect(derive(s, s.ballots, 'Any').state).toBe('Approved');
    }), { numRuns: NUM_RUNS });
  });

  it('settle is monotone in both tallies', () => {
    fc.assert(fc.property(fc.constantFrom(...RULES), fc.integer({ min: 1, max: 9 }), fc.nat(9), fc.nat(9), (rule, n, a0, r0) => {
      const a = Math.min(a0, n);
      const r = Math.min(r0, n - a);
      const now = settle(rule, n, a, r);
      if (!now) return;
      if (a + r < n) {
        expect(settle(rule, n, a + 1, r)).toBe(now);
        expect(settle(rule, n, a, r + 1)).toBe(now);
      }
    }), { numRuns: NUM_RUNS });
  });
});
