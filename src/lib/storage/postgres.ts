import pg from 'pg';
import { applyMigrations } from './migrate';
import type { Migration, SqlExecutor, SqlValue, Store } from './types';

/** `?` → `$1, $2, …` (SQL text never contains a literal question mark; see types.ts). */
export function toPostgresPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

/** Integer results as numbers: counts in this portal stay far below 2^53. */
const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === 20 || oid === 1700 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text'),
};

function executorFor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    run: async (sql, params = []) => ({ changes: (await client.query(toPostgresPlaceholders(sql), params as SqlValue[])).rowCount ?? 0 }),
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(toPostgresPlaceholders(sql), params as SqlValue[])).rows as Row[],
    get: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(toPostgresPlaceholders(sql), params as SqlValue[])).rows[0] as Row | undefined,
  };
}

/**
 * PostgreSQL store. `schema` (optional) puts every table in its own schema, created if missing; tests use
 * a schema per run so runs never see each other's data.
 */
export class PostgresStore implements Store {
  readonly dialect = 'postgres' as const;
  private readonly pool: pg.Pool;
  private readonly executor: SqlExecutor;
  private readonly ready: Promise<void>;

  constructor(connectionString: string, options: { schema?: string; max?: number } = {}) {
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Ongeldige schemanaam "${schema}".`);
    this.pool = new pg.Pool({
      connectionString,
      max: options.max ?? 10,
      types,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    this.executor = executorFor(this.pool);
    this.ready = schema ? this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).then(() => undefined) : Promise.resolve();
  }

  async run(sql: string, params?: readonly SqlValue[]) {
    await this.ready;
    return this.executor.run(sql, params);
  }
  async all<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]) {
    await this.ready;
    return this.executor.all<Row>(sql, params);
  }
  async get<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]) {
    await this.ready;
    return this.executor.get<Row>(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    await this.ready;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(executorFor(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async migrate(migrations: readonly Migration[]): Promise<void> {
    // One fixed advisory lock key: two servers starting together apply each migration once.
    await applyMigrations(this, migrations, 'SELECT pg_advisory_xact_lock(72010601)');
  }

  /** Drops the schema with everything in it (tests only). */
  async dropSchema(schema: string): Promise<void> {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Ongeldige schemanaam "${schema}".`);
    await this.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
