import { NO_CONVERTER } from '../../../local/server/graph/fileConversion';
import { PdfConversionService, type LibraryFile } from '../../../src/services/publish/pdfConversion';
import { isAppError } from '../../../src/services/errors/AppError';
import { makeWordFile } from '../../../src/services/word/WordService';
import { PEOPLE, SITES, startTestTenant, type TestTenant } from '../../support/testTenant';
import { pdfPages, squeeze } from '../../word/pdfText';
import { contextFor, draftFrom, freeze } from '../../word/wordFixtures';

/**
 * Graph's file conversion (`/drives/{id}/items/{id}/content?format=pdf`) against the local Graph: the service finds
 * the file's drive item from its site, list and item, Graph converts it (LibreOffice locally) and the PDF has real,
 * selectable text. Without a converter, and for a caller without access or without the files scope, Graph refuses
 * in its own words, and the service turns each refusal into the app's error.
 */

// Converting runs LibreOffice: generous, explicit time on a shared machine.
jest.setTimeout(180_000);

const LIBRARY = 'Published Copies';

async function uploadPolicy(tenant: TestTenant): Promise<LibraryFile & { fileName: string }> {
  const sp = tenant.sp(SITES.oakfield, PEOPLE.oakfieldHead);
  const list = await sp.web.lists.ensure(LIBRARY, '', 101);
  const { Id: listId } = await sp.web.lists.getByTitle(LIBRARY).select('Id')<{ Id: string }>();
  const word = await makeWordFile(freeze(draftFrom('policy-primary', 'Online safety policy')), contextFor());
  const added = await list.list.rootFolder.files.addUsingPath(word.fileName, word.bytes, { Overwrite: true }) as { ServerRelativeUrl: string };
  const item = await sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>('Id');
  return { siteUrl: `${tenant.url}${SITES.oakfield}`, listId, itemId: item.Id, fileName: word.fileName };
}

describe('the PDF of a published Word file, through Graph', () => {
  let tenant: TestTenant;
  let file: LibraryFile & { fileName: string };

  beforeAll(async () => {
    tenant = await startTestTenant();
    file = await uploadPolicy(tenant);
  });

  afterAll(async () => {
    await tenant?.close();
  });

  it('is a PDF of every page whose text can be selected: the title, the school, the contents with page numbers, the statements', async () => {
    const pdf = await new PdfConversionService(tenant.graphClient(PEOPLE.oakfieldDsl)).pdfOf(file, file.fileName);
    expect(pdf.fileName).toBe('online-safety-policy-v1.0.pdf');
    const pages = pdfPages(Buffer.from(pdf.bytes));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const all = squeeze(pages.join('\n'));
    expect(squeeze(pages[0])).toContain(squeeze('Online safety policy'));
    expect(squeeze(pages[0])).toContain(squeeze('Version 1.0, approved 26 November 2026'));
    expect(squeeze(pages[1])).toMatch(/Contents.*Purpose,scopeandstatus\.+3/);
    expect(all).toContain(squeeze('This policy explains how Oakfield Primary School keeps pupils'));
    expect(all).toContain(squeeze('Approved on 26 November 2026 in approval round 2'));
  });

  it('answers the conversion as Graph does: 302 to a download URL that needs no sign-in (a made-up one is not found)', async () => {
    const graph = tenant.graphClient(PEOPLE.oakfieldDsl);
    const site = await graph.api(`/sites/127.0.0.1:${SITES.oakfield}`).get() as { id: string };
    expect(site.id).toMatch(/^127\.0\.0\.1,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const item = await graph.api(`/sites/${site.id}/lists/${file.listId}/items/${file.itemId}/driveItem`).get() as { id: string; name: string; parentReference: { driveId: string; driveType: string } };
    expect(item).toMatchObject({ name: file.fileName, parentReference: { driveType: 'documentLibrary' } });
    expect(item.parentReference.driveId).toMatch(/^b!/);
    const answer = await tenant.fetchAs(PEOPLE.oakfieldDsl, `/graph/v1.0/drives/${item.parentReference.driveId}/items/${item.id}/content?format=pdf`, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    const location = answer.headers.get('location')!;
    expect(location).toMatch(/\/_local\/graph-download\/[\w-]{20,}$/);
    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await fetch(location.replace(/[\w-]+$/, 'not-a-token'))).status).toBe(404);
  });

  it('refuses a caller who cannot read the file (another school\'s head) with 403 accessDenied, which the service calls access denied', async () => {
    const service = new PdfConversionService(tenant.graphClient(PEOPLE.riversideHead));
    const error = await service.pdfOf(file, file.fileName).catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('accessDenied');
    expect(isAppError(error) && error.code).toBe('documents.pdfAccessDenied');
    expect(isAppError(error) && error.status).toBe(403);
  });

  it('refuses without a scope that reaches site files (API access not approved for it): 403 accessDenied', async () => {
    const service = new PdfConversionService(tenant.graphClient(PEOPLE.oakfieldDsl, { 'X-Local-Graph-Scopes': 'User.Read,User.ReadBasic.All,Mail.Send' }));
    const error = await service.pdfOf(file, file.fileName).catch((e: unknown) => e);
    expect(isAppError(error) && [error.kind, error.status]).toEqual(['accessDenied', 403]);
  });

  it('refuses a format it cannot make from a Word file, and a file that does not exist, in Graph\'s shapes', async () => {
    const graph = tenant.graphClient(PEOPLE.oakfieldDsl);
    const site = await graph.api(`/sites/127.0.0.1:${SITES.oakfield}`).get() as { id: string };
    const item = await graph.api(`/sites/${site.id}/lists/${file.listId}/items/${file.itemId}/driveItem`).get() as { id: string; parentReference: { driveId: string } };
    const html = await tenant.fetchAs(PEOPLE.oakfieldDsl, `/graph/v1.0/drives/${item.parentReference.driveId}/items/${item.id}/content?format=html`, { redirect: 'manual' });
    expect(html.status).toBe(406);
    expect(await html.json()).toMatchObject({ error: { code: 'notSupported', innerError: { code: 'InputFormatNotSupported' } } });
    const missing = await tenant.fetchAs(PEOPLE.oakfieldDsl, `/graph/v1.0/sites/${site.id}/lists/${file.listId}/items/99999/driveItem`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'itemNotFound' } });
  });
});

describe('the PDF when the local Graph has no converter (LibreOffice not installed)', () => {
  let tenant: TestTenant;

  beforeAll(async () => {
    tenant = await startTestTenant({ graph: { converter: NO_CONVERTER } });
  });

  afterAll(async () => {
    await tenant?.close();
  });

  it('refuses the conversion as Graph refuses one it cannot make: 406 notSupported, and the service says it is not supported', async () => {
    const file = await uploadPolicy(tenant);
    const error = await new PdfConversionService(tenant.graphClient(PEOPLE.oakfieldDsl)).pdfOf(file, file.fileName).catch((e: unknown) => e);
    expect(isAppError(error) && [error.kind, error.code, error.status]).toEqual(['invalid', 'documents.pdfNotSupported', 406]);
    // The technical detail (behind "show more") carries Graph's codes.
    expect(isAppError(error) && error.message).toMatch(/notSupported \/ OfficeConversion_NotSupported/);
  });
});
