#!/usr/bin/env node
/**
 * `npm run bench`: what the site costs to build and to load.
 * 1. The real content: build time, number of pages, and per page type the HTML, CSS and JS bytes (gzip).
 * 2. Generated content: the same content plus N synthetic handbook chapters (default 1,000;
 *    `npm run bench -- --generated 2000`), reporting build time and search index size, to show how cost grows.
 * Figures are printed, not asserted: record them in the README.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listBuiltPages, measurePage, pageType } from '../../src/lib/page-weight.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const generatedArg = process.argv.indexOf('--generated');
const generatedCount = generatedArg > -1 ? Number(process.argv[generatedArg + 1] ?? 1000) : 1000;
const workDir = path.join(root, '.test-builds', 'bench');

function run(command, args, env = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`.split("\n").filter((line) => !/MODULE_LEVEL|[│╭╯─]/.test(line)).slice(-30).join("\n"));
    throw new Error(`${command} ${args.join(' ')} mislukte`);
  }
  return seconds;
}

function build(outDir, env = {}) {
  const astroSeconds = run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env);
  // As `npm run build` does: unused design tokens out of the CSS (the sizes below are what readers get).
  run(process.execPath, [path.join(root, 'scripts/prune-css.mjs'), outDir]);
  const pagefindSeconds = run(path.join(root, 'node_modules/.bin/pagefind'), ['--site', path.join(outDir, 'client')]);
  return { astroSeconds, pagefindSeconds };
}

function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

const kib = (bytes) => (bytes / 1024).toFixed(0);

function report(label, outDir, timing) {
  const clientDir = path.join(outDir, 'client');
  const pages = listBuiltPages(clientDir);
  const byType = new Map();
  for (const page of pages) {
    const type = pageType(page.urlPath);
    byType.set(type, [...(byType.get(type) ?? []), measurePage(page.file, clientDir)]);
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\n## ${label}`);
  console.log(`build: astro ${timing.astroSeconds.toFixed(1)} s + pagefind ${timing.pagefindSeconds.toFixed(1)} s; pages: ${pages.length}; search folder: ${kib(folderBytes(path.join(clientDir, 'pagefind')))} KiB, of which index ${kib(folderBytes(path.join(clientDir, 'pagefind', 'index')))} KiB and fragments ${kib(folderBytes(path.join(clientDir, 'pagefind', 'fragment')))} KiB`);
  console.table(
    [...byType.entries()].map(([type, weights]) => ({
      type,
      pages: weights.length,
      'html gzip (median)': median(weights.map((weight) => weight.html)),
      'css gzip': median(weights.map((weight) => weight.css)),
      'js gzip': median(weights.map((weight) => weight.js)),
    })),
  );
}

function syntheticChapter(index) {
  const words = ['wachttijd', 'doorlooptijd', 'regio', 'aanbieder', 'toegang', 'instroom', 'uitstroom', 'jeugdhulp', 'gemeente', 'berichtenverkeer'];
  const paragraph = (seed) => Array.from({ length: 60 }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ') + '.';
  return `---
title: "Synthetisch hoofdstuk ${index}"
description: "Gegenereerd hoofdstuk ${index} om te meten hoe bouwtijd en zoekindex groeien met de hoeveelheid inhoud."
order: ${100 + index}
updated: 2026-11-24
sources:
  - source: voortgangsrapportage-aanpak-wachttijden-2021
---

${paragraph(index)}

## Eerste deel ${index}

${paragraph(index + 1)}

## Tweede deel ${index}

${paragraph(index + 2)}

## Derde deel ${index}

${paragraph(index + 3)}
`;
}

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });

const realOut = path.join(workDir, 'real');
report('Echte inhoud', realOut, build(realOut));

// Two levels below the root, like `content/`, so MDX imports such as `../../src/components/…` still resolve.
const contentDir = path.join(root, '.bench-content');
rmSync(contentDir, { recursive: true, force: true });
cpSync(path.join(root, 'content'), contentDir, { recursive: true });
for (let index = 1; index <= generatedCount; index++) {
  writeFileSync(path.join(contentDir, 'handbook', `synthetisch-${String(index).padStart(4, '0')}.mdx`), syntheticChapter(index));
}
const generatedOut = path.join(workDir, 'generated');
report(`Echte inhoud + ${generatedCount} synthetische pagina's`, generatedOut, build(generatedOut, { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(workDir, 'cache') }));

rmSync(workDir, { recursive: true, force: true });
rmSync(contentDir, { recursive: true, force: true });
