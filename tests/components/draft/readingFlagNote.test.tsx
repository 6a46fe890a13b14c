import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { BlockCard, type BlockCardProps } from '../../../src/components/draft/BlockCard';
import type { DraftBlock } from '../../../src/domain/draft/DraftModel';
import { enGB } from '../../../src/loc/enGB';

const block: DraftBlock = { key: 'c:one', kind: 'Custom', baseText: '', mandatory: false, content: { text: 'Inappropriate communications are investigated.', included: true, note: '', sectionKey: 'rules', order: 1, removed: false } };
const noop = (): void => undefined;

function card(reading: BlockCardProps['reading'], editable = true): JSX.Element {
  return (
    <BlockCard strings={enGB} block={block} reading={reading} editors={[]} sections={[]} selected={false} editable={editable} isFirst isLast
      onSelect={noop} onText={noop} onRisk={noop} onMoveToSection={noop} onInclude={noop} onMove={noop} onRemove={noop}
      onAcceptBank={noop} onKeepSchool={noop} onResolve={noop} />
  );
}

describe("a statement card's reading flag", () => {
  it('says in words what the statement reads at and the target, and the wording box is described by it', () => {
    render(card({ readingAge: 12, flag: { audience: 'KS2', grade: 7.2, readingAge: 12, target: 5, hard: true } }));
    const sentence = 'Reads at about grade 7.2 (reading age 12); the target for KS2 pupils is grade 5: shorter sentences and shorter words help.';
    const note = screen.getByText(sentence);
    expect(screen.getByText(`Reading age about 12 (${enGB.draft.readingHard})`)).toBeTruthy();
    expect(screen.getByLabelText(enGB.draft.textLabel).getAttribute('aria-describedby')).toBe(note.id);
  });

  it('shows the flag on a read-only card too, and only the reading age within the target', () => {
    const { unmount } = render(card({ readingAge: 12, flag: { audience: 'EarlyYearsKS1', grade: 7, readingAge: 12, target: 2, hard: true } }, false));
    expect(screen.getByText(/the target for Early years and KS1 pupils is grade 2/)).toBeTruthy();
    unmount();
    render(card({ readingAge: 9 }));
    expect(screen.getByText('Reading age about 9')).toBeTruthy();
    expect(screen.queryByText(/the target for/)).toBeNull();
    expect(screen.getByLabelText(enGB.draft.textLabel).getAttribute('aria-describedby')).toBeNull();
  });
});
