import type { Strings } from '../../loc/strings';

/** Checks a bank site address typed into the property pane: empty (this site is the bank), or an https SharePoint site. */
export function validateBankSiteUrl(value: string, strings: Strings['propertyPane']): string {
  if (!value) return '';
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:') return strings.notHttps;
    if (!/\/sites\/|\/teams\//i.test(url.pathname)) return strings.notASite;
    return '';
  } catch {
    return strings.notAnAddress;
  }
}
