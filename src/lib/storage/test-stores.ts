/**
 * Stores for tests: always a throw-away SQLite file; PostgreSQL as well when TEST_DATABASE_URL is set
 * (CI sets it). Each PostgreSQL store lives in its own schema, dropped afterwards, so runs never interfere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';
import { afterEach } from 'vitest';
import type { Migration, Store } from './types';

export interface StoreUnderTest {
  name: 'sqlite' | 'postgres';
  open(): Promise<{ store: Store; cleanup(): Promise<void> }>;
}

export const testDatabaseUrl = process.env.TEST_DATABASE_URL;

export function storesUnderTest(): StoreUnderTest[] {
  const stores: StoreUnderTest[] = [
    {
      name: 'sqlite',
      async open() {
        const dir = mkdtempSync(path.join(tmpdir(), 'portal-store-'));
        const store = new SqliteStore(path.join(dir, 'test.sqlite'));
        return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
      },
    },
  ];
  if (testDatabaseUrl) {
    stores.push({
      name: 'postgres',
      async open() {
        const schema = `test_${randomBytes(6).toString('hex')}`;
        const store = new PostgresStore(testDatabaseUrl, { schema });
        return { store, cleanup: async () => { await store.dropSchema(schema); await store.close(); } };
      },
    });
  }
  return stores;
}

/**
 * For a `describe` block: returns `open()`, which gives a fresh store (migrated with `migrations`) and
 * removes it after the test that opened it.
 */
export function freshStorePerTest(kind: StoreUnderTest, migrations: Migration[] = []): () => Promise<Store> {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
  return async () => {
    const opened = await kind.open();
    cleanup = opened.cleanup;
    if (migrations.length > 0) await opened.store.migrate(migrations);
    return opened.store;
  };
}
