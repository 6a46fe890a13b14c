import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { Bank, EntityKind, ReleaseRecord, SectionContent, StatementContent, TemplateContent, Versioned } from '../../domain/bank/BankModel';
import { statementHistory } from '../../domain/bank/releasePlan';
import { isReportAddress, reportAddressOf } from '../../domain/register/reportAddress';
import { exportPack, type ContentPack, type PackResource } from '../../domain/content/ContentPack';
import { applyImport, planImport, resourceHash, type ImportPlan } from '../../domain/content/importPlan';
import { parseContentPack, type PackError } from '../../domain/content/parseContentPack';
import { canonicalJson } from '../../domain/json/canonicalJson';
import { renderResourceSvg } from '../../domain/resources/resourceSvg';
import { AppError } from '../errors/AppError';
import type { SPFI } from '../sharepoint/pnp';
import { settleInBatches } from '../sharepoint/listItems';
import { BANK_LISTS, BANK_SCHEMA } from '../sharepoint/schema/bankSchema';
import { fitColumns } from '../sharepoint/schema/columnLimits';
import { SchemaProvisioner, type ProvisionProgress } from '../sharepoint/schema/SchemaProvisioner';
import { columnsFor, ENTITY_KINDS, entitiesOf, LIST_OF, patchEntities, type Content } from './bankEntities';
import { BANK_ERRORS, saveError } from './bankErrors';
import { ReleasePublisher } from './bankPublishing';
import { NO_METADATA, readLists } from './bankReads';
import type { BankAccess, IBankService, ImportOptions, ImportResult, ResourceItem, StatementVersion } from './IBankService';
import {
  PUBLISHED_SELECT, SECTION_SELECT, STATEMENT_SELECT, TEMPLATE_SELECT, toPublishedOnly, toSection, toStatement, toTemplate,
  type SectionItem, type StatementItem, type TemplateItem
} from './bankWire';
import { RELEASE_SELECT, RELEASE_WITH_ADDRESS_SELECT, toReleaseRecord, type ReleaseItem } from './releaseWire';
import { RESOURCE_SELECT, toResourceItem, type ResourceWireItem } from './resourceWire';

/** A pack file was refused: it is not a complete, untampered pack. Nothing was written. */
export class PackRefusedError extends Error {
  readonly code: PackError['code'];
  constructor(error: PackError) {
    super(error.message);
    this.name = 'PackRefusedError';
    this.code = error.code;
  }
}

/** How many of the newest release records are looked through for the newest published one (others may be half-published). */
const LATEST_RELEASES = 20;

/** Releases in the order they were published (read by ID, sorted here: no sort on a column the threshold could refuse). */
function releasesOf(items: ReleaseItem[]): ReleaseRecord[] {
  return [...items].sort((a, b) => a.ReleaseNumber - b.ReleaseNumber)
    .map(item => (item.ReleaseStatus === 'Publishing' ? { ...toReleaseRecord(item), interrupted: true } : toReleaseRecord(item)));
}

/** One write of a save: the entity it saves and the request that does it (answering the item's id and new ETag). */
interface Write {
  entity: EntityKind;
  key: string;
  run: (batched: SPFI) => Promise<{ itemId: number; etag: string }>;
}

/**
 * The bank over PnPjs, without state between calls: entities carry their item id and ETag, saving is a diff of two
 * banks, and finishing an interrupted release is an explicit call. Reads page through lists of any size.
 */
export class BankService implements IBankService {
  private readonly releases: ReleasePublisher;

  constructor(private readonly sp: SPFI, readonly siteUrl: string) {
    this.releases = new ReleasePublisher(sp);
  }

