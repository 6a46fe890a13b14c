import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { DocumentList, type DocumentRow } from '../../../src/components/school/DocumentList';
import { PublishPagePanel } from '../../../src/components/school/PublishPagePanel';
import { AppError } from '../../../src/services/errors/AppError';
import type { ISitePagePublisher, SitePageSource } from '../../../src/services/publish/ISitePagePublisher';
import { formatDate } from '../../../src/domain/time/formatDate';
import { format } from '../../../src/loc/strings';
import { enGB } from '../../../src/loc/enGB';

// Fluent's panel animates in; the waits below are for conditions, with an explicit generous limit.
jest.setTimeout(30_000);
const WAIT = { timeout: 10_000 };

const noop = (): void => undefined;
const SCHOOL = 'https://contoso.sharepoint.com/sites/oakfield';
const DOCUMENT: SitePageSource = { title: 'Online safety policy', websiteCopyUrl: '/sites/oakfield/Policies/online-safety-policy.html' };
const row = (id: number, patch: Partial<DocumentRow> = {}): DocumentRow => ({
  id, title: `Document ${id}`, kind: 'Policy', templateKey: 'policy-secondary', bankRelease: '2026.2', owner: 'Daniel Price',
  created: '2026-11-01T09:00:00Z', modified: '2026-11-02T09:00:00Z', state: 'Published', review: 'ok', reviewDate: '2027-09-01', publishedUrl: '/p.docx', publishedVersion: '1.0', ...patch
});

describe('"Publish as a SharePoint page…"', () => {
  it("is on a published row's menu when it has a website copy, even when its review is due, and names that row", () => {
    const chosen: number[] = [];
    render(<DocumentList strings={enGB} drafts={[row(1, { websiteCopyUrl: '/c.html' }), row(2, { review: 'overdue', websiteCopyUrl: '/d.html' }), row(3)]} canEdit
      formatDate={iso => formatDate(iso, 'Europe/London')} formatDay={iso => formatDate(`${iso}T12:00:00Z`, 'Europe/London')}
      onOpen={noop} onNew={noop} onStartReview={noop} onOpenPublished={noop} onPublishPage={r => chosen.push(r.id)} />);
    fireEvent.click(screen.getByRole('button', { name: 'More actions for Document 2' }));
    fireEvent.click(screen.getByText(enGB.sitePage.menu));
    expect(chosen).toEqual([2]);
    // Row 3 has no website copy: its menu offers only the early review.
    fireEvent.click(screen.getByRole('button', { name: 'More actions for Document 3' }));
    expect(screen.queryByText(enGB.sitePage.menu)).toBeNull();
  });

  it('publishes to the school site by default, then links to the page', async () => {
    const calls: string[] = [];
    const publisher: ISitePagePublisher = { publishAsPage: async (_d, site) => { calls.push(site); return `${site}/SitePages/online-safety-policy.aspx`; } };
    render(<PublishPagePanel strings={enGB} publisher={publisher} schoolSiteUrl={SCHOOL} document={DOCUMENT} onDismiss={noop} />);
    expect(await screen.findByText(format(enGB.sitePage.title, DOCUMENT.title), undefined, WAIT)).toBeTruthy();
    expect((screen.getByLabelText(enGB.sitePage.siteLabel) as HTMLInputElement).value).toBe(SCHOOL);
    fireEvent.click(screen.getByText(enGB.sitePage.publish));
    const link = await screen.findByText(enGB.sitePage.openPage, undefined, WAIT);
    expect(link.closest('a')?.getAttribute('href')).toBe(`${SCHOOL}/SitePages/online-safety-policy.aspx`);
    expect(calls).toEqual([SCHOOL]);
  });

  it("shows a refusal's own sentence for the site typed, never the service's message", async () => {
    const publisher: ISitePagePublisher = {
      publishAsPage: async (_d, site) => { throw new AppError('accessDenied', 'documents.pageDenied', 'raw technical text', { status: 403, values: [site] }); }
    };
    render(<PublishPagePanel strings={enGB} publisher={publisher} schoolSiteUrl={SCHOOL} document={DOCUMENT} onDismiss={noop} />);
    fireEvent.change(await screen.findByLabelText(enGB.sitePage.siteLabel, undefined, WAIT), { target: { value: 'https://contoso.sharepoint.com/sites/hr' } });
    fireEvent.click(screen.getByText(enGB.sitePage.publish));
    expect(await screen.findByText(format(enGB.errorCodes.documents.pageDenied, 'https://contoso.sharepoint.com/sites/hr'), undefined, WAIT)).toBeTruthy();
    expect(screen.queryByText('raw technical text')).toBeNull();
  });
});
