import { deriveRoundOutcome } from '../../src/domain/approval/deriveRound';
import { buildDocument } from '../../src/domain/document/buildDocument';
import type { RoundView } from '../../src/domain/approval/RoundView';
import { approvalRecord } from '../../src/services/publish/PublishService';
import { formatDate } from '../../src/domain/time/formatDate';
import { draftFrom, NOW, PROFILE } from '../word/wordFixtures';
import { freezeDraft } from '../../src/domain/approval/snapshot';
import { HASH, NOW as DERIVED_AT, ballot, resetIds, round, termsFor } from './support/roundFixtures';

/** The approval record Word prints lists each decision with the fingerprint it was bound to (SECURITY.md promise 4). */
describe('the approval record', () => {
  beforeEach(resetIds);

  it('lists every approver of the frozen electorate with their decision and its fingerprint', () => {
    const terms = termsFor(3, 'Majority');
    const decisions = [ballot(1, 'Approve'), ballot(2, 'Approve'), ballot(3, 'RequestChanges')];
    const outcome = deriveRoundOutcome({ round, terms, decisions, now: DERIVED_AT });
    const draft = draftFrom('policy-primary');
    const view = {
      round, terms, outcome, decisions, warnings: [], snapshot: { ...freezeDraft(draft, draft.blocks, {}), terms },
      approvers: terms.electorate.map(e => ({ id: e.id, name: e.name, login: e.login, email: e.email }))
    } as RoundView;
    const record = approvalRecord(view);
    expect(record.fingerprint).toBe('a1a1 a1a1 a1a1 a1a1');
    expect(record.approvers.map(a => [a.name, a.decision, a.fingerprint])).toEqual([
      ['Governor 1', 'Approved', 'a1a1 a1a1 a1a1 a1a1'], ['Governor 2', 'Approved', 'a1a1 a1a1 a1a1 a1a1'], ['Governor 3', 'Asked for changes', 'a1a1 a1a1 a1a1 a1a1']
    ]);
    const model = buildDocument(view.snapshot, { version: '1.0', approval: record, showChanges: false, profile: PROFILE, formatDate: iso => formatDate(iso), now: NOW });
    const text = JSON.stringify(model);
    expect(text).toContain('Fingerprint of the approved copy: a1a1 a1a1 a1a1 a1a1');
    expect(text).toContain('"header":["Approver","Decision","When","Fingerprint"]');
    expect(HASH.startsWith('a1a1')).toBe(true);
  });
});
