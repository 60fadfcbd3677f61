import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations } from './migrate';
import type { Migration, SqlExecutor, SqlValue, Store } from './types';

/**
 * Embedded store on `node:sqlite`. Crash safety: WAL journal mode, and `synchronous=FULL` so every commit
 * is fsynced to the WAL before the API answers 201; with NORMAL a power loss (not a process crash) could
 * lose the last commits that were already acknowledged, and an acknowledged response must never be lost.
 * The cost (one fsync per response) is measured in `npm run bench`.
 *
 * node:sqlite is synchronous and one connection serves the whole process, so transactions are queued:
 * an async transaction body can never interleave with another one's statements.
 */
export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA journal_mode = WAL');
    this.db.exec('PRAGMA synchronous = FULL');
    this.db.exec('PRAGMA foreign_keys = ON');
    this.db.exec('PRAGMA busy_timeout = 5000');
  }

  private prepare(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private readonly executor: SqlExecutor = {
    run: async (sql, params = []) => ({ changes: Number(this.prepare(sql).run(...(params as SqlValue[])).changes) }),
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => this.prepare(sql).all(...(params as SqlValue[])) as Row[],
    get: async <Row>(sql: string, params: readonly SqlValue[] = []) => this.prepare(sql).get(...(params as SqlValue[])) as Row | undefined,
  };

  /** Statements outside a transaction wait for queued transactions, so they never land inside one. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  run(sql: string, params?: readonly SqlValue[]) {
    return this.exclusive(() => this.executor.run(sql, params));
  }
  all<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]) {
    return this.exclusive(() => this.executor.all<Row>(sql, params));
  }
  get<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]) {
    return this.exclusive(() => this.executor.get<Row>(sql, params));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.executor);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async migrate(migrations: readonly Migration[]): Promise<void> {
    await applyMigrations(this, migrations);
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }
}
