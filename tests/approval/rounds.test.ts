import { sortRoundRecords, withdrawalOf } from '../../src/domain/approval/rounds';
import type { RoundRecord } from '../../src/domain/approval/rounds';
import { roundWarnings, termsNotes } from '../../src/domain/approval/warnings';
import { deriveRoundOutcome } from '../../src/domain/approval/deriveRound';
import { fingerprint } from '../../src/domain/approval/fingerprint';
import { HASH, NOW, OTHER_HASH, ballot, resetIds, round, termsFor } from './support/roundFixtures';

const FOLDER = '/sites/oakfield/Approval Snapshots';

function item(id: number, extra: Partial<RoundRecord['round']> = {}, withdraws?: number): RoundRecord {
  return { round: { ...round, id, number: 99, snapshotHash: `${String(id).padStart(2, '0')}`.repeat(32).slice(0, 64), snapshotUrl: `${FOLDER}/draft-12-${id}.json`, ...extra }, withdraws };
}

beforeEach(resetIds);

describe('sorting a draft\'s rounds-list items', () => {
  it('numbers rounds by item id, never by anything typed into them', () => {
    const sorted = sortRoundRecords([item(30), item(10), item(20)], 12, FOLDER);
    expect(sorted.rounds.map(r => [r.id, r.number])).toEqual([[10, 1], [20, 2], [30, 3]]);
  });

  it('ignores a round repeating an earlier round\'s frozen copy (a "round 99" replaying round 1 cannot hide it)', () => {
    const first = item(10, { snapshotHash: HASH, snapshotUrl: `${FOLDER}/a.json` });
    const replay = item(50, { snapshotHash: HASH, snapshotUrl: `${FOLDER}/a.json` });
    const sorted = sortRoundRecords([replay, first], 12, FOLDER);
    expect(sorted.rounds.map(r => r.id)).toEqual([10]);
    expect(sorted.ignored).toEqual([{ itemId: 50, reason: 'duplicateSnapshot' }]);
  });

  it('ignores malformed rounds: no hash, a copy outside the snapshots library, or in a folder of it', () => {
    const sorted = sortRoundRecords([item(1, { snapshotHash: 'x' }), item(2, { snapshotUrl: '/sites/oakfield/Shared Documents/a.json' }), item(3, { snapshotUrl: `${FOLDER}/sub/a.json` }), item(4, { draftId: 13 })], 12, FOLDER);
    expect(sorted.rounds).toEqual([]);
    expect(sorted.ignored.map(i => i.reason)).toEqual(['malformed', 'malformed', 'malformed']);
  });

  it('counts a withdrawal only for a round that existed before it', () => {
    const sorted = sortRoundRecords([item(10), item(11, {}, 10), item(12, {}, 20), item(20)], 12, FOLDER);
    expect(withdrawalOf(sorted, 10)?.id).toBe(11);
    expect(withdrawalOf(sorted, 20)).toBeUndefined();
    expect(sorted.ignored).toEqual([{ itemId: 12, reason: 'withdrawalBeforeRound' }]);
  });
});

describe('warnings on a round', () => {
  const terms = termsFor(3, 'Majority');
  const lists = terms.electorate.map(e => ({ ballotList: e.ballotList, created: '2025-01-01T00:00:00Z', lastItemDeletedDate: '2025-01-01T00:00:00Z', secured: true }));

  it('names a changed round item, a changed ballot, a deleted ballot, an opened or missing ballot list and a second ballot', () => {
    const changed = ballot(1, 'Approve', { etag: 2 });
    const twice = [ballot(2, 'Approve'), ballot(2, 'RequestChanges')];
    const decisions = [changed, ...twice];
    const outcome = deriveRoundOutcome({ round, terms, decisions, now: NOW });
    const warnings = roundWarnings({
      round: { ...round, etag: 3 }, terms, outcome, decisions,
      ballotLists: [{ ...lists[0], lastItemDeletedDate: '2025-03-03T12:00:00Z' }, { ...lists[1], secured: false }, { ...lists[2], missing: true }],
      roundsList: { created: '2025-01-01T00:00:00Z', lastItemDeletedDate: '2025-01-01T00:00:00Z' }, ignoredRecords: [{ itemId: 50, reason: 'duplicateSnapshot' }]
    });
    expect(warnings).toEqual([
      { kind: 'roundChanged', version: 3 },
      { kind: 'ballotChanged', name: 'Governor 1', version: 2 },
      { kind: 'ballotDeleted', name: 'Governor 1', on: '2025-03-03T12:00:00Z' },
      { kind: 'ballotListOpen', name: 'Governor 2' },
      { kind: 'ballotListMissing', name: 'Governor 3' },
      { kind: 'extraBallot', name: 'Governor 2' },
      { kind: 'recordIgnored', record: { itemId: 50, reason: 'duplicateSnapshot' } }
    ]);
  });

  it('has nothing to say about an untouched round', () => {
    const decisions = [ballot(1, 'Approve'), ballot(2, 'Approve')];
    const outcome = deriveRoundOutcome({ round, terms, decisions, now: NOW });
    expect(roundWarnings({ round, terms, outcome, decisions, ballotLists: lists, ignoredRecords: [] })).toEqual([]);
  });

  it('notes where the school\'s rule or approvers now differ from the frozen terms', () => {
    expect(termsNotes(terms, { rule: 'Any', approverIds: [1, 2, 3, 4] })).toEqual([{ kind: 'ruleNow', rule: 'Any' }, { kind: 'electorateNow' }]);
    expect(termsNotes(terms, { rule: 'Majority', approverIds: [3, 2, 1] })).toEqual([]);
  });

  it('prints a fingerprint people can compare', () => {
    expect(fingerprint(OTHER_HASH)).toBe('b2b2 b2b2 b2b2 b2b2');
  });
});
