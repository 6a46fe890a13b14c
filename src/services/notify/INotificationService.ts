import type { ActivityType } from '../host/teamsApp';

/** Someone to notify: a person of the site, known by their sign-in name. */
export interface Recipient {
  name: string;
  /** UPN or e-mail (what Graph's /users/{id} accepts). */
  login: string;
  email: string;
}

/** How a notification reached someone (or did not). */
export interface Delivery {
  recipient: Recipient;
  channel: 'teams' | 'mail' | 'failed';
  detail: string;
}

/** What to tell people, in the Teams feed and (where Teams cannot deliver) by mail. */
export interface NotificationRequest {
  activityType: ActivityType;
  /** The policy's name: `{policy}` in the activity type's template text. */
  policy: string;
  /** Up to 150 characters shown in the feed. */
  preview: string;
  /** Teams deep link to the tab on the round or draft. */
  deepLink: string;
  mailSubject: string;
  /** Plain sentences for the mail (escaped into HTML by the service). */
  mailLines: string[];
  /** A link that opens the item outside Teams (the SharePoint page). */
  webUrl: string;
}

/** Sends Teams activity notifications through Graph, falling back to mail where Teams answers 403. */
export interface INotificationService {
  notify(recipients: Recipient[], request: NotificationRequest): Promise<Delivery[]>;
}
