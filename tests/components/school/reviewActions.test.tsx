import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { DocumentList, type DocumentRow } from '../../../src/components/school/DocumentList';
import { formatDate } from '../../../src/domain/time/formatDate';
import { enGB } from '../../../src/loc/enGB';

const noop = (): void => undefined;
const row = (id: number, patch: Partial<DocumentRow> = {}): DocumentRow => ({
  id, title: `Document ${id}`, kind: 'Policy', templateKey: 'policy-secondary', bankRelease: '2026.2', owner: 'Daniel Price',
  created: '2026-11-01T09:00:00Z', modified: '2026-11-02T09:00:00Z', state: 'Published', review: 'ok', reviewDate: '2027-09-01', publishedUrl: '/p.docx', publishedVersion: '1.0', ...patch
});
const list = (drafts: DocumentRow[], onStartReview: (row: DocumentRow) => void, canEdit = true): void => {
  render(<DocumentList strings={enGB} drafts={drafts} canEdit={canEdit} formatDate={iso => formatDate(iso, 'Europe/London')}
    formatDay={iso => formatDate(`${iso}T12:00:00Z`, 'Europe/London')} onOpen={noop} onNew={noop} onStartReview={onStartReview} onOpenPublished={noop} />);
};

describe('DocumentList: "Start the review"', () => {
  it('is in view when a review is due soon or overdue, with the date in UK words, and starts that document\'s review', () => {
    const started: number[] = [];
    list([row(1, { review: 'dueSoon', reviewDate: '2026-12-20' }), row(2, { review: 'overdue', reviewDate: '2026-10-01' })], r => started.push(r.id));
    expect(screen.getByText('Review due 20 December 2026')).toBeTruthy();
    expect(screen.getByText('Review overdue since 1 October 2026')).toBeTruthy();
    fireEvent.click(screen.getByTestId('start-review-2'));
    fireEvent.click(screen.getByTestId('start-review-1'));
    expect(started).toEqual([2, 1]);
  });

  it('is chosen from the row\'s menu when the review is not due yet', () => {
    const started: number[] = [];
    list([row(3)], r => started.push(r.id));
    expect(screen.queryByTestId('start-review-3')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More actions for Document 3' }));
    fireEvent.click(screen.getByText('Start the review now'));
    expect(started).toEqual([3]);
  });

  it('is not offered once the review has started, nor on a draft never published', () => {
    list([row(4, { state: 'NextVersion', review: 'overdue' }), row(5, { state: 'Draft', review: 'none', reviewDate: undefined, publishedUrl: undefined })], noop);
    expect(screen.queryByTestId('start-review-4')).toBeNull();
    expect(screen.queryByTestId('row-menu-4')).toBeNull();
    expect(screen.queryByTestId('row-menu-5')).toBeNull();
  });

  it('is not offered to someone who cannot edit', () => {
    list([row(6, { review: 'overdue' }), row(7)], noop, false);
    expect(screen.queryByTestId('start-review-6')).toBeNull();
    expect(screen.queryByTestId('row-menu-7')).toBeNull();
  });
});
