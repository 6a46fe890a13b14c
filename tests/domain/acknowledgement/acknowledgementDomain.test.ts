import { changesSince } from '../../../src/domain/acknowledgement/changesSince';
import { deriveRecord, lastAcknowledgedHash } from '../../../src/domain/acknowledgement/deriveRecord';
import type { Acknowledgement, AcknowledgementRequest } from '../../../src/domain/acknowledgement/AcknowledgementModel';
import type { DraftSnapshot, SnapshotBlock } from '../../../src/domain/approval/snapshot';

const block = (key: string, text: string, sectionKey = 'a'): SnapshotBlock => ({ key, kind: 'Statement', sectionKey, text, baseText: text, mandatory: false });
const version = (blocks: SnapshotBlock[]): DraftSnapshot => ({
  draftId: 1, title: 'Policy', kind: 'Policy', bankRelease: '2026.1', sections: [{ key: 'a', title: 'Aims' }, { key: 'b', title: 'Roles' }], blocks, values: { SchoolName: 'Oakfield' }
});
const H1 = '1'.repeat(64);
const H2 = '2'.repeat(64);
const person = (id: number) => ({ id, name: `P${id}`, login: `p${id}`, email: `p${id}@x` });
const request: AcknowledgementRequest = { id: 5, draftId: 1, title: 'Policy', version: '2.0', roundNumber: 2, snapshotHash: H2, audienceGroup: 'Staff', audience: [person(1), person(2), person(3), person(4)], created: '2026-09-01T08:00:00Z' };
const ack = (personId: number, itemId: number, hash: string, requestId = 5, created = '2026-09-02T08:00:00Z'): Acknowledgement => ({ personId, itemId, requestId, draftId: 1, snapshotHash: hash, created });

describe('what changed since the version a person last acknowledged', () => {
  const v1 = version([block('s:1', 'Staff report concerns.'), block('s:2', '{{SchoolName}} filters the internet.'), block('s:3', 'Old rule.', 'b')]);
  const v2 = version([block('s:1', 'Staff report concerns.'), block('s:2', '{{SchoolName}} filters and monitors the internet.'), block('s:4', 'New rule.', 'b')]);

  it('lists only changed, added and removed statements, with merge codes filled and a word diff', () => {
    const { sinceEarlier, changes } = changesSince(v1, v2);
    expect(sinceEarlier).toBe(true);
    expect(changes.map(c => [c.key, c.kind, c.sectionTitle])).toEqual([['s:2', 'changed', 'Aims'], ['s:4', 'added', 'Roles'], ['s:3', 'removed', 'Roles']]);
    expect(changes[0].text).toBe('Oakfield filters and monitors the internet.');
    expect(changes[0].runs).toContainEqual({ kind: 'insert', text: expect.stringContaining('monitors') });
  });

  it('gives everything to someone who never acknowledged, and nothing when nothing changed', () => {
    expect(changesSince(undefined, v2)).toMatchObject({ sinceEarlier: false, changes: [{ key: 's:1' }, { key: 's:2' }, { key: 's:4' }] });
    expect(changesSince(v2, v2)).toEqual({ sinceEarlier: true, changes: [] });
  });

  it("finds the person's newest acknowledgement of another version by item id, never by date", () => {
    const acks = [ack(1, 1, H1, 2, '2030-01-01T00:00:00Z'), ack(1, 2, '3'.repeat(64), 4, '2020-01-01T00:00:00Z'), ack(2, 9, H1)];
    expect(lastAcknowledgedHash(acks, 1, 1, H2)?.itemId).toBe(2);
    expect(lastAcknowledgedHash(acks, 3, 1, H2)).toBeUndefined();
  });
});

describe('the owner\'s record', () => {
  const lists = [1, 2, 3].map(id => ({ id: `L${id}`, personId: id, secured: true }));

  it('counts an acknowledgement of the version from the person\'s own secured list only', () => {
    const record = deriveRecord(request, [...lists, { id: 'L4', personId: 4, secured: false }], [
      ack(1, 1, H2),
      ack(2, 1, H1), // an earlier version: not this one
      ack(4, 1, H2) // from a list nobody secured: anyone could have written it
    ]);
    expect(record.rows.map(r => [r.person.id, r.state])).toEqual([[1, 'acknowledged'], [2, 'waiting'], [3, 'waiting'], [4, 'noList']]);
    expect([record.acknowledged, record.waiting]).toEqual([1, 2]);
  });

  it('shows a stamp earlier than the request as doubtful, and lets it decide nothing', () => {
    const record = deriveRecord(request, lists, [ack(3, 1, H2, 5, '2020-01-02T10:30:00Z')]);
    expect(record.rows.find(r => r.person.id === 3)).toMatchObject({ state: 'acknowledged', dateDoubtful: true });
  });
});
