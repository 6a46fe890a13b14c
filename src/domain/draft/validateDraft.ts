import { isMergeField } from '../school/MergeField';
import { fillMergeFields, unknownMergeFields } from '../school/mergeFields';
import { mergeValuesFor, type SchoolProfile } from '../school/SchoolProfile';
import type { Draft } from './DraftModel';

/** Something that stops a draft going for approval, linked to the block it is in. */
export interface DraftIssue {
  kind: 'mandatoryExcluded' | 'missingMergeField' | 'unknownMergeField' | 'emptyBlock' | 'unfilledGap' | 'noBlocks';
  blockKey?: string;
  /** What the UI's sentence for this kind fills in: the statement's opening words, then the field or gap. */
  values: string[];
  /** The merge field a `missingMergeField` or `unknownMergeField` issue is about ("DeputyDSLName"). */
  field?: string;
  /** The same in plain English, for logs and tests; people read the loc sentence (`draft.issueText[kind]`). */
  message: string;
}

/** Merge fields the app fills itself when the document is approved or printed, so a draft may leave them open. */
const FILLED_LATER = new Set(['ApprovalDate', 'LetterDate']);

/** `[date]`, `[name the platforms]`: gaps a template leaves for the school to fill. */
const GAP = /\[[^\]\n]{1,200}\]/g;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/**
 * The checks before submitting for approval: mandatory statements included, every merge field filled from the
 * profile, no empty block, no template gap left unfilled. Each issue names its block and says what to do.
 */
export function validateDraft(draft: Draft, profile: SchoolProfile, dates: { reviewDate?: string; approvalDate?: string; letterDate?: string } = {}): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const values = mergeValuesFor(profile, { reviewDate: draft.reviewDate, letterDate: new Date().toISOString().slice(0, 10), ...dates });
  const live = draft.blocks.filter(b => !b.content.removed);
  if (live.filter(b => b.content.included).length === 0) issues.push({ kind: 'noBlocks', values: [], message: 'The draft has no statements included. Include at least one.' });
  for (const block of live) {
    const where = `"${preview(block.content.text) || block.key}"`;
    if (block.mandatory && !block.content.included) {
      issues.push({ kind: 'mandatoryExcluded', blockKey: block.key, values: [where], message: `${where} is mandatory: include it again.` });
    }
    if (!block.content.included) continue;
    if (!block.content.text.trim()) {
      issues.push({ kind: 'emptyBlock', blockKey: block.key, values: [], message: 'A statement is empty: write it, or exclude or remove it.' });
      continue;
    }
    for (const name of unknownMergeFields(block.content.text)) {
      issues.push({ kind: 'unknownMergeField', blockKey: block.key, field: name, values: [where, `{{${name}}}`], message: `${where} uses {{${name}}}, which the app cannot fill: correct or remove it.` });
    }
    for (const name of fillMergeFields(block.content.text, values).missing.filter(n => isMergeField(n) && !FILLED_LATER.has(n))) {
      issues.push({ kind: 'missingMergeField', blockKey: block.key, field: name, values: [where, `{{${name}}}`], message: `${where} needs {{${name}}}: fill it in the school profile.` });
    }
    for (const gap of block.content.text.match(GAP) ?? []) {
      issues.push({ kind: 'unfilledGap', blockKey: block.key, values: [where, gap], message: `${where} still has the gap ${gap}: replace it with the school's own words.` });
    }
  }
  return issues;
}
