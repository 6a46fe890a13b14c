import type { IGraphClient } from '../graph/IGraphClient';
import type { Delivery, DeliveryProblem, INotificationService, NotificationRequest, Recipient } from './INotificationService';
import { noticeWords, type NotificationText } from './NotificationText';
import { classifyGraphFailure, RecentSends, statusOf } from './graphFailure';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A notice worded once for all its recipients. */
type NoticeInWords = ReturnType<typeof noticeWords>;

/** A value given now, or found once when first needed (a failed look-up is tried again next time). */
type Lazy<T> = T | (() => Promise<T>);

function once<T>(value: Lazy<T | undefined>): () => Promise<T | undefined> {
  let pending: Promise<T | undefined> | undefined;
  return () => {
    pending ??= typeof value === 'function'
      ? (value as () => Promise<T | undefined>)().catch(() => {
        pending = undefined;
        return undefined;
      })
      : Promise.resolve(value);
    return pending;
  };
}

/**
 * Sends each notice the best way Microsoft 365 allows, and says per person how (or why not):
 * 1. Teams: `POST /teams/{groupId}/sendActivityNotification` (the app is installed in the school's Team; PROTOCOL §6),
 *    naming our org-catalogue `teamsAppId` so a second SPFx app in the Team does not make it 409 (sp-dev-docs#8719);
 * 2. mail: `POST /me/sendMail`, only when the sender has a mailbox (a guest has none: nothing is sent as their mail);
 * 3. otherwise nothing is sent, and the delivery carries the link for the sender to pass on, with the reason.
 * Without the API access grant every Graph call fails; the app keeps working and the UI shows the links.
 */
export class GraphNotificationService implements INotificationService {
  private readonly groupId: () => Promise<string | undefined>;
  private readonly catalogId: () => Promise<string | undefined>;
  private readonly senderType: () => Promise<string | undefined>;
  private readonly recent: RecentSends;

  /**
   * `text`: every word of the notices and mails (`strings.notify` from `src/loc`, passed by the composition root).
   * `teamGroupId`: the Team (M365 group) of the school's site, or how to find it. `teamsAppId`: our app's
   * org-catalogue id, or how to find it (see `findTeamsAppCatalogId`); without it a 409 falls back to mail.
   */
  constructor(private readonly graph: IGraphClient, private readonly text: NotificationText, teamGroupId: Lazy<string | undefined>, teamsAppId?: Lazy<string | undefined>, now: () => number = Date.now) {
    this.groupId = once(teamGroupId);
    this.catalogId = once(teamsAppId);
    this.senderType = once(async () => (await graph.get<{ userType?: string }>('/me?$select=id,userType')).userType);
    this.recent = new RecentSends(now);
  }

  async notify(recipients: Recipient[], request: NotificationRequest): Promise<Delivery[]> {
    const words = noticeWords(this.text, request.policy, request.notice);
    const deliveries: Delivery[] = [];
    for (const recipient of recipients) deliveries.push(await this.notifyOne(recipient, request, words));
    return deliveries;
  }

  private async notifyOne(recipient: Recipient, request: NotificationRequest, words: NoticeInWords): Promise<Delivery> {
    const teams = await this.tryTeams(recipient, request, words);
    if (teams === 'sent') return { recipient, channel: 'teams', detail: 'Teams activity feed' };
    const mail = await this.tryMail(recipient, request, words);
    if (mail === 'sent') return { recipient, channel: 'mail', detail: `E-mail (Teams: ${teams.detail})`, problem: teams.problem };
    // Say the most useful reason: a missing grant is the admin's to fix; otherwise why mail could not go.
    const problem = teams.problem === 'noApiAccess' ? 'noApiAccess' : mail.problem;
    return { recipient, channel: 'failed', detail: `Teams: ${teams.detail}; mail: ${mail.detail}`, problem, link: request.webUrl };
  }

  private async tryTeams(recipient: Recipient, request: NotificationRequest, words: NoticeInWords): Promise<'sent' | { problem: DeliveryProblem; detail: string }> {
    const groupId = await this.groupId();
    if (!groupId) return { problem: 'noTeam', detail: 'the site has no Team' };
    if (!this.recent.allows(recipient.login.toLowerCase())) return { problem: 'rateLimited', detail: 'ten notifications in the last minute' };
    try {
      const user = await this.graph.get<{ id: string }>(`/users/${encodeURIComponent(recipient.login)}?$select=id`);
      const body = {
        topic: { source: 'text', value: Array.from(request.policy).slice(0, 100).join(''), webUrl: request.deepLink },
        activityType: request.activityType,
        previewText: { content: Array.from(words.preview).slice(0, 150).join('') },
        templateParameters: [{ name: 'policy', value: request.policy }],
        recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: user.id }
      };
      const appId = await this.catalogId();
      try {
        await this.graph.post(`/teams/${groupId}/sendActivityNotification`, appId ? { ...body, teamsAppId: appId } : body);
      } catch (error) {
        // 409 without teamsAppId: another app shares our Entra id and we could not name ours.
        if (statusOf(error) === 409 && !appId) return { problem: 'failed', detail: (error as Error).message };
        throw error;
      }
      this.recent.record(recipient.login.toLowerCase());
      return 'sent';
    } catch (error) {
      return { problem: classifyGraphFailure(error), detail: (error as Error).message };
    }
  }

  private async tryMail(recipient: Recipient, request: NotificationRequest, words: NoticeInWords): Promise<'sent' | { problem: DeliveryProblem; detail: string }> {
    let senderType: string | undefined;
    try {
      senderType = await this.senderType();
    } catch {
      senderType = undefined;
    }
    if (senderType === 'Guest') return { problem: 'noMailbox', detail: 'the sender is a guest, without a mailbox here' };
    try {
      const html = [...words.lines.map(line => `<p>${escapeHtml(line)}</p>`),
        `<p><a href="${escapeHtml(request.deepLink)}">${escapeHtml(this.text.mailOpenInTeams)}</a> · <a href="${escapeHtml(request.webUrl)}">${escapeHtml(this.text.mailOpenInBrowser)}</a></p>`].join('');
      await this.graph.post('/me/sendMail', {
        message: { subject: words.subject, body: { contentType: 'HTML', content: html }, toRecipients: [{ emailAddress: { address: recipient.email || recipient.login } }] },
        saveToSentItems: false
      });
      return 'sent';
    } catch (error) {
      return { problem: classifyGraphFailure(error), detail: (error as Error).message };
    }
  }
}
