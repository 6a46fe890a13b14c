/**
 * A large draft's blocks are spread over parts, each read by its own indexed value, because SharePoint refuses a
 * query on a list over 5,000 items whose first indexed clause matches more than 5,000 items, paged or not
 * (pnp/pnpjs#1158, closed "by design"; SharePoint/sp-dev-docs#5291; TENANT-FACTS "Lists, fields, versions").
 * `DraftId eq n` alone would fail for a draft of more than 5,000 blocks.
 *
 * A block's part comes from its key (a hash), so a block added later needs no count of the others, and the parts
 * stay even. With about 2,000 blocks per part at creation a part reaches 5,000 only if the draft more than doubles.
 */
export const BLOCKS_PER_PART = 2000;

/** How many parts a new draft of `blockCount` blocks gets (1 for every ordinary draft). */
export function partsFor(blockCount: number): number {
  return Math.max(1, Math.ceil(blockCount / BLOCKS_PER_PART));
}

/** FNV-1a over the key's UTF-16 units: stable across browsers and Node, and even enough for block keys. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** Which part a block belongs to, among `parts`. */
export function partOf(blockKey: string, parts: number): number {
  return parts <= 1 ? 0 : hash(blockKey) % parts;
}

/** The DraftPart column's value: `<draft id>/<part>`. */
export function partColumn(draftId: number, part: number): string {
  return `${draftId}/${part}`;
}

/** The draft's part count as stored (null on drafts made before parts existed: one part). */
export function storedParts(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1;
}

/** The indexed clause that leads the read of one part: a column and the value it must equal. */
export interface PartLead {
  field: 'DraftId' | 'DraftPart';
  value: number | string;
}

/**
 * What leads each part's read: `DraftId` for a one-part draft (every draft made before parts existed), else
 * `DraftPart` for each part; each matches at most one part's blocks. Readers build the filter from it with
 * `Filter` (odataFilter.ts), putting any further clause (e.g. changed since) after it, since SharePoint narrows by
 * the first clause.
 */
export function partLeads(draftId: number, parts: number): PartLead[] {
  return parts <= 1
    ? [{ field: 'DraftId', value: draftId }]
    : Array.from({ length: parts }, (_, part) => ({ field: 'DraftPart' as const, value: partColumn(draftId, part) }));
}
