import type { LinkBuilder } from '../../domain/approval/LinkBuilder';
import type { DueReminder, ReminderStage } from '../../domain/review/reviewReminders';
import { formatDate } from '../../domain/time/formatDate';
import type { INotificationService, Recipient } from '../notify/INotificationService';
import { isDuplicateValueError } from '../sharepoint/listItems';
import type { SPFI } from '../sharepoint/pnp';
import { fitLabel } from '../sharepoint/schema/columnLimits';
import { SCHOOL_LISTS } from '../sharepoint/schema/schoolSchema';
import type { IReviewReminderService, ReminderOutcome } from './IReviewReminderService';

/** The activity log's record of a claim (a record in the log's own language, as the approval entries are). */
const STAGE_WORDS: Record<ReminderStage, string> = { twoMonths: 'two months ahead', oneMonth: 'one month ahead', oneWeek: 'one week ahead', due: 'on the date' };

interface SiteUser { Title: string; Email: string; UserPrincipalName: string | null; PrincipalType?: number }

/** The HTTP status and message of a refused write (PnPjs' HttpRequestError carries both). */
function refusal(error: unknown): { status?: number; message: string } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { status?: unknown; message?: unknown };
  return { status: typeof e.status === 'number' ? e.status : undefined, message: typeof e.message === 'string' ? e.message : String(error) };
}

function recipientOf(user: SiteUser): Recipient {
  return { name: user.Title, login: user.UserPrincipalName || user.Email, email: user.Email };
}

/**
 * Review reminders over the school site's Activity list and the notification service.
 *
 * The claim: adding an Activity entry whose `ActivityKey` (a column with EnforceUniqueValues) is the reminder's key,
 * `review:<draftId>:<reviewDate>:<stage>`. SharePoint lets exactly one such add succeed and refuses every other with
 * 400 SPDuplicateValuesFoundException ("Enforcing Uniqueness in Column Values", learn.microsoft.com ee536168), so
 * two people opening the app at the same moment send one reminder. Nothing rests on Author or Created (which any
 * contributor can write through the validate endpoints: pnp/pnpjs#3265): only on which add SharePoint accepted.
 * The Activity list is append-only for members (approvalPermissions: "Add and read"), so a claim cannot be deleted
 * to make a reminder go twice; a visitor's add is refused with 403 and someone else sends it.
 * A claim won whose notification then fails is not retried: "never twice" is kept over "always once" (the
 * deliveries, failed ones too, are recorded in the log beside the claim).
 */
export class ReviewReminderService implements IReviewReminderService {
  public constructor(private readonly sp: SPFI, private readonly notifier: INotificationService, private readonly links: LinkBuilder) {}

  public async send(reminders: readonly DueReminder[], zone: string): Promise<ReminderOutcome[]> {
    const outcomes: ReminderOutcome[] = [];
    // One at a time: reminders are rare (a few documents a year), and the opener's other requests come first.
    for (const reminder of reminders) outcomes.push(await this.sendOne(reminder, zone));
    return outcomes;
  }

  private async sendOne(reminder: DueReminder, zone: string): Promise<ReminderOutcome> {
    const { key } = reminder;
    try {
      await this.log().items.add({ Title: fitLabel(`Review of "${reminder.title}" due ${reminder.reviewDate}: reminder ${STAGE_WORDS[reminder.stage]}`), DraftId: reminder.draftId, ActivityKind: 'Reminded', ActivityKey: key, Details: JSON.stringify({ stage: reminder.stage, reviewDate: reminder.reviewDate }) });
    } catch (error) {
      if (isDuplicateValueError(error)) return { key, outcome: 'alreadySent' };
      const { status, message } = refusal(error);
      return status === 403 ? { key, outcome: 'notAllowed' } : { key, outcome: 'failed', detail: `${status ?? ''} ${message}`.trim() };
    }
    const owners = await this.ownersOf(reminder.draftId);
    const due = formatDate(`${reminder.reviewDate}T12:00:00Z`, zone);
    const target = { kind: 'draft' as const, draftId: reminder.draftId };
    const deliveries = await this.notifier.notify(owners, {
      activityType: 'reviewReminder', policy: reminder.title, notice: reminder.stage === 'due' ? { kind: 'reviewDue', due } : { kind: 'reviewReminder', due },
      deepLink: this.links.deepLink(target, reminder.title), webUrl: this.links.webUrl(target)
    });
    await this.log().items.add({
      Title: fitLabel(deliveries.map(d => `${d.recipient.name}: ${d.channel === 'teams' ? 'Teams' : d.channel === 'mail' ? 'e-mail' : 'not reached'}`).join('; ') || 'Review reminder: nobody to tell'),
      DraftId: reminder.draftId, ActivityKind: 'Notified', Details: JSON.stringify(deliveries.map(d => ({ name: d.recipient.name, channel: d.channel, detail: d.detail })))
    }).catch(() => undefined); // the record is a courtesy: the reminder went
    return { key, outcome: 'sent', deliveries };
  }

  /**
   * Whom to remind: the document's owner (the draft's Owner column: it names whom to tell, it decides nothing), or,
   * where no owner is set or they left the site, the site's owners.
   */
  private async ownersOf(draftId: number): Promise<Recipient[]> {
    const item = await this.sp.web.lists.getByTitle(SCHOOL_LISTS.drafts).items.getById(draftId).select('DraftOwnerId')<{ DraftOwnerId: number | null }>();
    if (item.DraftOwnerId) {
      try {
        return [recipientOf(await this.sp.web.getUserById(item.DraftOwnerId).select('Title', 'Email', 'UserPrincipalName')<SiteUser>())];
      } catch {
        // The owner is no longer a user of the site: the site's owners are told instead.
      }
    }
    const users = await this.sp.web.associatedOwnerGroup.users.select('Title', 'Email', 'UserPrincipalName', 'PrincipalType')<SiteUser[]>();
    return users.filter(u => u.PrincipalType === 1).map(recipientOf);
  }

  private log() {
    return this.sp.web.lists.getByTitle(SCHOOL_LISTS.activity);
  }
}
