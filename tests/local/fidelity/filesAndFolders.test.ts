import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { digestFor, listState, spErrorOf, spErrorOfResponse } from './helpers';

/*
 * Files and folders through the real PnPjs v4, with the cases of its own suite (pnp/pnpjs test/sp/files.ts and
 * folders.ts). Before issue 13 the local server answered `files('name')` with every file, ignored `$filter`,
 * `$top` and `$orderby` on a folder's files, and refused `%` and `#` in names even through the ResourcePath APIs.
 */

// The machine is shared: generous explicit time for each network round trip, never jest's default.
jest.setTimeout(60_000);

interface FileInfo { Name: string; ServerRelativeUrl: string; UniqueId: string; Length: string; 'odata.etag'?: string }

const LIBRARY = 'Test Docs';
const LIBRARY_URL = `${SITES.oakfield}/${LIBRARY}`;

describe('files and folders through the real PnPjs, as its own test suite calls them', () => {
  let tenant: TestTenant;
  let owner: SPFI;
  const files = (): ReturnType<SPFI['web']['lists']['getByTitle']>['rootFolder']['files'] => owner.web.lists.getByTitle(LIBRARY).rootFolder.files;
  const fileCount = (): number => [...listState(tenant, SITES.oakfield, LIBRARY).items.values()].filter(i => i.file).length;

  beforeAll(async () => {
    tenant = await startTestTenant();
    owner = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
    // Versioned, as the product asks for its libraries: lists made through POST web/lists are unversioned unless asked.
    await owner.web.lists.add(LIBRARY, '', 101, false, { EnableVersioning: true });
    for (const name of ['alpha.txt', 'beta.txt', 'gamma.txt']) await files().addUsingPath(name, `content of ${name}`);
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  describe('one file by name', () => {
    it('answers files.getByUrl(name) (sent as files(\'name\')) with that one file, and 404 for a missing one', async () => {
      const beta = await files().getByUrl('beta.txt')<FileInfo & { value?: unknown }>();
      expect(beta.value).toBeUndefined();
      expect(beta).toMatchObject({ Name: 'beta.txt', ServerRelativeUrl: `${LIBRARY_URL}/beta.txt` });
      expect(await files().getByUrl('beta.txt').getText()).toBe('content of beta.txt');
      expect(await spErrorOf(files().getByUrl('missing.txt')())).toMatchObject({ status: 404 });
      expect(await files().getByUrl('beta.txt').exists()).toBe(true);
      expect(await files().getByUrl('missing.txt').exists()).toBe(false);
    });

    it("answers a name with ' in it (pnpjs \".addUsingPath (' char)\")", async () => {
      const name = "Testing Add ' quote.txt";
      await files().addUsingPath(name, 'quoted');
      expect((await files().getByUrl(name)<FileInfo>()).Name).toBe(name);
    });

    it('finds a file by its UniqueId with web.getFileById, and a library root by web.getFolderById', async () => {
      const added = await files().addUsingPath('by-id.txt', 'by id') as FileInfo;
      expect((await owner.web.getFileById(added.UniqueId).select('UniqueId')<FileInfo>()).UniqueId).toBe(added.UniqueId);
      const root = await owner.web.lists.getByTitle(LIBRARY).rootFolder.select('UniqueId')<{ UniqueId: string }>();
      expect((await owner.web.getFolderById(root.UniqueId).select('UniqueId')<{ UniqueId: string }>()).UniqueId).toBe(root.UniqueId);
    });
  });

  describe("query options on a folder's files", () => {
    it('applies $filter (pnpjs ".filter (silly chars)"), $orderby, $top and $select', async () => {
      const silly = 'Testing Silly Chars & = + - 1.txt';
      await files().addUsingPath(silly, 'silly');
      expect(await files().filter(`Name eq '${silly}'`)<FileInfo[]>()).toHaveLength(1);
      const lastTwo = await files().filter("Name eq 'alpha.txt' or Name eq 'beta.txt' or Name eq 'gamma.txt'").orderBy('Name', false).top(2).select('Name')<FileInfo[]>();
      expect(lastTwo.map(f => f.Name)).toEqual(['gamma.txt', 'beta.txt']);
      expect(await spErrorOf(files().filter("Colour eq 'red'")())).toMatchObject({ status: 400 });
    });
  });

  describe('% and # in names', () => {
    const name = 'testing %# - 1.txt';

    it('adds them through addUsingPath and reads them back through getFileByServerRelativePath, as pnpjs does', async () => {
      const added = await files().addUsingPath(name, 'percent and pound', { Overwrite: true }) as FileInfo;
      expect(added).toMatchObject({ Name: name, ServerRelativeUrl: `${LIBRARY_URL}/${name}` });
      expect(await owner.web.getFileByServerRelativePath(added.ServerRelativeUrl).getText()).toBe('percent and pound');
      const inFolder = await owner.web.getFolderByServerRelativePath(LIBRARY_URL).files.filter(`Name eq '${name}'`)<FileInfo[]>();
      expect(inFolder.map(f => f.Name)).toEqual([name]);
    });

    it('refuses them through the string-URL APIs, which cannot carry them (400), as SharePoint Online documents', async () => {
      // PnPjs itself refuses files.getByUrl for such names client-side; the key form it would send is refused here too.
      const byKey = await tenant.fetchAs(PEOPLE.oakfieldHead,
        `${SITES.oakfield}/_api/web/lists/getByTitle('${encodeURIComponent(LIBRARY)}')/rootFolder/files('${encodeURIComponent(name)}')`, { headers: { Accept: 'application/json' } });
      expect(await spErrorOfResponse(byKey)).toMatchObject({ status: 400, message: expect.stringContaining('ResourcePath') });
      const legacy = await tenant.fetchAs(PEOPLE.oakfieldHead,
        `${SITES.oakfield}/_api/web/getFileByServerRelativeUrl('${encodeURIComponent(`${LIBRARY_URL}/${name}`)}')`, { headers: { Accept: 'application/json' } });
      expect(await spErrorOfResponse(legacy)).toMatchObject({ status: 400 });
      const before = fileCount();
      const digest = await digestFor(tenant, PEOPLE.oakfieldHead, SITES.oakfield);
      const oldAdd = await tenant.fetchAs(PEOPLE.oakfieldHead, `${SITES.oakfield}/_api/web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(LIBRARY_URL)}')/files/add(url='${encodeURIComponent('50%.txt')}',overwrite=true)`, {
        method: 'POST', headers: { Accept: 'application/json', 'X-RequestDigest': digest }, body: 'x'
      });
      expect(oldAdd.status).toBe(400);
      expect(fileCount()).toBe(before);
    });
  });

  describe('writes', () => {
    it('replaces content with setContent (POST $value, X-HTTP-Method: PUT), as a new version', async () => {
      await files().addUsingPath('set.txt', 'first');
      await files().getByUrl('set.txt').setContent('different.');
      expect(await files().getByUrl('set.txt').getText()).toBe('different.');
      expect(await files().getByUrl('set.txt').versions<unknown[]>()).toHaveLength(1);
    });

    it('deletes a file, honouring If-Match (412 for a stale ETag)', async () => {
      const added = await files().addUsingPath('delete-me.txt', 'bye') as FileInfo;
      const file = files().getByUrl('delete-me.txt');
      await file.setContent('changed');
      const failure = await spErrorOf(file.delete('"{00000000-0000-0000-0000-000000000000},1"'));
      expect(failure.status).toBe(412);
      expect(await file.exists()).toBe(true);
      await file.delete();
      expect(await files().filter(`Name eq '${added.Name}'`)<FileInfo[]>()).toHaveLength(0);
    });

    it('answers what it does not implement with 501 "not supported by the local server", changing nothing', async () => {
      const file = files().getByUrl('alpha.txt');
      const folder = owner.web.lists.getByTitle(LIBRARY).rootFolder;
      const refusals: (() => Promise<unknown>)[] = [
        () => file.checkout(), () => file.copyTo(`${LIBRARY_URL}/copy.txt`), () => file.versions.deleteAll(), () => file.publish('x'),
        () => folder.update({ Name: 'Renamed' }), () => folder.recycle(), () => folder.folders(), () => folder.delete(), () => folder.addSubFolderUsingPath('sub')
      ];
      for (const refusal of refusals) {
        expect(await spErrorOf(refusal())).toMatchObject({ status: 501, message: expect.stringContaining('not supported by the local server') });
      }
      expect(await file.getText()).toBe('content of alpha.txt');
      expect((await folder.select('Name')<{ Name: string }>()).Name).toBe(LIBRARY);
    });

    it('answers a refusal in the verbose error shape when the caller asks for verbose', async () => {
      const response = await tenant.fetchAs(PEOPLE.oakfieldHead, `${SITES.oakfield}/_api/web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(LIBRARY_URL)}')/folders`,
        { headers: { Accept: 'application/json;odata=verbose' } });
      expect(response.status).toBe(501);
      const body = await response.json() as { error?: { code: string; message: { value: string } } };
      expect(body.error?.code).toBe('-1, System.NotSupportedException');
      expect(body.error?.message.value).toContain('not supported by the local server');
    });
  });
});
