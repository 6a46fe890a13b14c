import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { Bank, EntityKind, ReleaseChange, ReleaseRecord, SectionContent, StatementContent, TemplateContent, Versioned } from '../../domain/bank/BankModel';
import { publishRelease, statementHistory } from '../../domain/bank/releasePlan';
import { exportPack, type ContentPack, type PackResource } from '../../domain/content/ContentPack';
import { applyImport, planImport, resourceHash, type ImportPlan } from '../../domain/content/importPlan';
import { parseContentPack, type PackError } from '../../domain/content/parseContentPack';
import { canonicalJson } from '../../domain/json/canonicalJson';
import { renderResourceSvg } from '../../domain/resources/resourceSvg';
import type { SPFI } from '../sharepoint/pnp';
import { Filter } from '../sharepoint/odataFilter';
import { BatchWriteError, PAGE_SIZE, settleInBatches } from '../sharepoint/listItems';
import { BANK_LISTS, BANK_SCHEMA } from '../sharepoint/schema/bankSchema';
import { fitColumns } from '../sharepoint/schema/columnLimits';
import { SchemaProvisioner, type ProvisionProgress } from '../sharepoint/schema/SchemaProvisioner';
import type { BankAccess, IBankService, ImportResult, ResourceItem, StatementVersion } from './IBankService';
import {
  PUBLISHED_SELECT, SECTION_SELECT, STATEMENT_SELECT, TEMPLATE_SELECT, publishedColumns, sectionColumns, statementColumns, templateColumns,
  toPublishedOnly, toSection, toStatement, toTemplate, type SectionItem, type StatementItem, type TemplateItem
} from './bankWire';
import { RELEASE_SELECT, releaseFileName, toReleaseRecord, type ReleaseFile, type ReleaseItem } from './releaseWire';
import { RESOURCE_SELECT, toResourceItem, type ResourceWireItem } from './resourceWire';

type Content = SectionContent | StatementContent | TemplateContent;

/** A pack file was refused: it is not a complete, untampered pack. Nothing was written. */
export class PackRefusedError extends Error {
  readonly code: PackError['code'];
  constructor(error: PackError) {
    super(error.message);
    this.name = 'PackRefusedError';
    this.code = error.code;
  }
}
interface ItemRef { id: number; etag: string }

const LIST_OF: Record<EntityKind, string> = { section: BANK_LISTS.sections, statement: BANK_LISTS.statements, template: BANK_LISTS.templates };

/** An entity's columns, checked against SharePoint's column limits before anything is sent (TextTooLongError). */
function columnsFor(entity: EntityKind, key: string, content: Content): Record<string, unknown> {
  if (entity === 'section') return fitColumns(LIST_OF.section, sectionColumns(key, content as SectionContent));
  if (entity === 'statement') return fitColumns(LIST_OF.statement, statementColumns(key, content as StatementContent));
  return fitColumns(LIST_OF.template, templateColumns(key, content as TemplateContent));
}

function entitiesOf(bank: Bank, entity: EntityKind): Versioned<Content>[] {
  return (entity === 'section' ? bank.sections : entity === 'statement' ? bank.statements : bank.templates) as Versioned<Content>[];
}

function withEntities(bank: Bank, entity: EntityKind, entities: Versioned<Content>[]): Bank {
  if (entity === 'section') return { ...bank, sections: entities as Bank['sections'] };
  if (entity === 'statement') return { ...bank, statements: entities as Bank['statements'] };
  return { ...bank, templates: entities as Bank['templates'] };
}

function tooMany(list: string, count: number): void {
  if (count >= PAGE_SIZE) throw new Error(`"${list}" holds ${PAGE_SIZE} or more items, more than a bank can hold. Retire and remove old items before adding more.`);
}

/**
 * The bank over PnPjs. Keeps the item ids and ETags of what it last read, so saving writes only what changed,
 * one MERGE per changed item with its ETag (a 412 means someone else saved first).
 */
export class BankService implements IBankService {
  private current: Bank | undefined;
  private readonly refs = new Map<string, ItemRef>();
  private readonly releaseFiles = new Map<number, ReleaseFile>();

  constructor(private readonly sp: SPFI, readonly siteUrl: string) {}

