import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import type { SPFI } from '../../../src/services/sharepoint/pnp';
import { settle, spErrorOf, isHttpFailure, errorPartsOf } from './helpers';

const LIST = 'Limits List';
const LIBRARY = 'Limits Library';

/** SharePoint's answer to a text value longer than its column allows (SpErrors.textTooLong). */
const TOO_LONG = { status: 500, code: '-2130575155, Microsoft.SharePoint.SPFieldValueException' };

interface Row { Id: number; Title: string; Code: string | null; Notes: string | null; LongNotes: string | null }

describe('field length limits (TENANT-FACTS "Lists, fields, versions")', () => {
  let tenant: TestTenant;
  let sp: SPFI;
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle(LIST);
  const library = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle(LIBRARY);
  let fileItemId = 0;

  beforeAll(async () => {
    tenant = await startTestTenant();
    sp = tenant.sp(SITES.bank, PEOPLE.officer);
    await sp.web.lists.add(LIST, '', 100);
    await list().fields.addText('Code', { MaxLength: 10 });
    await list().fields.addMultilineText('Notes', { RichText: false });
    await sp.web.lists.add(LIBRARY, '', 101);
    await library().fields.addMultilineText('Notes', { RichText: false });
    await library().fields.addMultilineText('LongNotes', { RichText: false, UnlimitedLengthInDocumentLibrary: true } as Parameters<ReturnType<typeof library>['fields']['addMultilineText']>[1]);
    await library().rootFolder.files.addUsingPath('limits.txt', 'text');
    const [first] = await library().items.select('Id')<{ Id: number }[]>();
    fileItemId = first.Id;
  }, 60_000);
  afterAll(async () => { await tenant.close(); });

  describe('single line of text (FieldTypeKind 2)', () => {
    it('holds 255 characters and refuses 256 on add and on MERGE, changing nothing', async () => {
      const added = await list().items.add({ Title: 't'.repeat(255) }) as Row;
      expect(added.Title).toHaveLength(255);
      expect(await spErrorOf(list().items.add({ Title: 't'.repeat(256) }))).toMatchObject(TOO_LONG);
      expect(await spErrorOf(list().items.getById(added.Id).update({ Title: 'u'.repeat(256) }))).toMatchObject(TOO_LONG);
      const after = await list().items.getById(added.Id).select('Title', 'Id')<Row>();
      expect(after.Title).toBe('t'.repeat(255));
      expect(await list().items.select('Id')<Row[]>()).toHaveLength(1);
    });

    it('applies a smaller MaxLength, in the message the column and its limit', async () => {
      const added = await list().items.add({ Title: 'code', Code: '0123456789' }) as Row;
      const error = await spErrorOf(list().items.getById(added.Id).update({ Code: '0123456789X' }));
      expect(error).toMatchObject(TOO_LONG);
      expect(error.message).toMatch(/^Invalid text value\./);
      expect(error.message).toContain("'Code' holds at most 10 characters");
    });

    it('refuses a MaxLength over 255 at creation and by MERGE', async () => {
      expect((await spErrorOf(list().fields.addText('Wide', { MaxLength: 256 }))).status).toBe(400);
      expect((await spErrorOf(list().fields.getByInternalNameOrTitle('Code').update({ MaxLength: 300 }, 'SP.FieldText'))).status).toBe(400);
    });

    it('refuses a too-long value inside a $batch part while the other parts land (changesets are not transactional)', async () => {
      const [batched, execute] = sp.batched();
      const good = settle(batched.web.lists.getByTitle(LIST).items.add({ Title: 'batched fine' }));
      const bad = settle(batched.web.lists.getByTitle(LIST).items.add({ Title: 'b'.repeat(300) }));
      await execute();
      expect((await good).ok).toBe(true);
      const outcome = await bad;
      expect(outcome.ok).toBe(false);
      const error = outcome.ok ? undefined : outcome.error;
      if (!isHttpFailure(error)) throw new Error('expected an HTTP failure');
      expect(errorPartsOf(error.status, await error.response.json())).toMatchObject(TOO_LONG);
    });
  });

  describe('multiple lines of text (FieldTypeKind 3)', () => {
    const long = 'n'.repeat(1405);

    it('is not capped at 255 in a generic list', async () => {
      const added = await list().items.add({ Title: 'long note', Notes: long }) as Row;
      expect((await list().items.getById(added.Id).select('Notes')<Row>()).Notes).toBe(long);
    });

    it('holds 255 in a document library, and refuses 256 there', async () => {
      await library().items.getById(fileItemId).update({ Notes: 'n'.repeat(255) });
      expect(await spErrorOf(library().items.getById(fileItemId).update({ Notes: 'n'.repeat(256) }))).toMatchObject(TOO_LONG);
      expect((await library().items.getById(fileItemId).select('Notes')<Row>()).Notes).toHaveLength(255);
    });

    it('holds more in a library once UnlimitedLengthInDocumentLibrary is set at creation or by MERGE on the field', async () => {
      await library().items.getById(fileItemId).update({ LongNotes: long });
      expect((await library().items.getById(fileItemId).select('LongNotes')<Row>()).LongNotes).toBe(long);
      const field = await library().fields.getByInternalNameOrTitle('Notes')<{ UnlimitedLengthInDocumentLibrary: boolean }>();
      expect(field.UnlimitedLengthInDocumentLibrary).toBe(false);
      await library().fields.getByInternalNameOrTitle('Notes').update({ UnlimitedLengthInDocumentLibrary: true }, 'SP.FieldMultiLineText');
      await library().items.getById(fileItemId).update({ Notes: long });
      expect((await library().items.getById(fileItemId).select('Notes')<Row>()).Notes).toBe(long);
    });

    it('refuses UnlimitedLengthInDocumentLibrary on a column that is not multi-line text', async () => {
      expect((await spErrorOf(list().fields.getByInternalNameOrTitle('Code').update({ UnlimitedLengthInDocumentLibrary: true }, 'SP.FieldText'))).status).toBe(400);
    });
  });
});
