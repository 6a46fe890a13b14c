import * as React from 'react';
import { Link, mergeStyleSets, PrimaryButton, Stack, Text, useTheme } from '@fluentui/react';
import type { DocumentRow, PendingDecision } from '../../app/schoolHome/schoolHomeModel';
import { format, type Strings } from '../../loc/strings';

/** Drafts being written: new, sent back, or the next version of an approved document. */
export function isBeingWritten(row: DocumentRow): boolean {
  return row.state === 'Draft' || row.state === 'ChangesRequested' || row.state === 'NextVersion';
}

/** The rounds waiting for this person's decision, each with its progress, due date and a button to open it. */
export function AwaitingDecisions({ strings, pending, formatDay, onOpenRound }: {
  strings: Strings; pending: PendingDecision[]; formatDay: (iso: string) => string; onOpenRound: (draftId: number, round: number) => void;
}): JSX.Element {
  const t = strings.home;
  const theme = useTheme();
  const warn = mergeStyleSets({ warn: { color: theme.semanticColors.errorText } }).warn;
  return (
    <section aria-labelledby="home-awaiting">
      <Text as="h2" variant="large" id="home-awaiting">{t.awaiting}</Text>
      {pending.length === 0 ? <Text block>{t.awaitingNone}</Text> : (
        <ul data-testid="awaiting-decisions" style={{ paddingLeft: 20 }}>
          {pending.map(p => (
            <li key={`${p.draftId}:${p.round}`}>
              <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
                <Text>{format(t.awaitingRow, p.title, p.round, p.approvals, p.needed)}{p.dueDate ? ` · ${format(t.dueBy, formatDay(p.dueDate))}` : ''}</Text>
                {p.overdue && <Text className={warn}>{t.overdue}</Text>}
                <PrimaryButton text={t.openRound} ariaLabel={`${t.openRound}: ${p.title}`} onClick={() => onOpenRound(p.draftId, p.round)} />
              </Stack>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The owner's four numbers: drafts being written, in review, due for review soon, overdue. */
export function SummaryTiles({ strings, rows }: { strings: Strings; rows: DocumentRow[] }): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: 12, margin: 0, padding: 0, listStyle: 'none' },
    tile: { padding: 12, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 },
    number: { fontSize: 28, fontWeight: 600, color: theme.palette.themePrimary, display: 'block' }
  });
  const count = (predicate: (row: DocumentRow) => boolean): number => rows.filter(predicate).length;
  const tiles = [
    ['drafts', count(isBeingWritten)],
    ['inReview', count(r => r.state === 'InReview')],
    ['dueSoon', count(r => r.review === 'dueSoon')],
    ['overdue', count(r => r.review === 'overdue')]
  ] as const;
  return (
    <ul className={classes.tiles} aria-label={strings.school.documents} data-testid="summary-tiles">
      {tiles.map(([key, n]) => <li key={key} className={classes.tile}><span className={classes.number}>{n}</span><Text>{strings.home.tiles[key]}</Text></li>)}
    </ul>
  );
}

/** What has been published, for everyone who is not an owner: each file opens the way the host opens documents. */
export function PublishedList({ strings, rows, formatDay, onOpenPublished }: {
  strings: Strings; rows: DocumentRow[]; formatDay: (iso: string) => string; onOpenPublished: (row: DocumentRow) => void;
}): JSX.Element {
  const t = strings.home;
  const published = rows.filter(r => r.publishedUrl);
  return (
    <section aria-labelledby="home-published">
      <Text as="h2" variant="large" id="home-published">{t.published}</Text>
      {published.length > 0 ? (
        <ul data-testid="published-list" style={{ paddingLeft: 20 }}>
          {published.map(r => (
            <li key={r.id}>
              <Link onClick={() => onOpenPublished(r)}>{format(t.open, format(strings.common.nameVersion, r.title, r.publishedVersion ?? ''))}</Link>
              {r.reviewDate ? <Text variant="small"> · {format(strings.publish.review.ok, formatDay(r.reviewDate))}</Text> : null}
            </li>
          ))}
        </ul>
      ) : <Text block>{t.publishedNone}</Text>}
    </section>
  );
}
