import * as React from 'react';
import { Link, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, Stack, Text, useTheme } from '@fluentui/react';
import { homeFor, type Role } from '../../domain/roles/roles';
import { format, type Strings } from '../../loc/strings';
import { DocumentList, type DocumentRow } from './DocumentList';

/** A round waiting for the signed-in approver's decision. */
export interface PendingDecision {
  draftId: number;
  title: string;
  round: number;
  approvals: number;
  needed: number;
  dueDate?: string;
  overdue: boolean;
}

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
  onOpenPublished: (row: DocumentRow) => void;
}

/** Drafts being written: new, sent back, or the next version of an approved document. */
function isBeingWritten(row: DocumentRow): boolean {
  return row.state === 'Draft' || row.state === 'ChangesRequested' || row.state === 'NextVersion';
}

/**
 * The home page for who the person is: a decision waiting for them comes first; an owner gets the whole
 * dashboard; an editor the drafts open for editing; an approver or reader what has been published.
 */
export function RoleHome(props: RoleHomeProps): JSX.Element {
  const { strings, roles, rows, pending } = props;
  const t = strings.home;
  const theme = useTheme();
  const home = homeFor(roles, pending.length);
  const classes = mergeStyleSets({
    tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: 12, margin: 0, padding: 0, listStyle: 'none' },
    tile: { padding: 12, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 },
    number: { fontSize: 28, fontWeight: 600, color: theme.palette.themePrimary, display: 'block' },
    warn: { color: theme.semanticColors.errorText }
  });
  const list = (items: DocumentRow[], label: string, emptyText: string, canCreate: boolean): JSX.Element => (
    <DocumentList strings={strings} drafts={items} canEdit={canCreate} formatDate={props.formatDate} onOpen={props.onOpen} onNew={props.onNew}
      onStartReview={props.onStartReview} onOpenPublished={props.onOpenPublished} label={label} emptyText={emptyText} />
  );
  const count = (predicate: (row: DocumentRow) => boolean): number => rows.filter(predicate).length;
  const isOwner = roles.includes('Owner');
  const isEditor = roles.includes('Editor');
  const showDecisions = pending.length > 0 || roles.includes('Approver');

  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="role-home" data-home={home}>
      <Text data-testid="roles-line">{format(t.youAre, roles.map(r => t.roles[r]).reduce((list, role) => (list ? format(t.rolesAnd, list, role) : role), ''))}</Text>
      {showDecisions && (
        <section aria-labelledby="home-awaiting">
          <Text as="h2" variant="large" id="home-awaiting">{t.awaiting}</Text>
          {pending.length === 0 ? <Text block>{t.awaitingNone}</Text> : (
            <ul data-testid="awaiting-decisions" style={{ paddingLeft: 20 }}>
              {pending.map(p => (
                <li key={`${p.draftId}:${p.round}`}>
                  <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
                    <Text>{format(t.awaitingRow, p.title, p.round, p.approvals, p.needed)}{p.dueDate ? ` · ${format(t.dueBy, props.formatDay(p.dueDate))}` : ''}</Text>
                    {p.overdue && <Text className={classes.warn}>{t.overdue}</Text>}
                    <PrimaryButton text={t.openRound} ariaLabel={`${t.openRound}: ${p.title}`} onClick={() => props.onOpenRound(p.draftId, p.round)} />
                  </Stack>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {isOwner && (
        <>
          <ul className={classes.tiles} aria-label={strings.school.documents} data-testid="summary-tiles">
            {([
              ['drafts', count(isBeingWritten)],
              ['inReview', count(r => r.state === 'InReview')],
              ['dueSoon', count(r => r.review === 'dueSoon')],
              ['overdue', count(r => r.review === 'overdue')]
            ] as const).map(([key, n]) => (
              <li key={key} className={classes.tile}><span className={classes.number}>{n}</span><Text>{t.tiles[key]}</Text></li>
            ))}
          </ul>
          <section aria-labelledby="home-documents">
            <Text as="h2" variant="large" id="home-documents">{strings.school.documents}</Text>
            {list(rows, strings.school.documents, strings.school.noDocuments, props.canCreate)}
          </section>
        </>
      )}
      {!isOwner && isEditor && (
        <>
          <section aria-labelledby="home-working">
            <Text as="h2" variant="large" id="home-working">{t.workingOn}</Text>
            {list(rows.filter(isBeingWritten), t.workingOn, t.workingOnNone, props.canCreate)}
          </section>
          <section aria-labelledby="home-review">
            <Text as="h2" variant="large" id="home-review">{t.inReview}</Text>
            {list(rows.filter(r => r.state === 'InReview' || r.state === 'Approved'), t.inReview, t.noneInReview, false)}
          </section>
        </>
      )}
      {!isOwner && (
        <section aria-labelledby="home-published">
          <Text as="h2" variant="large" id="home-published">{t.published}</Text>
          {rows.some(r => r.publishedUrl) ? (
            <ul data-testid="published-list" style={{ paddingLeft: 20 }}>
              {rows.filter(r => r.publishedUrl).map(r => (
                <li key={r.id}><Link onClick={() => props.onOpenPublished(r)}>{format(t.open, format(strings.common.nameVersion, r.title, r.publishedVersion ?? ''))}</Link>{r.reviewDate ? <Text variant="small"> · {format(strings.publish.review.ok, props.formatDay(r.reviewDate))}</Text> : null}</li>
              ))}
            </ul>
          ) : <Text block>{t.publishedNone}</Text>}
        </section>
      )}
      {!isOwner && !isEditor && !showDecisions && rows.length === 0 && <MessageBar messageBarType={MessageBarType.info}>{t.publishedNone}</MessageBar>}
    </Stack>
  );
}
