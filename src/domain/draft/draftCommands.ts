import type { BlockContent, DraftBlock, DraftSection } from './DraftModel';

/** A refused draft edit, in words. */
export class DraftEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftEditError';
  }
}

/** What one edit changes in one block: content fields, and for bank updates its base wording and version. */
export type BlockPatch = Partial<BlockContent> & { baseText?: string; sourceVersion?: number };

/** A block with a patch applied. */
export function applyPatch(block: DraftBlock, patch: BlockPatch): DraftBlock {
  const { baseText, sourceVersion, ...content } = patch;
  return {
    ...block,
    baseText: baseText ?? block.baseText,
    sourceVersion: sourceVersion ?? block.sourceVersion,
    content: { ...block.content, ...content }
  };
}

/** Includes or excludes a block; a mandatory statement cannot be excluded. */
export function setIncluded(block: DraftBlock, included: boolean): BlockPatch {
  if (!included && block.mandatory) throw new DraftEditError('This statement is mandatory: it cannot be left out. You can change its wording.');
  return { included };
}

/**
 * An order between two neighbours, so moving a block changes only that block (no renumbering of the others,
 * which would make every move collide with everyone else's edits).
 */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 10;
  if (before === undefined) return (after as number) - 10;
  if (after === undefined) return before + 10;
  return (before + after) / 2;
}

/** The live blocks of a section in order. */
export function blocksOfSection(blocks: DraftBlock[], sectionKey: string): DraftBlock[] {
  return blocks.filter(b => b.content.sectionKey === sectionKey && !b.content.removed).sort((a, b) => a.content.order - b.content.order || a.key.localeCompare(b.key));
}

/** Moves a block to position `index` of a section (its own or another): only the moved block changes. */
export function moveBlock(blocks: DraftBlock[], key: string, sectionKey: string, index: number): BlockPatch {
  const moving = blocks.find(b => b.key === key);
  if (!moving) throw new DraftEditError('That statement is no longer in the draft.');
  const others = blocksOfSection(blocks, sectionKey).filter(b => b.key !== key);
  const at = Math.max(0, Math.min(index, others.length));
  return { sectionKey, order: orderBetween(others[at - 1]?.content.order, others[at]?.content.order) };
}

/** A new block of the school's own words at the end of a section. */
export function newCustomBlock(blocks: DraftBlock[], section: DraftSection, text: string, key: string): DraftBlock {
  if (!text.trim()) throw new DraftEditError("Write the school's statement before adding it.");
  const last = blocksOfSection(blocks, section.key).pop();
  return {
    key, kind: 'Custom', baseText: '', mandatory: false,
    content: { text: text.trim(), included: true, note: '', sectionKey: section.key, order: orderBetween(last?.content.order, undefined), removed: false }
  };
}

/** Removes one of the school's own blocks (bank statements are excluded instead, so the link to the bank stays). */
export function removeCustomBlock(block: DraftBlock): BlockPatch {
  if (block.kind !== 'Custom') throw new DraftEditError("Only the school's own statements can be removed; exclude a bank statement instead.");
  return { removed: true };
}

/** Whether a block's wording differs from the bank's (an "amended" badge and a diff at a glance). */
export function isAmended(block: DraftBlock): boolean {
  return block.kind !== 'Custom' && block.content.text !== block.baseText;
}
