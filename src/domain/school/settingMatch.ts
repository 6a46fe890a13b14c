import type { Bank } from '../bank/BankModel';
import type { SchoolSetting } from './SchoolSetting';

/**
 * The setting a document's template was written for when it is not the school's (a primary policy in a secondary
 * school), so the home can flag it; undefined when they match, or the template is for every setting (AUPs, letters).
 */
export function mismatchedSetting(templateKey: string, bank: Bank | undefined, schoolSetting: SchoolSetting): SchoolSetting | undefined {
  const template = bank?.templates.find(t => t.key === templateKey);
  const setting = template?.published?.content.setting ?? template?.working.setting;
  return setting && setting !== schoolSetting ? setting : undefined;
}

/** The label of the bank's newest release (a new draft is built from it), or undefined when nothing is published. */
export function latestReleaseLabel(bank: Bank): string | undefined {
  return [...bank.releases].sort((a, b) => b.number - a.number)[0]?.label;
}
