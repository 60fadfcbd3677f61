/**
 * Starts the built portal (`scripts/serve.mjs`, as `npm start` does) as a child process on a free port,
 * against SQLite in a throw-away DATA_DIR or against PostgreSQL (TEST_DATABASE_URL) in a schema of its own,
 * and opens the same store in the test for checking what was stored.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PostgresStore, SqliteStore, type Store } from '../../src/lib/storage';
import { leefwereldtoetsMigrations } from '../../src/lib/leefwereldtoets/repository';
import { testDatabaseUrl } from '../../src/lib/storage/test-stores';
import { freePort } from '../support/free-port';

const root = path.resolve(import.meta.dirname, '../..');

export const storeKinds: ('sqlite' | 'postgres')[] = testDatabaseUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface ServedPortal {
  baseUrl: string;
  process: ChildProcess;
  /** Starts the server again on the same data (after a stop or a kill). */
  restart(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Opens the same store as the server, migrated. */
  openStore(): Promise<Store>;
  cleanup(): Promise<void>;
}

export async function servePortal(kind: 'sqlite' | 'postgres', env: Record<string, string> = {}): Promise<ServedPortal> {
  if (!existsSync(path.join(root, 'dist/server/entry.mjs'))) throw new Error('Bouw de site eerst met "npm run build".');
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-ltw-'));
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverEnv: Record<string, string> = {
    ...(process.env as Record<string, string>),
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    LTW_RATE_LIMIT: '1000000',
    ...(kind === 'postgres' ? { DATABASE_URL: testDatabaseUrl!, DATABASE_SCHEMA: schema } : { DATABASE_URL: '' }),
    ...env,
  };
  const stores: Store[] = [];
  const portal: ServedPortal = {
    baseUrl,
    process: undefined as unknown as ChildProcess,
    async restart() {
      portal.process = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs')], { cwd: root, env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
      for (let attempt = 0; attempt < 150; attempt++) {
        if (portal.process.exitCode !== null) throw new Error(`De server stopte met code ${portal.process.exitCode}.`);
        try {
          if ((await fetch(`${baseUrl}/api/leefwereldtoets/vragenlijsten`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`De server op ${baseUrl} reageerde niet.`);
    },
    async kill(signal) {
      const exited = new Promise((resolve) => portal.process.once('exit', resolve));
      portal.process.kill(signal);
      await exited;
    },
    async openStore() {
      const store = kind === 'postgres' ? new PostgresStore(testDatabaseUrl!, { schema }) : new SqliteStore(path.join(dataDir, 'portal.sqlite'));
      await store.migrate(leefwereldtoetsMigrations);
      stores.push(store);
      return store;
    },
    async cleanup() {
      if (portal.process.exitCode === null && portal.process.signalCode === null) await portal.kill('SIGTERM');
      for (const store of stores.splice(0)) {
        if (store instanceof PostgresStore) await store.dropSchema(schema);
        await store.close();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await portal.restart();
  return portal;
}

export function postJson(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/leefwereldtoets/antwoorden`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Everything stored, for "the store is unchanged" checks. */
export async function storeSnapshot(store: Store): Promise<Record<string, number>> {
  const tables = ['ltw_responses', 'ltw_free_texts', 'ltw_idempotency_keys', 'ltw_respondent_counts', 'ltw_answer_counts'];
  const snapshot: Record<string, number> = {};
  for (const table of tables) snapshot[table] = (await store.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n;
  return snapshot;
}
