import * as React from 'react';
import { ActionButton, IconButton, Link, Stack } from '@fluentui/react';
import { format } from '../../loc/strings';
import type { Strings } from '../../loc/strings';
import type { DocumentRow } from '../../app/schoolHome/schoolHomeModel';

/** The cell wraps its text (isMultiline); a button's words stay on one line, which the column's width leaves room for. */
const ONE_LINE = { label: { whiteSpace: 'nowrap' } } as const;

export interface DocumentRowActionsProps {
  strings: Strings;
  row: DocumentRow;
  canEdit: boolean;
  onStartReview: (row: DocumentRow) => void;
  onOpenPublished: (row: DocumentRow, file?: 'word' | 'websiteCopy' | 'pdf') => void;
  onAskToAcknowledge?: (row: DocumentRow) => void;
  /** "Publish as a SharePoint page…" of a row's website copy (issue 17), from the row's menu. */
  onPublishPage?: (row: DocumentRow) => void;
}

/**
 * The documents list's last cell: the published copies on their own wrapping line, then one action a line. Side by
 * side they needed ~400 px and the list no longer fitted a 1280 px page (the buttons lost their words to the clip).
 */
export function DocumentRowActions({ strings, row, canEdit, onStartReview, onOpenPublished, onAskToAcknowledge, onPublishPage }: DocumentRowActionsProps): JSX.Element {
  const p = strings.publish;
  const canAsk = onAskToAcknowledge && row.publishedUrl && row.publishedRound !== undefined;
  return (
    <Stack tokens={{ childrenGap: 2 }} horizontalAlign="start">
      {(row.publishedUrl || row.websiteCopyUrl || row.pdfUrl) && (
        <Stack horizontal wrap tokens={{ childrenGap: '2px 12px' }}>
          {row.publishedUrl && <Link onClick={() => onOpenPublished(row)}>{format(strings.common.nameVersion, p.downloadPublished, row.publishedVersion ?? '')}</Link>}
          {row.websiteCopyUrl && <Link data-testid={`website-copy-${row.id}`} onClick={() => onOpenPublished(row, 'websiteCopy')}>{strings.documents.downloadWebsiteCopy}</Link>}
          {row.pdfUrl && <Link data-testid={`pdf-${row.id}`} onClick={() => onOpenPublished(row, 'pdf')}>{strings.documents.downloadPdf}</Link>}
        </Stack>
      )}
      {canEdit && <ReviewAction strings={strings} row={row} onStartReview={onStartReview} onPublishPage={row.websiteCopyUrl ? onPublishPage : undefined} />}
      {canAsk && (
        <ActionButton styles={ONE_LINE} iconProps={{ iconName: 'ReadingMode' }} text={strings.acknowledgement.ask} data-testid={`ask-ack-${row.id}`} onClick={() => onAskToAcknowledge(row)} />
      )}
    </Stack>
  );
}

/**
 * "Start the review" on a published document (issue 17): in view when its review is due soon or overdue; at any other
 * time, chosen from the row's menu (a school may review early, after an incident or new guidance). A review already
 * started ("new version in progress") offers nothing: the editor holds it. The menu also offers "Publish as a
 * SharePoint page…" when the row has a website copy.
 */
function ReviewAction({ strings, row, onStartReview, onPublishPage }: { strings: Strings; row: DocumentRow; onStartReview: (row: DocumentRow) => void; onPublishPage?: (row: DocumentRow) => void }): JSX.Element | null {
  const r = strings.review;
  const published = row.state === 'Published';
  const due = row.review === 'dueSoon' || row.review === 'overdue';
  const items = [
    ...(published && !due ? [{ key: 'startReview', text: r.startEarly, iconProps: { iconName: 'Refresh' }, onClick: () => onStartReview(row), 'data-testid': `start-review-${row.id}` }] : []),
    ...(onPublishPage ? [{ key: 'publishPage', text: strings.sitePage.menu, iconProps: { iconName: 'Globe' }, onClick: () => onPublishPage(row), 'data-testid': `publish-page-${row.id}` }] : [])
  ];
  return (
    <>
      {published && due && <ActionButton styles={ONE_LINE} iconProps={{ iconName: 'Refresh' }} text={strings.publish.startReview} data-testid={`start-review-${row.id}`} onClick={() => onStartReview(row)} />}
      {items.length > 0 && (
        <IconButton iconProps={{ iconName: 'More' }} title={format(r.rowMenu, row.title)} ariaLabel={format(r.rowMenu, row.title)} data-testid={`row-menu-${row.id}`} menuProps={{ items }} />
      )}
    </>
  );
}
