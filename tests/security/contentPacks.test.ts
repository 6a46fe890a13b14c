import { EMPTY_BANK, type Bank } from '../../src/domain/bank/BankModel';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { BankService, PackRefusedError } from '../../src/services/bank/BankService';
import { MAX_PACK_BYTES } from '../../src/domain/content/parseContentPack';
import { packChecksum, packToFile, type ContentPack } from '../../src/domain/content/ContentPack';
import { SITES } from '../support/testTenant';
import { outcomeOf, ROLES, startSecurityTenant, ACCESS_DENIED, type SecurityTenant } from './support/securityTenant';

/**
 * Content packs are files from outside. tests/integration/bank.test.ts shows a pack changed after it was sealed is
 * refused before any write; here are the rest: a pack too large to read, a pack *resealed* after hostile changes
 * (the checksum seals against damage, it is not a signature), and a genuine pack imported by someone who is not
 * the officer. Every refusal happens before a single request is sent.
 */
jest.setTimeout(60_000);

/** A PnPjs behavior that records every request it sends (method and URL). */
function recordRequests(seen: string[]): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      seen.push(`${init.method ?? 'GET'} ${url}`);
      return [url, init, result];
    });
    return instance;
  };
}

/** A copy of `pack` changed by `change` and sealed again with a correct checksum, as anyone can do. */
function resealed(pack: ContentPack, change: (copy: Record<string, unknown> & ContentPack) => void): string {
  const copy = JSON.parse(JSON.stringify(pack)) as Record<string, unknown> & ContentPack;
  change(copy);
  copy.checksum = packChecksum(copy);
  return packToFile(copy);
}

