/**
 * Where leefwereldtoets responses are kept, on any `Store`.
 *
 * What is stored, and why it cannot identify anyone:
 * - `ltw_responses`: the structured answers with questionnaire, version, region, target group, age band and
 *   the month. No address, user agent, cookie, exact time or identifier; the row key is random, so it says
 *   nothing about the order in which responses arrived.
 * - `ltw_free_texts`: the redacted free text with only questionnaire, region and month, under its own random
 *   key and with no column that points at the structured answers.
 * - `ltw_idempotency_keys`: a SHA-256 hash of the client's retry key and the month, with no link to the
 *   response, so a retried submission counts once; keys from before last month are deleted on start.
 * - `ltw_respondent_counts`, `ltw_answer_counts`: counters per (questionnaire, region, month, target group,
 *   age band [, item, answer]), updated in the same transaction as the response, so results never scan the
 *   responses and are consistent with them at every commit.
 */
import type { AnswerCell } from './suppression';
import { createHash, randomBytes } from 'node:crypto';
import type { Migration, SqlExecutor, Store } from '../storage';
import { redact } from './redact';
import type { Submission } from './validate';

export const leefwereldtoetsMigrations: Migration[] = [
  {
    id: 'leefwereldtoets-001-responses',
    statements: {
      sqlite: [
        `CREATE TABLE ltw_responses (id TEXT PRIMARY KEY, questionnaire TEXT NOT NULL, version INTEGER NOT NULL, region TEXT NOT NULL,
          target_group TEXT NOT NULL, age_band TEXT NOT NULL, month TEXT NOT NULL, answers TEXT NOT NULL) WITHOUT ROWID`,
        `CREATE TABLE ltw_free_texts (id TEXT PRIMARY KEY, questionnaire TEXT NOT NULL, region TEXT NOT NULL, month TEXT NOT NULL,
          body TEXT NOT NULL) WITHOUT ROWID`,
        'CREATE TABLE ltw_idempotency_keys (key_hash TEXT PRIMARY KEY, month TEXT NOT NULL) WITHOUT ROWID',
      ],
      postgres: [
        `CREATE TABLE ltw_responses (id TEXT PRIMARY KEY, questionnaire TEXT NOT NULL, version INTEGER NOT NULL, region TEXT NOT NULL,
          target_group TEXT NOT NULL, age_band TEXT NOT NULL, month TEXT NOT NULL, answers TEXT NOT NULL)`,
        `CREATE TABLE ltw_free_texts (id TEXT PRIMARY KEY, questionnaire TEXT NOT NULL, region TEXT NOT NULL, month TEXT NOT NULL,
          body TEXT NOT NULL)`,
        'CREATE TABLE ltw_idempotency_keys (key_hash TEXT PRIMARY KEY, month TEXT NOT NULL)',
      ],
    },
  },
  {
    id: 'leefwereldtoets-002-counters',
    statements: [
      `CREATE TABLE ltw_respondent_counts (questionnaire TEXT NOT NULL, region TEXT NOT NULL, month TEXT NOT NULL, target_group TEXT NOT NULL,
        age_band TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (questionnaire, region, month, target_group, age_band))`,
      `CREATE TABLE ltw_answer_counts (questionnaire TEXT NOT NULL, region TEXT NOT NULL, month TEXT NOT NULL, target_group TEXT NOT NULL,
        age_band TEXT NOT NULL, item_id TEXT NOT NULL, answer TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (questionnaire, region, month, target_group, age_band, item_id, answer))`,
    ],
  },
];

/** The month a response is counted in ("2026-11"); the only time that is stored. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

function randomId(): string {
  return randomBytes(16).toString('hex');
}

function hashKey(key: string): string {
  return createHash('sha256').update(`leefwereldtoets:${key}`).digest('hex');
}

export type SaveOutcome = 'saved' | 'duplicate';

/**
 * Stores one response atomically: the response, its counters and its free text commit together or not at
 * all. With an idempotency key already seen, nothing is written and the outcome is `duplicate`.
 */
export async function saveResponse(store: Store, submission: Submission, now = new Date()): Promise<SaveOutcome> {
  return store.transaction((tx) => writeResponse(tx, submission, now));
}

/** The writes of one response, inside the caller's transaction. */
export async function writeResponse(tx: SqlExecutor, submission: Submission, now: Date): Promise<SaveOutcome> {
  const month = monthOf(now);
  const { questionnaire, region, targetGroup, ageBand } = submission;
  if (submission.idempotencyKey) {
    const inserted = await tx.run('INSERT INTO ltw_idempotency_keys (key_hash, month) VALUES (?, ?) ON CONFLICT DO NOTHING', [
      hashKey(submission.idempotencyKey),
      month,
    ]);
    if (inserted.changes === 0) return 'duplicate';
  }
  await tx.run(
    'INSERT INTO ltw_responses (id, questionnaire, version, region, target_group, age_band, month, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [randomId(), questionnaire, submission.version, region, targetGroup, ageBand, month, JSON.stringify(submission.answers)],
  );
  await incrementCounters(tx, { questionnaire, region, month, targetGroup, ageBand }, submission.answers, 1);
  if (submission.freeText) {
    await tx.run('INSERT INTO ltw_free_texts (id, questionnaire, region, month, body) VALUES (?, ?, ?, ?, ?)', [
      randomId(),
      questionnaire,
      region,
      month,
      redact(submission.freeText),
    ]);
  }
  return 'saved';
}

