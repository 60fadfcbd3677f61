#!/usr/bin/env node
/**
 * `BENCH_ONLY=solutions npm run bench`: what the solutions overview costs.
 * 1. With N synthetic solutions (default 2,000; `--solutions 5000`, fixed seed): the time of one filter or search
 *    update as the island runs it (filterItems with lunr search, counts and sorting), median and p95, for facet
 *    clicks and for typing a search term letter by letter. Target: under 16 ms median (one frame).
 * 2. The size of the data file the island loads (solutions + serialised lunr index), gzip, for the synthetic
 *    set and for the built site, and what the same data would add to the page's HTML as island props.
 * 3. The island's JavaScript (gzip, with its static imports) on the built `/oplossingen/` page
 *    (run `npm run build` first; otherwise this part is skipped).
 * Figures are printed, not asserted: record them in the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { filterItems, emptyState, toggleValue } from '../../src/lib/facet-filter.ts';
import { buildSearchIndex, loadSearchIndex, searchIndex, serialiseIndex } from '../../src/lib/solution-search.ts';
import { defaultSolutionSort, solutionComparators, solutionFacetGroups, withFacets } from '../../src/lib/solutions.ts';
import { measurePage } from '../../src/lib/page-weight.ts';
import { serializeProps } from 'astro/runtime/server/serialize.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const countArg = process.argv.indexOf('--solutions');
const count = countArg > -1 ? Number(process.argv[countArg + 1] ?? 2000) : 2000;
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20261124);
const pick = (list) => list[Math.floor(next() * list.length)];
const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];

const vocabulary = [
  'wachttijd', 'wachtlijst', 'wachtlijsten', 'doorlooptijd', 'regio', 'regio\'s', 'aanbieder', 'aanbieders', 'toegang', 'instroom',
  'uitstroom', 'doorstroom', 'jeugdhulp', 'gemeente', 'gemeenten', 'berichtenverkeer', 'zorgbemiddeling', 'expertteam', 'gezin', 'gezinnen',
  'jongeren', 'huisarts', 'verwijzing', 'capaciteit', 'behandelaar', 'behandeling', 'inkoop', 'contract', 'sturing', 'dashboard',
  'casusregie', 'overbrugging', 'specialistisch', 'ambulant', 'verblijf', 'onderwijs', 'school', 'wijkteam', 'afspraak', 'monitoring',
];
const keysOf = (key) => solutionFacetGroups.find((group) => group.key === key).options.map((option) => option.value);
const sentence = (length) => Array.from({ length }, () => pick(vocabulary)).join(' ');

function syntheticSolution(index) {
  const id = `synthetische-oplossing-${String(index).padStart(4, '0')}`;
  return {
    id,
    title: `${sentence(3)} ${index}`,
    description: `${sentence(18)}.`,
    url: `/oplossingen/${id}/`,
    flow: some(keysOf('flow'), 2),
    actors: some(keysOf('actors'), 3),
    levels: some(keysOf('levels'), 2),
    kind: pick(keysOf('kind')),
    evidence: pick(keysOf('evidence')),
    regions: [],
    sources: ['Voortgangsrapportage Aanpak Wachttijden'],
    body: Array.from({ length: 6 }, () => `${sentence(25)}.`).join(' '),
  };
}

const synthetic = Array.from({ length: count }, (_, index) => syntheticSolution(index + 1));
const buildStarted = performance.now();
const index = buildSearchIndex(synthetic.map(({ id, title, description, body }) => ({ id, title, description, body })));
const buildMs = performance.now() - buildStarted;
const dataFile = JSON.stringify({ solutions: synthetic.map(({ body: _body, ...fields }) => fields), index: serialiseIndex(index) });
const loadStarted = performance.now();
const loaded = loadSearchIndex(JSON.parse(dataFile).index);
const loadMs = performance.now() - loadStarted;
const items = withFacets(synthetic.map(({ body: _body, ...fields }) => fields));
const search = (query) => searchIndex(loaded, query);
const options = { search, comparators: solutionComparators };

/**
 * Times every update five times: the first run is what a reader gets on a busy machine, the best of five is
 * the update's own cost without the other processes on this shared 2-core machine preempting it.
 */
