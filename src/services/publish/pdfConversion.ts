import { AppError } from '../errors/AppError';
import type { FailureKind } from '../errors/describeError';

/**
 * The PDF of a published Word file, made by Microsoft Graph's file conversion
 * (learn.microsoft.com/graph/api/driveitem-get-content-format): Graph answers `content?format=pdf` with a redirect to
 * the converted file, which the Graph client follows. Three calls, each documented:
 *
 * 1. `GET /sites/{hostname}:/{server-relative path}` → the site's Graph id (site-getbypath);
 * 2. `GET /sites/{site id}/lists/{list id}/items/{item id}/driveItem` → the file's drive and item ids (driveitem-get);
 * 3. `GET /drives/{drive id}/items/{item id}/content?format=pdf` → the PDF's bytes.
 *
 * It needs a Graph scope that reaches files in SharePoint sites (Files.Read.All, delegated), which the package must
 * request and an administrator approve; until then Graph refuses with 403.
 */

/**
 * The part of the Graph JS client (`Client`, or SPFx's `MSGraphClientV3`) this service uses. `responseType` takes the
 * client's `ResponseType` enum, whose `ARRAYBUFFER` member is the string `'arraybuffer'`; the enum is not imported, so
 * the Graph client package stays out of the web part's bundle (SPFx provides the client).
 */
export interface GraphFilesClientLike {
  api(path: string): {
    get(): Promise<unknown>;
    responseType(type: never): { get(): Promise<unknown> };
  };
}

/** A file in a SharePoint document library, as SharePoint names it. */
export interface LibraryFile {
  /** The absolute URL of the file's site (`https://contoso.sharepoint.com/sites/oakfield`). */
  siteUrl: string;
  /** The library's list id (a GUID). */
  listId: string;
  /** The file's list item id. */
  itemId: number;
}

/** The PDF file made from a Word file. */
export interface PdfFile {
  fileName: string;
  bytes: Uint8Array;
}

export const PDF_TYPE = 'application/pdf';

interface GraphFailure {
  statusCode?: number;
  code?: string | null;
  message?: string;
  /** The answer's body: with `arraybuffer` asked for, the client leaves Graph's JSON error unread in here. */
  body?: unknown;
}

/** Graph's `error.code` and `innerError.code` from an error body the client did not parse (bytes or text). */
function bodyCodes(body: unknown): string | undefined {
  try {
    const text = typeof body === 'string' ? body : body instanceof ArrayBuffer ? new TextDecoder().decode(body) : undefined;
    const parsed = text ? (JSON.parse(text) as { error?: { code?: string; innerError?: { code?: string } } }) : undefined;
    return parsed?.error ? [parsed.error.code, parsed.error.innerError?.code].filter(Boolean).join(' / ') : undefined;
  } catch {
    return undefined;
  }
}

/** Graph's refusal as the app's error: the kind says what the person can do, the code names this case for loc. */
function conversionError(error: unknown, step: string): AppError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as GraphFailure;
  const status = failure.statusCode;
  const codes = failure.code ?? bodyCodes(failure.body);
  const detail = `${step}: ${status ?? ''} ${codes ?? ''} ${failure.message ?? String(error)}`.replace(/\s+/g, ' ').trim();
  const [kind, code]: [FailureKind, string] =
    status === 406 || failure.code === 'notSupported' ? ['invalid', 'documents.pdfNotSupported']
      : status === 401 || status === 403 ? ['accessDenied', 'documents.pdfAccessDenied']
        : status === 404 ? ['notFound', 'documents.pdfFileNotFound']
          : status === 429 || status === 503 ? ['throttled', 'documents.pdfBusy']
            : ['unexpected', 'documents.pdfFailed'];
  return new AppError(kind, code, detail, { status, cause: error });
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new Error('Graph answered the conversion with something that is not a file.');
}

/** Makes PDFs of library files through Graph. */
export class PdfConversionService {
  constructor(private readonly graph: GraphFilesClientLike) {}

  /** The PDF of a Word file in a library, named like it (`policy.docx` → `policy.pdf`). */
  async pdfOf(file: LibraryFile, wordFileName: string): Promise<PdfFile> {
    const site = new URL(file.siteUrl);
    const sitePath = site.pathname.replace(/\/$/, '') || '/';
    const step = async <T>(name: string, call: () => Promise<T>): Promise<T> => {
      try {
        return await call();
      } catch (error) {
        throw conversionError(error, name);
      }
    };
    const { id: siteId } = await step('site', () => this.graph.api(`/sites/${site.hostname}:${encodeURI(sitePath)}`).get() as Promise<{ id: string }>);
    const driveItem = await step('file', () => this.graph.api(`/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(file.listId)}/items/${file.itemId}/driveItem`).get() as Promise<{ id: string; parentReference: { driveId: string } }>);
    const content = await step('conversion', () => this.graph.api(`/drives/${encodeURIComponent(driveItem.parentReference.driveId)}/items/${encodeURIComponent(driveItem.id)}/content?format=pdf`)
      .responseType('arraybuffer' as never).get());
    const bytes = toBytes(content);
    if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') {
      throw new AppError('unexpected', 'documents.pdfFailed', 'The converted file is not a PDF.');
    }
    return { fileName: wordFileName.replace(/\.docx$/i, '') + '.pdf', bytes };
  }
}
