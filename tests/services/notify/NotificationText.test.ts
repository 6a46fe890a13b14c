import { GraphNotificationService } from '../../../src/services/notify/GraphNotificationService';
import { noticeWords, type Notice, type NotificationText } from '../../../src/services/notify/NotificationText';
import type { IGraphClient } from '../../../src/services/graph/IGraphClient';
import type { NotificationRequest, Recipient } from '../../../src/services/notify/INotificationService';
import { enGB } from '../../../src/loc/enGB';
import { format } from '../../../src/loc/strings';

const chair: Recipient = { name: 'Margaret Lewis', login: 'margaret.lewis@northshire.example', email: 'margaret.lewis@northshire.example' };

function request(notice: Notice, policy = 'Online safety policy'): NotificationRequest {
  return {
    activityType: 'approvalRequested', policy, notice,
    deepLink: 'https://teams.microsoft.com/l/entity/app/tab?a=1&b=2', webUrl: 'https://contoso.sharepoint.com/sites/oakfield/SitePages/Policy.aspx?round=1'
  };
}

interface SentMail {
  subject: string;
  html: string;
}

/**
 * A Graph client that keeps what it is asked to send: activity notifications (when `team` is given, Teams takes
 * them) and mails (when there is no Team, or Teams refuses).
 */
function keepingGraph(team: boolean): { graph: IGraphClient; previews: string[]; mails: SentMail[] } {
  const previews: string[] = [];
  const mails: SentMail[] = [];
  const graph: IGraphClient = {
    get: async <T>() => ({ id: 'user-1', userType: 'Member' }) as T,
    post: async <T>(path: string, body?: unknown) => {
      if (path === '/me/sendMail') {
        const message = (body as { message: { subject: string; body: { content: string } } }).message;
        mails.push({ subject: message.subject, html: message.body.content });
      } else if (team) {
        previews.push((body as { previewText: { content: string } }).previewText.content);
      }
      return undefined as T | undefined;
    },
    getAll: async <T>() => [] as T[]
  };
  return { graph, previews, mails };
}

/** Another language's words, to show the service says only what it is given. */
const welsh: NotificationText = {
  ...enGB.notify,
  mailOpenInTeams: 'Agor yn Teams',
  mailOpenInBrowser: 'Agor yn y porwr',
  mailSubject: '{1} ({0})',
  notices: { ...enGB.notify.notices, approvalRequested: { preview: 'Cymeradwywch {0} erbyn {1}.', lines: ['Gofynnir i chi gymeradwyo "{0}" erbyn {1}.'] } }
};

describe('notices and mails carry the words of src/loc', () => {
  it('puts the loc preview in the Teams notice', async () => {
    const { graph, previews, mails } = keepingGraph(true);
    await new GraphNotificationService(graph, enGB.notify, 'group-1').notify([chair], request({ kind: 'approvalRequested', due: '2026-07-01' }));
    expect(mails).toHaveLength(0);
    expect(previews).toEqual([format(enGB.notify.notices.approvalRequested.preview, 'Online safety policy', '2026-07-01')]);
  });

  it('builds the mail from the loc subject, paragraphs and link words, escaped as HTML', async () => {
    const { graph, mails } = keepingGraph(false);
    await new GraphNotificationService(graph, enGB.notify, undefined).notify([chair], request({ kind: 'changesRequested', comment: 'Add <the> DSL' }, 'Policy & AUP'));
    expect(mails).toHaveLength(1);
    const preview = format(enGB.notify.notices.changesRequested.preview, 'Policy & AUP');
    expect(mails[0].subject).toBe(format(enGB.notify.mailSubject, 'Policy & AUP', preview));
    expect(mails[0].html).toContain(`<p>${format(enGB.notify.notices.changesRequested.lines[0], 'Policy &amp; AUP').replace(/"/g, '&quot;')}</p>`);
    expect(mails[0].html).toContain('<p>Add &lt;the&gt; DSL</p>');
    expect(mails[0].html).toContain(`<a href="https://teams.microsoft.com/l/entity/app/tab?a=1&amp;b=2">${enGB.notify.mailOpenInTeams}</a>`);
    expect(mails[0].html).toContain(`>${enGB.notify.mailOpenInBrowser}</a>`);
  });

  it('says only what it is given: another language gives another mail, with no English of its own', async () => {
    const { graph, mails } = keepingGraph(false);
    await new GraphNotificationService(graph, welsh, undefined).notify([chair], request({ kind: 'approvalRequested', due: '2026-07-01' }));
    expect(mails[0].subject).toBe('Cymeradwywch Online safety policy erbyn 2026-07-01. (Online safety policy)');
    expect(mails[0].html).toContain('Gofynnir i chi gymeradwyo &quot;Online safety policy&quot; erbyn 2026-07-01.');
    expect(mails[0].html).toContain('>Agor yn Teams</a>');
    expect(mails[0].html).not.toMatch(/Open in|You are asked/);
  });

  it('fills every kind of notice from its loc words, leaving no placeholder unfilled', () => {
    const notices: Notice[] = [
      { kind: 'approvalRequested', due: '2026-07-01' }, { kind: 'approvalReminder', due: '2026-07-01' }, { kind: 'approvalReminder' },
      { kind: 'decisionRecorded', round: 2, decision: 'RequestChanges', fingerprint: 'AB12-CD34' }, { kind: 'policyApproved' },
      { kind: 'changesRequested', comment: 'More on AI' }, { kind: 'roundClosedApproved', approvals: 3, rule: 'Majority' },
      { kind: 'roundClosedUnreachable', requests: 2, rule: 'All' }, { kind: 'approvalWithdrawn', reason: enGB.approval.withdrawReasonEditing }
    ];
    for (const notice of notices) {
      const words = noticeWords(enGB.notify, 'Online safety policy', notice);
      expect(words.preview).toContain('Online safety policy');
      for (const text of [words.preview, words.subject, ...words.lines]) expect(text).not.toMatch(/\{\d\}/);
    }
    const decided = noticeWords(enGB.notify, 'Online safety policy', notices[3]);
    expect(decided.lines[0]).toBe(format(enGB.notify.notices.decisionRecorded.lines[0], 'Online safety policy', 2, enGB.notify.decisionWords.RequestChanges));
    expect(decided.lines[1]).toContain('AB12-CD34');
    expect(noticeWords(enGB.notify, 'P', notices[6]).lines[0]).toContain(enGB.notify.ruleSummary.Majority);
    expect(noticeWords(enGB.notify, 'P', notices[2]).lines).toEqual([format(enGB.notify.notices.approvalReminderNoDue.lines[0], 'P')]);
  });
});