/**
 * Group commit: responses that arrive while a commit is in progress are written together in the next
 * transaction, and each caller hears back only after that commit is durable. Every response stays atomic
 * (all its rows are in one commit), but one fsync serves many responses instead of one each; with
 * `synchronous=FULL` the fsync is what limits throughput. If a batch fails, its responses are retried one
 * by one, so one bad response cannot take others down with it.
 */
export class ResponseWriter {
  private pending: { submission: Submission; resolve(outcome: SaveOutcome): void; reject(error: unknown): void }[] = [];
  private flushing = false;

  constructor(
    private readonly store: () => Promise<Store>,
    private readonly maxBatch = 250,
    private readonly now: () => Date = () => new Date(),
  ) {}

  save(submission: Submission): Promise<SaveOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ submission, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.maxBatch);
        let store: Store;
        try {
          store = await this.store();
        } catch (error) {
          for (const item of batch) item.reject(error);
          continue;
        }
        const now = this.now();
        try {
          const outcomes = await store.transaction(async (tx) => {
            const results: SaveOutcome[] = [];
            for (const item of batch) results.push(await writeResponse(tx, item.submission, now));
            return results;
          });
          batch.forEach((item, index) => item.resolve(outcomes[index]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else for (const item of batch) await saveResponse(store, item.submission, now).then(item.resolve, item.reject);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}

export interface CounterCell {
  questionnaire: string;
  region: string;
  month: string;
  targetGroup: string;
  ageBand: string;
}

/**
 * Adds `by` respondents (and their answers) to the counters. Rows are touched in a fixed order (respondent
 * row, then answers sorted by item) so concurrent PostgreSQL transactions cannot deadlock on them.
 */
export async function incrementCounters(tx: SqlExecutor, cell: CounterCell, answers: Record<string, number | string>, by: number): Promise<void> {
  const key = [cell.questionnaire, cell.region, cell.month, cell.targetGroup, cell.ageBand];
  await tx.run(
    `INSERT INTO ltw_respondent_counts (questionnaire, region, month, target_group, age_band, n) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (questionnaire, region, month, target_group, age_band) DO UPDATE SET n = ltw_respondent_counts.n + excluded.n`,
    [...key, by],
  );
  const entries = Object.entries(answers).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return;
  await tx.run(
    `INSERT INTO ltw_answer_counts (questionnaire, region, month, target_group, age_band, item_id, answer, n) VALUES
     ${entries.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
     ON CONFLICT (questionnaire, region, month, target_group, age_band, item_id, answer) DO UPDATE SET n = ltw_answer_counts.n + excluded.n`,
    entries.flatMap(([item, answer]) => [...key, item, String(answer), by]),
  );
}

/** Deletes retry keys older than last month: a retry never comes that late, and old keys serve nothing. */
export async function pruneIdempotencyKeys(store: Store, now = new Date()): Promise<void> {
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  await store.run('DELETE FROM ltw_idempotency_keys WHERE month < ?', [monthOf(lastMonth)]);
}

export interface RespondentCell {
  region: string;
  month: string;
  targetGroup: string;
  ageBand: string;
  n: number;
}

export async function loadRespondentCells(store: Store, questionnaire: string): Promise<RespondentCell[]> {
  return store.all<RespondentCell>(
    'SELECT region, month, target_group AS "targetGroup", age_band AS "ageBand", n FROM ltw_respondent_counts WHERE questionnaire = ?',
    [questionnaire],
  );
}

export interface CountFilter {
  region?: string;
  /** "2026" or "2026-11". */
  period?: string;
  targetGroup?: string;
  ageBand?: string;
}

function whereClause(questionnaire: string, filter: CountFilter, withPeriodColumn = true): { sql: string; params: string[] } {
  const conditions = ['questionnaire = ?'];
  const params = [questionnaire];
  if (filter.region) (conditions.push('region = ?'), params.push(filter.region));
  if (filter.period && withPeriodColumn) {
    if (filter.period.length === 4) (conditions.push('month >= ? AND month <= ?'), params.push(`${filter.period}-01`, `${filter.period}-12`));
    else (conditions.push('month = ?'), params.push(filter.period));
  }
  if (filter.targetGroup) (conditions.push('target_group = ?'), params.push(filter.targetGroup));
  if (filter.ageBand) (conditions.push('age_band = ?'), params.push(filter.ageBand));
  return { sql: conditions.join(' AND '), params };
}

export async function loadAnswerCounts(store: Store, questionnaire: string, filter: CountFilter): Promise<{ item: string; answer: string; n: number }[]> {
  const where = whereClause(questionnaire, filter);
  return store.all(`SELECT item_id AS item, answer, SUM(n) AS n FROM ltw_answer_counts WHERE ${where.sql} GROUP BY item_id, answer`, where.params);
}

/** Every answer counter of a questionnaire, for deciding suppression over all selections at once. */
export async function loadAnswerCells(store: Store, questionnaire: string): Promise<AnswerCell[]> {
  return store.all<AnswerCell>(
    'SELECT region, month, target_group AS "targetGroup", age_band AS "ageBand", item_id AS item, answer, n FROM ltw_answer_counts WHERE questionnaire = ?',
    [questionnaire],
  );
}

export async function loadFreeTexts(store: Store, questionnaire: string, filter: Pick<CountFilter, 'region' | 'period'>): Promise<string[]> {
  const where = whereClause(questionnaire, filter);
  const rows = await store.all<{ body: string }>(`SELECT body FROM ltw_free_texts WHERE ${where.sql} ORDER BY body`, where.params);
  return rows.map((row) => row.body);
}

export async function countResponses(store: Store): Promise<number> {
  return (await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ltw_responses'))!.n;
}