  async access(): Promise<BankAccess> {
    const [batched, execute] = this.sp.batched();
    const permissions = batched.web.getCurrentUserEffectivePermissions();
    const lists = batched.web.lists.select('Title')<{ Title: string }[]>();
    await execute();
    const mask: IBasePermissions = await permissions;
    const present = new Set((await lists).map(l => l.Title.toLowerCase()));
    return {
      missingLists: BANK_SCHEMA.filter(s => !present.has(s.title.toLowerCase())).map(s => s.title),
      canEdit: this.sp.web.hasPermissions(mask, PermissionKind.EditListItems),
      canProvision: this.sp.web.hasPermissions(mask, PermissionKind.ManageLists)
    };
  }

  async provision(onProgress?: (progress: ProvisionProgress) => void): Promise<void> {
    await new SchemaProvisioner(this.sp).provision(BANK_SCHEMA, onProgress);
  }

  async load(): Promise<Bank> {
    const [batched, execute] = this.sp.batched();
    const lists = batched.web.lists;
    const sections = lists.getByTitle(BANK_LISTS.sections).items.select(...SECTION_SELECT).top(PAGE_SIZE)<SectionItem[]>();
    const statements = lists.getByTitle(BANK_LISTS.statements).items.select(...STATEMENT_SELECT).top(PAGE_SIZE)<StatementItem[]>();
    const templates = lists.getByTitle(BANK_LISTS.templates).items.select(...TEMPLATE_SELECT).top(PAGE_SIZE)<TemplateItem[]>();
    const releases = lists.getByTitle(BANK_LISTS.releases).items.select(...RELEASE_SELECT).expand('Author').orderBy('ReleaseNumber', true).top(PAGE_SIZE)<ReleaseItem[]>();
    await execute();
    const [sectionItems, statementItems, templateItems, releaseItems] = await Promise.all([sections, statements, templates, releases]);
    tooMany(BANK_LISTS.statements, statementItems.length);
    this.refs.clear();
    const remember = (entity: EntityKind, key: string, item: { Id: number; 'odata.etag'?: string }): void => {
      this.refs.set(`${entity}:${key}`, { id: item.Id, etag: item['odata.etag'] ?? '*' });
    };
    sectionItems.forEach(i => remember('section', i.SectionKey, i));
    statementItems.forEach(i => remember('statement', i.StatementKey, i));
    templateItems.forEach(i => remember('template', i.TemplateKey, i));
    releaseItems.forEach(i => this.refs.set(`release:${i.ReleaseNumber}`, { id: i.Id, etag: i['odata.etag'] ?? '*' }));
    this.current = {
      sections: sectionItems.map(toSection), statements: statementItems.map(toStatement), templates: templateItems.map(toTemplate),
      releases: releaseItems.map(toReleaseRecord)
    };
    const interrupted = releaseItems.filter(r => r.ReleaseStatus === 'Publishing');
    for (const release of interrupted) await this.finishRelease(release);
    return this.current;
  }

  async loadPublished(): Promise<Bank> {
    const [batched, execute] = this.sp.batched();
    const lists = batched.web.lists;
    const published = Filter.gt('PublishedVersion', 0);
    const sections = lists.getByTitle(BANK_LISTS.sections).items.select(...PUBLISHED_SELECT.section).filter(published).top(PAGE_SIZE)<SectionItem[]>();
    const statements = lists.getByTitle(BANK_LISTS.statements).items.select(...PUBLISHED_SELECT.statement).filter(published).top(PAGE_SIZE)<StatementItem[]>();
    const templates = lists.getByTitle(BANK_LISTS.templates).items.select(...PUBLISHED_SELECT.template).filter(published).top(PAGE_SIZE)<TemplateItem[]>();
    const releases = lists.getByTitle(BANK_LISTS.releases).items.select(...RELEASE_SELECT).expand('Author').filter(Filter.eq('ReleaseStatus', 'Published')).orderBy('ReleaseNumber', true).top(PAGE_SIZE)<ReleaseItem[]>();
    await execute();
    const [sectionItems, statementItems, templateItems, releaseItems] = await Promise.all([sections, statements, templates, releases]);
    tooMany(BANK_LISTS.statements, statementItems.length);
    const only = <T>(items: { key: string; item: Parameters<typeof toPublishedOnly>[1] }[]): Versioned<T>[] =>
      items.map(({ key, item }) => toPublishedOnly<T>(key, item)).filter((v): v is Versioned<T> & { published: NonNullable<Versioned<T>['published']> } => v !== undefined)
        .filter(v => !(v.working as { retired?: boolean }).retired);
    return {
      sections: only<SectionContent>(sectionItems.map(i => ({ key: i.SectionKey, item: i }))),
      statements: only<StatementContent>(statementItems.map(i => ({ key: i.StatementKey, item: i }))),
      templates: only<TemplateContent>(templateItems.map(i => ({ key: i.TemplateKey, item: i }))),
      releases: releaseItems.map(toReleaseRecord)
    };
  }

