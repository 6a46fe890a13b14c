import type { ApprovalDecision, ApprovalRound, RoundOutcome, RoundTerms } from './ApprovalModel';
import type { IgnoredRecord } from './rounds';
import type { ApprovalRule } from '../school/SchoolProfile';

/**
 * What a round screen must show about changes nobody but a site owner can make (and about records that took no
 * part), so an owner cannot change anything silently. Each kind has its own sentence in the strings.
 */
export type RoundWarning =
  | { kind: 'roundChanged'; version: number }
  | { kind: 'ballotChanged'; name: string; version: number }
  | { kind: 'ballotDeleted'; name: string; on: string }
  | { kind: 'ballotListOpen'; name: string }
  | { kind: 'ballotListMissing'; name: string }
  | { kind: 'extraBallot'; name: string }
  | { kind: 'recordIgnored'; record: IgnoredRecord }
  | { kind: 'roundsDeleted'; on: string };

/** Differences between the round's frozen terms and the school's rule and group now: information, not alarms. */
export type TermsNote = { kind: 'ruleNow'; rule: ApprovalRule } | { kind: 'electorateNow' };

/** A ballot list's own facts: when SharePoint last deleted an item from it (a server stamp nobody can write). */
export interface BallotListFacts {
  ballotList: string;
  created: string;
  lastItemDeletedDate?: string;
  /** False once the list's own permissions were reset (others could then add to it). */
  secured?: boolean;
  /** The list is gone (only an owner can delete a list). */
  missing?: boolean;
}

/** Whether a list has ever had an item deleted (SharePoint sets LastItemDeletedDate to the list's creation until then). */
function deletedSince(facts: { created: string; lastItemDeletedDate?: string }): string | undefined {
  if (!facts.lastItemDeletedDate) return undefined;
  return Date.parse(facts.lastItemDeletedDate) > Date.parse(facts.created) ? facts.lastItemDeletedDate : undefined;
}

/**
 * The warnings of one round: its item changed after it was added (ETag past 1: members can only add rounds),
 * a ballot changed after it was cast (ETag past 1: electors can only add ballots), something deleted from an
 * elector's ballot list or from the rounds list, an elector with two ballots, and the draft's ignored records.
 */
export function roundWarnings(input: {
  round: ApprovalRound;
  terms: RoundTerms;
  outcome: RoundOutcome;
  decisions: ApprovalDecision[];
  ballotLists: BallotListFacts[];
  roundsList?: { created: string; lastItemDeletedDate?: string };
  ignoredRecords: IgnoredRecord[];
}): RoundWarning[] {
  const warnings: RoundWarning[] = [];
  if (input.round.etag > 1) warnings.push({ kind: 'roundChanged', version: input.round.etag });
  const names = new Map(input.terms.electorate.map(e => [e.ballotList.toLowerCase(), e.name]));
  for (const decision of input.decisions) {
    const name = names.get(decision.ballotList.toLowerCase());
    if (name && decision.roundId === input.round.id && decision.etag > 1) warnings.push({ kind: 'ballotChanged', name, version: decision.etag });
  }
  for (const facts of input.ballotLists) {
    const name = names.get(facts.ballotList.toLowerCase());
    if (!name) continue;
    if (facts.missing) {
      warnings.push({ kind: 'ballotListMissing', name });
      continue;
    }
    if (facts.secured === false) warnings.push({ kind: 'ballotListOpen', name });
    const on = deletedSince(facts);
    if (on) warnings.push({ kind: 'ballotDeleted', name, on });
  }
  for (const repeat of input.outcome.ignored.filter(i => i.reason === 'repeat')) {
    const name = names.get(repeat.decision.ballotList.toLowerCase());
    if (name && !warnings.some(w => w.kind === 'extraBallot' && w.name === name)) warnings.push({ kind: 'extraBallot', name });
  }
  const roundsDeleted = input.roundsList ? deletedSince(input.roundsList) : undefined;
  if (roundsDeleted) warnings.push({ kind: 'roundsDeleted', on: roundsDeleted });
  for (const record of input.ignoredRecords) warnings.push({ kind: 'recordIgnored', record });
  return warnings;
}

/** How the round's frozen terms differ from the school's rule and approvers now (later changes apply to the next round). */
export function termsNotes(terms: RoundTerms, now: { rule: ApprovalRule; approverIds: number[] | undefined }): TermsNote[] {
  const notes: TermsNote[] = [];
  if (now.rule !== terms.rule) notes.push({ kind: 'ruleNow', rule: now.rule });
  if (now.approverIds) {
    const frozen = new Set(terms.electorate.map(e => e.id));
    const current = new Set(now.approverIds);
    if (frozen.size !== current.size || [...frozen].some(id => !current.has(id))) notes.push({ kind: 'electorateNow' });
  }
  return notes;
}
