import type { DraftSnapshot } from '../../domain/approval/snapshot';
import { buildDocument, type DocumentContext } from '../../domain/document/buildDocument';
import { slugify } from '../../domain/bank/bankCommands';
import type { DocumentModel } from '../../domain/document/DocumentModel';

/** A Word file ready to download or store. */
export interface WordFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The MIME type of .docx files. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file name for a document: its title in lower-case words (never a path), with the version. */
export function wordFileName(title: string, version: string): string {
  return `${slugify(title, 8) || 'document'}-v${version.replace(/[^0-9A-Za-z.]/g, '')}.docx`;
}

/**
 * Makes Word files. The docx library (about 200 KB) is loaded only when someone exports or publishes,
 * so the web part's first bundle stays small.
 */
export async function makeWordFile(snapshot: DraftSnapshot, context: DocumentContext): Promise<WordFile> {
  const { renderDocx } = await import(/* webpackChunkName: 'word-export' */ './renderDocx');
  return { fileName: wordFileName(snapshot.title, context.version), bytes: await renderDocx(buildDocument(snapshot, context)) };
}

/**
 * A Word file of a document model built elsewhere (the two-page policy statement, a pupils' version), named from
 * `title` and `version` as every Word file is.
 */
export async function makeWordFileOf(model: DocumentModel, title: string, version: string): Promise<WordFile> {
  const { renderDocx } = await import(/* webpackChunkName: 'word-export' */ './renderDocx');
  return { fileName: wordFileName(title, version), bytes: await renderDocx(model) };
}
