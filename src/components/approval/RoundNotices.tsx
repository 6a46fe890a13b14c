import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import type { RoundOutcome, RoundTerms } from '../../domain/approval/ApprovalModel';
import { fingerprint } from '../../domain/approval/fingerprint';
import { approvalsNeeded } from '../../domain/approval/rule';
import type { RoundWarning, TermsNote } from '../../domain/approval/warnings';
import { format, type Strings } from '../../loc/strings';

/** The rule of a round in one sentence, with its numbers. */
export function ruleSentence(strings: Strings, terms: RoundTerms): string {
  const n = terms.electorate.length;
  const needed = approvalsNeeded(terms.rule, n);
  return format(strings.approval.ruleSentence[terms.rule], n, needed, n - needed + 1);
}

/** Why a closed round closed, in one sentence (empty while open). */
export function closedSentence(strings: Strings, terms: RoundTerms, outcome: RoundOutcome): string {
  const t = strings.approval.closedBecause;
  switch (outcome.closedBecause) {
    case 'approvalsReached': return format(t.approvalsReached, outcome.approvals.length, terms.electorate.length, outcome.needed);
    case 'approvalsUnreachable': return format(t.approvalsUnreachable, outcome.changesRequested.length, outcome.needed);
    case 'withdrawn': return t.withdrawn;
    case 'superseded': return t.superseded;
    default: return '';
  }
}

/** One warning as a sentence. */
export function warningSentence(strings: Strings, warning: RoundWarning, formatDate: (iso: string) => string): string {
  const t = strings.approval.warning;
  switch (warning.kind) {
    case 'roundChanged': return format(t.roundChanged, warning.version);
    case 'ballotChanged': return format(t.ballotChanged, warning.name, warning.version);
    case 'ballotDeleted': return format(t.ballotDeleted, warning.name, formatDate(warning.on));
    case 'ballotListOpen': return format(t.ballotListOpen, warning.name);
    case 'ballotListMissing': return format(t.ballotListMissing, warning.name);
    case 'extraBallot': return format(t.extraBallot, warning.name);
    case 'roundsDeleted': return format(t.roundsDeleted, formatDate(warning.on));
    case 'recordIgnored': return format(t.recordIgnored, warning.record.itemId, strings.approval.ignoredReason[warning.record.reason]);
  }
}

export interface RoundNoticesProps {
  strings: Strings;
  terms: RoundTerms;
  snapshotHash: string;
  outcome: RoundOutcome;
  warnings: RoundWarning[];
  notes: TermsNote[];
  formatDate: (iso: string) => string;
}

/**
 * What everyone opening a round reads before the text: the rule in one sentence, why it closed, the changes
 * nobody but an owner could have made (named), how the terms differ from the school's now, and its fingerprint.
 */
export function RoundNotices({ strings, terms, snapshotHash, outcome, warnings, notes, formatDate }: RoundNoticesProps): JSX.Element {
  const t = strings.approval;
  const closed = closedSentence(strings, terms, outcome);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text data-testid="round-rule">{ruleSentence(strings, terms)}</Text>
      {closed && <Text data-testid="round-closed">{closed}</Text>}
      {warnings.length > 0 && (
        <div data-testid="round-warnings">
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            <Text block styles={{ root: { fontWeight: 600 } }}>{t.warningsTitle}</Text>
            <Text block>{t.warningsIntro}</Text>
            <ul>{warnings.map((w, i) => <li key={i}>{warningSentence(strings, w, formatDate)}</li>)}</ul>
          </MessageBar>
        </div>
      )}
      {notes.map(note => (
        <MessageBar key={note.kind} messageBarType={MessageBarType.info}>
          {note.kind === 'ruleNow' ? format(t.termsNote.ruleNow, t.rule[note.rule]) : t.termsNote.electorateNow}
        </MessageBar>
      ))}
      {terms.excludedOwners.length > 0 && <Text variant="small">{format(t.excluded, terms.excludedOwners.join(', '))}</Text>}
      <Text variant="small" data-testid="round-fingerprint">{format(t.fingerprint, fingerprint(snapshotHash))}</Text>
    </Stack>
  );
}
