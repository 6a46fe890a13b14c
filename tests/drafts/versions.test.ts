import { freezeDraft } from '../../src/domain/approval/snapshot';
import type { Draft, DraftBlock } from '../../src/domain/draft/DraftModel';
import { approvedVersion, editLock, nextVersionLabel, nextWholeVersion, sameContent } from '../../src/domain/draft/versions';
import { documentState } from '../../src/domain/publish/documentStatus';
import { draftColumns, preambleColumn, toDraft, type DraftItem } from '../../src/services/drafts/draftWire';

/** Approved means locked: an approved draft changes only as its next version, which needs its own approval. */

describe('editLock', () => {
  it('leaves a draft that was never approved, is in review, was sent back or withdrawn open for editing', () => {
    expect(editLock(undefined, undefined)).toEqual({ kind: 'open' });
    for (const state of ['Open', 'ChangesRequested', 'Withdrawn'] as const) expect(editLock({ number: 2, state }, undefined)).toEqual({ kind: 'open' });
  });

  it('locks an approved draft until its next version is started from that very round', () => {
    expect(editLock({ number: 2, state: 'Approved' }, undefined)).toEqual({ kind: 'locked', approvedRound: 2 });
    expect(editLock({ number: 2, state: 'Approved' }, 2)).toEqual({ kind: 'nextVersion', approvedRound: 2 });
    // A marker left from an older approval does not unlock a newer one.
    expect(editLock({ number: 3, state: 'Approved' }, 2)).toEqual({ kind: 'locked', approvedRound: 3 });
  });

  it('once the next version is submitted, its own round decides: open while in review, locked again once approved', () => {
    expect(editLock({ number: 3, state: 'Open' }, 2)).toEqual({ kind: 'open' });
    expect(editLock({ number: 3, state: 'Approved' }, 2)).toEqual({ kind: 'locked', approvedRound: 3 });
  });
});

describe('versions of a document', () => {
  it('an approved round is the version it was published as, else the next whole number', () => {
    expect(approvedVersion([], 1)).toBe('1.0');
    expect(approvedVersion([{ version: '1.0', roundNumber: 1 }], 1)).toBe('1.0');
    expect(approvedVersion([{ version: '1.0', roundNumber: 1 }], 3)).toBe('2.0');
    expect(approvedVersion([{ version: '1.0', roundNumber: 1 }, { version: '2.0', roundNumber: 3 }], 3)).toBe('2.0');
    // A round published twice (through the API) is its latest publication.
    expect(approvedVersion([{ version: '1.0', roundNumber: 1 }, { version: '2.0', roundNumber: 1 }], 1)).toBe('2.0');
    expect(nextWholeVersion([{ version: '1.0', roundNumber: 1 }, { version: '2.0', roundNumber: 1 }])).toBe('3.0');
  });

  it('the version after an approved one is written as .1 until it is approved', () => {
    expect(nextVersionLabel('1.0')).toBe('1.1');
    expect(nextVersionLabel('2.0')).toBe('2.1');
  });

  it('home says "new version in progress" for an approved document whose next version was started, and the truth otherwise', () => {
    expect(documentState({ number: 1, state: 'Approved' }, { roundNumber: 1 })).toBe('Published');
    expect(documentState({ number: 1, state: 'Approved' }, undefined)).toBe('Approved');
    expect(documentState({ number: 1, state: 'Approved' }, { roundNumber: 1 }, 1)).toBe('NextVersion');
    expect(documentState({ number: 1, state: 'Approved' }, undefined, 1)).toBe('NextVersion');
    expect(documentState({ number: 2, state: 'Open' }, { roundNumber: 1 }, 1)).toBe('InReview');
    expect(documentState({ number: 2, state: 'Approved' }, { roundNumber: 1 }, 1)).toBe('Approved');
  });
});

describe('sameContent', () => {
  const block: DraftBlock = {
    key: 's:a', kind: 'Statement', sourceKey: 'a', sourceVersion: 1, baseText: 'Bank text.', mandatory: false,
    content: { text: 'Bank text.', included: true, note: '', sectionKey: 'x', order: 10, removed: false }
  };
  const draft: Draft & { id: number } = { id: 1, title: 'Policy', kind: 'Policy', templateKey: 't', templateVersion: 1, bankRelease: 'r', sections: [{ key: 'x', title: 'X', order: 10 }], blocks: [block] };
  const approved = freezeDraft(draft, [block], { SchoolName: 'Oakfield' });

  it('is true for the approved content even when the merge values differ, false once a statement changed or was left out', () => {
    expect(sameContent(freezeDraft(draft, [block], {}), approved)).toBe(true);
    expect(sameContent(freezeDraft(draft, [{ ...block, content: { ...block.content, text: 'Typed after approval.' } }], {}), approved)).toBe(false);
    expect(sameContent(freezeDraft(draft, [{ ...block, content: { ...block.content, included: false } }], {}), approved)).toBe(false);
  });
});

describe('the next-version marker on the draft item', () => {
  const item = (preamble: string | null): DraftItem => ({
    Id: 4, Title: 'Policy', DocumentKind: 'Policy', TemplateKey: 't', TemplateVersion: 1, SchoolSetting: null, Audience: null, BankRelease: 'r',
    DraftSections: '[]', Preamble: preamble, ReviewDate: null, Modified: '', Created: '', Archived: false
  });

  it('rides in the Preamble column and never reaches the domain preamble (so never a snapshot)', () => {
    const column = preambleColumn({ subject: 'Phones' }, 2);
    const draft = toDraft(item(column), []);
    expect(draft.nextVersionOf).toBe(2);
    expect(draft.preamble).toEqual({ subject: 'Phones' });
    expect(draftColumns(draft, undefined).Preamble).toBe(column);
  });

  it('reads drafts saved before versions existed, and ignores a marker that is not a round number', () => {
    expect(toDraft(item('{}'), [])).not.toHaveProperty('nextVersionOf');
    expect(toDraft(item(null), []).preamble).toBeUndefined();
    expect(toDraft(item('{"nextVersionOf":"2"}'), []).nextVersionOf).toBeUndefined();
    expect(toDraft(item('{"nextVersionOf":-1}'), []).nextVersionOf).toBeUndefined();
  });
});
