import type { Bank, ReleaseRecord, StatementContent } from '../../domain/bank/BankModel';
import type { ContentPack, PackResource } from '../../domain/content/ContentPack';
import type { ImportPlan } from '../../domain/content/importPlan';
import type { ProvisionProgress } from '../sharepoint/schema/SchemaProvisioner';

/** What the signed-in person may do on the bank site, read once. */
export interface BankAccess {
  /** The bank's lists that do not exist yet, or lack columns this release of the app reads (setting up again adds them). */
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

/** What an import did, and the bank as it now stands. */
export interface ImportResult {
  plan: ImportPlan;
  written: number;
  release?: ReleaseRecord;
  bank: Bank;
}

/** Options of an import: publish it as a release at once, and report progress. */
export interface ImportOptions {
  publishAs?: { label: string; notes: string };
  onProgress?: (progress: ProvisionProgress) => void;
}

/**
 * The bank site, behind PnPjs. The officer's side reads and writes working copies and publishes releases;
 * schools read published copies only. Keeps no state between calls: every entity carries its item id and the
 * ETag it was read at, and each call takes the bank it works on.
 */
export interface IBankService {
  /** Absolute URL of the bank site. */
  readonly siteUrl: string;
  access(): Promise<BankAccess>;
  provision(onProgress?: (progress: ProvisionProgress) => void): Promise<void>;
  /**
   * The whole bank with working copies (officer), every item however many, with their ETags. Only reads: a
   * release a previous session left half-published is marked `interrupted` (finish it with `resumeRelease`).
   */
  load(): Promise<Bank>;
  /** The published bank only, as schools see it (working copies equal to the published ones, retired ones left out). */
  loadPublished(): Promise<Bank>;
  /** The newest published release's label (undefined: none yet), without the bank's content: one small read. */
  latestRelease(): Promise<string | undefined>;
  /**
   * Writes what differs between `before` and `after`: one MERGE per changed item with the ETag it carries, one add
   * per new item. Returns `after` with the new ETags. A change someone else saved first is refused as an
   * `AppError` of kind `conflict` (code `bank.saveConflict`); the other writes are made (batches are not transactional).
   */
  save(before: Bank, after: Bank): Promise<Bank>;
  /** Publishes the working copies of `bank` as a release; refused while a release is interrupted. */
  publish(bank: Bank, label: string, notes: string): Promise<{ bank: Bank; release: ReleaseRecord }>;
  /** The address schools mail their report packs to (undefined: none given), from the newest releases: one small read. */
  reportAddress(): Promise<string | undefined>;
  /**
   * Officer: sets ('' clears) the address schools mail their report packs to, and returns it as stored. It rides on
   * the newest published release's item, which schools read with the bank (`reportAddressOf`); each release
   * published after carries it on. Refused before the first release, and (by SharePoint) to anyone who can't edit.
   */
  setReportAddress(address: string): Promise<string | undefined>;
  /** Finishes every interrupted release of `bank` (idempotent) and returns the bank with them published. */
  resumeRelease(bank: Bank): Promise<Bank>;
  /** A statement's published versions, from the files of `bank`'s releases. */
  statementHistory(bank: Bank, key: string): Promise<StatementVersion[]>;
  resources(): Promise<ResourceItem[]>;
  exportPack(bank: Bank, meta: { title: string; source: string }): Promise<ContentPack>;
  previewImport(bank: Bank, pack: ContentPack): Promise<ImportPlan>;
  /**
   * Reads a pack file and imports it into `bank`. A file that is not a complete, untampered pack is refused with a
   * PackRefusedError before anything is written.
   */
  importFile(bank: Bank, text: string, options?: ImportOptions): Promise<ImportResult>;
  /** Imports a pack (already checked by `parseContentPack`) into `bank`, optionally publishing it as a release. */
  importPack(bank: Bank, pack: ContentPack, options?: ImportOptions): Promise<ImportResult>;
}

export type { PackResource };
