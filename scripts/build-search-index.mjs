#!/usr/bin/env node
/**
 * The site search index (Pagefind, written to dist/client/pagefind) over every prerendered page, plus the
 * content pages that are rendered on demand: the region pages of the learning expedition (on demand so approved
 * lessons appear without a rebuild). Those are rendered by the built server in this process, against a
 * throw-away data directory and never a configured database, so the index holds the content only and every
 * machine builds the same index. Run by `npm run build` after `astro build`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const site = path.join(root, 'dist', 'client');

/** The on-demand content pages, one per region in content/regions. */
function onDemandContentPages() {
  return readdirSync(path.join(root, 'content', 'regions'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/leerexpeditie/regios/${file.replace(/\.mdx$/, '')}/`)
    .sort();
}

function fail(message, errors = []) {
  console.error(`Zoekindex niet gemaakt: ${message}${errors.length ? `\n${errors.join('\n')}` : ''}`);
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-zoekindex-'));
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = '';
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(pathToFileURL(path.join(root, 'dist', 'server', 'entry.mjs')).href);
const server = http.createServer(handler);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { index, errors } = await pagefind.createIndex({});
if (!index) fail('Pagefind startte niet.', errors);
const directory = await index.addDirectory({ path: site });
if (directory.errors.length > 0) fail(`fout bij het lezen van ${site}.`, directory.errors);
let onDemand = 0;
for (const url of onDemandContentPages()) {
  const response = await fetch(`${base}${url}`);
  if (!response.ok) fail(`${url} gaf status ${response.status}.`);
  const added = await index.addHTMLFile({ url, content: await response.text() });
  if (added.errors.length > 0) fail(`fout bij ${url}.`, added.errors);
  onDemand++;
}
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length > 0) fail('fout bij het schrijven.', written.errors);
console.log(`Zoekindex: ${directory.page_count} vooraf gebouwde pagina's en ${onDemand} regiopagina's in ${path.relative(root, written.outputPath)}.`);

server.close();
await pagefind.close();
rmSync(dataDir, { recursive: true, force: true });
// The store the region pages opened keeps the event loop alive; the index is written, so stop here.
process.exit(0);
