/** Checks a bank site address typed into the property pane: empty (this site is the bank), or an https SharePoint site. */
export function validateBankSiteUrl(value: string): string {
  if (!value) return '';
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:') return 'Use the https:// address of the bank site.';
    if (!/\/sites\/|\/teams\//i.test(url.pathname)) return 'Use the address of a SharePoint site, e.g. https://contoso.sharepoint.com/sites/esafety-bank.';
    return '';
  } catch {
    return 'This is not a web address. Copy the bank site address from your browser.';
  }
}
