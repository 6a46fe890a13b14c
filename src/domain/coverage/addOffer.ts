import type { Bank } from '../bank/BankModel';
import { blockKeyFor } from '../draft/assembleDraft';
import { blocksOfSection, orderBetween } from '../draft/draftCommands';
import type { Draft, DraftBlock, DraftSection } from '../draft/DraftModel';

/** A statement the coverage check offered cannot be added, in words. */
export class CoverageAddError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoverageAddError';
  }
}

/**
 * What taking a statement the coverage check offers does to a draft: include the block the draft already has for it
 * (left out earlier), or add a new block at the end of its section, adding the section too when the draft lacks it.
 */
export type CoverageAddition =
  | { kind: 'include'; blockKey: string }
  | { kind: 'add'; block: DraftBlock; section?: DraftSection };

const STEP = 10;

/** How to add the published bank statement `statementKey` to a draft, as `assembleDraft` would have placed it. */
export function additionFor(draft: Pick<Draft, 'blocks' | 'sections'>, bank: Bank, statementKey: string): CoverageAddition {
  const blockKey = blockKeyFor.statement(statementKey);
  const existing = draft.blocks.find(b => b.key === blockKey);
  if (existing && !existing.content.removed) return { kind: 'include', blockKey };
  const statement = bank.statements.find(s => s.key === statementKey);
  const published = statement?.published;
  if (!published || published.content.retired) throw new CoverageAddError('That statement is no longer in the published bank. Check for a newer release and try again.');
  const content = published.content;
  const bankSection = bank.sections.find(s => s.key === content.sectionKey);
  const inDraft = draft.sections.find(s => s.key === content.sectionKey);
  let section: DraftSection | undefined;
  if (!inDraft) {
    // A new section goes after the last section the bank puts before it, keeping the policy in the bank's order.
    const bankOrder = new Map(bank.sections.map(s => [s.key, s.working.order]));
    const mine = bankOrder.get(content.sectionKey) ?? Number.MAX_SAFE_INTEGER;
    const sorted = [...draft.sections].sort((a, b) => a.order - b.order);
    const before = sorted.filter(s => (bankOrder.get(s.key) ?? 0) < mine).pop();
    const after = sorted.find(s => (bankOrder.get(s.key) ?? 0) > mine);
    section = { key: content.sectionKey, title: bankSection?.published?.content.title ?? bankSection?.working.title ?? content.sectionKey, order: orderBetween(before?.order, after?.order) };
  }
  const last = blocksOfSection(draft.blocks, content.sectionKey).pop();
  const block: DraftBlock = {
    key: blockKey, kind: 'Statement', sourceKey: statementKey, sourceVersion: published.version, baseText: content.text, mandatory: content.mandatory,
    content: { text: content.text, included: true, note: '', sectionKey: content.sectionKey, order: last ? last.content.order + STEP : STEP, removed: false }
  };
  return section ? { kind: 'add', block, section } : { kind: 'add', block };
}