  async access(): Promise<BankAccess> {
    const [batched, execute] = this.sp.batched();
    const permissions = batched.web.getCurrentUserEffectivePermissions();
    const lists = batched.web.lists.select('Title')<{ Title: string }[]>();
    // Each list's column names ride in the same $batch: a bank made by an older release of the app lacks the
    // columns added since (2026.2 added GuidanceRefs and CoverageTopics), and reading it would fail on them.
    const columns = BANK_SCHEMA.map(schema => batched.web.lists.getByTitle(schema.title).fields.select('InternalName')<{ InternalName: string }[]>()
      .then(fields => new Set(fields.map(f => f.InternalName)), () => undefined));
    await execute();
    const mask: IBasePermissions = await permissions;
    const present = new Set((await lists).map(l => l.Title.toLowerCase()));
    const fieldsByList = await Promise.all(columns);
    const outdated = (index: number): boolean => {
      const names = fieldsByList[index];
      return names !== undefined && BANK_SCHEMA[index].fields.some(field => !names.has(field.name));
    };
    return {
      // A list missing columns counts as missing: setting the bank up again adds only what is absent.
      missingLists: BANK_SCHEMA.filter((s, index) => !present.has(s.title.toLowerCase()) || outdated(index)).map(s => s.title),
      canEdit: this.sp.web.hasPermissions(mask, PermissionKind.EditListItems),
      canProvision: this.sp.web.hasPermissions(mask, PermissionKind.ManageLists)
    };
  }

  async provision(onProgress?: (progress: ProvisionProgress) => void): Promise<void> {
    await new SchemaProvisioner(this.sp).provision(BANK_SCHEMA, onProgress);
  }

  async load(): Promise<Bank> {
    // Minimal metadata for the versioned lists: each item's ETag comes with it, and saving needs it.
    const [sections, statements, templates, releases] = await readLists(this.sp, [
      { list: BANK_LISTS.sections, select: SECTION_SELECT },
      { list: BANK_LISTS.statements, select: STATEMENT_SELECT },
      { list: BANK_LISTS.templates, select: TEMPLATE_SELECT },
      { list: BANK_LISTS.releases, select: RELEASE_WITH_ADDRESS_SELECT, expand: ['Author'], noMetadata: true }
    ]);
    return {
      sections: (sections as SectionItem[]).map(toSection),
      statements: (statements as StatementItem[]).map(toStatement),
      templates: (templates as TemplateItem[]).map(toTemplate),
      releases: releasesOf(releases as ReleaseItem[])
    };
  }

  /**
   * The label of the newest published release, or undefined when none is: whether the bank is ready for schools,
   * without reading its content. One GET (no `$batch`, so no form digest is fetched for the bank site), newest first
   * by ID (the ID index serves any list size), without metadata.
   */
  async latestRelease(): Promise<string | undefined> {
    const items = await this.newestReleases(RELEASE_SELECT);
    const published = releasesOf(items.filter(r => r.ReleaseStatus === 'Published'));
    return published[published.length - 1]?.label;
  }

  /** The newest release items, newest first by ID (the ID index serves any list size), without metadata. */
  private newestReleases(select: string[]): Promise<ReleaseItem[]> {
    const query = this.sp.web.lists.getByTitle(BANK_LISTS.releases).items.select(...select);
    return (select.includes('Author/Title') ? query.expand('Author') : query).orderBy('Id', false).top(LATEST_RELEASES).using(NO_METADATA)<ReleaseItem[]>();
  }

