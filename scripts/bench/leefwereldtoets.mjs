#!/usr/bin/env node
/**
 * `npm run bench` (or `BENCH_ONLY=leefwereldtoets npm run bench`): the leefwereldtoets on each store.
 * 1. Submissions over HTTP against the built portal (`scripts/serve.mjs`): 20 concurrent clients, 2,000
 *    responses; submissions per second and p50/p99 latency.
 * 2. 1,000,000 stored responses, bulk-inserted in one transaction (generated in memory with the counters they
 *    add up to), then the latency of the results query over HTTP.
 * SQLite always; PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set (in a throw-away schema).
 * Needs `npm run build` first. `--responses N` changes the bulk size. Figures are printed, not asserted.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const responsesArg = process.argv.indexOf('--responses');
const bulkCount = responsesArg > -1 ? Number(process.argv[responsesArg + 1]) : 1_000_000;
const postgresUrl = process.env.TEST_DATABASE_URL ?? (/^postgres/.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : undefined);

if (!existsSync(path.join(root, 'dist/server/entry.mjs'))) {
  console.error('Bouw de site eerst met "npm run build".');
  process.exit(1);
}

const questionnaire = parse(readFileSync(path.join(root, 'content/leefwereldtoets/jongeren-12-17.yaml'), 'utf8'));
const items = questionnaire.steps.flatMap((step) => step.items).filter((item) => item.type !== 'open');
const regions = ['rijnmond', 'hart-van-brabant', 'eindhoven', 'twente', 'friesland', 'haaglanden', 'niet-in-lijst'];
const groups = questionnaire.targetGroups.map((choice) => choice.value);
const bands = questionnaire.ageBands.map((choice) => choice.value);

let seed = 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (values) => values[Math.floor(random() * values.length)];

function payload(index) {
  const antwoorden = {};
  for (const item of items) antwoorden[item.id] = item.type === 'schaal-5' ? 1 + Math.floor(random() * 5) : pick(item.options).value;
  return { vragenlijst: 'jongeren-12-17', versie: questionnaire.version, regio: pick(regions), doelgroep: pick(groups), leeftijd: pick(bands), antwoorden, sleutel: `bench-${index}-${randomBytes(4).toString('hex')}` };
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LTW_RATE_LIMIT: '100000000', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/leefwereldtoets/vragenlijsten`)).ok) return { baseUrl, child };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('De server start niet.');
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => `${value.toFixed(1)} ms`;

async function benchSubmissions(baseUrl, total = 2000, clients = 20) {
  const payloads = Array.from({ length: total }, (_, index) => JSON.stringify(payload(index)));
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const body = payloads[next++];
        const t0 = performance.now();
        const response = await fetch(`${baseUrl}/api/leefwereldtoets/antwoorden`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`Inzending gaf ${response.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: Math.round(total / seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function benchResults(baseUrl, runs = 40) {
  const queries = [
    'vragenlijst=jongeren-12-17',
    'vragenlijst=jongeren-12-17&regio=rijnmond',
    'vragenlijst=jongeren-12-17&regio=eindhoven&periode=2026',
    'vragenlijst=jongeren-12-17&regio=twente&periode=2026-05&doelgroep=mentale-problemen',
  ];
  const latencies = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const response = await fetch(`${baseUrl}/api/leefwereldtoets/resultaten?${queries[run % queries.length]}`);
    await response.json();
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * Generates `count` responses and the counters they add up to, in memory, and hands them to `write` in
 * batches: responses as rows, counters once at the end (a few thousand rows). The same rows the live path
 * would write, without a transaction per response.
 */
async function generateBulk(count, writeResponses, writeCounters) {
  const respondents = new Map();
  const answerCounts = new Map();
  let batch = [];
  for (let index = 0; index < count; index++) {
    const { regio, doelgroep, leeftijd, antwoorden } = payload(index);
    const month = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
    const cell = ['jongeren-12-17', regio, month, doelgroep, leeftijd];
    const cellKey = cell.join('|');
    respondents.set(cellKey, (respondents.get(cellKey) ?? 0) + 1);
    for (const [item, answer] of Object.entries(antwoorden)) {
      const key = `${cellKey}|${item}|${answer}`;
      answerCounts.set(key, (answerCounts.get(key) ?? 0) + 1);
    }
    batch.push([randomBytes(16).toString('hex'), 'jongeren-12-17', questionnaire.version, regio, doelgroep, leeftijd, month, JSON.stringify(antwoorden)]);
    if (batch.length === 1000) {
      await writeResponses(batch);
      batch = [];
    }
  }
  if (batch.length) await writeResponses(batch);
  await writeCounters(
    [...respondents].map(([key, n]) => [...key.split('|'), n]),
    [...answerCounts].map(([key, n]) => [...key.split('|'), n]),
  );
}

