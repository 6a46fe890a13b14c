/**
 * The guidance a statement can cite. The list is fixed so that a reference can be checked when a pack is read and
 * shown with the document's full title (from the loc file) and its official address. Titles and addresses come from
 * the content notes (CONTENT-FACTS, "Statutory and official frame"); the officer checks them at each review, since
 * gov.uk moves pages when a document is replaced.
 */
export const GUIDANCE_DOCUMENTS = [
  'kcsie',
  'filtering-monitoring-standards',
  'cyber-security-standards',
  'genai-product-safety',
  'genai-in-education',
  'mobile-phones',
  'ukcis-sharing-nudes',
  'ukcis-connected-world',
  'rshe',
  'searching-confiscation',
  'jcq-ai'
] as const;

export type GuidanceDocument = (typeof GUIDANCE_DOCUMENTS)[number];

/** Where a statement's rule comes from: a document, optionally the part or paragraph, optionally a deeper link. */
export interface StatementReference {
  document: GuidanceDocument;
  /** "Part 2, paragraph 140", "Standard 2", "Section 4.2": free text, kept short. */
  part?: string;
  /** A page more precise than the document's own address; https only. */
  link?: string;
}

/** The official address of each document (https, on gov.uk unless the publisher is elsewhere). */
export const GUIDANCE_LINKS: Record<GuidanceDocument, string> = {
  kcsie: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
  'filtering-monitoring-standards': 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges/filtering-and-monitoring-standards-for-schools-and-colleges',
  'cyber-security-standards': 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges/cyber-security-standards-for-schools-and-colleges',
  'genai-product-safety': 'https://www.gov.uk/government/publications/generative-ai-product-safety-expectations',
  'genai-in-education': 'https://www.gov.uk/government/publications/generative-artificial-intelligence-in-education',
  'mobile-phones': 'https://www.gov.uk/government/publications/mobile-phones-in-schools',
  'ukcis-sharing-nudes': 'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people',
  'ukcis-connected-world': 'https://www.gov.uk/government/publications/education-for-a-connected-world',
  rshe: 'https://www.gov.uk/government/publications/relationships-education-relationships-and-sex-education-rse-and-health-education',
  'searching-confiscation': 'https://www.gov.uk/government/publications/searching-screening-and-confiscation',
  'jcq-ai': 'https://www.jcq.org.uk/exams-office/malpractice/artificial-intelligence/'
};

/** The longest part text and link a reference may carry, and how many references one statement may carry. */
export const REFERENCE_LIMITS = { part: 200, link: 500, perStatement: 12 } as const;

export function isGuidanceDocument(value: unknown): value is GuidanceDocument {
  return typeof value === 'string' && (GUIDANCE_DOCUMENTS as readonly string[]).includes(value);
}

/**
 * True for an absolute https address. Links come from packs and from other tenants' banks, and end up in `href`:
 * anything else (javascript:, data:, http:) is refused so a pack cannot smuggle script or mixed content in.
 */
export function isSafeLink(value: string): boolean {
  if (!/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The address a reference opens: its own link when it has a safe one, else the document's. */
export function referenceHref(reference: StatementReference): string {
  return reference.link !== undefined && isSafeLink(reference.link) ? reference.link : GUIDANCE_LINKS[reference.document];
}

/**
 * Reads references from untrusted JSON (a SharePoint Note column): keeps the well-formed ones and drops the rest,
 * so one damaged entry does not hide the others. Returns undefined for none, as statements without references
 * carry no field.
 */
export function readReferences(value: unknown): StatementReference[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const references = value.flatMap((entry): StatementReference[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { document, part, link } = entry as Record<string, unknown>;
    if (!isGuidanceDocument(document)) return [];
    const reference: StatementReference = { document };
    if (typeof part === 'string' && part.trim() !== '') reference.part = part.slice(0, REFERENCE_LIMITS.part);
    if (typeof link === 'string' && isSafeLink(link) && link.length <= REFERENCE_LIMITS.link) reference.link = link;
    return [reference];
  });
  return references.length > 0 ? references.slice(0, REFERENCE_LIMITS.perStatement) : undefined;
}
