import { sendDueReviewReminders } from '../../../src/app/schoolHome/reviewReminders';
import type { DocumentRow, SchoolHomeData } from '../../../src/app/schoolHome/schoolHomeModel';
import type { DueReminder } from '../../../src/domain/review/reviewReminders';
import { MemoryKeyValueStore } from '../../../src/services/drafts/IBlockStore';
import type { IReviewReminderService, ReminderOutcome } from '../../../src/services/review/IReviewReminderService';

const row = (id: number, patch: Partial<DocumentRow> = {}): DocumentRow => ({
  id, title: `Policy ${id}`, kind: 'Policy', templateKey: 't', bankRelease: '2026.2', owner: 'Helen Carter', created: '2026-01-01T09:00:00Z',
  modified: '2026-01-01T09:00:00Z', state: 'Published', review: 'dueSoon', reviewDate: '2026-12-20', publishedUrl: '/p.docx', ...patch
});
const home = (rows: DocumentRow[]): SchoolHomeData => ({ rows, zone: 'Europe/London' } as Partial<SchoolHomeData> as SchoolHomeData);
/** 13 December 2026, noon in London: a week before a review on the 20th. */
const NOW = new Date('2026-12-13T12:00:00Z');

/** A claim service that answers from a script and records what it was asked. */
function fakeService(answer: (r: DueReminder) => ReminderOutcome['outcome'] | 'throw'): IReviewReminderService & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    send: async reminders => {
      asked.push(reminders.map(r => r.key));
      return reminders.map(r => {
        const outcome = answer(r);
        if (outcome === 'throw') throw new Error('network down');
        return outcome === 'sent' ? { key: r.key, outcome, deliveries: [] } : outcome === 'failed' ? { key: r.key, outcome, detail: '' } : { key: r.key, outcome };
      });
    }
  };
}

describe('sending the due review reminders when the home opens', () => {
  const host = { siteUrl: 'https://contoso.sharepoint.com/sites/oakfield' } as never;

  it('asks nothing when nothing is due (the first screen\'s budget) and nothing for a review already started', async () => {
    const reviewReminders = fakeService(() => 'sent');
    const store = new MemoryKeyValueStore();
    expect(await sendDueReviewReminders({ reviewReminders, keyValueStore: store, host }, home([row(1, { reviewDate: '2027-09-01' }), row(2, { state: 'NextVersion' }), row(3, { publishedUrl: undefined })]), NOW)).toEqual([]);
    expect(reviewReminders.asked).toEqual([]);
  });

  it('sends the latest stage due, remembers what was sent or found sent, and does not ask again from this browser', async () => {
    const reviewReminders = fakeService(r => (r.draftId === 1 ? 'sent' : 'alreadySent'));
    const store = new MemoryKeyValueStore();
    const services = { reviewReminders, keyValueStore: store, host };
    const rows = [row(1), row(2, { reviewDate: '2026-12-13' })];
    expect((await sendDueReviewReminders(services, home(rows), NOW)).map(o => o.outcome)).toEqual(['sent', 'alreadySent']);
    expect(reviewReminders.asked).toEqual([['review:1:2026-12-20:oneWeek', 'review:2:2026-12-13:due']]);
    expect(await sendDueReviewReminders(services, home(rows), NOW)).toEqual([]);
    expect(reviewReminders.asked).toHaveLength(1);
  });

  it('leaves a reminder it could not claim (a visitor, a failure) for the next opener, and never throws', async () => {
    const store = new MemoryKeyValueStore();
    const refused = fakeService(() => 'notAllowed');
    await sendDueReviewReminders({ reviewReminders: refused, keyValueStore: store, host }, home([row(1)]), NOW);
    await sendDueReviewReminders({ reviewReminders: refused, keyValueStore: store, host }, home([row(1)]), NOW);
    expect(refused.asked).toHaveLength(2);
    const broken = fakeService(() => 'throw');
    expect(await sendDueReviewReminders({ reviewReminders: broken, keyValueStore: store, host }, home([row(1)]), NOW)).toEqual([]);
  });
});
