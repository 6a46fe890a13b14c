import fc from 'fast-check';
import { formatSubEntity, isSitePath, MAX_DEEP_LINK, parseLinkTarget, parseSubEntity, teamsDeepLink, teamsFileLink } from '../../src/domain/approval/deepLink';
import type { SubEntity } from '../../src/domain/approval/deepLink';

const APP_ID = '6f1c2a7e-0d5b-4c3a-9a51-2f7e8b0c9d11';
const ENTITY_ID = 'esafety-policy-hub';
const WEB_URL = 'https://contoso.sharepoint.com/sites/oakfield/SitePages/Policy.aspx?draft=12&view=approval#round-3';

function link(overrides: Partial<Parameters<typeof teamsDeepLink>[0]> = {}): string {
  return teamsDeepLink({ appId: APP_ID, entityId: ENTITY_ID, webUrl: WEB_URL, label: 'Online safety policy', subEntity: { kind: 'round', draftId: 12, round: 3 }, ...overrides });
}

function context(deepLink: string): Record<string, unknown> {
  const raw = new URL(deepLink).searchParams.get('context');
  expect(raw).not.toBeNull();
  return JSON.parse(raw ?? '') as Record<string, unknown>;
}

describe('formatSubEntity and parseSubEntity', () => {
  it('format the two shapes', () => {
    expect(formatSubEntity({ kind: 'draft', draftId: 12 })).toBe('draft:12');
    expect(formatSubEntity({ kind: 'round', draftId: 12, round: 3 })).toBe('round:12:3');
  });

  it('read back what they wrote', () => {
    expect(parseSubEntity('draft:12')).toEqual({ kind: 'draft', draftId: 12 });
    expect(parseSubEntity('round:12:3')).toEqual({ kind: 'round', draftId: 12, round: 3 });
  });

  it('round-trip every draft and round number in range', () => {
    const target: fc.Arbitrary<SubEntity> = fc.oneof(
      fc.record({ kind: fc.constant<'draft'>('draft'), draftId: fc.integer({ min: 0, max: 999_999_999 }) }),
      fc.record({ kind: fc.constant<'round'>('round'), draftId: fc.integer({ min: 0, max: 999_999_999 }), round: fc.integer({ min: 0, max: 9999 }) })
    );
    fc.assert(fc.property(target, t => {
      expect(parseSubEntity(formatSubEntity(t))).toEqual(t);
    }), { numRuns: 300 });
  });

  it.each([
    'round:1:2:3', 'round:1', 'round:1:', 'round::1', 'round:1:-2', 'round:1:12345',
    'draft:-1', 'draft:+1', 'draft:', 'draft:1.5', 'draft:1e3', 'draft:0x1A', 'draft:1,2',
    'draft:1 OR 1=1', "draft:1' OR '1'='1", 'draft:1;DROP TABLE', 'draft:1&round=2',
    'draft:1234567890', 'draft:99999999999999999999', 'round:1234567890:1',
    '../', 'draft:../1', 'draft:1/../2', '..%2F..%2Fdraft:1', 'draft:%31',
    'draft:١٢', 'draft:１２', 'draft:𝟏𝟐', 'round:1:٣',
    'draft:1\n', '\ndraft:1', ' draft:1', 'draft:1 ', 'draft: 1', 'draft:1\u0000', 'Draft:1', 'DRAFT:1', 'drafts:1', 'xdraft:1',
    '{"kind":"draft","draftId":1}', ''
  ])('refuses %j', text => {
    expect(parseSubEntity(text)).toBeUndefined();
  });

  it('refuses nothing at all', () => {
    expect(parseSubEntity(undefined)).toBeUndefined();
  });

  it('refuses what formatSubEntity writes for ids out of range', () => {
    expect(parseSubEntity(formatSubEntity({ kind: 'draft', draftId: 1e10 }))).toBeUndefined();
    expect(parseSubEntity(formatSubEntity({ kind: 'draft', draftId: -1 }))).toBeUndefined();
    expect(parseSubEntity(formatSubEntity({ kind: 'draft', draftId: 1.5 }))).toBeUndefined();
    expect(parseSubEntity(formatSubEntity({ kind: 'round', draftId: 1, round: 10_000 }))).toBeUndefined();
    expect(parseSubEntity(formatSubEntity({ kind: 'ack', requestId: 1e10 }))).toBeUndefined();
    expect(parseSubEntity('ack:7x')).toBeUndefined();
  });

  it('reads a request to acknowledge, with and without its site (the notice of issue 17 opens it)', () => {
    expect(formatSubEntity({ kind: 'ack', requestId: 7 })).toBe('ack:7');
    expect(parseSubEntity('ack:7')).toEqual({ kind: 'ack', requestId: 7 });
    expect(parseLinkTarget('ack:7@/sites/oakfield-primary')).toEqual({ target: { kind: 'ack', requestId: 7 }, sitePath: '/sites/oakfield-primary' });
    expect(parseLinkTarget('ack:7@https://evil.example')).toBeUndefined();
  });

  it('only ever returns safe non-negative integers, whatever the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string().map(s => `draft:${s}`), fc.string().map(s => `round:${s}`), fc.string().map(s => `ack:${s}`)), text => {
      const parsed = parseSubEntity(text);
      if (!parsed) return;
      const numbers = parsed.kind === 'draft' ? [parsed.draftId] : parsed.kind === 'round' ? [parsed.draftId, parsed.round] : [parsed.requestId];
      expect(numbers.every(n => Number.isSafeInteger(n) && n >= 0)).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('sub-entities that name their school site', () => {
  it('carry the site after the target, and read back both', () => {
    const text = formatSubEntity({ kind: 'round', draftId: 12, round: 3 }, '/sites/oakfield-primary');
    expect(text).toBe('round:12:3@/sites/oakfield-primary');
    expect(parseLinkTarget(text)).toEqual({ target: { kind: 'round', draftId: 12, round: 3 }, sitePath: '/sites/oakfield-primary' });
    expect(parseLinkTarget('draft:7@/teams/riverside')).toEqual({ target: { kind: 'draft', draftId: 7 }, sitePath: '/teams/riverside' });
    expect(parseSubEntity(text)).toEqual({ kind: 'round', draftId: 12, round: 3 });
  });

  it('carry the bank site too when it is not the school site', () => {
    const text = formatSubEntity({ kind: 'draft', draftId: 7 }, '/sites/oakfield-primary', '/sites/esafety-bank');
    expect(text).toBe('draft:7@/sites/oakfield-primary;bank=/sites/esafety-bank');
    expect(parseLinkTarget(text)).toEqual({ target: { kind: 'draft', draftId: 7 }, sitePath: '/sites/oakfield-primary', bankPath: '/sites/esafety-bank' });
    expect(() => formatSubEntity({ kind: 'draft', draftId: 7 }, '/sites/oakfield-primary', 'https://evil.example/sites/bank')).toThrow(/not a site path/);
  });

  it('still read links of the old shape, which name no site', () => {
    expect(parseLinkTarget('round:12:3')).toEqual({ target: { kind: 'round', draftId: 12, round: 3 } });
    expect(parseLinkTarget('round:12:3')?.sitePath).toBeUndefined();
  });

  it.each([
    'round:12:3@', 'round:12:3@/', 'round:12:3@/sites/', 'round:12:3@/sites', 'round:12:3@sites/oakfield',
    'round:12:3@https://evil.example/sites/oakfield', 'round:12:3@//evil.example/sites/oakfield', 'round:12:3@/sites/../_api',
    'round:12:3@/sites/..', 'round:12:3@/sites/.hidden', 'round:12:3@/sites/a/b', 'round:12:3@/sites/a?x=1', 'round:12:3@/sites/a#b',
    'round:12:3@/sites/a%2F..', 'round:12:3@/personal/helen', 'round:12:3@/_layouts/15', 'round:12:3@/sites/a b',
    'round:12:3@/sites/oakfield@/sites/other', 'round:12:3@/SITES/oakfield\n', '@/sites/oakfield', 'round:1:2:3@/sites/oakfield',
    'round:12:3@/sites/oakfield;', 'round:12:3@/sites/oakfield;bank=', 'round:12:3@/sites/oakfield;bank=https://evil.example/sites/b',
    'round:12:3@/sites/oakfield;bank=/sites/b;bank=/sites/c', 'round:12:3@/sites/oakfield;site=/sites/b', 'round:12:3;bank=/sites/b'
  ])('refuse %j (a link can only name a /sites/ or /teams/ site of this tenant)', text => {
    expect(parseLinkTarget(text)).toBeUndefined();
    expect(parseSubEntity(text)).toBeUndefined();
  });

  it('will not write a site that could not be read back', () => {
    expect(() => formatSubEntity({ kind: 'draft', draftId: 1 }, 'https://evil.example/sites/x')).toThrow(/not a site path/);
    expect(() => formatSubEntity({ kind: 'draft', draftId: 1 }, '/')).toThrow(/not a site path/);
  });

  it('round-trip any target with any site path the pattern allows', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/);
    fc.assert(fc.property(fc.constantFrom('sites', 'teams'), name, fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 9999 }), (root, site, draftId, round) => {
      const sitePath = `/${root}/${site}`;
      expect(isSitePath(sitePath)).toBe(true);
      expect(parseLinkTarget(formatSubEntity({ kind: 'round', draftId, round }, sitePath))).toEqual({ target: { kind: 'round', draftId, round }, sitePath });
    }), { numRuns: 200 });
  });

  it('keep a deep link with the longest site path, an 80-character label and a channel under the limit', () => {
    const sitePath = `/sites/${'a'.repeat(128)}`;
    const webUrl = `https://contoso.sharepoint.com${sitePath}/SitePages/Home.aspx?subEntityId=${encodeURIComponent(`round:999999999:9999@${sitePath}`)}`;
    const deepLink = link({ webUrl, label: '€'.repeat(80), sitePath, subEntity: { kind: 'round', draftId: 999_999_999, round: 9999 }, channelId: '19:0123456789abcdef0123456789abcdef@thread.tacv2' });
    expect(deepLink.length).toBeLessThan(MAX_DEEP_LINK);
    expect(context(deepLink).subEntityId).toBe(`round:999999999:9999@${sitePath}`);
  });
});

