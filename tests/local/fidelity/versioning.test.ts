import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';

interface Version { VersionLabel: string; IsCurrentVersion: boolean; Title: string }
interface Row { Id: number; Title: string; OData__UIVersionString: string; 'odata.etag': string }

/** Lists made through `POST web/lists` keep history only when asked (TENANT-FACTS "Lists, fields, versions"). */
describe('versioning only where EnableVersioning was set', () => {
  let tenant: TestTenant;
  let sp: SPFI;

  beforeAll(async () => {
    tenant = await startTestTenant();
    sp = tenant.sp(SITES.bank, PEOPLE.officer);
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  async function editTwice(title: string): Promise<Row> {
    const list = sp.web.lists.getByTitle(title);
    const added = await list.items.add({ Title: 'v1' }) as Row;
    await list.items.getById(added.Id).update({ Title: 'v2' });
    await list.items.getById(added.Id).update({ Title: 'v3' });
    return list.items.getById(added.Id).select('Id', 'Title', 'OData__UIVersionString')<Row>();
  }

  it('creates a list without versioning unless the body asks for it', async () => {
    await sp.web.lists.add('Plain List', '', 100);
    await sp.web.lists.add('Versioned List', '', 100, false, { EnableVersioning: true });
    expect((await sp.web.lists.getByTitle('Plain List').select('EnableVersioning')<{ EnableVersioning: boolean }>()).EnableVersioning).toBe(false);
    expect((await sp.web.lists.getByTitle('Versioned List').select('EnableVersioning')<{ EnableVersioning: boolean }>()).EnableVersioning).toBe(true);
  });

  it('keeps no history on an unversioned list: the ETag still rises, the label stays 1.0, versions holds the current state only', async () => {
    const item = await editTwice('Plain List');
    expect(item['odata.etag']).toBe('"3"');
    expect(item.OData__UIVersionString).toBe('1.0');
    const versions = await sp.web.lists.getByTitle('Plain List').items.getById(item.Id).versions<Version[]>();
    expect(versions.map(v => [v.VersionLabel, v.IsCurrentVersion, v.Title])).toEqual([['1.0', true, 'v3']]);
  });

  it('keeps every version where versioning is on', async () => {
    const item = await editTwice('Versioned List');
    expect(item.OData__UIVersionString).toBe('3.0');
    const versions = await sp.web.lists.getByTitle('Versioned List').items.getById(item.Id).versions<Version[]>();
    expect(versions.map(v => [v.VersionLabel, v.Title])).toEqual([['3.0', 'v3'], ['2.0', 'v2'], ['1.0', 'v1']]);
  });

  it('starts keeping history once a MERGE on the list turns versioning on (lists.ensure with EnableVersioning)', async () => {
    const ensured = await sp.web.lists.ensure('Plain List', '', 100, false, { EnableVersioning: true });
    expect(ensured.created).toBe(false);
    const item = await editTwice('Plain List');
    const versions = await sp.web.lists.getByTitle('Plain List').items.getById(item.Id).versions<Version[]>();
    expect(versions.map(v => v.Title)).toEqual(['v3', 'v2', 'v1']);
  });

  it('keeps no file history in an unversioned library: overwriting leaves no earlier file version', async () => {
    await sp.web.lists.add('Plain Library', '', 101);
    const folder = sp.web.lists.getByTitle('Plain Library').rootFolder;
    await folder.files.addUsingPath('a.txt', 'first');
    await folder.files.addUsingPath('a.txt', 'second', { Overwrite: true });
    const versions = await sp.web.getFileByServerRelativePath(`${SITES.bank}/Plain Library/a.txt`).versions<unknown[]>();
    expect(versions).toEqual([]);
  });
});