  async save(next: Bank): Promise<Bank> {
    const before = this.requireLoaded();
    const writes: { entity: EntityKind; key: string; content: Content; run: (batched: SPFI) => Promise<ItemRef> }[] = [];
    for (const entity of ['section', 'statement', 'template'] as const) {
      for (const item of entitiesOf(next, entity)) {
        const previous = entitiesOf(before, entity).find(e => e.key === item.key);
        if (previous && canonicalJson(previous.working) === canonicalJson(item.working)) continue;
        const ref = this.refs.get(`${entity}:${item.key}`);
        const columns = columnsFor(entity, item.key, item.working);
        const list = (b: SPFI) => b.web.lists.getByTitle(LIST_OF[entity]);
        writes.push({
          entity, key: item.key, content: item.working,
          run: ref
            ? async b => ({ id: ref.id, etag: (await list(b).items.getById(ref.id).update(columns, ref.etag)).etag })
            : async b => {
              const created = await list(b).items.add(columns) as { Id: number; 'odata.etag'?: string };
              return { id: created.Id, etag: created['odata.etag'] ?? '*' };
            }
        });
      }
    }
    const settled = await settleInBatches(this.sp, writes.map(w => w.run));
    let saved = before;
    const failures: { index: number; error: unknown }[] = [];
    settled.forEach((result, index) => {
      const write = writes[index];
      if (result.status === 'rejected') {
        failures.push({ index, error: result.reason });
        return;
      }
      this.refs.set(`${write.entity}:${write.key}`, result.value);
      const entities = entitiesOf(saved, write.entity);
      const existing = entities.find(e => e.key === write.key);
      const updated = existing ? entities.map(e => (e.key === write.key ? { ...e, working: write.content } : e)) : [...entities, { key: write.key, working: write.content }];
      saved = withEntities(saved, write.entity, updated);
    });
    this.current = saved;
    if (failures.length > 0) throw new BatchWriteError(failures, writes.length);
    return saved;
  }

  async publish(label: string, notes: string): Promise<ReleaseRecord> {
    const { bank, release } = publishRelease(this.requireLoaded(), label, notes);
    const file: ReleaseFile = { number: release.number, label: release.label, notes: release.notes, changes: release.changes };
    const folder = this.sp.web.lists.getByTitle(BANK_LISTS.releases).rootFolder;
    const columns = fitColumns(BANK_LISTS.releases, { Title: release.label, ReleaseNumber: release.number, ReleaseNotes: release.notes, ReleaseStatus: 'Publishing', ChangeCount: release.changes.length });
    // The release is written first, marked "Publishing": if this session stops half-way, the next load finishes it.
    const added = await folder.files.addUsingPath(releaseFileName(release.number), JSON.stringify(file), { Overwrite: false }) as { ServerRelativeUrl: string };
    const item = await this.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>('Id');
    await item.update(columns);
    this.releaseFiles.set(release.number, file);
    await this.applyPublished(release.changes, release.label);
    await this.sp.web.lists.getByTitle(BANK_LISTS.releases).items.getById(item.Id).update({ ReleaseStatus: 'Published' });
    this.current = bank;
    return release;
  }

  async statementHistory(key: string): Promise<StatementVersion[]> {
    const bank = this.current ?? (await this.load());
    const releases = await Promise.all(bank.releases.map(async r => ({ ...r, changes: (await this.releaseFile(r.number)).changes })));
    return statementHistory({ ...bank, releases }, key);
  }

  async resources(): Promise<ResourceItem[]> {
    const items = await this.sp.web.lists.getByTitle(BANK_LISTS.resources).items.select(...RESOURCE_SELECT).top(PAGE_SIZE)<ResourceWireItem[]>();
    return items.map(toResourceItem).sort((a, b) => a.title.localeCompare(b.title));
  }

