import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { spErrorOf } from './helpers';

/** What the validate endpoints answer per field (SP.ListItemFormUpdateValue). */
interface FormResult {
  ErrorCode: number;
  ErrorMessage: string | null;
  FieldName: string;
  FieldValue: string;
  HasException: boolean;
  ItemId: number;
}

interface Ballot {
  Id: number;
  Title: string;
  Decision: string | null;
  AuthorId: number;
  EditorId: number;
  Created: string;
  Modified: string;
  OData__UIVersionString: string;
  'odata.etag': string;
}

const LIST = 'Validate Ballots';
const claims = (upn: string): string => `[{'Key':'i:0#.f|membership|${upn}'}]`;

/**
 * SharePoint Online writes Author, Editor, Created, Modified and read-only columns through
 * AddValidateUpdateItemUsingPath and ValidateUpdateListItem for anyone with the ordinary add or edit right
 * (pnp/pnpjs#3265, SharePoint/sp-dev-docs#6333, pnp/pnpjs#1408). The local server does the same, through the real PnPjs.
 */
describe('the validate endpoints write identity columns, as SharePoint Online does', () => {
  let tenant: TestTenant;
  const head = (): ReturnType<TestTenant['sp']> => tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
  const governor = (): ReturnType<TestTenant['sp']> => tenant.sp(SITES.oakfield, PEOPLE.oakfieldChair);
  let chairId: number;
  let otherGovernorId: number;
  let rootFolder: string;

  beforeAll(async () => {
    tenant = await startTestTenant();
    await head().web.lists.add(LIST, 'Decisions, one per governor', 100, false, { EnableVersioning: true });
    const list = head().web.lists.getByTitle(LIST);
    await list.fields.addChoice('Decision', { Choices: ['Approve', 'RequestChanges'] });
    chairId = (await head().web.ensureUser(PEOPLE.oakfieldChair) as { Id: number }).Id;
    otherGovernorId = (await head().web.ensureUser(PEOPLE.oakfieldGovernor) as { Id: number }).Id;
    rootFolder = `${SITES.oakfield}/Lists/${LIST}`;
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  it('lets a governor (a site member: the ordinary add right) add a decision naming another governor as its author and an old date', async () => {
    const results = await governor().web.lists.getByTitle(LIST).addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'Approve' },
      { FieldName: 'Decision', FieldValue: 'Approve' },
      { FieldName: 'Author', FieldValue: claims(PEOPLE.oakfieldGovernor) },
      { FieldName: 'Editor', FieldValue: claims(PEOPLE.oakfieldGovernor) },
      { FieldName: 'Created', FieldValue: '01/02/2020 10:30' },
      { FieldName: 'Modified', FieldValue: '01/07/2020 10:30' }
    ], rootFolder) as FormResult[];
    expect(results.every(r => !r.HasException && r.ErrorMessage === null && r.ErrorCode === 0)).toBe(true);
    const id = Number(results.find(r => r.FieldName === 'Id')?.FieldValue);
    expect(results.every(r => r.ItemId === id)).toBe(true);
    const item = await head().web.lists.getByTitle(LIST).items.getById(id)<Ballot>();
    // Dates are read in the site's regional format and time zone (London: GMT in February, BST in July).
    expect(item).toMatchObject({ Decision: 'Approve', AuthorId: otherGovernorId, EditorId: otherGovernorId, Created: '2020-02-01T10:30:00Z', Modified: '2020-07-01T09:30:00Z' });
  });

  it('changes Author only together with Editor (Author alone leaves the caller as author)', async () => {
    const results = await governor().web.lists.getByTitle(LIST).addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'Alone' }, { FieldName: 'Author', FieldValue: claims(PEOPLE.oakfieldGovernor) }
    ], rootFolder) as FormResult[];
    const id = Number(results.find(r => r.FieldName === 'Id')?.FieldValue);
    expect(await head().web.lists.getByTitle(LIST).items.getById(id)<Ballot>()).toMatchObject({ AuthorId: chairId, EditorId: chairId });
  });

  it('lets an editor rewrite an existing item through ValidateUpdateListItem: a new version, or none with bNewDocumentUpdate (the ETag still moves)', async () => {
    const added = await governor().web.lists.getByTitle(LIST).items.add({ Title: 'Request', Decision: 'RequestChanges' }) as Ballot;
    const item = head().web.lists.getByTitle(LIST).items.getById(added.Id);
    await governor().web.lists.getByTitle(LIST).items.getById(added.Id).validateUpdateListItem([
      { FieldName: 'Decision', FieldValue: 'Approve' }, { FieldName: 'Editor', FieldValue: claims(PEOPLE.oakfieldGovernor) }
    ]);
    const second = await item<Ballot>();
    expect(second).toMatchObject({ Decision: 'Approve', AuthorId: chairId, EditorId: otherGovernorId, OData__UIVersionString: '2.0', 'odata.etag': '"2"' });
    await governor().web.lists.getByTitle(LIST).items.getById(added.Id).validateUpdateListItem([{ FieldName: 'Decision', FieldValue: 'RequestChanges' }], true);
    const third = await item<Ballot>();
    expect(third).toMatchObject({ Decision: 'RequestChanges', OData__UIVersionString: '2.0', 'odata.etag': '"3"' });
  });

  it('answers a bad value field by field and commits nothing', async () => {
    const before = (await head().web.lists.getByTitle(LIST).items.select('Id')<{ Id: number }[]>()).length;
    const results = await governor().web.lists.getByTitle(LIST).addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'Bad date' }, { FieldName: 'Created', FieldValue: '2020-02-01T10:30:00Z' }
    ], rootFolder) as FormResult[];
    expect(results).toEqual([
      { ErrorCode: 0, ErrorMessage: null, FieldName: 'Title', FieldValue: 'Bad date', HasException: false, ItemId: 0 },
      { ErrorCode: -2146232832, ErrorMessage: 'Enter a date and time like this: 23/02/2012 14:25', FieldName: 'Created', FieldValue: '2020-02-01T10:30:00Z', HasException: true, ItemId: 0 }
    ]);
    expect((await head().web.lists.getByTitle(LIST).items.select('Id')<{ Id: number }[]>()).length).toBe(before);
  });

  it("refuses an unknown column (400) and a caller without the add or edit right (403)", async () => {
    expect(await spErrorOf(governor().web.lists.getByTitle(LIST).addValidateUpdateItemUsingPath([{ FieldName: 'Nope', FieldValue: 'x' }], rootFolder))).toEqual({
      status: 400, code: '-2147024809, System.ArgumentException', message: "Column 'Nope' does not exist. It may have been deleted by another user."
    });
    const visitor = tenant.sp(SITES.oakfield, PEOPLE.riversideDsl);
    await head().web.associatedVisitorGroup.users.add(`i:0#.f|membership|${PEOPLE.riversideDsl}`);
    expect((await spErrorOf(visitor.web.lists.getByTitle(LIST).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], rootFolder))).status).toBe(403);
    expect((await spErrorOf(visitor.web.lists.getByTitle(LIST).items.getById(1).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'x' }]))).status).toBe(403);
  });
});
