import type { IGraphClient } from '../graph/IGraphClient';
import type { Delivery, INotificationService, NotificationRequest, Recipient } from './INotificationService';

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { statusCode?: unknown; status?: unknown };
  return typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Team-scoped activity notifications (`POST /teams/{groupId}/sendActivityNotification`, the topic a text with
 * the deep link as its web URL), and `POST /me/sendMail` for anyone Teams cannot reach (Graph answers 403 when
 * the app is not installed for them, as for many guest governors, or when the site has no Team).
 */
export class GraphNotificationService implements INotificationService {
  /** `teamGroupId`: the Team (M365 group) of the school's site, or a way to find it once when first needed. */
  constructor(private readonly graph: IGraphClient, private readonly teamGroupId: string | undefined | (() => Promise<string | undefined>), private readonly teamsAppId?: string) {}

  private groupId: Promise<string | undefined> | undefined;

  private resolveGroup(): Promise<string | undefined> {
    // A failed look-up is not remembered: one bad moment must not send every later notification by mail.
    this.groupId ??= typeof this.teamGroupId === 'function'
      ? this.teamGroupId().catch(() => {
        this.groupId = undefined;
        return undefined;
      })
      : Promise.resolve(this.teamGroupId);
    return this.groupId;
  }

  async notify(recipients: Recipient[], request: NotificationRequest): Promise<Delivery[]> {
    const deliveries: Delivery[] = [];
    for (const recipient of recipients) deliveries.push(await this.notifyOne(recipient, request));
    return deliveries;
  }

  private async notifyOne(recipient: Recipient, request: NotificationRequest): Promise<Delivery> {
    let teamsProblem = 'The site has no Team to notify through.';
    const groupId = await this.resolveGroup();
    if (groupId) {
      try {
        const user = await this.graph.get<{ id: string }>(`/users/${encodeURIComponent(recipient.login)}?$select=id`);
        await this.graph.post(`/teams/${groupId}/sendActivityNotification`, {
          topic: { source: 'text', value: Array.from(request.policy).slice(0, 100).join(''), webUrl: request.deepLink },
          activityType: request.activityType,
          previewText: { content: Array.from(request.preview).slice(0, 150).join('') },
          templateParameters: [{ name: 'policy', value: request.policy }],
          recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: user.id },
          ...(this.teamsAppId ? { teamsAppId: this.teamsAppId } : {})
        });
        return { recipient, channel: 'teams', detail: 'Teams activity feed' };
      } catch (error) {
        if (statusOf(error) !== 403 && statusOf(error) !== 404) {
          teamsProblem = (error as Error).message;
        } else {
          teamsProblem = statusOf(error) === 403 ? 'Teams could not deliver it (the app is not installed for them).' : 'They were not found in the directory.';
        }
      }
    }
    try {
      const html = [...request.mailLines.map(line => `<p>${escapeHtml(line)}</p>`),
        `<p><a href="${escapeHtml(request.deepLink)}">Open in Teams</a> · <a href="${escapeHtml(request.webUrl)}">Open in the browser</a></p>`].join('');
      await this.graph.post('/me/sendMail', {
        message: { subject: request.mailSubject, body: { contentType: 'HTML', content: html }, toRecipients: [{ emailAddress: { address: recipient.email || recipient.login } }] },
        saveToSentItems: false
      });
      return { recipient, channel: 'mail', detail: `E-mail (${teamsProblem})` };
    } catch (error) {
      return { recipient, channel: 'failed', detail: `Neither Teams nor mail reached them: ${(error as Error).message}` };
    }
  }
}
