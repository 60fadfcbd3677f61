#!/usr/bin/env node
/**
 * Self-scans: what the island costs to load and what scoring costs to run.
 * 1. Per scan page of the built site (`dist/`, made by `npm run build`): the JavaScript a browser loads
 *    (gzip, level 9, with every static import), and the island's own module among it.
 * 2. Scoring a large synthetic scan (default 20 dimensions × 100 questions, `--items-per-dimension N`):
 *    the profile, the share link (length, encode, decode) and the no-JavaScript form parsing.
 * Figures are printed, not asserted: record them in the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { listBuiltPages, measurePage } from '../../src/lib/page-weight.ts';
import { computeProfile, decodeShareFragment, encodeShareFragment, parseFormAnswers } from '../../src/lib/self-scan-scoring.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const clientDir = path.join(root, 'dist', 'client');
const itemsArg = process.argv.indexOf('--items-per-dimension');
const itemsPerDimension = itemsArg > -1 ? Number(process.argv[itemsArg + 1] ?? 100) : 100;
const dimensionCount = 20;

console.log('\n## Zelfscans: JavaScript per scanpagina (gzip)');
if (!existsSync(clientDir)) {
  console.error('Geen dist/client: bouw de site eerst met "npm run build".');
  process.exit(1);
}
const gzip = (url) => gzipSync(readFileSync(path.join(clientDir, url)), { level: 9 }).length;
const scanPages = listBuiltPages(clientDir).filter((page) => /^\/zelfscans\/[^/]+\/$/.test(page.urlPath));
console.table(
  scanPages.map((page) => {
    const weight = measurePage(page.file, clientDir);
    const island = weight.scripts.find((url) => /\/SelfScan\.[^/]+\.js$/.test(url));
    return {
      page: page.urlPath,
      'html gzip': weight.html,
      'js gzip (all)': weight.js,
      'island module gzip': island ? gzip(island) : 0,
      modules: weight.scripts.length,
    };
  }),
);

/** A deterministic pseudo-random sequence, so every run scores the same answers. */
function* sequence(seed = 42) {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

function syntheticScan() {
  const bands = [
    { from: 0, label: 'Beginnend', advice: 'Begin bij de basis.', links: [] },
    { from: 40, label: 'Op weg', advice: 'Bouw verder.', links: [] },
    { from: 75, label: 'Gevorderd', advice: 'Deel wat werkt.', links: [] },
  ];
  const types = ['eens-oneens-5', 'ja-deels-nee', 'enkelvoudig', 'meervoudig'];
  const options = Array.from({ length: 5 }, (_, index) => ({ value: `optie-${index}`, label: `Optie ${index}`, score: index }));
  const dimensions = Array.from({ length: dimensionCount }, (_, index) => ({ id: `d${index}`, title: `Dimensie ${index}`, bands }));
  const items = dimensions.flatMap((dimension, d) =>
    Array.from({ length: itemsPerDimension }, (_, i) => {
      const type = types[i % types.length];
      const item = { id: `v${d}-${i}`, dimension: dimension.id, text: `Vraag ${d}-${i}`, type, weight: 1 + (i % 3) };
      if (type === 'enkelvoudig' || type === 'meervoudig') item.options = options;
      // Every fifth question depends on the yes/partly/no question just before it.
      if (i % 5 === 2 && i > 1) item.showIf = { item: `v${d}-${i - 1}`, equals: 'ja' };
      return item;
    }),
  );
  return { id: 'synthetisch', title: 'Synthetische zelfscan', dimensions, items };
}

function syntheticAnswers(scan) {
  const random = sequence();
  const answers = {};
  for (const item of scan.items) {
    if (random.next().value < 0.1) continue; // about one in ten left unanswered
    const values =
      item.type === 'eens-oneens-5'
        ? ['helemaal-oneens', 'oneens', 'neutraal', 'eens', 'helemaal-eens']
        : item.type === 'ja-deels-nee'
          ? ['ja', 'deels', 'nee']
          : item.options.map((option) => option.value);
    const pick = () => values[Math.floor(random.next().value * values.length)];
    answers[item.id] = item.type === 'meervoudig' ? [...new Set([pick(), pick()])] : pick();
  }
  return answers;
}

function time(label, runs, work) {
  work(); // warm up
  const durations = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    work();
    durations.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  durations.sort((a, b) => a - b);
  return { step: label, runs, 'median ms': durations[Math.floor(runs / 2)].toFixed(2), 'max ms': durations[runs - 1].toFixed(2) };
}

const scan = syntheticScan();
const answers = syntheticAnswers(scan);
const fragment = encodeShareFragment(scan, answers, 'Team A');
const fields = Object.entries(answers).flatMap(([id, answer]) => (Array.isArray(answer) ? answer.map((value) => [id, value]) : [[id, answer]]));
console.log(`\n## Zelfscans: scoren van een synthetische scan (${dimensionCount} dimensies × ${itemsPerDimension} vragen = ${scan.items.length} vragen)`);
console.log(`share link fragment: ${fragment.length} characters`);
console.table([
  time('computeProfile', 200, () => computeProfile(scan, answers)),
  time('encodeShareFragment', 200, () => encodeShareFragment(scan, answers)),
  time('decodeShareFragment', 200, () => decodeShareFragment(scan, `#${fragment}`)),
  time('parseFormAnswers', 200, () => parseFormAnswers(scan, fields)),
]);
