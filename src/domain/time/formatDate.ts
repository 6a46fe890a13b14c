import { DEFAULT_SITE_ZONE } from './siteZone';

/** A date and time as people in the site's time zone read it ("26 Nov 2026, 14:05"), never raw UTC. */
export function formatDateTime(iso: string, timeZone: string = DEFAULT_SITE_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** A date alone in the site's time zone ("26 November 2026"). */
export function formatDate(iso: string, timeZone: string = DEFAULT_SITE_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
