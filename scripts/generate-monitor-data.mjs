#!/usr/bin/env node
/**
 * Writes a synthetic monitor file (see src/lib/monitor/synthetic-data.ts).
 *   node scripts/generate-monitor-data.mjs                      → public/voorbeelden/wachttijdmonitor-voorbeeld.csv (2,000 rows)
 *   node scripts/generate-monitor-data.mjs <rows> <file> [seed] → a larger file, e.g. for the benchmark
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticMonitorLines } from '../src/lib/monitor/synthetic-data.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function writeSyntheticFile(rows, file, seed = 2021) {
  const out = createWriteStream(file);
  let batch = [];
  for (const line of syntheticMonitorLines({ rows, seed })) {
    batch.push(line);
    if (batch.length === 10_000) {
      if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  if (batch.length > 0) out.write(`${batch.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 2000);
  const file = process.argv[3] ?? path.join(root, 'public/voorbeelden/wachttijdmonitor-voorbeeld.csv');
  await writeSyntheticFile(rows, file, Number(process.argv[4] ?? 2021));
  console.log(`${rows} rijen geschreven naar ${path.relative(process.cwd(), file)}`);
}
