import type { Migration, Store } from './types';

/**
 * Applies pending migrations in order. Each migration and its record in `schema_migrations` commit together,
 * so a crash mid-migration leaves the schema at the previous version, never half-changed.
 * `lock` serialises concurrent starters (PostgreSQL: an advisory lock; SQLite: the write lock of BEGIN IMMEDIATE).
 */
export async function applyMigrations(store: Store, migrations: readonly Migration[], lockStatement?: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const migration of migrations) {
    if (ids.has(migration.id)) throw new Error(`Migratie "${migration.id}" staat dubbel in de lijst.`);
    ids.add(migration.id);
  }
  await store.run('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY)');
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await store.transaction(async (tx) => {
      if (lockStatement) await tx.run(lockStatement);
      const done = await tx.get('SELECT id FROM schema_migrations WHERE id = ?', [migration.id]);
      if (done) return false;
      const statements = Array.isArray(migration.statements)
        ? migration.statements
        : (migration.statements as { sqlite: string[]; postgres: string[] })[store.dialect];
      for (const statement of statements) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (id) VALUES (?)', [migration.id]);
      return true;
    });
    if (didApply) applied.push(migration.id);
  }
  return applied;
}
