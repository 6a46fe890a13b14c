import type { SqliteDatabase } from './Database';
import { readItemProperty } from './itemProperty';
import type {
  FeedNotification, ItemVersionRecord, ListDefinition, ListItemRecord, OutboxMail, SiteRecord, TenantGroup, TenantUser
} from './model';

/** A list with its live items and the value indexes of its indexed columns. */
export interface ListState {
  def: ListDefinition;
  items: Map<number, ListItemRecord>;
  /** For each indexed column: normalised value → ids of the items holding it. */
  indexes: Map<string, Map<unknown, Set<number>>>;
}

/** Normalises a value for an index key: SharePoint compares text case-insensitively. */
export function indexKey(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (value === undefined) return null;
  return value;
}

/**
 * The local tenant's state: kept in memory for fast reads, written through to SQLite on every change,
 * so a restart finds everything that was saved. Item history is read from SQLite on demand only.
 */
export class Store {
  readonly users = new Map<string, TenantUser>();
  readonly groups = new Map<string, TenantGroup>();
  readonly sites = new Map<string, SiteRecord>();
  readonly lists = new Map<string, ListState>();
  private readonly statements: ReturnType<Store['prepare']>;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = this.prepare();
    this.load();
  }

  private prepare() {
    const db = this.db;
    return {
      upsertUser: db.prepare('INSERT OR REPLACE INTO tenant_users (id, json) VALUES (?, ?)'),
      upsertGroup: db.prepare('INSERT OR REPLACE INTO tenant_groups (id, json) VALUES (?, ?)'),
      upsertSite: db.prepare('INSERT OR REPLACE INTO sites (id, json) VALUES (?, ?)'),
      upsertList: db.prepare('INSERT OR REPLACE INTO lists (id, site_id, json) VALUES (?, ?, ?)'),
      deleteList: db.prepare('DELETE FROM lists WHERE id = ?'),
      deleteListItems: db.prepare('DELETE FROM items WHERE list_id = ?'),
      upsertItem: db.prepare('INSERT OR REPLACE INTO items (list_id, id, json) VALUES (?, ?, ?)'),
      deleteItem: db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?'),
      insertVersion: db.prepare('INSERT OR REPLACE INTO item_versions (list_id, item_id, version_id, json) VALUES (?, ?, ?, ?)'),
      selectVersions: db.prepare('SELECT json FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version_id DESC'),
      insertRecycled: db.prepare('INSERT OR REPLACE INTO recycle_bin (id, site_id, json) VALUES (?, ?, ?)'),
      upsertContent: db.prepare('INSERT OR REPLACE INTO file_contents (id, bytes) VALUES (?, ?)'),
      selectContent: db.prepare('SELECT bytes FROM file_contents WHERE id = ?'),
      insertFeed: db.prepare('INSERT INTO graph_feed (id, json) VALUES (?, ?)'),
      selectFeed: db.prepare('SELECT json FROM graph_feed ORDER BY rowid DESC LIMIT ?'),
      insertMail: db.prepare('INSERT INTO graph_outbox (id, json) VALUES (?, ?)'),
      selectOutbox: db.prepare('SELECT json FROM graph_outbox ORDER BY rowid DESC LIMIT ?'),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
    };
  }

  private load(): void {
    const rows = (sql: string): { json: string }[] => this.db.prepare(sql).all() as { json: string }[];
    for (const row of rows('SELECT json FROM tenant_users')) {
      const user = JSON.parse(row.json) as TenantUser;
      this.users.set(user.id, user);
    }
    for (const row of rows('SELECT json FROM tenant_groups')) {
      const group = JSON.parse(row.json) as TenantGroup;
      this.groups.set(group.id, group);
    }
    for (const row of rows('SELECT json FROM sites')) {
      const site = JSON.parse(row.json) as SiteRecord;
      this.sites.set(site.id, site);
    }
    for (const row of rows('SELECT json FROM lists')) {
      const def = JSON.parse(row.json) as ListDefinition;
      this.lists.set(def.Id, { def, items: new Map(), indexes: new Map() });
    }
    for (const row of rows('SELECT json FROM items ORDER BY list_id, id')) {
      const item = JSON.parse(row.json) as ListItemRecord;
      this.lists.get(item.listId)?.items.set(item.Id, item);
    }
    for (const list of this.lists.values()) this.rebuildIndexes(list);
  }

  /** True once the tenant has been seeded. */
  isSeeded(): boolean {
    return this.getMeta('seeded') !== undefined;
  }

  getMeta(key: string): string | undefined {
    const row = this.statements.getMeta.get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.statements.setMeta.run(key, value);
  }

  /** Runs `work` in one SQLite transaction (used by seeding, so a half-made tenant is never left behind). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  saveUser(user: TenantUser): void {
    this.users.set(user.id, user);
    this.statements.upsertUser.run(user.id, JSON.stringify(user));
  }

  saveGroup(group: TenantGroup): void {
    this.groups.set(group.id, group);
    this.statements.upsertGroup.run(group.id, JSON.stringify(group));
  }

  saveSite(site: SiteRecord): void {
    this.sites.set(site.id, site);
    this.statements.upsertSite.run(site.id, JSON.stringify(site));
  }

  /** The site whose server-relative URL is `url` (case-insensitive), if any. */
  siteByUrl(url: string): SiteRecord | undefined {
    const wanted = url.toLowerCase().replace(/\/$/, '');
    for (const site of this.sites.values()) if (site.serverRelativeUrl.toLowerCase() === wanted) return site;
    return undefined;
  }

  listsOfSite(siteId: string): ListState[] {
    return [...this.lists.values()].filter(list => list.def.siteId === siteId);
  }

  saveList(def: ListDefinition): ListState {
    let state = this.lists.get(def.Id);
    if (!state) {
      state = { def, items: new Map(), indexes: new Map() };
      this.lists.set(def.Id, state);
    } else {
      state.def = def;
    }
    this.rebuildIndexes(state);
    this.statements.upsertList.run(def.Id, def.siteId, JSON.stringify(def));
    return state;
  }

  /** Persists a list's definition when only counters or settings changed (no index rebuild). */
  persistListDefinition(def: ListDefinition): void {
    this.statements.upsertList.run(def.Id, def.siteId, JSON.stringify(def));
  }

  deleteList(listId: string): void {
    this.lists.delete(listId);
    this.statements.deleteList.run(listId);
    this.statements.deleteListItems.run(listId);
  }

  /** Stores an item (new or changed) and keeps the column indexes true. */
  saveItem(list: ListState, item: ListItemRecord): void {
    const previous = list.items.get(item.Id);
    if (previous) this.unindex(list, previous);
    list.items.set(item.Id, item);
    this.index(list, item);
    list.def.LastItemModifiedDate = item.Modified;
    this.statements.upsertItem.run(item.listId, item.Id, JSON.stringify(item));
  }

  /** Removes an item from the list, keeping it in the site's recycle bin. */
  recycleItem(list: ListState, item: ListItemRecord, recycleId: string, deletedBy: number, deletedAt: string): void {
    this.unindex(list, item);
    list.items.delete(item.Id);
    this.statements.deleteItem.run(item.listId, item.Id);
    this.statements.insertRecycled.run(recycleId, list.def.siteId, JSON.stringify({ item, deletedBy, deletedAt, listTitle: list.def.Title }));
    // SharePoint stamps the list itself (SP.List.LastItemDeletedDate): no client writes it.
    list.def.LastItemDeletedDate = deletedAt;
    this.persistListDefinition(list.def);
  }

  /** Keeps a history entry; lists without versioning keep none (SharePoint keeps versions only where it is on). */
  addVersion(version: ItemVersionRecord): void {
    if (this.lists.get(version.listId)?.def.EnableVersioning !== true) return;
    this.statements.insertVersion.run(version.listId, version.itemId, version.versionId, JSON.stringify(version));
  }

  versionsOf(listId: string, itemId: number): ItemVersionRecord[] {
    return (this.statements.selectVersions.all(listId, itemId) as { json: string }[]).map(r => JSON.parse(r.json) as ItemVersionRecord);
  }

  saveContent(id: string, bytes: Buffer): void {
    this.statements.upsertContent.run(id, bytes);
  }

  content(id: string): Buffer | undefined {
    const row = this.statements.selectContent.get(id) as { bytes: Buffer } | undefined;
    return row?.bytes;
  }

  addNotification(notification: FeedNotification): void {
    this.statements.insertFeed.run(notification.id, JSON.stringify(notification));
  }

  notifications(limit = 500): FeedNotification[] {
    return (this.statements.selectFeed.all(limit) as { json: string }[]).map(r => JSON.parse(r.json) as FeedNotification);
  }

  addMail(mail: OutboxMail): void {
    this.statements.insertMail.run(mail.id, JSON.stringify(mail));
  }

  outbox(limit = 500): OutboxMail[] {
    return (this.statements.selectOutbox.all(limit) as { json: string }[]).map(r => JSON.parse(r.json) as OutboxMail);
  }

  close(): void {
    this.db.close();
  }

  private rebuildIndexes(list: ListState): void {
    list.indexes.clear();
    for (const field of list.def.fields) {
      if (field.Indexed && field.InternalName !== 'ID') list.indexes.set(indexedProperty(field.InternalName, field.FieldTypeKind), new Map());
    }
    for (const item of list.items.values()) this.index(list, item);
  }

  private index(list: ListState, item: ListItemRecord): void {
    for (const [property, index] of list.indexes) {
      const key = indexKey(readItemProperty(item, property));
      let ids = index.get(key);
      if (!ids) index.set(key, (ids = new Set()));
      ids.add(item.Id);
    }
  }

  private unindex(list: ListState, item: ListItemRecord): void {
    for (const [property, index] of list.indexes) index.get(indexKey(readItemProperty(item, property)))?.delete(item.Id);
  }
}

/** The property an indexed column's value is stored under (lookups and people store `<Name>Id`). */
export function indexedProperty(internalName: string, fieldTypeKind: number): string {
  return fieldTypeKind === 7 || fieldTypeKind === 20 ? `${internalName}Id` : internalName;
}
