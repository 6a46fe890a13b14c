import * as React from 'react';
import { render, within } from '@testing-library/react';
import { ChangesSummary } from '../../src/components/approval/ChangesSummary';
import { DiffText } from '../../src/components/common/DiffText';
import { freezeDraft } from '../../src/domain/approval/snapshot';
import type { Draft, DraftBlock } from '../../src/domain/draft/DraftModel';
import { diffWords } from '../../src/domain/text/wordDiff';
import { enGB } from '../../src/loc/enGB';

/**
 * What governors read first, drawn: each group of departures under its heading, the two wordings of an amended
 * statement on two labelled lines (never interleaved), merge fields filled, {{ApprovalDate}} never raw, text as text.
 */

const BANK = 'Technology is a valuable part of learning at {{SchoolName}}.';
const SCHOOL = 'At Oakfield we see technology as a valuable part of how pupils learn. <img src=x onerror=alert(1)>';

function block(key: string, text: string, baseText = text, content: Partial<DraftBlock['content']> = {}): DraftBlock {
  return {
    key, kind: 'Statement', sourceKey: key, sourceVersion: 1, baseText, mandatory: false,
    content: { text, included: true, note: '', sectionKey: 'intro', order: 10, removed: false, ...content }
  };
}

const draft: Draft & { id: number } = {
  id: 1, title: 'Online safety policy', kind: 'Policy', templateKey: 't', templateVersion: 1, bankRelease: 'r',
  sections: [{ key: 'intro', title: 'Introduction', order: 10 }], blocks: []
};

describe('ChangesSummary', () => {
  it('lists amended (bank and school wording labelled, each whole), left out and added, filling merge fields', () => {
    const blocks = [
      block('s:tech', SCHOOL, BANK),
      block('s:approval', 'The board approved this policy on {{ApprovalDate}}.', undefined, { included: false }),
      { ...block('c:1', 'Our school council reviews it.'), kind: 'Custom' as const, baseText: '' }
    ];
    const { getByTestId, container } = render(<ChangesSummary strings={enGB} snapshot={freezeDraft(draft, blocks, { SchoolName: 'Oakfield Primary' })} />);
    const amended = within(getByTestId('departures-amended'));
    expect(amended.getByText('Amended (1)')).toBeTruthy();
    expect(amended.getByTestId('diff-before').textContent).toBe('Bank wordingTechnology is a valuable part of learning at Oakfield Primary.');
    expect(amended.getByTestId('diff-after').textContent).toBe(`School wording${SCHOOL}`);
    expect(getByTestId('departures-leftOut').textContent).toContain('The board approved this policy on [the date the governors approve it].');
    expect(getByTestId('departures-added').textContent).toContain('Our school council reviews it.');
    expect(container.textContent).not.toContain('{{');
    // Hostile wording is shown as text: no element is made from it.
    expect(container.querySelector('img')).toBeNull();
  });

  it('says so when the school uses the model as it is', () => {
    const { getByTestId } = render(<ChangesSummary strings={enGB} snapshot={freezeDraft(draft, [block('s:a', 'Same.')], {})} />);
    expect(getByTestId('changes-summary').textContent).toContain(enGB.departures.none);
  });
});

describe('DiffText with labels', () => {
  it('shows each wording whole on its own labelled line: deletions only on the first, insertions only on the second', () => {
    const { getByTestId, container } = render(<DiffText strings={enGB} runs={diffWords('Technology is a tool.', 'At Oakfield technology is valued.')} labels={{ before: 'Bank wording', after: 'School wording' }} />);
    expect(getByTestId('diff-before').textContent).toBe('Bank wordingTechnology is a tool.');
    expect(getByTestId('diff-after').textContent).toBe('School wordingAt Oakfield technology is valued.');
    expect(getByTestId('diff-before').querySelector('ins')).toBeNull();
    expect(getByTestId('diff-after').querySelector('del')).toBeNull();
    expect(container.querySelectorAll('del').length).toBeGreaterThan(0);
  });
});
