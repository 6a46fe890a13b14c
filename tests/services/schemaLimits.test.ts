import { SchemaProvisioner } from '../../src/services/sharepoint/schema/SchemaProvisioner';
import { BANK_LISTS, BANK_SCHEMA } from '../../src/services/sharepoint/schema/bankSchema';
import { SCHOOL_LISTS, SCHOOL_SCHEMA } from '../../src/services/sharepoint/schema/schoolSchema';
import { columnLimit, TEXT_COLUMN_LIMIT } from '../../src/services/sharepoint/schema/ListSchema';
import { buildStarterPack } from '../../src/content/starterPack';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../support/testTenant';

/** The product's lists fit SharePoint's limits and keep history where the product reads it (TENANT-FACTS). */
describe("the product's schema against SharePoint's limits", () => {
  it('never asks a Text column for more than 255 characters, and lets every library Note column hold more than 255', () => {
    for (const list of [...BANK_SCHEMA, ...SCHOOL_SCHEMA]) {
      for (const field of list.fields) {
        if (field.type === 'Text') expect(field.maxLength ?? TEXT_COLUMN_LIMIT).toBeLessThanOrEqual(TEXT_COLUMN_LIMIT);
        if (field.type === 'Note' && list.template === 101) expect(`${list.title}.${field.name}: ${String(columnLimit(list, field))}`).toBe(`${list.title}.${field.name}: undefined`);
      }
    }
  });

  it('keeps the resources of the starter pack whole: their text is longer than a capped library column holds', () => {
    const longest = Math.max(...buildStarterPack().resources.map(r => JSON.stringify(r.lines).length));
    expect(longest).toBeGreaterThan(TEXT_COLUMN_LIMIT);
  });

  it('versions the lists whose history the product reads or promises, and only those', () => {
    const versioned = [...BANK_SCHEMA, ...SCHOOL_SCHEMA].filter(l => l.versioning).map(l => l.title).sort();
    expect(versioned).toEqual([SCHOOL_LISTS.blocks, SCHOOL_LISTS.policies].sort());
  });

  describe('provisioned on the local SharePoint', () => {
    let tenant: TestTenant;
    beforeAll(async () => { tenant = await startTestTenant(); }, 60_000);
    afterAll(async () => { await tenant.close(); });

    it('creates versioned lists where asked and unlimited library Note columns; an older column gets the setting by MERGE', async () => {
      const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
      // A Policies library made before the product asked for history or unlimited length.
      await sp.web.lists.add(SCHOOL_LISTS.policies, '', 101);
      await sp.web.lists.getByTitle(SCHOOL_LISTS.policies).fields.addMultilineText('SnapshotUrl', { RichText: false });
      await new SchemaProvisioner(sp).provision(SCHOOL_SCHEMA);
      const versioning = async (title: string): Promise<boolean> => (await sp.web.lists.getByTitle(title).select('EnableVersioning')<{ EnableVersioning: boolean }>()).EnableVersioning;
      expect(await versioning(SCHOOL_LISTS.blocks)).toBe(true);
      expect(await versioning(SCHOOL_LISTS.policies)).toBe(true);
      expect(await versioning(SCHOOL_LISTS.decisions)).toBe(false);
      const snapshotUrl = await sp.web.lists.getByTitle(SCHOOL_LISTS.policies).fields.getByInternalNameOrTitle('SnapshotUrl')<{ UnlimitedLengthInDocumentLibrary: boolean }>();
      expect(snapshotUrl.UnlimitedLengthInDocumentLibrary).toBe(true);
    }, 120_000);

    it("holds a starter resource's 1,400-character text in the Resources library", async () => {
      const sp = tenant.sp(SITES.bank, PEOPLE.officer);
      await new SchemaProvisioner(sp).provision(BANK_SCHEMA);
      const resources = sp.web.lists.getByTitle(BANK_LISTS.resources);
      await resources.rootFolder.files.addUsingPath('poster.svg', '<svg/>');
      const [file] = await resources.items.select('Id')<{ Id: number }[]>();
      const lines = JSON.stringify(buildStarterPack().resources.map(r => r.lines).sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]);
      await resources.items.getById(file.Id).update({ ResourceLines: lines, ResourceDescription: 'd'.repeat(600) });
      expect((await resources.items.getById(file.Id).select('ResourceLines')<{ ResourceLines: string }>()).ResourceLines).toBe(lines);
    }, 120_000);
  });
});
