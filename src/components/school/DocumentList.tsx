import * as React from 'react';
import { CommandBar, DetailsList, DetailsListLayoutMode, Link, MessageBar, MessageBarType, SelectionMode, Stack, Text, type IColumn } from '@fluentui/react';
import { format } from '../../loc/strings';
import { plural } from '../../loc/plural';
import { settingLabel } from '../bank/labels';
import type { DocumentState } from '../../domain/publish/documentStatus';
import { Badge } from '../common/Badge';
import type { Strings } from '../../loc/strings';
import type { DocumentRow } from '../../app/schoolHome/schoolHomeModel';
import { DocumentRowActions } from './DocumentRowActions';

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
  /** "Publish as a SharePoint page…" on a row with a website copy. */
  onPublishPage?: (row: DocumentRow) => void;
  /** What the list is called for screen readers (and when empty, what to say). */
  label?: string;
  emptyText?: string;
}

/** How each state looks: a new version in progress is work under way, like a draft in review. */
const STATE_TONE: Record<DocumentState, 'success' | 'info' | 'warning' | 'neutral'> = {
  Draft: 'neutral', InReview: 'info', ChangesRequested: 'warning', Approved: 'success', Published: 'success', NextVersion: 'info'
};

/**
 * Each column's least width in px. Fluent's justified layout adds 20 px of cell padding to each and never shrinks a
 * column below this, so the sum plus 8 x 20 must fit the 1168 px a 1280 px page leaves (a full-width section; the
 * workbench's canvas): 980 + 160 = 1140. Spare width goes to the title first (up to its maxWidth), then to the last
 * column; the others keep their width and wrap (isMultiline) rather than clip.
 */
export const DOCUMENT_COLUMN_WIDTHS = { title: 160, kind: 100, release: 110, state: 100, review: 130, owner: 90, modified: 110, actions: 180 } as const;
const W = DOCUMENT_COLUMN_WIDTHS;
/** A column that wraps its text at its own width rather than clipping it or taking the spare width. */
const fixed = (width: number): Pick<IColumn, 'minWidth' | 'maxWidth' | 'isMultiline'> => ({ minWidth: width, maxWidth: width, isMultiline: true });

/** The school's documents, newest first, each opening its draft. */
export function DocumentList({ strings, drafts, canEdit, formatDate, formatDay, onOpen, onNew, onStartReview, onOpenPublished, onAskToAcknowledge, onPublishPage, label, emptyText }: DocumentListProps): JSX.Element {
  const t = strings.school;
  const p = strings.publish;
  const day = (iso: string): string => formatDay(iso.slice(0, 10));
  const columns: IColumn[] = [
    {
      key: 'title', name: t.columns.title, minWidth: W.title, maxWidth: 360, isMultiline: true, onRender: (d: DocumentRow) => (
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
    { key: 'kind', name: t.columns.kind, ...fixed(W.kind), onRender: (d: DocumentRow) => t.kinds[d.kind] },
    { key: 'release', name: t.columns.release, ...fixed(W.release), onRender: (d: DocumentRow) => <span data-testid={`release-${d.id}`}>{d.bankRelease}</span> },
    {
      key: 'state', name: p.columns.state, ...fixed(W.state), onRender: (d: DocumentRow) => (
        <span data-testid={`state-${d.id}`}><Badge tone={STATE_TONE[d.state]} text={p.state[d.state]} /></span>
      )
    },
    {
      key: 'review', name: p.columns.review, ...fixed(W.review), onRender: (d: DocumentRow) => d.reviewDate && d.review !== 'none'
        ? <Badge tone={d.review === 'overdue' ? 'danger' : d.review === 'dueSoon' ? 'warning' : 'neutral'} text={format(p.review[d.review], day(d.reviewDate))} /> : null
    },
    { key: 'owner', name: t.columns.owner, ...fixed(W.owner), fieldName: 'owner' },
    { key: 'modified', name: t.columns.modified, ...fixed(W.modified), onRender: (d: DocumentRow) => formatDate(d.modified) },
    {
      key: 'actions', name: '', minWidth: W.actions, isMultiline: true, onRender: (d: DocumentRow) => (
        <DocumentRowActions strings={strings} row={d} canEdit={canEdit} onStartReview={onStartReview} onOpenPublished={onOpenPublished} onAskToAcknowledge={onAskToAcknowledge} onPublishPage={onPublishPage} />
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
