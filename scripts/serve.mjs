#!/usr/bin/env node
/**
 * Starts the built portal: prerendered pages and the few on-demand endpoints, through @astrojs/node's
 * standalone handler, with security headers on every response (static files included, which Astro's
 * own middleware never sees). HOST and PORT pick the address; DATA_DIR is created for the storage that
 * later features use.
 */
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const host = process.env.HOST ?? 'localhost';
const port = Number(process.env.PORT ?? 4321);
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));

/**
 * Scripts only from this origin (no inline scripts); WebAssembly for Pagefind's search; no framing,
 * no third parties. Styles come from bundled files only.
 */
export const securityHeaders = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

mkdirSync(dataDir, { recursive: true });
process.env.DATA_DIR = dataDir;
process.env.ASTRO_NODE_AUTOSTART = 'disabled';

const entry = path.join(root, 'dist', 'server', 'entry.mjs');
const { handler } = await import(pathToFileURL(entry).href).catch(() => {
  console.error('De site is nog niet gebouwd. Voer eerst "npm run build" uit.');
  process.exit(1);
});

const server = http.createServer((request, response) => {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  handler(request, response);
});

server.listen(port, host, () => {
  console.log(`Portaal draait op http://${host}:${port}/ (gegevensmap: ${dataDir})`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
