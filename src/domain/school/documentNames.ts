/** A document name as people compare them: trimmed, inner spaces collapsed, case ignored ("Policy " = "policy"). */
export function normaliseDocumentName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** The existing document a new name would duplicate, if any (two documents with one name cannot be told apart). */
export function duplicateDocumentName(name: string, existing: readonly { title: string }[]): string | undefined {
  const wanted = normaliseDocumentName(name);
  if (!wanted) return undefined;
  return existing.find(d => normaliseDocumentName(d.title) === wanted)?.title;
}
