import * as React from 'react';
import { CommandBar, DetailsList, DetailsListLayoutMode, Link, SelectionMode, Stack, Text, type IColumn } from '@fluentui/react';
import type { Strings } from '../../loc/strings';
import type { DraftSummary } from '../../services/school/ISchoolService';

export interface DocumentListProps {
  strings: Strings;
  drafts: DraftSummary[];
  canEdit: boolean;
  formatDate: (iso: string) => string;
  onOpen: (id: number) => void;
  onNew: () => void;
}

/** The school's documents, newest first, each opening its draft. */
export function DocumentList({ strings, drafts, canEdit, formatDate, onOpen, onNew }: DocumentListProps): JSX.Element {
  const t = strings.school;
  const columns: IColumn[] = [
    { key: 'title', name: t.columns.title, minWidth: 220, isMultiline: true, onRender: (d: DraftSummary) => <Link onClick={() => onOpen(d.id)} data-testid={`open-draft-${d.id}`}>{d.title}</Link> },
    { key: 'kind', name: t.columns.kind, minWidth: 140, onRender: (d: DraftSummary) => t.kinds[d.kind] },
    { key: 'owner', name: t.columns.owner, minWidth: 120, fieldName: 'owner' },
    { key: 'modified', name: t.columns.modified, minWidth: 140, onRender: (d: DraftSummary) => formatDate(d.modified) },
    { key: 'release', name: t.columns.release, minWidth: 90, fieldName: 'bankRelease' }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {canEdit && <CommandBar ariaLabel={t.documents} items={[{ key: 'new', text: t.newDocument, iconProps: { iconName: 'Add' }, onClick: onNew }]} />}
      {drafts.length === 0 ? <Text>{t.noDocuments}</Text> : (
        <DetailsList items={drafts} columns={columns} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified} ariaLabelForGrid={t.documents} />
      )}
    </Stack>
  );
}
