import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { fillList, RecordRequests, SP, spErrorOf, type RecordedRequest } from './helpers';

interface Row { Id: number; Title: string }

const SMALL = 'Paged List';
const BIG = 'Big List';
const BIG_COUNT = 5001;

describe('paging and the list view threshold through the real PnPjs (PROTOCOL §1 Paging, §2)', () => {
  let tenant: TestTenant;
  let sp: SPFI;
  const list = (title: string): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle(title);

  beforeAll(async () => {
    tenant = await startTestTenant();
    sp = tenant.sp(SITES.bank, PEOPLE.officer);
    await sp.web.lists.add(SMALL, '', 100);
    await list(SMALL).fields.addText('Parity');
    fillList(tenant, SITES.bank, SMALL, 25, PEOPLE.officer, id => ({ Title: `Row ${id}`, Parity: id % 2 === 0 ? 'Even' : 'Odd' }));
    await sp.web.lists.add(BIG, '', 100);
    await list(BIG).fields.addText('Code');
    await list(BIG).fields.addText('Category');
    await list(BIG).fields.getByInternalNameOrTitle('Code').update({ Indexed: true });
    fillList(tenant, SITES.bank, BIG, BIG_COUNT, PEOPLE.officer, id => ({ Title: `Big ${id}`, Code: `C${id}`, Category: id % 1000 === 0 ? 'Rare' : 'Common' }));
  });
  afterAll(async () => { await tenant.close(); });

  describe('paging', () => {
    it('pages with for await over items.top(N), following the absolute odata.nextLink exactly as given', async () => {
      const log: RecordedRequest[] = [];
      const recorded = tenant.sp(SITES.bank, PEOPLE.officer).using(RecordRequests(log));
      const pages: Row[][] = [];
      for await (const page of recorded.web.lists.getByTitle(SMALL).items.select('Id', 'Title').top(10)) pages.push(page as Row[]);
      expect(pages.map(p => p.length)).toEqual([10, 10, 5]);
      const ids = pages.flat().map(r => r.Id);
      expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(log).toHaveLength(3);
      for (const [index, lastId] of [[1, 10], [2, 20]]) {
        expect(log[index].url.startsWith(`${tenant.url}${SITES.bank}/_api/`)).toBe(true);
        expect(log[index].url).toContain(`%24skiptoken=Paged%3DTRUE%26p_ID%3D${lastId}`);
        expect(log[index].url).toContain('%24top=10');
        expect(log[index].url).toContain('%24select=Id%2CTitle');
      }
    });

    it('keeps the filter across pages and misses nothing', async () => {
      const ids: number[] = [];
      let pages = 0;
      for await (const page of list(SMALL).items.filter("Parity eq 'Even'").select('Id').top(5)) {
        pages++;
        ids.push(...(page as Row[]).map(r => r.Id));
      }
      expect(pages).toBe(3);
      expect(ids).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    });

    it('starts after an id with items.skip(id) ($skiptoken=Paged=TRUE&p_ID=id)', async () => {
      const rows = await list(SMALL).items.skip(10).top(5).select('Id')<Row[]>();
      expect(rows.map(r => r.Id)).toEqual([11, 12, 13, 14, 15]);
      const tail = await list(SMALL).items.skip(23).select('Id')<Row[]>();
      expect(tail.map(r => r.Id)).toEqual([24, 25]);
    });

    it('ignores $skip on list items, as SharePoint does (paging is by $skiptoken only)', async () => {
      const response = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web/lists/getByTitle('Paged%20List')/items?%24skip=5&%24top=3&%24select=Id`,
        { headers: { Accept: 'application/json' } });
      const body = await response.json() as { value: Row[] };
      expect(body.value.map(r => r.Id)).toEqual([1, 2, 3]);
    });

    it('gives the verbose d.__next when asked for verbose', async () => {
      const response = await tenant.fetchAs(PEOPLE.officer, `${SITES.bank}/_api/web/lists/getByTitle('Paged%20List')/items?%24top=20&%24select=Id`,
        { headers: { Accept: 'application/json;odata=verbose' } });
      const body = await response.json() as { d: { results: { __metadata: { etag: string } }[]; __next: string } };
      expect(body.d.results).toHaveLength(20);
      expect(body.d.results[0].__metadata.etag).toBe('"1"');
      expect(body.d.__next.startsWith(`${tenant.url}${SITES.bank}/_api/`)).toBe(true);
      expect(body.d.__next).toContain('p_ID%3D20');
    });

    it(`pages through a list over the threshold (${BIG_COUNT} items) in ID order without a filter`, async () => {
      const sizes: number[] = [];
      const seen = new Set<number>();
      for await (const page of list(BIG).items.select('Id').top(2000)) {
        sizes.push((page as Row[]).length);
        for (const row of page as Row[]) seen.add(row.Id);
      }
      expect(sizes).toEqual([2000, 2000, 1001]);
      expect(seen.size).toBe(BIG_COUNT);
      expect(Math.min(...seen)).toBe(1);
      expect(Math.max(...seen)).toBe(BIG_COUNT);
    });
  });

  describe('list view threshold', () => {
    it('refuses a filter whose first clause is on a non-indexed column with 500 SPQueryThrottledException', async () => {
      expect(await spErrorOf(list(BIG).items.filter("Category eq 'Rare'")())).toEqual({ status: 500, ...SP.threshold });
      expect(await spErrorOf(list(BIG).items.filter("Category eq 'Rare' and Code eq 'C1000'")())).toEqual({ status: 500, ...SP.threshold });
    });

    it('answers the same query when it leads with the indexed column', async () => {
      const rows = await list(BIG).items.filter("Code eq 'C1000' and Category eq 'Rare'").select('Id', 'Title')<Row[]>();
      expect(rows).toEqual([expect.objectContaining({ Id: 1000, Title: 'Big 1000' })]);
      const byId = await list(BIG).items.filter('Id gt 4998').select('Id')<Row[]>();
      expect(byId.map(r => r.Id)).toEqual([4999, 5000, 5001]);
    });

    it('refuses ordering by a non-indexed column on that list, but not by Id', async () => {
      expect(await spErrorOf(list(BIG).items.orderBy('Category').top(10)())).toEqual({ status: 500, ...SP.threshold });
      expect(await spErrorOf(list(BIG).items.orderBy('Modified', false).top(10)())).toEqual({ status: 500, ...SP.threshold });
      const last = await list(BIG).items.orderBy('Id', false).top(2).select('Id')<Row[]>();
      expect(last.map(r => r.Id)).toEqual([5001, 5000]);
    });

    it('applies no threshold to a list under 5,000 items', async () => {
      const rows = await list(SMALL).items.filter("Parity eq 'Odd'").orderBy('Title').select('Id').top(3)<Row[]>();
      expect(rows.map(r => r.Id)).toEqual([1, 11, 13]);
    });
  });
});