const responseColumns = '(id, questionnaire, version, region, target_group, age_band, month, answers)';
const respondentUpsert = (rows) => `INSERT INTO ltw_respondent_counts (questionnaire, region, month, target_group, age_band, n) VALUES ${rows}
  ON CONFLICT (questionnaire, region, month, target_group, age_band) DO UPDATE SET n = ltw_respondent_counts.n + excluded.n`;
const answerUpsert = (rows) => `INSERT INTO ltw_answer_counts (questionnaire, region, month, target_group, age_band, item_id, answer, n) VALUES ${rows}
  ON CONFLICT (questionnaire, region, month, target_group, age_band, item_id, answer) DO UPDATE SET n = ltw_answer_counts.n + excluded.n`;

async function benchStore(name, env, bulkInsert, cleanup) {
  console.log(`\n## ${name}`);
  let server = await startServer(env);
  try {
    const submissions = await benchSubmissions(server.baseUrl);
    console.log(`inzendingen (HTTP, 20 clients, 2.000): ${submissions.perSecond}/s, p50 ${ms(submissions.p50)}, p99 ${ms(submissions.p99)}`);
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const t0 = performance.now();
    await bulkInsert();
    console.log(`bulk-insert ${bulkCount.toLocaleString('nl-NL')} antwoorden met tellers: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    server = await startServer(env);
    await fetch(`${server.baseUrl}/api/leefwereldtoets/resultaten?vragenlijst=jongeren-12-17`).then((response) => response.json());
    const results = await benchResults(server.baseUrl);
    console.log(`resultaten-query (HTTP) bij ${bulkCount.toLocaleString('nl-NL')}+ antwoorden: p50 ${ms(results.p50)}, p99 ${ms(results.p99)}`);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    await cleanup();
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-ltw-'));
await benchStore(
  'SQLite (node:sqlite, WAL, synchronous=FULL)',
  { DATA_DIR: dataDir, DATABASE_URL: '' },
  async () => {
    const db = new DatabaseSync(path.join(dataDir, 'portal.sqlite'));
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('BEGIN');
    const insert = db.prepare(`INSERT INTO ltw_responses ${responseColumns} VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const respondent = db.prepare(respondentUpsert('(?, ?, ?, ?, ?, ?)'));
    const answer = db.prepare(answerUpsert('(?, ?, ?, ?, ?, ?, ?, ?)'));
    await generateBulk(
      bulkCount,
      async (rows) => rows.forEach((row) => insert.run(...row)),
      async (respondentRows, answerRows) => {
        respondentRows.forEach((row) => respondent.run(...row));
        answerRows.forEach((row) => answer.run(...row));
      },
    );
    db.exec('COMMIT');
    db.close();
  },
  async () => rmSync(dataDir, { recursive: true, force: true }),
);

if (postgresUrl) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await benchStore(
    'PostgreSQL',
    { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema },
    async () => {
      const client = new pg.Client({ connectionString: postgresUrl, options: `-c search_path=${schema}` });
      await client.connect();
      await client.query('BEGIN');
      const placeholders = (rows, width) => rows.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
      const inChunks = async (rows, width, sql) => {
        for (let start = 0; start < rows.length; start += 1000) {
          const chunk = rows.slice(start, start + 1000);
          await client.query(sql(placeholders(chunk, width)), chunk.flat());
        }
      };
      await generateBulk(
        bulkCount,
        (rows) => inChunks(rows, 8, (values) => `INSERT INTO ltw_responses ${responseColumns} VALUES ${values}`),
        async (respondentRows, answerRows) => {
          await inChunks(respondentRows, 6, respondentUpsert);
          await inChunks(answerRows, 8, answerUpsert);
        },
      );
      await client.query('COMMIT');
      await client.end();
    },
    async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  );
} else {
  console.log('\nPostgreSQL overgeslagen: zet TEST_DATABASE_URL of DATABASE_URL.');
}