  async loadPublished(): Promise<Bank> {
    // Keys and published copies only, without metadata (a school never writes here). No filter: over 5,000 items a
    // filter must be narrowed by an index to 5,000 matches or fewer, which "published" cannot promise; unpublished
    // items cost a key and two nulls, and a retired item's copy holds no content (see `publishedColumns`).
    const [sections, statements, templates, releases] = await readLists(this.sp, [
      { list: BANK_LISTS.sections, select: PUBLISHED_SELECT.section, noMetadata: true },
      { list: BANK_LISTS.statements, select: PUBLISHED_SELECT.statement, noMetadata: true },
      { list: BANK_LISTS.templates, select: PUBLISHED_SELECT.template, noMetadata: true },
      { list: BANK_LISTS.releases, select: RELEASE_WITH_ADDRESS_SELECT, expand: ['Author'], noMetadata: true }
    ]);
    const only = <T extends { retired: boolean }>(items: { key: string; item: Parameters<typeof toPublishedOnly>[1] }[]): Versioned<T>[] =>
      items.map(({ key, item }) => toPublishedOnly<T>(key, item)).filter((v): v is NonNullable<typeof v> => v !== undefined);
    return {
      sections: only<SectionContent>((sections as SectionItem[]).map(i => ({ key: i.SectionKey, item: i }))),
      statements: only<StatementContent>((statements as StatementItem[]).map(i => ({ key: i.StatementKey, item: i }))),
      templates: only<TemplateContent>((templates as TemplateItem[]).map(i => ({ key: i.TemplateKey, item: i }))),
      releases: releasesOf((releases as ReleaseItem[]).filter(r => r.ReleaseStatus === 'Published'))
    };
  }

  async save(before: Bank, after: Bank): Promise<Bank> {
    const writes: Write[] = [];
    for (const entity of ENTITY_KINDS) {
      const previous = new Map(entitiesOf(before, entity).map(e => [e.key, e]));
      for (const item of entitiesOf(after, entity)) {
        const was = previous.get(item.key);
        if (was && canonicalJson(was.working) === canonicalJson(item.working)) continue;
        writes.push({ entity, key: item.key, run: this.writeOf(entity, item, was) });
      }
    }
    const settled = await settleInBatches(this.sp, writes.map(w => w.run));
    const failures = settled.flatMap(r => (r.status === 'rejected' ? [{ error: r.reason as unknown }] : []));
    if (failures.length > 0) throw saveError(failures, writes.length);
    return patchEntities(after, settled.map((result, index) => ({
      entity: writes[index].entity, key: writes[index].key, patch: (result as PromiseFulfilledResult<{ itemId: number; etag: string }>).value
    })));
  }

  publish(bank: Bank, label: string, notes: string): Promise<{ bank: Bank; release: ReleaseRecord }> {
    return this.releases.publish(bank, label, notes);
  }

  async reportAddress(): Promise<string | undefined> {
    return reportAddressOf(releasesOf(await this.newestReleases(RELEASE_WITH_ADDRESS_SELECT)));
  }

  async setReportAddress(address: string): Promise<string | undefined> {
    const value = address.trim();
    if (value !== '' && !isReportAddress(value)) throw new AppError('invalid', BANK_ERRORS.badReportAddress, `"${value}" is not one mail address`);
    // The newest release as schools see it (an interrupted one is not yet theirs: `reportAddressOf`).
    const newest = (await this.newestReleases(['Id', 'ReleaseNumber', 'ReleaseStatus'])).filter(r => r.ReleaseStatus === 'Published').sort((a, b) => b.ReleaseNumber - a.ReleaseNumber)[0];
    if (!newest) throw new AppError('invalid', BANK_ERRORS.noReleaseForAddress, 'The bank has no published release to carry the address.');
    // A school member can read the library but not edit it: SharePoint's 403 decides, not this app.
    await this.sp.web.lists.getByTitle(BANK_LISTS.releases).items.getById(newest.Id).update(fitColumns(BANK_LISTS.releases, { ReportAddress: value || null }));
    return value || undefined;
  }

  resumeRelease(bank: Bank): Promise<Bank> {
    return this.releases.resume(bank);
  }

  async statementHistory(bank: Bank, key: string): Promise<StatementVersion[]> {
    const releases = await Promise.all(bank.releases.map(async r => ({ ...r, changes: (await this.releases.releaseFile(r.number)).changes })));
    return statementHistory({ ...bank, releases }, key);
  }

  async resources(): Promise<ResourceItem[]> {
    const [items] = await readLists(this.sp, [{ list: BANK_LISTS.resources, select: RESOURCE_SELECT, noMetadata: true }]);
    return (items as ResourceWireItem[]).map(toResourceItem).sort((a, b) => a.title.localeCompare(b.title));
  }

