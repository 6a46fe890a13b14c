import type { Bank, ReleaseRecord, StatementContent } from '../../domain/bank/BankModel';
import type { ContentPack, PackResource } from '../../domain/content/ContentPack';
import type { ImportPlan } from '../../domain/content/importPlan';
import type { ProvisionProgress } from '../sharepoint/schema/SchemaProvisioner';

/** What the signed-in person may do on the bank site, read once. */
export interface BankAccess {
  /** The bank's lists that do not exist yet. */
  missingLists: string[];
  /** May edit statements, templates and publish releases (the officer). */
  canEdit: boolean;
  /** May create the lists (a site owner). */
  canProvision: boolean;
}

/** A file of the bank's Resources library: the pack resource it was made from, and where the file is. */
export interface ResourceItem extends PackResource {
  fileName: string;
  /** Server-relative URL of the file, for download. */
  url: string;
  contentHash: string;
}

/** A statement's published versions, newest first. */
export interface StatementVersion {
  version: number;
  releaseLabel: string;
  publishedOn?: string;
  publishedBy?: string;
  change: 'new' | 'changed' | 'retired';
  content: StatementContent;
}

/** What an import did. */
export interface ImportResult {
  plan: ImportPlan;
  written: number;
  release?: ReleaseRecord;
}

/**
 * The bank site, behind PnPjs. The officer's side reads and writes working copies and publishes releases;
 * schools read published copies only.
 */
export interface IBankService {
  /** Absolute URL of the bank site. */
  readonly siteUrl: string;
  access(): Promise<BankAccess>;
  provision(onProgress?: (progress: ProvisionProgress) => void): Promise<void>;
  /** The whole bank with working copies (officer). Finishes a release a previous session left half-published. */
  load(): Promise<Bank>;
  /** The published bank only, as schools see it (working copies equal to the published ones). */
  loadPublished(): Promise<Bank>;
  /** Writes the working copies that differ from the last loaded or saved bank; returns the bank as saved. */
  save(next: Bank): Promise<Bank>;
  /** Publishes the working copies as a release. */
  publish(label: string, notes: string): Promise<ReleaseRecord>;
  statementHistory(key: string): Promise<StatementVersion[]>;
  resources(): Promise<ResourceItem[]>;
  exportPack(meta: { title: string; source: string }): Promise<ContentPack>;
  previewImport(pack: ContentPack): Promise<ImportPlan>;
  /**
   * Reads a pack file and imports it. A file that is not a complete, untampered pack is refused with a
   * PackRefusedError before anything is written.
   */
  importFile(text: string, options?: { publishAs?: { label: string; notes: string } }): Promise<ImportResult>;
  /** Imports a pack (already checked by `parseContentPack`), optionally publishing it as a release. */
  importPack(pack: ContentPack, options?: { publishAs?: { label: string; notes: string }; onProgress?: (progress: ProvisionProgress) => void }): Promise<ImportResult>;
}

export type { PackResource };
