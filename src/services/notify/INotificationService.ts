import type { ActivityType } from '../host/teamsApp';
import type { Notice } from './NotificationText';

import type { Recipient } from '../../domain/people/Recipient';

export type { Recipient } from '../../domain/people/Recipient';

/**
 * Why Teams or mail did not carry a notice, for the UI to explain (loc strings in `notify.problem`):
 * - `noApiAccess`: the tenant has not approved the app's Graph permissions (API access) or lacks this one;
 * - `notInstalled`: the Teams app is not installed where the person could get it (or they are a guest);
 * - `notFound`: the directory does not know them by their sign-in name;
 * - `rateLimited`: Teams' limit of 10 notifications a minute per person;
 * - `noMailbox`: the sender has no mailbox (a guest), so nothing is sent as their mail;
 * - `noTeam`: the site has no Team to notify through;
 * - `failed`: anything else (the detail says what).
 */
export type DeliveryProblem = 'noApiAccess' | 'notInstalled' | 'notFound' | 'rateLimited' | 'noMailbox' | 'noTeam' | 'failed';

/** How a notification reached someone, or did not. */
export interface Delivery {
  recipient: Recipient;
  /** `failed`: not sent; `link` is what to give them instead. */
  channel: 'teams' | 'mail' | 'failed';
  /** For the record (activity log): what Graph said, not for display. */
  detail: string;
  /** Why Teams did not carry it (for mail) or why nothing was sent (for failed). */
  problem?: DeliveryProblem;
  /** When nothing was sent: the link to copy and give them (opens the item in the browser). */
  link?: string;
}

/** What to tell people, in the Teams feed and (where Teams cannot deliver) by mail. */
export interface NotificationRequest {
  activityType: ActivityType;
  /** The policy's name: `{policy}` in the activity type's template text, and `{0}` in the notice's words. */
  policy: string;
  /** What to say, as data: the service words it from the `NotificationText` it was given (src/loc). */
  notice: Notice;
  /** Teams deep link to the tab on the round or draft. */
  deepLink: string;
  /** A link that opens the item outside Teams (the SharePoint page). */
  webUrl: string;
}

/**
 * Tells people through Teams activity notifications, by mail where Teams cannot and the sender has a mailbox,
 * and otherwise says per person that nothing was sent and gives the link to pass on.
 */
export interface INotificationService {
  notify(recipients: Recipient[], request: NotificationRequest): Promise<Delivery[]>;
}
