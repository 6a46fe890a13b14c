import { safeParse } from 'valibot';
import { flowchartProblems } from '../bank/bankValidation';
import { PACK_FORMAT, PACK_FORMAT_VERSION, packChecksum, type ContentPack } from './ContentPack';
import { PackShapeError } from './packReader';
import { issuePath, packContentSchema } from './packSchema';

/** Why a pack was refused. Nothing is written when a pack is refused. */
export type PackErrorCode = 'tooLarge' | 'notJson' | 'notAPack' | 'unsupportedVersion' | 'tampered' | 'invalid';

export interface PackError {
  code: PackErrorCode;
  message: string;
}

export type PackParseResult = { ok: true; pack: ContentPack } | { ok: false; error: PackError };

/** The largest pack file accepted (the starter pack is about 0.3 MB). */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;

/** Refuses the second entry that uses a key (keys name SharePoint items, so each is one item). */
function checkUniqueKeys(entries: readonly { key: string }[], path: string): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.key)) throw new PackShapeError(`${path}[${i}].key`, `"${entry.key}" appears twice.`);
    seen.add(entry.key);
  });
}

function checkReferences(pack: ContentPack): void {
  checkUniqueKeys(pack.sections, 'sections');
  checkUniqueKeys(pack.statements, 'statements');
  checkUniqueKeys(pack.templates, 'templates');
  const sections = new Set(pack.sections.map(s => s.key));
  const statements = new Set(pack.statements.map(s => s.key));
  pack.statements.forEach((s, i) => {
    if (!sections.has(s.content.sectionKey)) throw new PackShapeError(`statements[${i}].content.sectionKey`, `names the section "${s.content.sectionKey}", which is not in the pack.`);
  });
  pack.templates.forEach((t, i) => {
    const body = t.content.body;
    if (body.kind === 'Policy' || body.kind === 'Aup') {
      body.statementKeys.forEach((k, j) => {
        if (!statements.has(k)) throw new PackShapeError(`templates[${i}].content.body.statementKeys[${j}]`, `names the statement "${k}", which is not in the pack.`);
      });
    }
    if (body.kind === 'Flowchart') {
      const problem = flowchartProblems(t.key, body.start, body.steps)[0];
      if (problem) throw new PackShapeError(`templates[${i}].content.body`, problem.message);
    }
  });
  checkUniqueKeys(pack.resources, 'resources');
}

/**
 * Reads a content pack file, refusing with a clear reason anything that is not a complete, untampered pack of
 * this format: too large, not JSON, not a pack, a newer format, a checksum that does not match, or content
 * that does not hold together. Checks everything before the caller writes anything.
 */
export function parseContentPack(text: string): PackParseResult {
  if (text.length > MAX_PACK_BYTES) {
    return { ok: false, error: { code: 'tooLarge', message: `The file is ${(text.length / 1048576).toFixed(1)} MB; a content pack is at most ${MAX_PACK_BYTES / 1048576} MB. Check you chose the right file.` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { code: 'notJson', message: `The file is not a content pack: it is not valid JSON (${(error as Error).message}). Choose the .json file the bank exported.` } };
  }
  const root = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  if (!root || root.format !== PACK_FORMAT) {
    return { ok: false, error: { code: 'notAPack', message: 'The file is JSON but not an e-Safety Policy Hub content pack. Choose the file the bank exported.' } };
  }
  if (root.formatVersion !== PACK_FORMAT_VERSION) {
    return { ok: false, error: { code: 'unsupportedVersion', message: `The pack uses format version ${String(root.formatVersion)}; this version of the app reads version ${PACK_FORMAT_VERSION}. Update the app, or export the pack again from a bank on this version.` } };
  }
  if (typeof root.checksum !== 'string' || root.checksum !== packChecksum(root as unknown as ContentPack)) {
    return { ok: false, error: { code: 'tampered', message: "The pack's checksum does not match its content: it was changed or damaged after it was exported. Nothing was imported. Export it again from the bank it came from." } };
  }
  try {
    const shape = safeParse(packContentSchema, root, { abortEarly: true });
    if (!shape.success) throw new PackShapeError(issuePath(shape.issues[0]), shape.issues[0].message);
    const pack: ContentPack = { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, ...shape.output, checksum: root.checksum };
    checkReferences(pack);
    return { ok: true, pack };
  } catch (error) {
    if (error instanceof PackShapeError) return { ok: false, error: { code: 'invalid', message: `The pack cannot be imported: ${error.message} Nothing was imported. Fix this in the bank it came from, then export the pack again.` } };
    throw error;
  }
}
