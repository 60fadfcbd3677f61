#!/usr/bin/env node
/**
 * `npm run bench` (or `BENCH_ONLY=monitor npm run bench`): the waiting-time monitor's analysis on synthetic
 * files of 100,000 and 1,000,000 message rows. Each size runs in a fresh process so its peak memory (maxRSS)
 * is its own. Reports reading + parsing time, analysis time (all trajectories, then with a filter) and peak
 * memory, wall and CPU time. Target: 1,000,000 rows in under 10 s on the project's 2-core machines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../..');

if (process.argv[2] === '--measure') {
  const file = process.argv[3];
  const { loadMonitorFile } = await import('../../src/lib/monitor/node-file.ts');
  const { analyse } = await import('../../src/lib/monitor/analysis.ts');
  const started = performance.now();
  const { store, report } = await loadMonitorFile(file);
  const loaded = performance.now();
  const result = analyse(store);
  const analysed = performance.now();
  analyse(store, { filters: { productcategorie: ['45'], verwijzer: ['huisarts'] } });
  const filtered = performance.now();
  console.log(JSON.stringify({
    rows: report.validRows,
    trajectories: store.count,
    loadSeconds: (loaded - started) / 1000,
    analyseSeconds: (analysed - loaded) / 1000,
    filteredSeconds: (filtered - analysed) / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    // CPU time says what the work costs when other processes compete for the machine's two cores.
    cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
    heapUsedMiB: process.memoryUsage().heapUsed / 1024 / 1024,
    medianWait: result.measures.find((measure) => measure.id === 'wachttijd').median,
  }));
  process.exit(0);
}

const { writeSyntheticFile } = await import('../generate-monitor-data.mjs');
const workDir = path.join(root, '.test-builds', 'bench-monitor');
mkdirSync(workDir, { recursive: true });
console.log('\n## Wachttijdmonitor: analyse van synthetische berichtbestanden\n');
console.log('| rows | file | trajectories | read + parse | analyse (all) | analyse (filtered) | total (wall) | CPU (process) | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
let failed = false;
for (const rows of [100_000, 1_000_000]) {
  const file = path.join(workDir, `monitor-${rows}.csv`);
  if (!existsSync(file)) await writeSyntheticFile(rows, file);
  const run = spawnSync(process.execPath, [here, '--measure', file], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stderr);
    failed = true;
    continue;
  }
  const figures = JSON.parse(run.stdout);
  const total = figures.loadSeconds + figures.analyseSeconds;
  const mb = (statSync(file).size / 1e6).toFixed(0);
  console.log(`| ${rows.toLocaleString('en')} | ${mb} MB | ${figures.trajectories.toLocaleString('en')} | ${figures.loadSeconds.toFixed(2)} s | ${figures.analyseSeconds.toFixed(2)} s | ${figures.filteredSeconds.toFixed(2)} s | ${total.toFixed(2)} s | ${figures.cpuSeconds.toFixed(2)} s | ${figures.maxRssMiB.toFixed(0)} MiB |`);
  console.log(`(load average ${(await import('node:os')).loadavg()[0].toFixed(1)} at the end of this run)`);
  // Printed, not asserted (like the site benchmark): wall time depends on what else runs on the machine.
  if (rows === 1_000_000) console.log(`target 1,000,000 rows < 10 s: ${total < 10 ? 'met' : 'NOT met'} (${total.toFixed(1)} s wall, ${figures.cpuSeconds.toFixed(1)} s CPU)`);
}
process.exit(failed ? 1 : 0);
