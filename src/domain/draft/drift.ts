import type { Bank } from '../bank/BankModel';
import { diffWords, type DiffRun } from '../text/wordDiff';
import type { DraftBlock } from './DraftModel';

/** A newer bank release changed (or retired) the statement a block came from. */
export interface Drift {
  blockKey: string;
  sourceKey: string;
  fromVersion: number;
  toVersion: number;
  releaseLabel: string;
  /** The bank's new wording (empty when retired). */
  newText: string;
  retired: boolean;
  /** From the wording the block started from to the bank's new wording. */
  diff: DiffRun[];
  /** The school had changed the wording itself: accepting the bank's replaces the school's. */
  schoolAmended: boolean;
}

/** Where the bank has moved on from the draft's statements, block by block. */
export function findDrift(blocks: DraftBlock[], bank: Bank): Drift[] {
  const drifts: Drift[] = [];
  for (const block of blocks) {
    if (block.kind !== 'Statement' || !block.sourceKey || block.content.removed) continue;
    const statement = bank.statements.find(s => s.key === block.sourceKey);
    const published = statement?.published;
    const fromVersion = block.sourceVersion ?? 0;
    if (!published) {
      // The statement is gone from the published bank (retired, and schools no longer see it).
      drifts.push({ blockKey: block.key, sourceKey: block.sourceKey, fromVersion, toVersion: fromVersion, releaseLabel: '', newText: '', retired: true, diff: [], schoolAmended: block.content.text !== block.baseText });
      continue;
    }
    if (published.version <= fromVersion) continue;
    const retired = published.content.retired;
    drifts.push({
      blockKey: block.key, sourceKey: block.sourceKey, fromVersion, toVersion: published.version, releaseLabel: published.releaseLabel,
      newText: retired ? '' : published.content.text, retired, diff: retired ? [] : diffWords(block.baseText, published.content.text),
      schoolAmended: block.content.text !== block.baseText
    });
  }
  return drifts;
}

/** What a block's fields become when the school takes the bank's new wording. */
export function acceptBankWording(drift: Drift): { text: string; baseText: string; sourceVersion: number } {
  return { text: drift.newText, baseText: drift.newText, sourceVersion: drift.toVersion };
}

/** What a block's fields become when the school keeps its own wording but acknowledges the new version. */
export function keepSchoolWording(drift: Drift): { baseText: string; sourceVersion: number } {
  return { baseText: drift.newText, sourceVersion: drift.toVersion };
}
