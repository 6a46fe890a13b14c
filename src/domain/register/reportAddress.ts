import type { ReleaseRecord } from '../bank/BankModel';

/**
 * The address an authority gives in its bank for schools to mail their report packs to. At most 254 characters
 * (RFC 5321's limit on a path, which caps a usable address) and one `local@domain.tld` with no spaces, angle
 * brackets, commas or semicolons: one address, never a list a school's mail would fan out to.
 */
export const REPORT_ADDRESS_MAX = 254;

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;".]{2,}$/;

/** True when `value` (trimmed) is one plausible mail address within the limit. */
export function isReportAddress(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= REPORT_ADDRESS_MAX && ADDRESS.test(trimmed);
}

/**
 * The address in force: the newest release's. Each release carries the address the officer had set when it was
 * published (and setting it writes the newest release), so clearing it on the newest release clears it for schools.
 * Undefined when there is none or it is not one address (anyone who can edit the library could write anything).
 */
export function reportAddressOf(releases: readonly ReleaseRecord[]): string | undefined {
  const newest = [...releases].filter(r => !r.interrupted).sort((a, b) => b.number - a.number)[0];
  const address = newest?.reportAddress?.trim();
  return address && isReportAddress(address) ? address : undefined;
}
