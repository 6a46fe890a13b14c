import * as React from 'react';
import { ActionButton, CommandBar, DetailsList, DetailsListLayoutMode, IconButton, Link, MessageBar, MessageBarType, SelectionMode, Stack, Text, type IColumn } from '@fluentui/react';
import { format } from '../../loc/strings';
import { plural } from '../../loc/plural';
import { settingLabel } from '../bank/labels';
import type { DocumentState } from '../../domain/publish/documentStatus';
import { Badge } from '../common/Badge';
import type { Strings } from '../../loc/strings';
import type { DocumentRow } from '../../app/schoolHome/schoolHomeModel';

export type { DocumentRow };

export interface DocumentListProps {
  strings: Strings;
  drafts: DocumentRow[];
  canEdit: boolean;
  formatDate: (iso: string) => string;
  /** A date alone in the site's zone ("20 December 2026"); an ISO day ("2026-12-20") is that day. */
  formatDay: (iso: string) => string;
  onOpen: (id: number) => void;
  onNew: () => void;
  onStartReview: (row: DocumentRow) => void;
  /** Opens the published Word file the way the host does (Teams keeps it in Teams). */
  onOpenPublished: (row: DocumentRow, file?: 'word' | 'websiteCopy' | 'pdf') => void;
  /** Opens the owner's "Ask to acknowledge" panel for the published version (absent: no such action). */
  onAskToAcknowledge?: (row: DocumentRow) => void;
  /** What the list is called for screen readers (and when empty, what to say). */
  label?: string;
  emptyText?: string;
}

/** How each state looks: a new version in progress is work under way, like a draft in review. */
const STATE_TONE: Record<DocumentState, 'success' | 'info' | 'warning' | 'neutral'> = {
  Draft: 'neutral', InReview: 'info', ChangesRequested: 'warning', Approved: 'success', Published: 'success', NextVersion: 'info'
};

