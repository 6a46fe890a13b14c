import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import type { DocumentRow, PendingDecision } from '../../app/schoolHome/schoolHomeModel';
import { homeFor, type Role } from '../../domain/roles/roles';
import { format, type Strings } from '../../loc/strings';
import { DocumentList } from './DocumentList';
import { AwaitingDecisions, isBeingWritten, PublishedList, SummaryTiles } from './RoleHomeSections';

export type { PendingDecision };

export interface RoleHomeProps {
  strings: Strings;
  roles: Role[];
  rows: DocumentRow[];
  pending: PendingDecision[];
  /** May start drafts (profile filled and the person can edit). */
  canCreate: boolean;
  formatDate: (iso: string) => string;
  formatDay: (iso: string) => string;
  onOpen: (id: number) => void;
  onOpenRound: (draftId: number, round: number) => void;
  onNew: () => void;
  onStartReview: (row: DocumentRow) => void;
  onOpenPublished: (row: DocumentRow, file?: 'word' | 'websiteCopy' | 'pdf') => void;
  /** The owner asks people to read and acknowledge a published version. */
  onAskToAcknowledge?: (row: DocumentRow) => void;
  /** "Publish as a SharePoint page…" of a published document's website copy. */
  onPublishPage?: (row: DocumentRow) => void;
}

/**
 * The home page for who the person is: a decision waiting for them comes first; an owner gets the whole
 * dashboard; an editor the drafts open for editing; an approver or reader what has been published.
 */
export function RoleHome(props: RoleHomeProps): JSX.Element {
  const { strings, roles, rows, pending } = props;
  const t = strings.home;
  const home = homeFor(roles, pending.length);
  const list = (items: DocumentRow[], label: string, emptyText: string, canCreate: boolean): JSX.Element => (
    <DocumentList strings={strings} drafts={items} canEdit={canCreate} formatDate={props.formatDate} formatDay={props.formatDay} onOpen={props.onOpen} onNew={props.onNew}
      onStartReview={props.onStartReview} onOpenPublished={props.onOpenPublished} onAskToAcknowledge={roles.includes('Owner') ? props.onAskToAcknowledge : undefined} onPublishPage={props.onPublishPage} label={label} emptyText={emptyText} />
  );
  const isOwner = roles.includes('Owner');
  const isEditor = roles.includes('Editor');
  const showDecisions = pending.length > 0 || roles.includes('Approver');
  const section = (id: string, heading: string, content: JSX.Element): JSX.Element => (
    <section aria-labelledby={id}><Text as="h2" variant="large" id={id}>{heading}</Text>{content}</section>
  );

  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="role-home" data-home={home}>
      <Text data-testid="roles-line">{format(t.youAre, roles.map(r => t.roles[r]).reduce((all, role) => (all ? format(t.rolesAnd, all, role) : role), ''))}</Text>
      {showDecisions && <AwaitingDecisions strings={strings} pending={pending} formatDay={props.formatDay} onOpenRound={props.onOpenRound} />}
      {isOwner && <SummaryTiles strings={strings} rows={rows} />}
      {isOwner && section('home-documents', strings.school.documents, list(rows, strings.school.documents, strings.school.noDocuments, props.canCreate))}
      {!isOwner && isEditor && section('home-working', t.workingOn, list(rows.filter(isBeingWritten), t.workingOn, t.workingOnNone, props.canCreate))}
      {!isOwner && isEditor && section('home-review', t.inReview, list(rows.filter(r => r.state === 'InReview' || r.state === 'Approved'), t.inReview, t.noneInReview, false))}
      {!isOwner && <PublishedList strings={strings} rows={rows} formatDay={props.formatDay} onOpenPublished={props.onOpenPublished} />}
      {!isOwner && !isEditor && !showDecisions && rows.length === 0 && <MessageBar messageBarType={MessageBarType.info}>{t.publishedNone}</MessageBar>}
    </Stack>
  );
}
