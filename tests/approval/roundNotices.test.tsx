import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { RoundNotices, ruleSentence } from '../../src/components/approval/RoundNotices';
import { deriveRoundOutcome } from '../../src/domain/approval/deriveRound';
import { enGB } from '../../src/loc/enGB';
import { HASH, NOW, ballot, resetIds, round, termsFor } from './support/roundFixtures';

/** What everyone opening a round reads: the rule in one sentence, why it closed, named warnings, the fingerprint. */
describe('RoundNotices', () => {
  beforeEach(resetIds);
  const day = (iso: string): string => iso.slice(0, 10);

  it('states each rule in one sentence with its numbers', () => {
    expect(ruleSentence(enGB, termsFor(5, 'Majority'))).toBe('More than half of the 5 approvers (3) must approve: it goes back once 3 ask for changes, because a majority can then no longer be reached.');
    expect(ruleSentence(enGB, termsFor(4, 'All'))).toBe('Every one of the 4 approvers must approve: a single request for changes sends it back.');
    expect(ruleSentence(enGB, termsFor(2, 'Any'))).toBe('One approval from any of the 2 approvers is enough: it goes back only if all 2 ask for changes.');
  });

  it('names every warning and note to whoever opens the round, with the fingerprint', async () => {
    const terms = { ...termsFor(3, 'All'), excludedOwners: ['Helen Carter'] };
    const outcome = deriveRoundOutcome({ round, terms, decisions: [ballot(1, 'RequestChanges')], now: NOW });
    render(<RoundNotices strings={enGB} terms={terms} snapshotHash={HASH} outcome={outcome} formatDate={day}
      warnings={[{ kind: 'ballotChanged', name: 'Governor 1', version: 2 }, { kind: 'ballotDeleted', name: 'Governor 2', on: '2025-03-04T10:00:00Z' }, { kind: 'recordIgnored', record: { itemId: 50, reason: 'duplicateSnapshot' } }]}
      notes={[{ kind: 'ruleNow', rule: 'Any' }]} />);
    expect(screen.getByTestId('round-closed').textContent).toBe('It closed with changes requested: 1 asked for changes, so the 3 approvals the rule needs can no longer be reached.');
    // A message bar draws its text a moment later (so screen readers announce it): wait for it.
    await waitFor(() => expect(screen.getByTestId('round-warnings').textContent).toContain('Governor 1'));
    const warnings = screen.getByTestId('round-warnings').textContent ?? '';
    expect(warnings).toContain("Governor 1's decision was changed after it was cast (version 2).");
    expect(warnings).toContain("Something was deleted from Governor 2's ballot list on 2025-03-04.");
    expect(warnings).toContain('Entry 50 of the approval rounds list was ignored: it repeats the frozen copy of an earlier round.');
    expect(await screen.findByText("The school's rule is now “any one approver may approve”; this round keeps the rule it was submitted with.")).toBeTruthy();
    expect(screen.getByText(/Helen Carter: in the approvers group but not an approver of this round/)).toBeTruthy();
    expect(screen.getByTestId('round-fingerprint').textContent).toContain('a1a1 a1a1 a1a1 a1a1');
  });
});
