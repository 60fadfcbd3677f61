#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in `scripts/bench/` (site build and page weight first, then one file
 * per feature), passing on any arguments. Each prints its own figures; record them in the README.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.env.BENCH_ONLY?.split(',');
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.mjs') && (!only || only.includes(file.replace(/\.mjs$/, ''))))
  .sort((a, b) => (a === 'site.mjs' ? -1 : b === 'site.mjs' ? 1 : a.localeCompare(b)));

let failed = false;
for (const file of files) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, [path.join(benchDir, file), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
