import { DIGEST_TIMEOUT_SECONDS, DigestIssuer } from '../../../local/server/sharepoint/digest';

describe('DigestIssuer: form digests bound to a site and a time', () => {
  const issuer = new DigestIssuer('test-secret');
  const issued = new Date('2026-04-21T10:06:12Z');
  const digest = issuer.issue('site-a', issued);
  const later = (seconds: number): Date => new Date(issued.getTime() + seconds * 1000);

  it("issues SharePoint's form: 0x<hex>,<dd Mon yyyy hh:mm:ss -0000>", () => {
    expect(digest).toMatch(/^0x[0-9A-F]{64},21 Apr 2026 10:06:12 -0000$/);
  });

  it('accepts its own digest for the same site within the timeout', () => {
    expect(issuer.isValid('site-a', digest, issued)).toBe(true);
    expect(issuer.isValid('site-a', digest, later(DIGEST_TIMEOUT_SECONDS))).toBe(true);
  });

  it('refuses a digest once FormDigestTimeoutSeconds have passed', () => {
    expect(issuer.isValid('site-a', digest, later(DIGEST_TIMEOUT_SECONDS + 1))).toBe(false);
  });

  it('refuses a digest issued for another site', () => {
    expect(issuer.isValid('site-b', digest, issued)).toBe(false);
  });

  it('refuses a tampered signature or date', () => {
    const hexAt = 5;
    const flipped = digest.slice(0, hexAt) + (digest[hexAt] === 'A' ? 'B' : 'A') + digest.slice(hexAt + 1);
    expect(issuer.isValid('site-a', flipped, issued)).toBe(false);
    const redated = digest.replace('10:06:12', '10:06:13');
    expect(issuer.isValid('site-a', redated, issued)).toBe(false);
    expect(issuer.isValid('site-a', digest.slice(0, 20) + digest.slice(21), issued)).toBe(false);
  });

  it("refuses another server's digest (another secret)", () => {
    expect(new DigestIssuer('other-secret').isValid('site-a', digest, issued)).toBe(false);
  });

  it('refuses a digest dated in the future', () => {
    const future = issuer.issue('site-a', later(120));
    expect(issuer.isValid('site-a', future, issued)).toBe(false);
  });

  it('refuses missing and malformed digests', () => {
    for (const bad of [undefined, '', 'abc', '0x1234', digest.slice(2), digest.replace(',', ';')]) {
      expect(issuer.isValid('site-a', bad, issued)).toBe(false);
    }
  });
});
