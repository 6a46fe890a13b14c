import { dayIn, dueReminders, type ReviewCandidate } from '../../domain/review/reviewReminders';
import type { ReminderOutcome } from '../../services/review/IReviewReminderService';
import type { SchoolHomeServices } from './loadSchoolHome';
import type { DocumentRow, SchoolHomeData } from './schoolHomeModel';

/** The published documents of the home whose reviews may need a reminder (a started review cancels them). */
export function reviewCandidates(rows: readonly DocumentRow[]): ReviewCandidate[] {
  return rows.filter(row => row.publishedUrl !== undefined).map(row => ({
    draftId: row.id, title: row.title, reviewDate: row.reviewDate, stillPublished: row.state === 'Published'
  }));
}

/** How many claimed keys this browser keeps (a few documents a year, four stages each). */
const KEPT_KEYS = 100;

/**
 * Sends the review reminders due today (in the site's zone), once the home has shown: whoever opens the app first
 * sends each, whatever their role (the claim decides: `ReviewReminderService`). Keys this browser already saw
 * claimed are not tried again, so opening the app again costs no request; with nothing due, nothing is sent at all
 * (the first screen's request budget, issue 16). A failure is not the person's business: it is left for the next
 * opener, and nothing is shown.
 */
export async function sendDueReviewReminders(services: Pick<SchoolHomeServices, 'reviewReminders' | 'keyValueStore' | 'host'>, data: SchoolHomeData, now: Date): Promise<ReminderOutcome[]> {
  const storageKey = `esafety:${services.host.siteUrl}:reviewReminders`;
  const known = readKeys(services.keyValueStore.get(storageKey));
  const due = dueReminders(reviewCandidates(data.rows), dayIn(now, data.zone)).filter(reminder => !known.includes(reminder.key));
  if (due.length === 0) return [];
  let outcomes: ReminderOutcome[];
  try {
    outcomes = await services.reviewReminders.send(due, data.zone);
  } catch {
    return [];
  }
  const settled = outcomes.filter(o => o.outcome === 'sent' || o.outcome === 'alreadySent').map(o => o.key);
  if (settled.length > 0) services.keyValueStore.set(storageKey, JSON.stringify([...known, ...settled].slice(-KEPT_KEYS)));
  return outcomes;
}

function readKeys(stored: string | undefined): string[] {
  try {
    const keys: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}