  async exportPack(bank: Bank, meta: { title: string; source: string }): Promise<ContentPack> {
    const resources: PackResource[] = (await this.resources()).map(r => ({ key: r.key, title: r.title, kind: r.kind, audience: r.audience, printNotes: r.printNotes, description: r.description, lines: r.lines }));
    return exportPack(bank, resources, { ...meta, createdUtc: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') });
  }

  async previewImport(bank: Bank, pack: ContentPack): Promise<ImportPlan> {
    const hashes = new Map((await this.resources()).map(r => [r.key, r.contentHash]));
    return planImport(bank, pack, hashes);
  }

  async importFile(bank: Bank, text: string, options: ImportOptions = {}): Promise<ImportResult> {
    const parsed = parseContentPack(text);
    if (!parsed.ok) throw new PackRefusedError(parsed.error);
    return this.importPack(bank, parsed.pack, options);
  }

  async importPack(bank: Bank, pack: ContentPack, options: ImportOptions = {}): Promise<ImportResult> {
    const plan = await this.previewImport(bank, pack);
    const steps = 2 + (options.publishAs ? 1 : 0);
    options.onProgress?.({ done: 0, total: steps, step: 'Writing sections, statements and templates' });
    let saved = await this.save(bank, applyImport(bank, pack));
    options.onProgress?.({ done: 1, total: steps, step: 'Writing resources' });
    const changedResources = pack.resources.filter(r => plan.items.some(i => i.entity === 'resource' && i.key === r.key && i.change !== 'unchanged'));
    for (const resource of changedResources) await this.writeResource(resource);
    let release: ReleaseRecord | undefined;
    if (options.publishAs) {
      options.onProgress?.({ done: 2, total: steps, step: 'Publishing the release' });
      ({ bank: saved, release } = await this.publish(saved, options.publishAs.label, options.publishAs.notes));
    }
    options.onProgress?.({ done: steps, total: steps, step: 'Done' });
    return { plan, written: plan.counts.new + plan.counts.changed, release, bank: saved };
  }

  /** The request that saves one entity: a MERGE with the ETag it was read at, or an add for a new one. */
  private writeOf(entity: EntityKind, item: Versioned<Content>, was: Versioned<Content> | undefined): Write['run'] {
    const columns = columnsFor(entity, item.key, item.working);
    const itemId = item.itemId ?? was?.itemId;
    const etag = item.etag ?? was?.etag;
    const list = (b: SPFI) => b.web.lists.getByTitle(LIST_OF[entity]);
    if (itemId === undefined) {
      return async b => {
        const created = await list(b).items.add(columns) as { Id: number; 'odata.etag'?: string };
        return { itemId: created.Id, etag: created['odata.etag'] ?? '' };
      };
    }
    return async b => {
      // Never "*": an item whose ETag is unknown could overwrite someone else's change unseen.
      if (!etag) throw new AppError('conflict', BANK_ERRORS.saveConflict, `"${item.key}" was read without its ETag: load the bank again before saving it.`);
      return { itemId, etag: (await list(b).items.getById(itemId).update(columns, etag)).etag };
    };
  }

  private async writeResource(resource: PackResource): Promise<void> {
    const folder = this.sp.web.lists.getByTitle(BANK_LISTS.resources).rootFolder;
    const columns = fitColumns(BANK_LISTS.resources, {
      Title: resource.title, ResourceKey: resource.key, ResourceKind: resource.kind, Audience: resource.audience, PrintNotes: resource.printNotes,
      ResourceDescription: resource.description, ResourceLines: JSON.stringify(resource.lines), ContentHash: resourceHash(resource)
    });
    const added = await folder.files.addUsingPath(`${resource.key}.svg`, renderResourceSvg(resource), { Overwrite: true }) as { ServerRelativeUrl: string };
    const item = await this.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>('Id');
    await item.update(columns);
  }
}
