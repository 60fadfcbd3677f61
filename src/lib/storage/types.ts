/**
 * The portal's storage contract, shared by every feature that stores anything (the leefwereldtoets,
 * lesson moderation of the learning expedition). Two implementations: embedded SQLite (`node:sqlite`,
 * the default) and PostgreSQL (`pg`, selected with `DATABASE_URL=postgres://…`).
 *
 * SQL is written once, in the common subset of both dialects, with `?` placeholders only: values always
 * travel as parameters, never spliced into the text. The PostgreSQL store rewrites `?` to `$1, $2, …`,
 * so SQL text must not contain a literal question mark.
 */
export type SqlValue = string | number | null;

/** Runs statements; inside a transaction this is the transaction's connection. */
export interface SqlExecutor {
  /** Executes a statement; `changes` is the number of rows inserted, updated or deleted. */
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** All result rows. Integer columns (also `COUNT(*)` and `SUM(…)` of integers) come back as numbers. */
  all<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** The first row, or undefined. */
  get<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
}

/** One versioned schema change. Ids are applied once, in array order, and recorded in `schema_migrations`. */
export interface Migration {
  /** Unique across all features, prefixed with the feature, e.g. `leefwereldtoets-001-responses`. */
  id: string;
  /** Statements in the common dialect, or per dialect where they differ. */
  statements: readonly string[] | { sqlite: readonly string[]; postgres: readonly string[] };
}

export interface Store extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Runs `work` atomically: committed when it resolves, rolled back when it throws (the error is rethrown).
   * Transactions never interleave on the embedded store; on PostgreSQL each gets its own connection.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Applies the migrations not yet applied, each in its own transaction. Safe to call on every start. */
  migrate(migrations: readonly Migration[]): Promise<void>;
  close(): Promise<void>;
}
