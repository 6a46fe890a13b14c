import { OAKFIELD_PROFILE } from '../../workbench/seed/productSeed';
import type { Bank } from '../../src/domain/bank/BankModel';
import type { ApprovalRecord, DocumentContext } from '../../src/domain/document/buildDocument';
import { freezeDraft, type DraftSnapshot } from '../../src/domain/approval/snapshot';
import { assembleDraft } from '../../src/domain/draft/assembleDraft';
import type { Draft } from '../../src/domain/draft/DraftModel';
import { mergeValuesFor, type SchoolProfile } from '../../src/domain/school/SchoolProfile';
import { formatDate } from '../../src/domain/time/formatDate';
import { makeWordFile, type WordFile } from '../../src/services/word/WordService';
import { starterBank } from '../drafts/starterBank';
import { openDocx, type DocxParts } from './docxXml';

/** Oakfield's profile from the local seed, with the deputy DSL it leaves empty filled in. */
export const PROFILE: SchoolProfile = { ...OAKFIELD_PROFILE, deputyDslName: 'Sam Patel' };

/** When the documents are made (fixed, so dates in them are known). */
export const NOW = '2026-11-27T09:30:00Z';

/** A round approved by a majority of three governors: two approved, one asked for changes. */
export const APPROVAL: ApprovalRecord = {
  round: 2, rule: 'Majority', approvedOn: '2026-11-26T10:00:00Z',
  approvers: [
    { name: 'Margaret Lewis', decision: 'Approved', date: '2026-11-24T16:20:00Z' },
    { name: 'David Okafor', decision: 'Approved', date: '2026-11-26T10:00:00Z' },
    { name: 'Grace Mensah', decision: 'Asked for changes', date: '2026-11-25T08:05:00Z' }
  ]
};

let bank: Bank | undefined;

/** The starter bank, published (built once per test file). */
export function publishedBank(): Bank {
  bank ??= starterBank();
  return bank;
}

/** A draft from a starter template, as a school would start it. */
export function draftFrom(templateKey: string, title?: string): Draft & { id: number } {
  return { ...assembleDraft(publishedBank(), templateKey, PROFILE, title), id: 7, reviewDate: '2027-11-26' };
}

/** The draft frozen for approval with the profile's merge values, as ApprovalService does. */
export function freeze(draft: Draft & { id: number }, profile: SchoolProfile = PROFILE): DraftSnapshot {
  return freezeDraft(draft, draft.blocks, mergeValuesFor(profile, { reviewDate: draft.reviewDate }));
}

/** A published document's context (as PublishService makes it), with any overrides. */
export function contextFor(overrides: Partial<DocumentContext> = {}): DocumentContext {
  return {
    version: '1.0', approval: APPROVAL, reviewDate: '2027-11-26', showChanges: false, profile: PROFILE,
    formatDate: iso => formatDate(iso, 'Europe/London'), now: NOW, ...overrides
  };
}

/** A Word file made through the product's own entry point, and its parts. */
export interface Rendered {
  file: WordFile;
  parts: DocxParts;
}

export async function render(snapshot: DraftSnapshot, context: DocumentContext): Promise<Rendered> {
  const file = await makeWordFile(snapshot, context);
  return { file, parts: await openDocx(file.bytes) };
}