describe('teamsDeepLink', () => {
  it('points at our app and entity in Teams', () => {
    const url = new URL(link());
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${APP_ID}/${ENTITY_ID}`);
  });

  it('encodes the web URL and the label so they read back exactly', () => {
    const label = 'Policy & AUP: "Years 5/6" #2 + 50% = ok?';
    const params = new URL(link({ label })).searchParams;
    expect(params.get('webUrl')).toBe(WEB_URL);
    expect(params.get('label')).toBe(label);
  });

  it('carries the sub-entity in the context JSON', () => {
    expect(context(link())).toEqual({ subEntityId: 'round:12:3' });
    expect(context(link({ subEntity: { kind: 'draft', draftId: 7 } }))).toEqual({ subEntityId: 'draft:7' });
    expect(parseSubEntity(context(link()).subEntityId as string)).toEqual({ kind: 'round', draftId: 12, round: 3 });
  });

  it('carries the school site in the sub-entity when given', () => {
    expect(context(link({ sitePath: '/sites/oakfield-primary' }))).toEqual({ subEntityId: 'round:12:3@/sites/oakfield-primary' });
  });

  it('adds the channel to the context when given', () => {
    const channelId = '19:abc123@thread.tacv2';
    expect(context(link({ channelId }))).toEqual({ subEntityId: 'round:12:3', channelId });
  });

  it('a label or web URL cannot add or replace parameters', () => {
    const params = new URL(link({ label: 'x&context={"subEntityId":"draft:1"}&webUrl=https://evil.example', webUrl: 'https://a.example/?context=forged&label=forged' })).searchParams;
    expect(params.getAll('context')).toHaveLength(1);
    expect(params.getAll('webUrl')).toEqual(['https://a.example/?context=forged&label=forged']);
    expect(params.getAll('label')).toHaveLength(1);
    expect(context(link({ label: 'x&context=forged' }))).toEqual({ subEntityId: 'round:12:3' });
  });

  it('encodes an app or entity id with reserved characters into its path segment', () => {
    const url = new URL(teamsDeepLink({ appId: 'a/b?c', entityId: 'd#e f', webUrl: WEB_URL, label: 'x', subEntity: { kind: 'draft', draftId: 1 } }));
    expect(url.pathname.split('/').slice(3).map(decodeURIComponent)).toEqual(['a/b?c', 'd#e f']);
  });

  it('shortens the label to 80 characters', () => {
    const params = new URL(link({ label: 'a'.repeat(200) })).searchParams;
    expect(params.get('label')).toBe('a'.repeat(80));
  });

  it('shortens a label without cutting a character in two', () => {
    const label = `${'a'.repeat(79)}😀 and more`;
    const params = new URL(link({ label })).searchParams;
    expect(params.get('label')).toBe(`${'a'.repeat(79)}😀`);
  });

  it('handles any label and web URL of ordinary length', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.webUrl(), (label, webUrl) => {
      const params = new URL(link({ label, webUrl })).searchParams;
      expect(params.get('webUrl')).toBe(webUrl);
      expect(label.startsWith(params.get('label') ?? '\u0000')).toBe(true);
      expect(context(link({ label, webUrl }))).toEqual({ subEntityId: 'round:12:3' });
    }), { numRuns: 300 });
  });

  it('accepts a link of exactly the limit and refuses one character more', () => {
    const base = link({ webUrl: '' }).length;
    const atLimit = link({ webUrl: 'x'.repeat(MAX_DEEP_LINK - base) });
    expect(atLimit).toHaveLength(MAX_DEEP_LINK);
    expect(() => link({ webUrl: 'x'.repeat(MAX_DEEP_LINK - base + 1) })).toThrow(/Teams accepts about 1900/);
  });

  it('refuses a long site address, counting its encoded length', () => {
    const spaces = ' '.repeat(Math.ceil(MAX_DEEP_LINK / 3));
    expect(spaces.length).toBeLessThan(MAX_DEEP_LINK);
    expect(() => link({ webUrl: `https://contoso.sharepoint.com/sites/${spaces}` })).toThrow(/Shorten the site address or the label/);
  });
});

describe('teamsFileLink', () => {
  it('opens a SharePoint file in Teams with its id, type, address and the Team it belongs to', () => {
    const link = teamsFileLink({
      fileId: '{0f8fad5b-d9cb-469f-a165-70867728950e}', fileUrl: 'https://contoso.sharepoint.com/sites/oakfield/Policies/Online safety policy v1.0.docx',
      siteUrl: 'https://contoso.sharepoint.com/sites/oakfield', tenantId: 'tenant-1', channelId: '19:abc@thread.tacv2', groupId: 'group-1'
    });
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/file/0F8FAD5B-D9CB-469F-A165-70867728950E');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenantId: 'tenant-1', fileType: 'docx', objectUrl: 'https://contoso.sharepoint.com/sites/oakfield/Policies/Online safety policy v1.0.docx',
      baseUrl: 'https://contoso.sharepoint.com/sites/oakfield', serviceName: 'teams', threadId: '19:abc@thread.tacv2', groupId: 'group-1'
    });
  });
});
