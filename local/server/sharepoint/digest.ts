import { createHmac, timingSafeEqual } from 'crypto';

/** How long a form digest is good for, as SharePoint Online says in `FormDigestTimeoutSeconds`. */
export const DIGEST_TIMEOUT_SECONDS = 1800;

function formatDigestDate(date: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} -0000`;
}

/**
 * Issues and checks request digests in SharePoint's form (`0x<hex>,<date>`), signed with the server's secret
 * and bound to the site, so a digest from one site does not open another.
 */
export class DigestIssuer {
  constructor(private readonly secret: string) {}

  issue(siteId: string, now = new Date()): string {
    const date = formatDigestDate(now);
    return `0x${this.sign(siteId, date)},${date}`;
  }

  isValid(siteId: string, digest: string | undefined, now = new Date()): boolean {
    if (!digest) return false;
    const comma = digest.indexOf(',');
    if (!digest.startsWith('0x') || comma < 0) return false;
    const given = Buffer.from(digest.slice(2, comma));
    const date = digest.slice(comma + 1);
    const expected = Buffer.from(this.sign(siteId, date));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    const issued = Date.parse(date.replace(' -0000', ' GMT'));
    return !Number.isNaN(issued) && now.getTime() - issued <= DIGEST_TIMEOUT_SECONDS * 1000 && issued - now.getTime() < 60_000;
  }

  private sign(siteId: string, date: string): string {
    return createHmac('sha256', this.secret).update(`${siteId}|${date}`).digest('hex').toUpperCase();
  }
}
