import { GraphNotificationService } from '../../src/services/notify/GraphNotificationService';
import type { IGraphClient } from '../../src/services/graph/IGraphClient';
import type { NotificationRequest, Recipient } from '../../src/services/notify/INotificationService';
import { enGB } from '../../src/loc/enGB';

const request: NotificationRequest = {
  activityType: 'approvalRequested', policy: 'Online safety policy', preview: 'Please review round 1.', deepLink: 'https://teams.microsoft.com/l/entity/app/tab?a=1&b=2',
  webUrl: 'https://contoso.sharepoint.com/sites/oakfield/SitePages/Policy.aspx?round=1', mailSubject: 'Please review', mailLines: ['Please review round 1.']
};
const chair: Recipient = { name: 'Margaret Lewis', login: 'margaret.lewis@northshire.example', email: 'margaret.lewis@northshire.example' };

/** A Graph client with no Team (so notices go by mail) that keeps the HTML of each mail it is asked to send. */
function mailGraph(): { graph: IGraphClient; mails: string[] } {
  const mails: string[] = [];
  const graph: IGraphClient = {
    get: async <T>() => ({ id: 'user-1', userType: 'Member' }) as T,
    post: async <T>(path: string, body?: unknown) => {
      if (path === '/me/sendMail') mails.push((body as { message: { body: { content: string } } }).message.body.content);
      return undefined as T | undefined;
    },
    getAll: async <T>() => [] as T[]
  };
  return { graph, mails };
}

describe('GraphNotificationService: the words on a mail\'s links', () => {
  it('uses the words the composition root gives it (from src/loc), escaped', async () => {
    const { graph, mails } = mailGraph();
    const labels = { openInTeams: enGB.notify.mailOpenInTeams, openInBrowser: 'Open <here>' };
    await new GraphNotificationService(graph, undefined, undefined, Date.now, labels).notify([chair], request);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`<a href="https://teams.microsoft.com/l/entity/app/tab?a=1&amp;b=2">${enGB.notify.mailOpenInTeams}</a>`);
    expect(mails[0]).toContain('>Open &lt;here&gt;</a>');
  });

  it('shows each link\'s address when it is given no words, never English of its own', async () => {
    const { graph, mails } = mailGraph();
    await new GraphNotificationService(graph, undefined).notify([chair], request);
    expect(mails[0]).toContain(`>${request.webUrl}</a>`);
    expect(mails[0]).not.toContain(enGB.notify.mailOpenInTeams);
  });
});
