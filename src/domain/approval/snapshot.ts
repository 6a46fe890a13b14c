import { canonicalJson } from '../json/canonicalJson';
import { sha256Hex } from '../hash/webCryptoSha256';
import type { BlockKind, Draft, DraftBlock, DocumentKind, RiskFields } from '../draft/DraftModel';
import type { MergeField } from '../school/MergeField';
import type { RoundTerms } from './ApprovalModel';

/** A block as frozen for approval: its wording, and the bank wording it is measured against. */
export interface SnapshotBlock {
  key: string;
  kind: BlockKind;
  sectionKey: string;
  text: string;
  baseText: string;
  sourceKey?: string;
  sourceVersion?: number;
  mandatory: boolean;
  risk?: RiskFields;
}

/** The content approvers decide on: what the document says, frozen, and the merge values it was shown with. */
export interface DraftSnapshot {
  draftId: number;
  title: string;
  kind: DocumentKind;
  bankRelease: string;
  sections: { key: string; title: string }[];
  blocks: SnapshotBlock[];
  values: Partial<Record<MergeField, string>>;
  preamble?: Draft['preamble'];
  reviewDate?: string;
  /**
   * The authority's statements the school left out, in document order with their section's title, so approvers
   * see them (and the marked Word copy shows them as deletions). Absent when nothing was left out.
   */
  leftOut?: LeftOutBlock[];
  /**
   * The round's terms (rule, due date, electorate with their ballot lists), frozen with the content and so
   * bound by the same hash. Absent only in a plain freeze of a draft (a preview), never in a round's copy.
   */
  terms?: RoundTerms;
}

/**
 * A bank statement the school left out, as approvers are shown it: the authority's wording and where it sat. The
 * school's own text of an excluded block is not frozen (nobody approves it, so editing it changes no hash).
 */
export interface LeftOutBlock {
  key: string;
  kind: BlockKind;
  sectionKey: string;
  sectionTitle: string;
  baseText: string;
  sourceKey?: string;
  sourceVersion?: number;
}

function frozenBlock(b: DraftBlock): SnapshotBlock {
  return {
    key: b.key, kind: b.kind, sectionKey: b.content.sectionKey, text: b.content.text, baseText: b.baseText, sourceKey: b.sourceKey,
    sourceVersion: b.sourceVersion, mandatory: b.mandatory, risk: b.content.risk
  };
}

/** Freezes the included blocks of a draft, in document order, with the merge values to show them with. */
export function freezeDraft(draft: Draft & { id: number }, blocks: DraftBlock[], values: Partial<Record<MergeField, string>>): DraftSnapshot {
  const sections = [...draft.sections].sort((a, b) => a.order - b.order);
  const ordered = sections.flatMap(section => blocks
    .filter(b => b.content.sectionKey === section.key && b.content.included && !b.content.removed)
    .sort((a, b) => a.content.order - b.content.order || a.key.localeCompare(b.key)));
  const leftOut = sections.flatMap(section => blocks
    .filter(b => b.content.sectionKey === section.key && !b.content.included && !b.content.removed && b.kind !== 'Custom')
    .sort((a, b) => a.content.order - b.content.order || a.key.localeCompare(b.key))
    .map(b => ({ key: b.key, kind: b.kind, sectionKey: section.key, sectionTitle: section.title, baseText: b.baseText, sourceKey: b.sourceKey, sourceVersion: b.sourceVersion })));
  return {
    draftId: draft.id, title: draft.title, kind: draft.kind, bankRelease: draft.bankRelease,
    sections: sections.filter(s => ordered.some(b => b.content.sectionKey === s.key)).map(s => ({ key: s.key, title: s.title })),
    blocks: ordered.map(frozenBlock),
    values, preamble: draft.preamble, reviewDate: draft.reviewDate,
    ...(leftOut.length > 0 ? { leftOut } : {})
  };
}

/**
 * The content hash decisions are bound to: SHA-256 of the snapshot's canonical JSON, by the platform's Web Crypto
 * (asynchronous, as Web Crypto is). The same hex as the pure-TypeScript `sha256.ts` gave, so rounds stored before
 * still check out.
 */
export function snapshotHash(snapshot: DraftSnapshot): Promise<string> {
  return sha256Hex(canonicalJson(snapshot));
}
