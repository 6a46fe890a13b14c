import { numberArg, parseApiPath, parseLiteral, stringArg } from '../../../local/server/sharepoint/apiPath';
import { SpError } from '../../../local/server/sharepoint/SpError';

const none = new URLSearchParams();

/** Runs `work`, which must throw SharePoint's 400, and returns the error. */
function badRequest(work: () => unknown): SpError {
  try {
    work();
  } catch (error) {
    if (error instanceof SpError) {
      expect(error.status).toBe(400);
      expect(error.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
      return error;
    }
    throw error;
  }
  throw new Error('Expected a 400');
}

describe('parseApiPath: the REST path after /_api/', () => {
  it('splits segments, lower-cases names, keeps the raw name and marks calls', () => {
    const segments = parseApiPath("web/Lists/getByTitle('Tasks')/items(7)/versions", none);
    expect(segments.map(s => [s.name, s.raw, s.args, s.called])).toEqual([
      ['web', 'web', [], false], ['lists', 'Lists', [], false], ['getbytitle', 'getByTitle', ['Tasks'], true],
      ['items', 'items', [7], true], ['versions', 'versions', [], false]
    ]);
  });

  it("reads '' inside quotes as one quote (PnPjs doubles quotes in titles)", () => {
    const [, , list] = parseApiPath("web/lists/getByTitle('O''Brien List')", none);
    expect(list.args).toEqual(["O'Brien List"]);
    expect(parseApiPath("web/lists/getByTitle('''')", none)[2].args).toEqual(["'"]);
  });

  it('keeps /, (, ) and , inside a quoted title', () => {
    const segments = parseApiPath("web/lists/getByTitle('A/B (C), D')/items", none);
    expect(segments).toHaveLength(4);
    expect(segments[2].args).toEqual(['A/B (C), D']);
  });

  it('reads named arguments, keys lower-cased, next to positional ones', () => {
    const [, segment] = parseApiPath('web/breakroleinheritance(copyRoleAssignments=false, clearSubscopes=true)', none);
    expect(segment.named).toEqual({ copyroleassignments: false, clearsubscopes: true });
    expect(segment.args).toEqual([]);
    const [, , add] = parseApiPath('web/roleassignments/addroleassignment(principalid=12,roledefid=1073741827)', none);
    expect(add.named).toEqual({ principalid: 12, roledefid: 1073741827 });
  });

  it('resolves @alias arguments from the query string', () => {
    const aliases = new URLSearchParams({ '@user': "'i:0#.f|membership|tom.reid@northshire.example'", '@n': '5' });
    const [, segment] = parseApiPath('web/getUserEffectivePermissions(@user)', aliases);
    expect(segment.args).toEqual(['i:0#.f|membership|tom.reid@northshire.example']);
    expect(parseApiPath('web/x(@n)', aliases)[1].args).toEqual([5]);
    expect(badRequest(() => parseApiPath('web/getUserEffectivePermissions(@missing)', aliases)).message).toContain('@missing');
  });

  it('refuses unbalanced quotes and parentheses', () => {
    badRequest(() => parseApiPath("web/lists/getByTitle('Tasks)", none));
    badRequest(() => parseApiPath("web/lists/getByTitle('Tasks'", none));
    badRequest(() => parseApiPath('web/items(7))', none));
  });

  it('gives no segment for an empty path or doubled slashes', () => {
    expect(parseApiPath('', none)).toEqual([]);
    expect(parseApiPath('web//lists/', none).map(s => s.name)).toEqual(['web', 'lists']);
  });
});

describe('parseLiteral and argument readers', () => {
  it('reads OData literals', () => {
    expect(parseLiteral("'text'")).toBe('text');
    expect(parseLiteral("guid'0f8f2b3c-1111-4222-8333-444455556666'")).toBe('0f8f2b3c-1111-4222-8333-444455556666');
    expect(parseLiteral("datetime'2026-04-21T10:00:00Z'")).toBe('2026-04-21T10:00:00Z');
    expect(parseLiteral('-12.5')).toBe(-12.5);
    expect(parseLiteral('TRUE')).toBe(true);
    expect(parseLiteral('null')).toBeNull();
    badRequest(() => parseLiteral('bare words'));
  });

  it('demands the argument type a segment needs', () => {
    const [items] = parseApiPath("items('7')", none);
    expect(stringArg(items)).toBe('7');
    expect(badRequest(() => numberArg(items)).message).toBe('items expects a number argument.');
    const [byId] = parseApiPath('getById(7)', none);
    expect(numberArg(byId)).toBe(7);
    badRequest(() => stringArg(byId));
  });
});
