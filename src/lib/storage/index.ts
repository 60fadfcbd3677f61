/**
 * Opens the portal's store: PostgreSQL when `DATABASE_URL` starts with postgres:// (or postgresql://),
 * otherwise SQLite in `DATA_DIR` (default ./data). One store per process, opened lazily; each feature
 * passes its migrations, which run once on start.
 */
import path from 'node:path';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';
import type { Migration, Store } from './types';

export type { Migration, SqlExecutor, SqlValue, Store } from './types';
export { PostgresStore } from './postgres';
export { SqliteStore } from './sqlite';

export interface StoreConfig {
  databaseUrl?: string;
  dataDir?: string;
  /** SQLite file name inside dataDir. */
  fileName?: string;
  /** PostgreSQL schema; `DATABASE_SCHEMA` (tests give each run its own). */
  schema?: string;
}

export function openStore(config: StoreConfig = {}): Store {
  const databaseUrl = config.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    return new PostgresStore(databaseUrl, { schema: config.schema ?? process.env.DATABASE_SCHEMA });
  }
  const dataDir = path.resolve(config.dataDir ?? process.env.DATA_DIR ?? './data');
  return new SqliteStore(path.join(dataDir, config.fileName ?? 'portal.sqlite'));
}

const shared = new Map<string, Promise<Store>>();

/**
 * The process-wide store with the given migrations applied; `key` names the feature so each feature's
 * migrations run once. All features share one underlying database connection per process.
 */
let processStore: Store | undefined;
export function sharedStore(key: string, migrations: readonly Migration[]): Promise<Store> {
  let ready = shared.get(key);
  if (!ready) {
    processStore ??= openStore();
    const store = processStore;
    ready = store.migrate(migrations).then(() => store);
    ready.catch(() => shared.delete(key));
    shared.set(key, ready);
  }
  return ready;
}
