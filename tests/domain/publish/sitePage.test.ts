import { canvasContent1, sitePageFileName, sitePageHtml, siteWithinTenant } from '../../../src/domain/publish/sitePage';

const TENANT = 'https://oakfield.sharepoint.com';

describe('the website copy as a SharePoint page: the pure parts', () => {
  it('accepts only a site of the tenant, as its site address', () => {
    expect(siteWithinTenant('https://oakfield.sharepoint.com/sites/Website', TENANT)).toBe('https://oakfield.sharepoint.com/sites/Website');
    expect(siteWithinTenant(' https://OAKFIELD.sharepoint.com/teams/staff/ ', TENANT)).toBe('https://oakfield.sharepoint.com/teams/staff');
    expect(siteWithinTenant('https://oakfield.sharepoint.com/sites/Website/SitePages/Home.aspx', TENANT)).toBe('https://oakfield.sharepoint.com/sites/Website');
    expect(siteWithinTenant('https://oakfield.sharepoint.com/', TENANT)).toBe('https://oakfield.sharepoint.com');
    // Another host, a look-alike, plain http, credentials, a query, a library rather than a site, or not a URL.
    for (const bad of [
      'https://evil.example/sites/Website', 'https://oakfield.sharepoint.com.evil.example/sites/x', 'http://oakfield.sharepoint.com/sites/x',
      'https://user:pw@oakfield.sharepoint.com/sites/x', 'https://oakfield.sharepoint.com/sites/x?a=1', 'https://oakfield.sharepoint.com/sites/x/Shared Documents',
      'https://oakfield.sharepoint.com/personal/tom', 'javascript:alert(1)', 'not a url', ''
    ]) expect([bad, siteWithinTenant(bad, TENANT)]).toEqual([bad, undefined]);
  });

  it('keeps headings, paragraphs, lists and tables bare, one level down, and drops everything else', () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><header><p>Oakfield</p></header><main>'
      + '<h1 id="t">Online safety policy</h1><nav aria-labelledby="c"><h2 id="c">Contents</h2><ol><li><a href="#s1">Aims</a></li></ol></nav>'
      + '<p class="x" onclick="alert(1)">Staff <strong>report</strong> &lt;script&gt; at once.<br></p><script>alert(1)</script>'
      + '<table><thead><tr><th scope="col">Risk</th></tr></thead><tbody><tr><td>Low</td></tr></tbody></table><p></p></main><footer>f</footer></body></html>';
    expect(sitePageHtml(html)).toBe(
      '<h2>Online safety policy</h2><h3>Contents</h3><ol><li>Aims</li></ol>'
      + '<p>Staff <strong>report</strong> &lt;script&gt; at once.<br></p>'
      + '<table><thead><tr><th>Risk</th></tr></thead><tbody><tr><td>Low</td></tr></tbody></table>');
  });

  it('writes one full-width text web part as PnPjs does, and a file name SharePoint accepts', () => {
    const canvas = JSON.parse(canvasContent1('<p>Hi</p>', '11111111-2222-3333-4444-555555555555')) as Record<string, unknown>[];
    expect(canvas[0]).toMatchObject({ controlType: 4, id: '11111111-2222-3333-4444-555555555555', innerHTML: '<p>Hi</p>', position: { zoneIndex: 1, sectionIndex: 1, sectionFactor: 12, controlIndex: 1 } });
    expect(canvas[1]).toEqual({ controlType: 0, pageSettingsSlice: { isDefaultDescription: true, isDefaultThumbnail: true } });
    expect(sitePageFileName('Online safety policy: Année 2026/27 #1')).toBe('online-safety-policy-annee-2026-27-1.aspx');
    expect(sitePageFileName('***')).toBe('policy.aspx');
  });
});