describe('content packs from outside: refused before any request, or imported as the plain text they hold', () => {
  let st: SecurityTenant;
  let pack: ContentPack;
  let requests: string[];
  let recorded: BankService;
  let loaded: Bank;

  beforeAll(async () => {
    st = await startSecurityTenant();
    const officer = st.as(ROLES.officer.login).bank;
    pack = await officer.exportPack(await officer.load(), { title: 'Northshire bank', source: 'Northshire County Council' });
  }, 120_000);
  afterAll(async () => { await st.close(); });

  beforeEach(async () => {
    requests = [];
    recorded = new BankService(st.tenant.sp(SITES.bank, ROLES.officer.login).using(recordRequests(requests)), `${st.tenant.url}${SITES.bank}`);
    loaded = await recorded.load();
    requests.length = 0;
  });

  it('refuses a file larger than a pack may be before reading it, sending nothing', async () => {
    const fresh: string[] = [];
    const unloaded = new BankService(st.tenant.sp(SITES.bank, ROLES.officer.login).using(recordRequests(fresh)), `${st.tenant.url}${SITES.bank}`);
    await expect(unloaded.importFile(EMPTY_BANK, ' '.repeat(MAX_PACK_BYTES + 1))).rejects.toMatchObject({ name: 'PackRefusedError', code: 'tooLarge' });
    expect(fresh).toEqual([]);
  });

  it.each([
    ['a resource key that is a path up the tree', (p: ContentPack) => { p.resources[0].key = '../../x'; }, 'resources[0].key'],
    ['a resource key with a folder in it', (p: ContentPack) => { p.resources[0].key = 'posters/x'; }, 'resources[0].key'],
    ['a resource key with an encoded slash', (p: ContentPack) => { p.resources[0].key = 'x%2f..%2fy'; }, 'resources[0].key'],
    ['a resource key with a backslash', (p: ContentPack) => { p.resources[0].key = 'x\\..\\y'; }, 'resources[0].key'],
    ["a statement key with a quote (o'brien)", (p: ContentPack) => { p.statements[0].key = "o'brien"; }, 'statements[0].key'],
    ['a statement key that would widen a filter', (p: ContentPack) => { p.statements[0].key = "x') or (1 eq 1"; }, 'statements[0].key'],
    ['a section key with a control character', (p: ContentPack) => { p.sections[0].key = 'a\u0000b'; }, 'sections[0].key'],
    ['a merge field the product does not have', (p: ContentPack) => { p.statements[0].content.text = 'Send your {{AdminPassword}} to us.'; }, 'statements[0].content.text'],
    ['a resource kind the product does not have', (p: ContentPack) => { (p.resources[0] as { kind: string }).kind = 'Script'; }, 'resources[0].kind'],
    ['a section that is not an object', (p: ContentPack) => { (p.sections as unknown[])[0] = '<section/>'; }, 'sections[0]'],
    ['a version that is not a whole number', (p: ContentPack) => { (p.statements[0] as { version: unknown }).version = '1; DROP'; }, 'statements[0].version']
  ])('refuses a resealed pack with %s before sending a single request', async (_what, change, where) => {
    const attempt = recorded.importFile(loaded, resealed(pack, change), { publishAs: { label: 'Hostile', notes: '' } });
    await expect(attempt).rejects.toBeInstanceOf(PackRefusedError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining(where) });
    expect(requests).toEqual([]);
  });

  it.each([
    ['a newer format version', (p: Record<string, unknown>) => { p.formatVersion = 99; }, 'unsupportedVersion'],
    ['another format', (p: Record<string, unknown>) => { p.format = 'esafety-policy-hub/evil'; }, 'notAPack'],
    ['its checksum removed', (p: Record<string, unknown>) => { delete p.checksum; }, 'tampered']
  ])('refuses a pack with %s before sending a single request', async (_what, change, code) => {
    const copy = JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;
    change(copy);
    await expect(recorded.importFile(loaded, JSON.stringify(copy))).rejects.toMatchObject({ name: 'PackRefusedError', code });
    expect(requests).toEqual([]);
  });

  it('imports a resealed pack carrying markup and __proto__ keys as plain text: nothing polluted, its poster drawn as text', async () => {
    const title = 'Poster <script>window.__pwned = 1</script>';
    const copy = JSON.parse(JSON.stringify(pack)) as ContentPack;
    copy.resources[0].title = title;
    copy.resources[0].lines = ['<svg onload="window.__pwned = 1"/>', ']]><script>alert(1)</script>'];
    // Own "__proto__" and "constructor" members, written into the text as an attacker would (JSON.parse keeps them
    // as data; assigning them in code would not), then sealed again over what the app will parse.
    let file = JSON.stringify(copy)
      .replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"')
      .replace('"content":{', '"content":{"__proto__":{"polluted":true},');
    file = file.replace(/"checksum":"[0-9a-f]+"/, `"checksum":"${packChecksum(JSON.parse(file) as ContentPack)}"`);
    expect(Object.keys(JSON.parse(file) as object)).toContain('__proto__');
    const result = await recorded.importFile(loaded, file);
    expect(result.written).toBe(1);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const resource = (await st.as(ROLES.member.login).bank.resources()).find(r => r.key === pack.resources[0].key);
    expect(resource?.title).toBe(title);
    expect(resource?.lines).toEqual(['<svg onload="window.__pwned = 1"/>', ']]><script>alert(1)</script>']);
    const svg = await st.as(ROLES.member.login).bankSp.web.getFileByServerRelativePath(resource?.url as string).getText();
    // The only elements are the poster's own: svg, title, rect, text (and the like), never one made from the pack.
    expect(svg).not.toMatch(/<script|<svg[^>]*onload|<!\[CDATA\[/i);
    expect([...svg.matchAll(/<svg\b/g)]).toHaveLength(1);
    expect(svg).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
  });

  it("refuses a genuine pack imported by a school's headteacher with SharePoint's 403, the bank unchanged", async () => {
    const changed = resealed(pack, p => { p.statements[0].content.text = `${p.statements[0].content.text} Changed by a school.`; });
    const school = new BankService(st.tenant.sp(SITES.bank, ROLES.owner.login), `${st.tenant.url}${SITES.bank}`);
    const officer = st.as(ROLES.officer.login).bank;
    const before = (await officer.load()).statements.map(s => [s.key, s.working.text, s.published?.version]);
    const seen = await school.load();
    expect(await outcomeOf(() => school.importFile(seen, changed))).toEqual(ACCESS_DENIED);
    expect((await officer.load()).statements.map(s => [s.key, s.working.text, s.published?.version])).toEqual(before);
  });
});
