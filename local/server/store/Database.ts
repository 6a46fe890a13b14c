import BetterSqlite3 from 'better-sqlite3';
import * as fs from 'fs';
import * as path from 'path';

/** The SQLite file behind the local tenant. Rows hold JSON documents; the schema is SharePoint's, not ours. */
export type SqliteDatabase = BetterSqlite3.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tenant_users (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tenant_groups (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, site_id TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (list_id TEXT NOT NULL, id INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (list_id, id));
CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version_id INTEGER NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version_id)
);
CREATE TABLE IF NOT EXISTS recycle_bin (id TEXT PRIMARY KEY, site_id TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS file_contents (id TEXT PRIMARY KEY, bytes BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS graph_feed (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS graph_outbox (id TEXT PRIMARY KEY, json TEXT NOT NULL);
`;

/**
 * Opens (creating when needed) the database at `file`, or an in-memory one for `':memory:'`.
 * WAL keeps writes cheap; `synchronous = NORMAL` is safe with WAL and is what a dev server wants.
 */
export function openDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  return db;
}
