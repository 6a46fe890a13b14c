import type { Bank } from '../bank/BankModel';
import { canonicalJson } from '../json/canonicalJson';
import type { DocumentKind, DraftBlock } from '../draft/DraftModel';
import { statementVersionsAt } from '../draft/departures';
import type { Adoption, DocumentMilestones, MilestoneReport, StatementOutcome } from './MilestoneReport';

/** What the school's site knows about one document, gathered by the reporting service. */
export interface DocumentFacts {
  id: number;
  kind: DocumentKind;
  templateKey: string;
  bankRelease: string;
  /** When the draft was started (ISO). */
  started: string;
  blocks: readonly DraftBlock[];
  submitted?: string;
  approved?: string;
  published?: string;
  reviewDue?: string;
  staffAcknowledged?: number;
}

/**
 * What the school did with each bank statement of a document: left out (not included), refused the bank's update
 * (a newer bank version arrived after the release the draft started from, and the school kept its own wording),
 * amended (its wording differs from the bank's), or kept. Measured as `departuresOf` measures a frozen copy, so
 * the register and the approvers' summary agree.
 */
export function statementOutcomes(facts: Pick<DocumentFacts, 'bankRelease' | 'blocks'>, bank: Bank | undefined): Record<string, StatementOutcome> {
  const startVersions = bank ? statementVersionsAt(bank, facts.bankRelease) : undefined;
  const outcomes: Record<string, StatementOutcome> = {};
  for (const block of facts.blocks) {
    if (block.kind !== 'Statement' || !block.sourceKey || block.content.removed) continue;
    const started = startVersions?.get(block.sourceKey);
    const amended = block.content.text !== block.baseText;
    const updated = started !== undefined && block.sourceVersion !== undefined && block.sourceVersion > started;
    outcomes[block.sourceKey] = !block.content.included ? 'leftOut' : updated && amended ? 'refusedUpdate' : amended ? 'amended' : 'kept';
  }
  return outcomes;
}

/** One document's milestones: dates, review, staff share and statement outcomes; never its text or title. */
export function documentMilestones(facts: DocumentFacts, bank: Bank | undefined): DocumentMilestones {
  const share = facts.staffAcknowledged;
  return {
    documentId: facts.id, kind: facts.kind, templateKey: facts.templateKey, release: facts.bankRelease, started: facts.started,
    ...(facts.submitted ? { submitted: facts.submitted } : {}), ...(facts.approved ? { approved: facts.approved } : {}),
    ...(facts.published ? { published: facts.published } : {}), ...(facts.reviewDue ? { reviewDue: facts.reviewDue } : {}),
    ...(share !== undefined && Number.isFinite(share) ? { staffAcknowledged: Math.min(1, Math.max(0, share)) } : {}),
    statements: statementOutcomes(facts, bank)
  };
}

/** The releases adopted so far: the earlier report's, plus each document's release at its start, earliest date kept. */
export function mergeAdoptions(previous: readonly Adoption[], documents: readonly DocumentFacts[]): Adoption[] {
  const byRelease = new Map(previous.map(a => [a.release, a.adoptedOn]));
  for (const doc of documents) {
    const known = byRelease.get(doc.bankRelease);
    if (known === undefined || doc.started < known) byRelease.set(doc.bankRelease, doc.started);
  }
  return [...byRelease.entries()].map(([release, adoptedOn]) => ({ release, adoptedOn })).sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn) || a.release.localeCompare(b.release));
}

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * The number of the next report: one more than the last one this outbox made, and at least the minutes since
 * 2020 at `reportedOn`. Outboxes live in each person's browser, so a school's reports may come from several;
 * counting minutes keeps the numbers growing across them (an import refuses a number it has seen), while "one
 * more" keeps them growing in one browser whatever its clock says.
 */
export function nextSequence(previous: MilestoneReport | undefined, reportedOn: string): number {
  const minutes = Math.floor((Date.parse(reportedOn) - SEQUENCE_EPOCH) / 60_000);
  return Math.max((previous?.sequence ?? 0) + 1, Number.isFinite(minutes) ? minutes : 0);
}

/** The school's report now, numbered after `previous` (the last one it made). */
export function buildReport(previous: MilestoneReport | undefined, documents: readonly DocumentFacts[], bank: Bank | undefined, reportedOn: string): MilestoneReport {
  return {
    sequence: nextSequence(previous, reportedOn), reportedOn,
    adoptions: mergeAdoptions(previous?.adoptions ?? [], documents),
    documents: [...documents].sort((a, b) => a.id - b.id).map(d => documentMilestones(d, bank))
  };
}

/** True when two reports tell the same facts (sequence and date aside): no new report is needed. */
export function sameFacts(a: MilestoneReport, b: MilestoneReport): boolean {
  return canonicalJson({ adoptions: a.adoptions, documents: a.documents }) === canonicalJson({ adoptions: b.adoptions, documents: b.documents });
}
