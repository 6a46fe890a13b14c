import { DEFAULT_SITE_ZONE } from '../time/siteZone';

/**
 * When the owner of a published document is reminded of its review (issue 17, item 3): two months, one month and
 * one week before the review date, and on the date itself. Stages are in the order they fall due.
 */
export const REMINDER_STAGES = ['twoMonths', 'oneMonth', 'oneWeek', 'due'] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

/** A published document as far as its reminders go. */
export interface ReviewCandidate {
  draftId: number;
  title: string;
  /** The publication's review date, an ISO day ("2026-12-20"). */
  reviewDate?: string;
  /**
   * Whether the published version is still the document's latest work: false once its review (the next version)
   * has started, or a newer round is under way. A started review cancels the reminders of the version it replaces.
   */
  stillPublished: boolean;
}

/** A reminder that is due now: which document, which stage, and the key that claims it (one send per key). */
export interface DueReminder {
  draftId: number;
  title: string;
  reviewDate: string;
  stage: ReminderStage;
  key: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as [year, month 1-12, day], or undefined when `iso` is not a real day. */
function parseDay(iso: string): [number, number, number] | undefined {
  const match = ISO_DAY.exec(iso.slice(0, 10));
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? [year, month, day] : undefined;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * `months` calendar months before `iso`, kept inside the month: two months before 30 April is 28 February (29 in a
 * leap year), one month before 31 December is 30 November; never a day that spills into the next month.
 */
export function monthsBefore(iso: string, months: number): string {
  const parts = parseDay(iso);
  if (!parts) throw new RangeError(`Not a calendar day: ${iso}`);
  const [year, month, day] = parts;
  const firstOfTarget = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return isoOf(new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(day, lastDay))));
}

/** The day a stage's reminder falls due for a review on `reviewDate`. */
export function stageDay(reviewDate: string, stage: ReminderStage): string {
  switch (stage) {
    case 'twoMonths': return monthsBefore(reviewDate, 2);
    case 'oneMonth': return monthsBefore(reviewDate, 1);
    case 'oneWeek': {
      const parts = parseDay(reviewDate);
      if (!parts) throw new RangeError(`Not a calendar day: ${reviewDate}`);
      return isoOf(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] - 7)));
    }
    case 'due': return reviewDate.slice(0, 10);
  }
}

/**
 * Today as people at the school count days (the site's zone, London by default): a reminder due "on 20 December"
 * is due from midnight in the UK, not from midnight UTC (an hour earlier in summer time).
 */
export function dayIn(now: Date, timeZone: string = DEFAULT_SITE_ZONE): string {
  // en-CA formats a date as YYYY-MM-DD; the zone makes it the local calendar day.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The key that claims one stage of one publication's reminders: a new review date (a newer version) makes new keys. */
export function reminderKey(draftId: number, reviewDate: string, stage: ReminderStage): string {
  return `review:${draftId}:${reviewDate.slice(0, 10)}:${stage}`;
}

/**
 * The latest stage whose day has come (`today` an ISO day), or undefined before two months ahead. Only the latest
 * is sent: someone opening the app a week before the date, after nobody did for two months, sends the one-week
 * reminder alone, and the earlier stages are never sent afterwards. After the date the "due" stage stays the latest.
 */
export function latestStage(reviewDate: string, today: string): ReminderStage | undefined {
  if (!parseDay(reviewDate)) return undefined;
  let latest: ReminderStage | undefined;
  for (const stage of REMINDER_STAGES) if (stageDay(reviewDate, stage) <= today) latest = stage;
  return latest;
}

/**
 * The reminders due today for these documents: at most one per document, none for a document whose review has
 * started or that has no (valid) review date. Whether each was sent already is the claim's business (one SharePoint
 * write only one opener can win): this says only what is due.
 */
export function dueReminders(candidates: readonly ReviewCandidate[], today: string): DueReminder[] {
  return candidates.flatMap(candidate => {
    if (!candidate.stillPublished || !candidate.reviewDate) return [];
    const reviewDate = candidate.reviewDate.slice(0, 10);
    const stage = latestStage(reviewDate, today);
    return stage ? [{ draftId: candidate.draftId, title: candidate.title, reviewDate, stage, key: reminderKey(candidate.draftId, reviewDate, stage) }] : [];
  });
}
