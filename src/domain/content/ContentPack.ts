import { canonicalJson } from '../json/canonicalJson';
import { sha256Hex } from '../hash/sha256';
import type { Bank, SectionContent, StatementContent, TemplateContent } from '../bank/BankModel';

/** The format name every content pack carries, so other JSON is recognised as "not a pack" at once. */
export const PACK_FORMAT = 'esafety-policy-hub.content-pack';
/** The pack format version this code writes and reads. */
export const PACK_FORMAT_VERSION = 1;

/** An entity as a pack carries it: its key, the version it was published as, and its content. */
export interface PackEntity<T> {
  key: string;
  version: number;
  content: T;
}

/** The kinds of resource file the bank's Resources library holds. */
export type ResourceKind = 'Poster' | 'Flowchart' | 'Guidance';

/** A resource: its library columns and the lines of text its printable file is made from. */
export interface PackResource {
  key: string;
  title: string;
  kind: ResourceKind;
  audience: string;
  printNotes: string;
  description: string;
  lines: string[];
}

/** A whole bank in one file: what one bank site exports and another imports. */
export interface ContentPack {
  format: typeof PACK_FORMAT;
  formatVersion: number;
  /** The release label the content was published as (e.g. "2026.1"). */
  packVersion: string;
  title: string;
  /** Who published it (e.g. "Northshire County Council"). */
  source: string;
  createdUtc: string;
  sections: PackEntity<SectionContent>[];
  statements: PackEntity<StatementContent>[];
  templates: PackEntity<TemplateContent>[];
  resources: PackResource[];
  /** SHA-256 of the canonical JSON of every other field: a changed byte makes the pack refuse to import. */
  checksum: string;
}

/** The checksum a pack should carry (computed over everything but the checksum itself). */
export function packChecksum(pack: Omit<ContentPack, 'checksum'> | ContentPack): string {
  const { checksum: _ignored, ...rest } = pack as ContentPack;
  return sha256Hex(canonicalJson(rest));
}

/** Seals a pack's content with its checksum. */
export function sealPack(unsealed: Omit<ContentPack, 'checksum'>): ContentPack {
  return { ...unsealed, checksum: packChecksum(unsealed) };
}

/**
 * Exports a bank's published content (what schools see) as a pack. Unpublished edits stay behind: a pack
 * is a release that can travel.
 */
export function exportPack(bank: Bank, resources: PackResource[], meta: { title: string; source: string; createdUtc: string }): ContentPack {
  const latest = [...bank.releases].sort((a, b) => b.number - a.number)[0];
  const published = <T>(entities: { key: string; published?: { version: number; content: T } }[]): PackEntity<T>[] =>
    entities.filter(e => e.published).map(e => ({ key: e.key, version: e.published?.version ?? 0, content: e.published?.content as T }));
  return sealPack({
    format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, packVersion: latest?.label ?? 'unreleased', title: meta.title,
    source: meta.source, createdUtc: meta.createdUtc, sections: published(bank.sections), statements: published(bank.statements),
    templates: published(bank.templates), resources
  });
}

/** Serialises a pack as the file people download (indented, so it can be read and diffed). */
export function packToFile(pack: ContentPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
