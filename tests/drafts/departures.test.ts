import { freezeDraft, snapshotHash } from '../../src/domain/approval/snapshot';
import type { Bank, ReleaseRecord, StatementContent } from '../../src/domain/bank/BankModel';
import { departuresOf, noDepartures, statementVersionsAt } from '../../src/domain/draft/departures';
import type { Draft, DraftBlock } from '../../src/domain/draft/DraftModel';
import { diffAfter, diffBefore } from '../../src/domain/text/wordDiff';

/**
 * Governors read the changes first: the departures of a frozen draft from the authority's model, read only from
 * the snapshot (and the bank's release history for updates), so every approver sees the same list.
 */

const BANK_TEXT = 'Technology is a valuable part of learning at {{SchoolName}}.';
const SCHOOL_TEXT = 'At Oakfield we see technology as a valuable part of how pupils learn.';

function block(key: string, text: string, patch: Partial<DraftBlock> = {}, content: Partial<DraftBlock['content']> = {}): DraftBlock {
  return {
    key: `s:${key}`, kind: 'Statement', sourceKey: key, sourceVersion: 1, baseText: text, mandatory: false, ...patch,
    content: { text, included: true, note: '', sectionKey: 'intro', order: 10, removed: false, ...content }
  };
}

function draftOf(blocks: DraftBlock[]): Draft & { id: number } {
  return {
    id: 3, title: 'Online safety policy', kind: 'Policy', templateKey: 'policy-primary', templateVersion: 1, bankRelease: '2026.1',
    sections: [{ key: 'intro', title: 'Introduction', order: 10 }, { key: 'mobile', title: 'Mobile phones', order: 20 }], blocks
  };
}

const content = (text: string): StatementContent => ({
  sectionKey: 'intro', text, guidance: '', mandatory: false, settings: [], tags: [], order: 10, checkAgainstGuidance: false, retired: false
});
const release = (number: number, label: string, changes: [string, number][]): ReleaseRecord => ({
  number, label, notes: '', changes: changes.map(([key, toVersion]) => ({ entity: 'statement', key, change: toVersion === 1 ? 'new' : 'changed', fromVersion: toVersion - 1, toVersion, content: content('') }))
});
const bankWith = (releases: ReleaseRecord[]): Bank => ({ sections: [], statements: [], templates: [], releases });

describe('departuresOf', () => {
  const blocks = [
    block('tech', SCHOOL_TEXT, { baseText: BANK_TEXT }),
    block('same', 'Pupils learn to keep themselves safe online.'),
    block('phones', 'Pupils hand in phones at the office.', {}, { included: false, sectionKey: 'mobile' }),
    { ...block('own', 'Our school council reviews this policy each spring.'), key: 'c:1', kind: 'Custom' as const, sourceKey: undefined, baseText: '' },
    block('gone', 'A removed custom statement.', { kind: 'Custom', key: 'c:2' }, { removed: true })
  ];
  const snapshot = freezeDraft(draftOf(blocks), blocks, { SchoolName: 'Oakfield Primary School' });

  it('lists what the school amended (both wordings kept apart), left out and added, with the section each is in', () => {
    const d = departuresOf(snapshot);
    expect(d.amended.map(a => [a.blockKey, a.sectionTitle, a.bankText, a.schoolText])).toEqual([['s:tech', 'Introduction', BANK_TEXT, SCHOOL_TEXT]]);
    // The diff rebuilds each wording on its own: nothing is lost or interleaved.
    expect(diffBefore(d.amended[0].diff)).toBe(BANK_TEXT);
    expect(diffAfter(d.amended[0].diff)).toBe(SCHOOL_TEXT);
    expect(d.leftOut.map(a => [a.blockKey, a.sectionTitle, a.bankText, a.schoolText])).toEqual([['s:phones', 'Mobile phones', 'Pupils hand in phones at the office.', '']]);
    expect(d.added.map(a => [a.blockKey, a.schoolText])).toEqual([['c:1', 'Our school council reviews this policy each spring.']]);
    expect(d.updatesTaken).toEqual([]);
    expect(d.updatesRefused).toEqual([]);
    expect(noDepartures(d)).toBe(false);
  });

  it('freezes left-out statements into the snapshot, so its hash binds them (a removed custom statement is not one)', async () => {
    expect(snapshot.leftOut?.map(b => [b.key, b.sectionTitle])).toEqual([['s:phones', 'Mobile phones']]);
    const includedAgain = blocks.map(b => (b.key === 's:phones' ? { ...b, content: { ...b.content, included: true } } : b));
    expect(await snapshotHash(freezeDraft(draftOf(includedAgain), includedAgain, { SchoolName: 'Oakfield Primary School' }))).not.toBe(await snapshotHash(snapshot));
  });

  it('a snapshot with nothing left out carries no leftOut at all (hashes of older snapshots keep their shape)', () => {
    const plain = [block('same', 'Pupils learn to keep themselves safe online.')];
    const frozen = freezeDraft(draftOf(plain), plain, {});
    expect('leftOut' in frozen).toBe(false);
    expect(noDepartures(departuresOf(frozen))).toBe(true);
  });

  it('tells bank updates taken from refused, by the version each statement had in the release the draft started from', () => {
    const bank = bankWith([release(1, '2026.1', [['taken', 1], ['refused', 1], ['tech', 1]]), release(2, '2026.2', [['taken', 2], ['refused', 2]])]);
    expect(statementVersionsAt(bank, '2026.1')).toEqual(new Map([['taken', 1], ['refused', 1], ['tech', 1]]));
    const updated = [
      block('taken', 'Bank wording v2, taken as it is.', { sourceVersion: 2 }),
      block('refused', 'The school kept its own wording.', { sourceVersion: 2, baseText: 'Bank wording v2, refused.' }),
      block('tech', SCHOOL_TEXT, { baseText: BANK_TEXT })
    ];
    const d = departuresOf(freezeDraft(draftOf(updated), updated, {}), bank);
    expect(d.updatesTaken.map(u => [u.blockKey, u.fromVersion, u.toVersion, u.bankText])).toEqual([['s:taken', 1, 2, 'Bank wording v2, taken as it is.']]);
    expect(d.updatesRefused.map(u => [u.blockKey, u.fromVersion, u.toVersion, u.bankText, u.schoolText])).toEqual([['s:refused', 1, 2, 'Bank wording v2, refused.', 'The school kept its own wording.']]);
    // An amendment with no update in between stays an amendment.
    expect(d.amended.map(a => a.blockKey)).toEqual(['s:tech']);
  });

  it('without the bank (or a release it does not know) an update cannot be told apart, so a refused one shows as amended', () => {
    const updated = [block('refused', 'The school kept its own wording.', { sourceVersion: 2, baseText: 'Bank wording v2, refused.' })];
    const frozen = freezeDraft(draftOf(updated), updated, {});
    expect(departuresOf(frozen).amended.map(a => a.blockKey)).toEqual(['s:refused']);
    expect(departuresOf(frozen, bankWith([release(1, 'other', [['refused', 1]])])).amended.map(a => a.blockKey)).toEqual(['s:refused']);
  });
});
