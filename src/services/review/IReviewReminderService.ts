import type { DueReminder } from '../../domain/review/reviewReminders';
import type { Delivery } from '../notify/INotificationService';

/**
 * What became of one due reminder:
 * - `sent`: this opener won the claim and told the owner(s) (each delivery says how);
 * - `alreadySent`: someone else's claim was there first (SharePoint refused the duplicate key), nothing sent;
 * - `notAllowed`: this person may not add to the activity log (a visitor): someone who may will send it;
 * - `failed`: the claim could not be made for another reason (the detail is for the record, not for display).
 */
export type ReminderOutcome =
  | { key: string; outcome: 'sent'; deliveries: Delivery[] }
  | { key: string; outcome: 'alreadySent' | 'notAllowed' }
  | { key: string; outcome: 'failed'; detail: string };

/**
 * Sends review reminders exactly once whoever opens the app first: each is claimed by one SharePoint write only one
 * writer can win (an activity entry with a unique key), and only the winner notifies.
 */
export interface IReviewReminderService {
  /** `zone`: the site's time zone, for the date in the notice's words. */
  send(reminders: readonly DueReminder[], zone: string): Promise<ReminderOutcome[]>;
}