/** The school's documents, newest first, each opening its draft. */
export function DocumentList({ strings, drafts, canEdit, formatDate, formatDay, onOpen, onNew, onStartReview, onOpenPublished, onAskToAcknowledge, label, emptyText }: DocumentListProps): JSX.Element {
  const t = strings.school;
  const p = strings.publish;
  const day = (iso: string): string => formatDay(iso.slice(0, 10));
  const columns: IColumn[] = [
    {
      key: 'title', name: t.columns.title, minWidth: 220, isMultiline: true, onRender: (d: DocumentRow) => (
        <Stack tokens={{ childrenGap: 4 }}>
          <Link onClick={() => onOpen(d.id)} data-testid={`open-draft-${d.id}`}>{d.title}</Link>
          {d.settingMismatch && (
            <span data-testid={`setting-mismatch-${d.id}`}>
              <Badge tone="warning" text={format(t.settingMismatch, settingLabel(strings, d.settingMismatch.template), settingLabel(strings, d.settingMismatch.school))} />
            </span>
          )}
        </Stack>
      )
    },
    { key: 'kind', name: t.columns.kind, minWidth: 130, onRender: (d: DocumentRow) => t.kinds[d.kind] },
    { key: 'release', name: t.columns.release, minWidth: 90, onRender: (d: DocumentRow) => <span data-testid={`release-${d.id}`}>{d.bankRelease}</span> },
    {
      key: 'state', name: p.columns.state, minWidth: 120, onRender: (d: DocumentRow) => (
        <span data-testid={`state-${d.id}`}><Badge tone={STATE_TONE[d.state]} text={p.state[d.state]} /></span>
      )
    },
    {
      key: 'review', name: p.columns.review, minWidth: 170, onRender: (d: DocumentRow) => d.reviewDate && d.review !== 'none'
        ? <Badge tone={d.review === 'overdue' ? 'danger' : d.review === 'dueSoon' ? 'warning' : 'neutral'} text={format(p.review[d.review], day(d.reviewDate))} /> : null
    },
    { key: 'owner', name: t.columns.owner, minWidth: 110, fieldName: 'owner' },
    { key: 'modified', name: t.columns.modified, minWidth: 130, onRender: (d: DocumentRow) => formatDate(d.modified) },
    {
      key: 'actions', name: '', minWidth: 200, onRender: (d: DocumentRow) => (
        <Stack horizontal tokens={{ childrenGap: 4 }}>
          {d.publishedUrl && <Link onClick={() => onOpenPublished(d)}>{format(strings.common.nameVersion, p.downloadPublished, d.publishedVersion ?? '')}</Link>}
          {d.websiteCopyUrl && <Link data-testid={`website-copy-${d.id}`} onClick={() => onOpenPublished(d, 'websiteCopy')}>{strings.documents.downloadWebsiteCopy}</Link>}
          {d.pdfUrl && <Link data-testid={`pdf-${d.id}`} onClick={() => onOpenPublished(d, 'pdf')}>{strings.documents.downloadPdf}</Link>}
          {canEdit && <ReviewAction strings={strings} row={d} onStartReview={onStartReview} />}
          {onAskToAcknowledge && d.publishedUrl && d.publishedRound !== undefined && (
            <ActionButton iconProps={{ iconName: 'ReadingMode' }} text={strings.acknowledgement.ask} data-testid={`ask-ack-${d.id}`} onClick={() => onAskToAcknowledge(d)} />
          )}
        </Stack>
      )
    }
  ];
  const dueSoon = drafts.filter(d => d.review === 'dueSoon').length;
  const overdue = drafts.filter(d => d.review === 'overdue').length;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {(dueSoon > 0 || overdue > 0) && <MessageBar messageBarType={overdue > 0 ? MessageBarType.severeWarning : MessageBarType.warning}>{[dueSoon > 0 ? plural(t.reviewsDue, dueSoon) : '', overdue > 0 ? plural(t.reviewsOverdue, overdue) : ''].filter(Boolean).join(' ')}</MessageBar>}
      {canEdit && <CommandBar ariaLabel={label ?? t.documents} overflowButtonProps={{ ariaLabel: strings.shell.moreCommands }} items={[{ key: 'new', text: t.newDocument, iconProps: { iconName: 'Add' }, onClick: onNew }]} />}
      {drafts.length === 0 ? <Text>{emptyText ?? t.noDocuments}</Text> : (
        <DetailsList items={drafts} columns={columns} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified} ariaLabelForGrid={label ?? t.documents}
          // Enter on a focused row opens it: keyboard users reach rows with Tab and move between them with the arrows.
          onItemInvoked={(row: DocumentRow) => onOpen(row.id)} />
      )}
    </Stack>
  );
}

/**
 * "Start the review" on a published document (issue 17): in view when its review is due soon or overdue; at any other
 * time, chosen from the row's menu (a school may review early, after an incident or new guidance). A review already
 * started ("new version in progress") offers nothing: the editor holds it.
 */
function ReviewAction({ strings, row, onStartReview }: { strings: Strings; row: DocumentRow; onStartReview: (row: DocumentRow) => void }): JSX.Element | null {
  if (row.state !== 'Published') return null;
  const r = strings.review;
  if (row.review === 'dueSoon' || row.review === 'overdue') {
    return <ActionButton iconProps={{ iconName: 'Refresh' }} text={strings.publish.startReview} data-testid={`start-review-${row.id}`} onClick={() => onStartReview(row)} />;
  }
  return (
    <IconButton iconProps={{ iconName: 'More' }} title={format(r.rowMenu, row.title)} ariaLabel={format(r.rowMenu, row.title)} data-testid={`row-menu-${row.id}`}
      menuProps={{ items: [{ key: 'startReview', text: r.startEarly, iconProps: { iconName: 'Refresh' }, onClick: () => onStartReview(row), 'data-testid': `start-review-${row.id}` }] }} />
  );
}
