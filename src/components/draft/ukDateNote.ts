import { formatDate } from '../../domain/time/formatDate';
import { format, type Strings } from '../../loc/strings';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a date box's day reads as in UK words ("That is 20 December 2026."): the box itself shows the browser's own
 * order (12/20/2026 in a US browser), so the person sees the day they mean. Undefined while no whole date is typed.
 */
export function ukDateNote(strings: Strings, isoDay: string | undefined): string | undefined {
  // Midday UTC: the same calendar day in every UK and European zone.
  return isoDay && ISO_DAY.test(isoDay) ? format(strings.draft.dateReadsAs, formatDate(`${isoDay}T12:00:00Z`)) : undefined;
}
