#!/usr/bin/env node
/**
 * After `astro build`: removes the design tokens (CSS custom properties) that no stylesheet of the built site
 * reads, from every stylesheet in dist/client/_astro (see src/lib/css-prune.ts). Prints the sizes and writes
 * the removed names to dist/pruned-custom-properties.json, so a test can check that none of them is read.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pruneCustomProperties, usedCustomProperties } from '../src/lib/css-prune.ts';

// The build output folder: `dist` unless given (the site benchmark builds elsewhere).
const outDir = path.resolve(process.argv[2] ?? path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist'));
const assets = path.join(outDir, 'client', '_astro');
const files = readdirSync(assets).filter((file) => file.endsWith('.css')).map((file) => path.join(assets, file));
const stylesheets = files.map((file) => readFileSync(file, 'utf8'));
const used = usedCustomProperties(stylesheets);
const removed = new Set();
for (const css of stylesheets) for (const [, name] of css.matchAll(/[{;](--[\w-]+):/g)) if (!used.has(name)) removed.add(name);
let before = 0;
let after = 0;
files.forEach((file, index) => {
  const pruned = pruneCustomProperties(stylesheets[index], used);
  before += gzipSync(stylesheets[index]).length;
  after += gzipSync(pruned).length;
  writeFileSync(file, pruned);
});
writeFileSync(path.join(outDir, 'pruned-custom-properties.json'), `${JSON.stringify([...removed].sort(), null, 1)}\n`);
console.log(`CSS: ${removed.size} ongebruikte design tokens verwijderd, ${(before / 1024).toFixed(1)} KiB → ${(after / 1024).toFixed(1)} KiB (gzip, ${files.length} bestanden).`);
