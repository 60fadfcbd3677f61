#!/usr/bin/env node
/**
 * Starts the built portal: prerendered pages and the few on-demand endpoints, through @astrojs/node's
 * standalone handler, with security headers on every response (static files included, which Astro's
 * own middleware never sees). HOST and PORT pick the address; DATA_DIR is created for the storage that
 * later features use.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { securityHeaders } from '../src/lib/security-headers.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const host = process.env.HOST ?? 'localhost';
const port = Number(process.env.PORT ?? 4321);
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));


mkdirSync(dataDir, { recursive: true });
process.env.DATA_DIR = dataDir;
process.env.ASTRO_NODE_AUTOSTART = 'disabled';

const entry = path.join(root, 'dist', 'server', 'entry.mjs');
const { handler } = await import(pathToFileURL(entry).href).catch(() => {
  console.error('De site is nog niet gebouwd. Voer eerst "npm run build" uit.');
  process.exit(1);
});

/**
 * Per-page headers Astro wrote at build time (the CSP with the hashes of that page's inline island loader).
 * Looked up here by exact path: the adapter's own lookup does not match paths with a trailing slash.
 */
const pageHeaders = new Map();
try {
  const headersFile = JSON.parse(readFileSync(path.join(root, 'dist', '_headers.json'), 'utf8'));
  for (const { pathname, headers } of headersFile) pageHeaders.set(normalisePath(pathname), headers);
} catch {
  // No per-page headers: every response gets the default policy.
}

function normalisePath(pathname) {
  const trimmed = pathname.replace(/\/index\.html$/, '').replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

const server = http.createServer((request, response) => {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  const pathname = (request.url ?? '/').split(/[?#]/)[0];
  // API routes answer with and without a trailing slash: Astro's trailingSlash redirect would turn a POST
  // into a GET in most clients, and API paths are documented without the slash.
  if (pathname.startsWith('/api/') && !pathname.endsWith('/') && !/\.[a-z]+$/.test(pathname)) {
    request.url = `${pathname}/${(request.url ?? '').slice(pathname.length)}`;
  }
  for (const { key, value } of pageHeaders.get(normalisePath(pathname)) ?? []) response.setHeader(key, value);
  handler(request, response);
});

server.listen(port, host, () => {
  console.log(`Portaal draait op http://${host}:${port}/ (gegevensmap: ${dataDir})`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