function time(states) {
  const first = [];
  const best = [];
  for (const state of states) {
    let fastest = Infinity;
    for (let repeat = 0; repeat < 5; repeat++) {
      const started = performance.now();
      filterItems(items, solutionFacetGroups, state, options);
      const elapsed = performance.now() - started;
      if (repeat === 0) first.push(elapsed);
      fastest = Math.min(fastest, elapsed);
    }
    best.push(fastest);
  }
  const summary = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))].toFixed(2);
    return [at(0.5), at(0.95)];
  };
  const [firstMedian, firstP95] = summary(first);
  const [bestMedian, bestP95] = summary(best);
  return { updates: states.length, 'median (ms)': firstMedian, 'p95 (ms)': firstP95, 'median best of 5 (ms)': bestMedian, 'p95 best of 5 (ms)': bestP95 };
}

// Facet clicks: a reader ticks and unticks values across groups, with and without a search term.
const facetStates = [];
let state = emptyState(defaultSolutionSort);
for (let step = 0; step < 400; step++) {
  const group = pick(solutionFacetGroups);
  const value = pick(group.options).value;
  state = toggleValue(state, group.key, value, !(state.selected[group.key] ?? []).includes(value));
  if (step % 50 === 0) state = emptyState(pick(Object.keys(solutionComparators)));
  facetStates.push(state);
}
// Typing: every prefix of a few search terms, as the input event delivers them.
const typingStates = [];
for (const term of ['wachtlijsten', 'zorgbemiddeling', 'gemeenten regio', 'jongeren school', 'behandelaars', 'dashboard sturing']) {
  for (let end = 1; end <= term.length; end++) typingStates.push({ ...emptyState(defaultSolutionSort), query: term.slice(0, end) });
}
for (let repeat = 0; repeat < 3; repeat++) typingStates.push(...typingStates.slice(0, 80));
// Warm up the JIT the way a reader's first clicks would.
time(facetStates.slice(0, 50));

console.log(`\n## ${count} synthetische oplossingen (seed 20261124)`);
console.log(`load average ${loadavg()[0].toFixed(1)} op ${availableParallelism()} kernen`);
console.log(`zoekindex bouwen: ${buildMs.toFixed(0)} ms; index laden (JSON-controle): ${loadMs.toFixed(0)} ms`);
console.table({ 'facet aan/uit': time(facetStates), 'zoekterm typen': time(typingStates) });
console.log(`databestand (oplossingen + index): ${kib(Buffer.byteLength(dataFile))}, gzip ${kib(gzip(dataFile))}`);

const clientDir = path.join(root, 'dist', 'client');
const overview = path.join(clientDir, 'oplossingen', 'index.html');
if (existsSync(overview)) {
  const real = readFileSync(path.join(clientDir, 'oplossingen', 'index.json'), 'utf8');
  const realCount = JSON.parse(real).solutions.length;
  const weight = measurePage(overview, clientDir);
  // What island props would add: Astro serialises every value with a type tag into an HTML attribute.
  const asProps = serializeProps({ data: JSON.parse(real) }, {}).replace(/"/g, '&quot;');
  console.log(`\n## Gebouwde site (${realCount} oplossingen; dist/client)`);
  console.table({
    'island-JS (met imports)': { bytes: kib(weight.scripts.reduce((total, url) => total + readFileSync(path.join(clientDir, url)).length, 0)), gzip: kib(weight.js) },
    'databestand /oplossingen/index.json': { bytes: kib(Buffer.byteLength(real)), gzip: kib(gzip(real)) },
    'zelfde data als island-props in de HTML': { bytes: kib(Buffer.byteLength(asProps)), gzip: kib(gzip(asProps)) },
    'HTML van /oplossingen/': { bytes: kib(readFileSync(overview).length), gzip: kib(weight.html) },
  });
  console.log(`scripts: ${weight.scripts.join(', ')}`);
} else {
  console.log('\n(geen dist/client: draai eerst "npm run build" voor de maat van de island-JS en het echte databestand)');
}