  async exportPack(meta: { title: string; source: string }): Promise<ContentPack> {
    const bank = this.requireLoaded();
    const resources: PackResource[] = (await this.resources()).map(r => ({ key: r.key, title: r.title, kind: r.kind, audience: r.audience, printNotes: r.printNotes, description: r.description, lines: r.lines }));
    return exportPack(bank, resources, { ...meta, createdUtc: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') });
  }

  async previewImport(pack: ContentPack): Promise<ImportPlan> {
    const bank = this.current ?? (await this.load());
    const hashes = new Map((await this.resources()).map(r => [r.key, r.contentHash]));
    return planImport(bank, pack, hashes);
  }

  async importFile(text: string, options: { publishAs?: { label: string; notes: string } } = {}): Promise<ImportResult> {
    const parsed = parseContentPack(text);
    if (!parsed.ok) throw new PackRefusedError(parsed.error);
    if (!this.current) await this.load();
    return this.importPack(parsed.pack, options);
  }

  async importPack(pack: ContentPack, options: { publishAs?: { label: string; notes: string }; onProgress?: (progress: ProvisionProgress) => void } = {}): Promise<ImportResult> {
    const plan = await this.previewImport(pack);
    const steps = 2 + (options.publishAs ? 1 : 0);
    options.onProgress?.({ done: 0, total: steps, step: 'Writing sections, statements and templates' });
    const before = this.requireLoaded();
    await this.save(applyImport(before, pack));
    options.onProgress?.({ done: 1, total: steps, step: 'Writing resources' });
    const changedResources = pack.resources.filter(r => plan.items.some(i => i.entity === 'resource' && i.key === r.key && i.change !== 'unchanged'));
    for (const resource of changedResources) await this.writeResource(resource);
    let release: ReleaseRecord | undefined;
    if (options.publishAs) {
      options.onProgress?.({ done: 2, total: steps, step: 'Publishing the release' });
      release = await this.publish(options.publishAs.label, options.publishAs.notes);
    }
    options.onProgress?.({ done: steps, total: steps, step: 'Done' });
    return { plan, written: plan.counts.new + plan.counts.changed, release };
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

  /** Writes the published copies of a release's changes (idempotent: a copy already at that version is left alone). */
  private async applyPublished(changes: ReleaseChange[], label: string): Promise<void> {
    const runs = changes.flatMap(change => {
      const ref = this.refs.get(`${change.entity}:${change.key}`);
      if (!ref) return [];
      const columns = publishedColumns({ version: change.toVersion, content: change.content, releaseLabel: label });
      return [async (b: SPFI): Promise<ItemRef> => {
        const result = await b.web.lists.getByTitle(LIST_OF[change.entity]).items.getById(ref.id).update(columns, ref.etag);
        const next = { id: ref.id, etag: result.etag };
        this.refs.set(`${change.entity}:${change.key}`, next);
        return next;
      }];
    });
    const settled = await settleInBatches(this.sp, runs);
    const failures = settled.flatMap((r, index) => (r.status === 'rejected' ? [{ index, error: r.reason as unknown }] : []));
    if (failures.length > 0) throw new BatchWriteError(failures, runs.length);
  }

  /** Completes a release left "Publishing" by a session that stopped half-way. */
  private async finishRelease(item: ReleaseItem): Promise<void> {
    const file = await this.releaseFile(item.ReleaseNumber);
    const bank = this.requireLoaded();
    const pending = file.changes.filter(change => {
      const entity = entitiesOf(bank, change.entity).find(e => e.key === change.key);
      return !entity?.published || entity.published.version < change.toVersion;
    });
    await this.applyPublished(pending, file.label);
    await this.sp.web.lists.getByTitle(BANK_LISTS.releases).items.getById(item.Id).update({ ReleaseStatus: 'Published' });
    this.current = this.withPublished(bank, pending, file.label);
  }

  private withPublished(bank: Bank, changes: ReleaseChange[], label: string): Bank {
    let next = bank;
    for (const change of changes) {
      const entities = entitiesOf(next, change.entity).map(e => (e.key === change.key ? { ...e, published: { version: change.toVersion, content: change.content, releaseLabel: label } } : e));
      next = withEntities(next, change.entity, entities);
    }
    return next;
  }

  private async releaseFile(number: number): Promise<ReleaseFile> {
    const cached = this.releaseFiles.get(number);
    if (cached) return cached;
    const items = await this.sp.web.lists.getByTitle(BANK_LISTS.releases).items.select('FileRef').filter(Filter.eq('ReleaseNumber', number)).top(1)<{ FileRef: string }[]>();
    if (!items[0]) throw new Error(`Release ${number} has no file in "${BANK_LISTS.releases}". Its history cannot be shown.`);
    const text = await this.sp.web.getFileByServerRelativePath(items[0].FileRef).getText();
    const file = JSON.parse(text) as ReleaseFile;
    this.releaseFiles.set(number, file);
    return file;
  }

  private requireLoaded(): Bank {
    if (!this.current) throw new Error('Load the bank before changing it.');
    return this.current;
  }
}
