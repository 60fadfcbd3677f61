import { describe, expect, it } from 'vitest';
import { freshStorePerTest, storesUnderTest } from './test-stores';
import { toPostgresPlaceholders } from './postgres';
import type { Migration } from './types';

const migrations: Migration[] = [
  { id: 'test-001-notes', statements: ['CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0)'] },
  {
    id: 'test-002-index',
    statements: { sqlite: ['CREATE INDEX notes_body ON notes (body)'], postgres: ['CREATE INDEX notes_body ON notes (body)'] },
  },
];

describe('postgres placeholders', () => {
  it('numbers question marks in order', () => {
    expect(toPostgresPlaceholders('SELECT ? , ? FROM t WHERE a = ?')).toBe('SELECT $1 , $2 FROM t WHERE a = $3');
  });
});

for (const kind of storesUnderTest()) {
  describe(`storage (${kind.name})`, () => {
    const open = freshStorePerTest(kind);

    it('applies migrations once, in order, and records them', async () => {
      const store = await open();
      await store.migrate(migrations);
      await store.migrate(migrations);
      const rows = await store.all<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
      expect(rows.map((row) => row.id)).toEqual(['test-001-notes', 'test-002-index']);
    });

    it('refuses a list with the same migration twice', async () => {
      const store = await open();
      await expect(store.migrate([migrations[0]!, migrations[0]!])).rejects.toThrow(/dubbel/);
    });

    it('passes values as parameters, so quotes and SQL in values are stored literally', async () => {
      const store = await open();
      await store.migrate(migrations);
      const body = "x'); DROP TABLE notes; --";
      await store.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['a', body]);
      expect(await store.get('SELECT body FROM notes WHERE id = ?', ['a'])).toEqual({ body });
    });

    it('commits a transaction as a whole and rolls back everything when it throws', async () => {
      const store = await open();
      await store.migrate(migrations);
      await store.transaction(async (tx) => {
        await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['a', 'een']);
        await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['b', 'twee']);
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['c', 'drie']);
          await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['a', 'dubbel']);
        }),
      ).rejects.toThrow();
      const rows = await store.all<{ id: string }>('SELECT id FROM notes ORDER BY id');
      expect(rows.map((row) => row.id)).toEqual(['a', 'b']);
    });

    it('keeps concurrent read-modify-write transactions from losing updates', async () => {
      const store = await open();
      await store.migrate(migrations);
      await store.run('INSERT INTO notes (id, body, n) VALUES (?, ?, ?)', ['teller', 'x', 0]);
      await Promise.all(
        Array.from({ length: 50 }, () =>
          store.transaction(async (tx) => {
            await tx.run('UPDATE notes SET n = n + 1 WHERE id = ?', ['teller']);
          }),
        ),
      );
      expect(await store.get('SELECT n FROM notes WHERE id = ?', ['teller'])).toEqual({ n: 50 });
    });

    it('returns counts and sums as numbers', async () => {
      const store = await open();
      await store.migrate(migrations);
      await store.run('INSERT INTO notes (id, body, n) VALUES (?, ?, ?), (?, ?, ?)', ['a', 'x', 2, 'b', 'y', 3]);
      expect(await store.get('SELECT COUNT(*) AS count, SUM(n) AS total FROM notes')).toEqual({ count: 2, total: 5 });
    });
  });
}
