import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { digestFor, RecordRequests, SP, spErrorOf, type RecordedRequest } from './helpers';

/** A field as the verbose answer of `fields.add*` carries it. */
interface VerboseField {
  __metadata: { type: string; uri: string };
  Title: string;
  InternalName: string;
  FieldTypeKind: number;
  Indexed: boolean;
  Choices?: { results: string[] };
  MaxLength?: number;
}

describe('lists.ensure and fields through the real PnPjs (PROTOCOL §1)', () => {
  let tenant: TestTenant;
  let sp: SPFI;

  beforeAll(async () => {
    tenant = await startTestTenant();
    sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
  });
  afterAll(async () => { await tenant.close(); });

  describe('lists.ensure', () => {
    it('creates a missing list with the POST web/lists body PnPjs sends', async () => {
      const log: RecordedRequest[] = [];
      const recorded = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).using(RecordRequests(log));
      const result = await recorded.web.lists.ensure('Ensured List', 'First description', 100, false, { OnQuickLaunch: true });
      expect(result.created).toBe(true);
      expect(result.data).toMatchObject({ Title: 'Ensured List', Description: 'First description', BaseTemplate: 100, OnQuickLaunch: true });
      const create = log.find(r => r.method === 'POST' && /\/_api\/web\/lists$/.test(r.url));
      expect(JSON.parse(create?.body ?? '{}')).toEqual({
        AllowContentTypes: false, BaseTemplate: 100, ContentTypesEnabled: false, Description: 'First description', Title: 'Ensured List', OnQuickLaunch: true
      });
      const list = await sp.web.lists.getByTitle('Ensured List').select('Title', 'Description', 'OnQuickLaunch', 'ItemCount')<Record<string, unknown>>();
      expect(list).toMatchObject({ Title: 'Ensured List', Description: 'First description', OnQuickLaunch: true, ItemCount: 0 });
    });

    it('finds an existing list and MERGEs it, the URL still carrying ?$select=Title', async () => {
      const log: RecordedRequest[] = [];
      const recorded = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead).using(RecordRequests(log));
      const result = await recorded.web.lists.ensure('Ensured List', 'Second description', 100, false, { OnQuickLaunch: false });
      expect(result.created).toBe(false);
      const merge = log.find(r => r.headers['X-HTTP-Method'] === 'MERGE');
      expect(merge?.url).toBe(`${tenant.url}${SITES.oakfield}/_api/web/lists/getByTitle('Ensured%20List')?%24select=Title`);
      const list = await sp.web.lists.getByTitle('Ensured List').select('Description', 'OnQuickLaunch')<Record<string, unknown>>();
      expect(list).toMatchObject({ Description: 'Second description', OnQuickLaunch: false });
      const all = await sp.web.lists.filter("Title eq 'Ensured List'").select('Title')<{ Title: string }[]>();
      expect(all).toHaveLength(1);
    });
  });

  describe('fields', () => {
    const fields = (): ReturnType<SPFI['web']['lists']['getByTitle']>['fields'] => sp.web.lists.getByTitle('Typed List').fields;
    let parentListId: string;

    beforeAll(async () => {
      await sp.web.lists.add('Typed List', '', 100);
      await sp.web.lists.add('Parent List', '', 100);
      parentListId = (await sp.web.lists.getByTitle('Parent List').select('Id')<{ Id: string }>()).Id;
      await sp.web.lists.getByTitle('Parent List').items.add({ Title: 'The parent' });
    });

    it('answers fields.add* in the verbose shape ({"d":{…}}) with the right SP.Field type and FieldTypeKind', async () => {
      const made: [Promise<unknown>, string, number][] = [
        [fields().addText('Code', { MaxLength: 40 }), 'SP.FieldText', 2],
        [fields().addMultilineText('Notes'), 'SP.FieldMultiLineText', 3],
        [fields().addNumber('Score'), 'SP.FieldNumber', 9],
        [fields().addChoice('Stage', { Choices: ['Draft', 'Agreed'] }), 'SP.FieldChoice', 6],
        [fields().addDateTime('Review'), 'SP.FieldDateTime', 4],
        [fields().addUser('Owner'), 'SP.FieldUser', 20],
        [fields().addBoolean('Statutory'), 'SP.Field', 8]
      ];
      for (const [promise, type, kind] of made) {
        const field = await promise as VerboseField;
        expect(field.__metadata.type).toBe(type);
        expect(field.FieldTypeKind).toBe(kind);
        expect(field.__metadata.uri).toMatch(/\/_api\/Web\/Lists\(guid'[0-9a-f-]+'\)\/Fields\(guid'[0-9a-f-]+'\)$/);
      }
      const code = await fields().getByInternalNameOrTitle('Code')<{ MaxLength: number; InternalName: string }>();
      expect(code).toMatchObject({ MaxLength: 40, InternalName: 'Code' });
      const stage = await fields().getByInternalNameOrTitle('Stage')<{ Choices: string[] }>();
      expect(stage.Choices).toEqual(['Draft', 'Agreed']);
    });

    it('adds a lookup through fields/AddField (parameters body)', async () => {
      const lookup = await fields().addLookup('Parent', { LookupListId: parentListId, LookupFieldName: 'Title' }) as
        { Title: string; FieldTypeKind: number; LookupList: string; LookupField: string; 'odata.type': string };
      expect(lookup).toMatchObject({ Title: 'Parent', FieldTypeKind: 7, LookupList: parentListId, LookupField: 'Title', 'odata.type': 'SP.FieldLookup' });
    });

    it('lets items write and read every new column (the lookup as <Name>Id) and expand the lookup', async () => {
      const adviser = await sp.web.ensureUser(PEOPLE.oakfieldDsl) as { Id: number };
      const values = {
        Title: 'Typed', Code: 'E-1', Notes: '<p>Line one</p>', Score: 4.5, Stage: 'Agreed', Review: '2026-09-01T08:00:00Z',
        OwnerId: adviser.Id, Statutory: true, ParentId: 1
      };
      const added = await sp.web.lists.getByTitle('Typed List').items.add(values) as Record<string, unknown> & { Id: number };
      expect(added).toMatchObject(values);
      const read = await sp.web.lists.getByTitle('Typed List').items.getById(added.Id)
        .select('Code', 'Score', 'Stage', 'Review', 'OwnerId', 'Statutory', 'Parent/Title', 'Parent/Id').expand('Parent')<Record<string, unknown>>();
      expect(read).toMatchObject({ Code: 'E-1', Score: 4.5, Stage: 'Agreed', Review: '2026-09-01T08:00:00Z', OwnerId: adviser.Id, Statutory: true });
      expect(read.Parent).toMatchObject({ Title: 'The parent', Id: 1 });
      const byParent = await sp.web.lists.getByTitle('Typed List').items.filter('ParentId eq 1').select('Id')<{ Id: number }[]>();
      expect(byParent.map(i => i.Id)).toEqual([added.Id]);
    });

    it('stores a multi-value lookup as <Name>Id: [ids] but refuses to filter on it, as SharePoint does', async () => {
      // PnPjs' IAddFieldProperties does not name AllowMultipleValues, but the body passes it through as SharePoint reads it.
      const multiLookup = { LookupListId: parentListId, LookupFieldName: 'Title', AllowMultipleValues: true };
      await fields().addLookup('Related', multiLookup);
      await sp.web.lists.getByTitle('Parent List').items.add({ Title: 'Another parent' });
      const added = await sp.web.lists.getByTitle('Typed List').items.add({ Title: 'Multi', RelatedId: [1, 2] }) as { Id: number; RelatedId: number[] };
      expect(added.RelatedId).toEqual([1, 2]);
      const read = await sp.web.lists.getByTitle('Typed List').items.getById(added.Id).select('Related/Title').expand('Related')<{ Related: { Title: string }[] }>();
      expect(read.Related.map(r => r.Title)).toEqual(['The parent', 'Another parent']);
      const refused = { status: 400, code: '-1, Microsoft.SharePoint.SPException', message: "The field 'Related' of type 'LookupMulti' cannot be used in the query filter expression." };
      expect(await spErrorOf(sp.web.lists.getByTitle('Typed List').items.filter('RelatedId eq 1')())).toEqual(refused);
      expect(await spErrorOf(sp.web.lists.getByTitle('Typed List').items.filter('Related/Id eq 1').expand('Related')())).toEqual(refused);
    });

    it("serialises a column whose internal name starts with '_' as OData_…", async () => {
      const field = await fields().addText('_Internal') as VerboseField & { EntityPropertyName: string };
      expect(field).toMatchObject({ InternalName: '_Internal', EntityPropertyName: 'OData__Internal' });
      const added = await sp.web.lists.getByTitle('Typed List').items.add({ Title: 'Underscored', OData__Internal: 'kept' }) as Record<string, unknown> & { Id: number };
      expect(added.OData__Internal).toBe('kept');
      const read = await sp.web.lists.getByTitle('Typed List').items.getById(added.Id).select('OData__Internal')<Record<string, unknown>>();
      expect(read.OData__Internal).toBe('kept');
    });

    it('refuses a value of the wrong kind for a typed column with 400', async () => {
      const error = await spErrorOf(sp.web.lists.getByTitle('Typed List').items.add({ Score: 'many' }));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/Score/);
    });

    it('sets Indexed through field.update({Indexed: true})', async () => {
      await fields().getByInternalNameOrTitle('Code').update({ Indexed: true });
      const code = await fields().getByInternalNameOrTitle('Code').select('Indexed')<{ Indexed: boolean }>();
      expect(code.Indexed).toBe(true);
    });

    it('refuses a duplicate column and a field on a list that does not exist', async () => {
      const duplicate = await spErrorOf(fields().addText('Code'));
      expect(duplicate).toMatchObject({ status: 500, code: '-2130575245, Microsoft.SharePoint.SPException' });
      const missing = await spErrorOf(sp.web.lists.getByTitle('No Such List').fields.addText('X'));
      expect(missing).toEqual({ status: 404, ...SP.listNotFound('No Such List', `${tenant.url}${SITES.oakfield}`) });
    });

    it('answers the verbose shape to a plain verbose request, as SharePoint does', async () => {
      const digest = await digestFor(tenant, PEOPLE.oakfieldHead, SITES.oakfield);
      const response = await tenant.fetchAs(PEOPLE.oakfieldHead, `${SITES.oakfield}/_api/web/lists/getByTitle('Typed%20List')/fields`, {
        method: 'POST',
        headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose', 'X-RequestDigest': digest },
        body: JSON.stringify({ __metadata: { type: 'SP.FieldText' }, Title: 'Plain', FieldTypeKind: 2, MaxLength: 255 })
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('content-type')).toMatch(/^application\/json;odata=verbose/);
      const body = await response.json() as { d: VerboseField };
      expect(body.d).toMatchObject({ Title: 'Plain', FieldTypeKind: 2, MaxLength: 255, __metadata: { type: 'SP.FieldText' } });
    });
  });
});
