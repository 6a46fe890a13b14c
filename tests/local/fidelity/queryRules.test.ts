import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { fillList, SP, spErrorOf } from './helpers';

interface Row { Id: number; Title: string }

const SMALL = 'Query Rules';
const BIG = 'Query Rules Big';
const BIG_COUNT = 5001;

/** What SharePoint refuses in `$filter` (TENANT-FACTS "Lists, fields, versions"; PROTOCOL §2). */
describe('query rules SharePoint enforces', () => {
  let tenant: TestTenant;
  let sp: SPFI;
  const list = (title: string): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle(title);

  beforeAll(async () => {
    tenant = await startTestTenant();
    sp = tenant.sp(SITES.bank, PEOPLE.officer);
    await sp.web.lists.add(SMALL, '', 100);
    await list(SMALL).fields.addMultilineText('Notes', { RichText: false });
    await list(SMALL).items.add({ Title: 'one', Notes: 'alpha' });
    await sp.web.lists.add(BIG, '', 100);
    await list(BIG).fields.addText('Code');
    await list(BIG).fields.addText('Category');
    await list(BIG).fields.addText('Shelf');
    await list(BIG).fields.getByInternalNameOrTitle('Code').update({ Indexed: true });
    await list(BIG).fields.getByInternalNameOrTitle('Shelf').update({ Indexed: true });
    // Shelf is indexed but not selective: every item is on shelf 'A', so narrowing by it still leaves 5,001.
    fillList(tenant, SITES.bank, BIG, BIG_COUNT, PEOPLE.officer, id => ({ Title: `Big ${id}`, Code: `C${id}`, Category: id % 1000 === 0 ? 'Rare' : 'Common', Shelf: 'A' }));
  }, 120_000);
  afterAll(async () => { await tenant.close(); });

  it('refuses not(…) with 400 InvalidClientQueryException', async () => {
    const error = await spErrorOf(list(SMALL).items.filter("not (Title eq 'one')")());
    expect(error).toMatchObject({ status: 400, code: SP.invalidClientQuery });
    expect(error.message).toContain("'not' is not supported");
  });

  it('refuses a filter on a multi-line text (Note) column, whatever the operator', async () => {
    for (const filter of ["Notes eq 'alpha'", "substringof('alp', Notes)", "Title eq 'one' and startswith(Notes, 'a')"]) {
      const error = await spErrorOf(list(SMALL).items.filter(filter)());
      expect(error).toEqual({ status: 400, code: '-1, Microsoft.SharePoint.SPException', message: "The field 'Notes' of type 'Note' cannot be used in the query filter expression." });
    }
  });

  it('refuses ordering by a multi-line text (Note) column', async () => {
    expect(await spErrorOf(list(SMALL).items.orderBy('Notes')())).toEqual({
      status: 400, code: '-1, Microsoft.SharePoint.SPException', message: "The field 'Notes' of type 'Note' cannot be used in the query order by expression."
    });
  });

  it('refuses filtering or selecting Author/Title without $expand=Author, and answers once it is expanded', async () => {
    const filtered = await spErrorOf(list(SMALL).items.filter("Author/Title eq 'Priya Shah'")());
    expect(filtered).toMatchObject({ status: 400, code: SP.invalidClientQuery });
    expect(filtered.message).toContain("'Author/Title'");
    expect(await spErrorOf(list(SMALL).items.select('Id', 'Author/Title')())).toMatchObject({ status: 400, code: SP.invalidClientQuery });
    const rows = await list(SMALL).items.select('Id', 'Author/Title').expand('Author').filter("Author/Title eq 'Priya Shah'")<Row[]>();
    expect(rows.map(r => r.Id)).toEqual([1]);
  });

  describe(`the list view threshold on the whole filter (${BIG_COUNT} items)`, () => {
    it('throttles an or whose second branch is not indexed, even when the first is', async () => {
      expect(await spErrorOf(list(BIG).items.filter("Code eq 'C1000' or Category eq 'Rare'")())).toEqual({ status: 500, ...SP.threshold });
      expect(await spErrorOf(list(BIG).items.filter("Category eq 'Rare' or Code eq 'C1000'")())).toEqual({ status: 500, ...SP.threshold });
    });

    it('answers an or whose every branch is narrowed by an index', async () => {
      const rows = await list(BIG).items.filter("Code eq 'C1000' or Code eq 'C2000'").select('Id')<Row[]>();
      expect(rows.map(r => r.Id)).toEqual([1000, 2000]);
      const mixed = await list(BIG).items.filter("(Code eq 'C7' and Category eq 'Common') or Id eq 4000").select('Id')<Row[]>();
      expect(mixed.map(r => r.Id)).toEqual([7, 4000]);
    });

    it('throttles an indexed filter that still leaves more than 5,000 items, and a ne on an indexed column', async () => {
      expect(await spErrorOf(list(BIG).items.filter("Shelf eq 'A' and Category eq 'Rare'")())).toEqual({ status: 500, ...SP.threshold });
      expect(await spErrorOf(list(BIG).items.filter("Code ne 'C1'")())).toEqual({ status: 500, ...SP.threshold });
      expect(await spErrorOf(list(BIG).items.filter('Id gt 0')())).toEqual({ status: 500, ...SP.threshold });
    });

    it('answers a query narrowed by an indexed column to 5,000 or fewer', async () => {
      const rows = await list(BIG).items.filter("Code eq 'C5001' and Category eq 'Common'").select('Id')<Row[]>();
      expect(rows.map(r => r.Id)).toEqual([5001]);
      const tail = await list(BIG).items.filter('Id gt 1').select('Id').top(2)<Row[]>();
      expect(tail.map(r => r.Id)).toEqual([2, 3]);
    });
  });
});
