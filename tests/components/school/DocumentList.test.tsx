import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { DOCUMENT_COLUMN_WIDTHS, DocumentList, type DocumentRow } from '../../../src/components/school/DocumentList';
import { formatDate } from '../../../src/domain/time/formatDate';
import { enGB } from '../../../src/loc/enGB';

const noop = (): void => undefined;
const row = (id: number, patch: Partial<DocumentRow> = {}): DocumentRow => ({
  id, title: `Document ${id}`, kind: 'Policy', templateKey: 'policy-secondary', bankRelease: '2026.2', owner: 'Daniel Price',
  created: '2026-11-01T09:00:00Z', modified: '2026-11-02T09:00:00Z', state: 'Draft', review: 'none', ...patch
});
const list = (drafts: DocumentRow[]): void => {
  render(<DocumentList strings={enGB} drafts={drafts} canEdit formatDate={iso => formatDate(iso, 'Europe/London')}
    formatDay={iso => formatDate(`${iso}T12:00:00Z`, 'Europe/London')} onOpen={noop} onNew={noop} onStartReview={noop} onOpenPublished={noop} />);
};

describe("DocumentList: the school's documents in a headteacher's terms", () => {
  it('shows each draft with the bank release it was built from', () => {
    list([row(1, { bankRelease: '2026.3' }), row(2)]);
    expect(screen.getByTestId('release-1').textContent).toBe('2026.3');
    expect(screen.getByTestId('release-2').textContent).toBe('2026.2');
  });

  it("flags a document whose template is for another setting than the school's, and only that one", () => {
    list([row(1, { settingMismatch: { template: 'Primary', school: 'Secondary' } }), row(2)]);
    expect(screen.getByTestId('setting-mismatch-1').textContent).toBe(
      'Written for Primary schools, but your school is set as Secondary. Start a new document from the Secondary template, or check the setting in the school profile.'
    );
    expect(screen.queryByTestId('setting-mismatch-2')).toBeNull();
  });

  // Fluent's MessageBar draws its content a moment after it mounts (so screen readers announce it): find waits for it.
  it('says how many reviews are due and overdue in proper plurals, with UK dates on the rows', async () => {
    list([
      row(1, { state: 'Published', review: 'overdue', reviewDate: '2026-12-20' }),
      row(2, { state: 'Published', review: 'dueSoon', reviewDate: '2027-01-10' }),
      row(3, { state: 'Published', review: 'dueSoon', reviewDate: '2027-01-11' })
    ]);
    expect(await screen.findByText('2 documents are due for review within 60 days. 1 document is overdue for review.', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Review overdue since 20 December 2026')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\(s\)|12\/20\/2026/);
  });

  // Fluent's justified DetailsList pads each cell by 20 px and never shrinks a column below its minWidth: past 1168 px
  // (what a 1280 px page leaves) the last column, with the downloads and actions, was clipped off-screen.
  it('fits its columns in the 1168 px a 1280 px page leaves', () => {
    const widths = Object.values(DOCUMENT_COLUMN_WIDTHS);
    expect(widths.reduce((sum, w) => sum + w + 20, 0)).toBeLessThanOrEqual(1168);
  });

  it("puts a published document's copies and actions in its row by their names, each a button or link to reach by keyboard", () => {
    render(<DocumentList strings={enGB} drafts={[row(1, { state: 'Published', review: 'overdue', reviewDate: '2026-10-01', publishedUrl: '/p.docx', publishedVersion: '1.0',
      websiteCopyUrl: '/p.html', pdfUrl: '/p.pdf', publishedRound: 1 })]} canEdit formatDate={iso => formatDate(iso, 'Europe/London')}
      formatDay={iso => formatDate(`${iso}T12:00:00Z`, 'Europe/London')} onOpen={noop} onNew={noop} onStartReview={noop} onOpenPublished={noop} onAskToAcknowledge={noop} />);
    for (const name of ['Start the review', 'Ask to acknowledge']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByTestId('pdf-1').tagName).toBe('BUTTON');
    expect(screen.getByTestId('website-copy-1').tagName).toBe('BUTTON');
  });
});
