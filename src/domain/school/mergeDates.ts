import { formatDate } from '../time/formatDate';
import type { MergeField } from './MergeField';

const DATE_FIELDS: readonly MergeField[] = ['ReviewDate', 'ApprovalDate', 'LetterDate'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Merge values as a person reads them: the date fields, kept as ISO days ("2027-12-06") for storage and checks,
 * read as UK dates ("6 December 2027"), as the Word file prints them. Other values and non-ISO text stay as they are.
 */
export function readableMergeValues(values: Partial<Record<MergeField, string>>, timeZone?: string): Partial<Record<MergeField, string>> {
  const shown = { ...values };
  for (const field of DATE_FIELDS) {
    const value = shown[field];
    // Midday UTC: the same calendar day in every UK and European zone.
    if (value && ISO_DAY.test(value)) shown[field] = formatDate(`${value}T12:00:00Z`, timeZone);
  }
  return shown;
}
