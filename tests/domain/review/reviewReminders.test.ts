import { dayIn, dueReminders, latestStage, monthsBefore, reminderKey, stageDay, type ReviewCandidate } from '../../../src/domain/review/reviewReminders';

describe('review reminders: which one is due', () => {
  it('counts months back inside the month at month ends (UK calendar days)', () => {
    expect(monthsBefore('2026-12-20', 2)).toBe('2026-10-20');
    expect(monthsBefore('2026-12-31', 1)).toBe('2026-11-30');
    expect(monthsBefore('2026-04-30', 2)).toBe('2026-02-28');
    expect(monthsBefore('2028-04-30', 2)).toBe('2028-02-29');
    expect(monthsBefore('2027-01-31', 2)).toBe('2026-11-30');
    expect(monthsBefore('2027-02-15', 2)).toBe('2026-12-15');
    expect(() => monthsBefore('2026-02-30', 1)).toThrow(RangeError);
  });

  it('puts each stage on its day: two months, one month, one week before, and the date itself', () => {
    expect(stageDay('2026-03-03', 'twoMonths')).toBe('2026-01-03');
    expect(stageDay('2026-03-03', 'oneMonth')).toBe('2026-02-03');
    expect(stageDay('2026-03-03', 'oneWeek')).toBe('2026-02-24');
    expect(stageDay('2026-03-03', 'due')).toBe('2026-03-03');
  });

  it('is due only from the stage\'s day, and only the latest stage that has come', () => {
    const review = '2026-12-20';
    expect(latestStage(review, '2026-10-19')).toBeUndefined();
    expect(latestStage(review, '2026-10-20')).toBe('twoMonths');
    expect(latestStage(review, '2026-11-19')).toBe('twoMonths');
    expect(latestStage(review, '2026-11-20')).toBe('oneMonth');
    expect(latestStage(review, '2026-12-13')).toBe('oneWeek');
    expect(latestStage(review, '2026-12-19')).toBe('oneWeek');
    expect(latestStage(review, '2026-12-20')).toBe('due');
    // Overdue: the due-date reminder is still the latest (sent once, when someone first opens the app).
    expect(latestStage(review, '2027-02-01')).toBe('due');
    expect(latestStage('not a date', '2026-12-20')).toBeUndefined();
  });

  it('takes the day in the UK, not in UTC: 23:30 UTC on 12 June is already 13 June in London', () => {
    expect(dayIn(new Date('2026-06-12T23:30:00Z'))).toBe('2026-06-13');
    expect(dayIn(new Date('2026-12-12T23:30:00Z'))).toBe('2026-12-12');
    expect(dayIn(new Date('2026-06-12T23:30:00Z'), 'UTC')).toBe('2026-06-12');
  });

  it('gives one reminder per published document, none once its review started, none without a review date', () => {
    const candidates: ReviewCandidate[] = [
      { draftId: 1, title: 'Online safety policy', reviewDate: '2026-12-20', stillPublished: true },
      { draftId: 2, title: 'Staff AUP', reviewDate: '2026-12-20', stillPublished: false },
      { draftId: 3, title: 'Letter', stillPublished: true },
      { draftId: 4, title: 'Far off', reviewDate: '2027-09-01', stillPublished: true },
      { draftId: 5, title: 'Overdue', reviewDate: '2026-09-01', stillPublished: true }
    ];
    expect(dueReminders(candidates, '2026-12-13')).toEqual([
      { draftId: 1, title: 'Online safety policy', reviewDate: '2026-12-20', stage: 'oneWeek', key: 'review:1:2026-12-20:oneWeek' },
      { draftId: 5, title: 'Overdue', reviewDate: '2026-09-01', stage: 'due', key: 'review:5:2026-09-01:due' }
    ]);
  });

  it('makes a new key for a newer version\'s review date, so its reminders are its own', () => {
    expect(reminderKey(7, '2026-12-20T00:00:00Z', 'due')).toBe('review:7:2026-12-20:due');
    expect(reminderKey(7, '2027-12-20', 'due')).not.toBe(reminderKey(7, '2026-12-20', 'due'));
  });
});
