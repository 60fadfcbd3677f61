/**
 * What a built HTML page makes the browser download: its own bytes and those of the scripts and
 * stylesheets it links, gzip-compressed. Shared by the JavaScript budget test and the benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  scripts: string[];
}

const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

/**
 * Script and stylesheet URLs a page loads by itself: `<script src>`, stylesheets, and the component and
 * renderer modules of its islands (`<astro-island component-url renderer-url>`), which Astro's loader fetches.
 */
export function linkedAssets(html: string): { scripts: string[]; stylesheets: string[] } {
  const scripts = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!),
    ...[...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap(([tag]) => [...tag.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((match) => match[1]!)),
  ].filter((url, index, all) => all.indexOf(url) === index);
  const stylesheets = [...html.matchAll(/<link\b([^>]*)>/g)]
    .map(([, attributes]) => attributes!)
    .filter((attributes) => /\brel="stylesheet"/.test(attributes))
    .map((attributes) => /\bhref="([^"]+)"/.exec(attributes)?.[1])
    .filter((href): href is string => href !== undefined);
  return { scripts, stylesheets };
}

/** Inline scripts (other than JSON data) are not allowed: the Content-Security-Policy would block them. */
export function inlineScriptCount(html: string): number {
  return [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attributes]) => !/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!)).length;
}

/** Static imports of a built ES module (`import"./x.js"`, `from"./x.js"`); dynamic `import()` loads later and is not counted. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)].map((match) => match[1]!);
}

/** All module URLs a set of entry scripts pulls in through static imports, each once. */
export function moduleClosure(entries: string[], readModule: (url: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const specifier of staticImports(readModule(url))) visit(new URL(specifier, `http://site${url}`).pathname);
  };
  entries.forEach(visit);
  return [...seen];
}

export function measurePage(htmlFile: string, clientDir: string): PageWeight {
  return measureHtml(readFileSync(htmlFile, 'utf8'), clientDir);
}

/** The same for HTML that is not a file (a page rendered on demand, fetched from the server). */
export function measureHtml(html: string, clientDir: string): PageWeight {
  const { scripts, stylesheets } = linkedAssets(html);
  const fileOf = (url: string) => path.join(clientDir, url.split('?')[0]!);
  const sizeOf = (url: string) => gzipSize(readFileSync(fileOf(url)));
  const modules = moduleClosure(scripts, (url) => readFileSync(fileOf(url), 'utf8'));
  return {
    html: gzipSize(html),
    css: stylesheets.reduce((total, url) => total + sizeOf(url), 0),
    js: modules.reduce((total, url) => total + sizeOf(url), 0),
    scripts: modules,
  };
}

/** The HTML pages of a built site (`dist/client`) as URL paths, skipping Pagefind's and Astro's asset folders. */
export function listBuiltPages(clientDir: string): { urlPath: string; file: string }[] {
  const pages: { urlPath: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const relative = path.relative(clientDir, full).split(path.sep).join('/');
        const urlPath = relative === 'index.html' ? '/' : relative.endsWith('/index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`;
        pages.push({ urlPath, file: full });
      }
    }
  };
  walk(clientDir);
  return pages.sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

/** Which kind of page a path is, for the size report and the JavaScript budget. */
export function pageType(urlPath: string): string {
  if (urlPath === '/') return 'home';
  if (urlPath === '/zoeken/') return 'zoeken';
  if (urlPath === '/404.html') return '404';
  if (/^\/handboek\/[^/]+\/$/.test(urlPath)) return 'handboek-hoofdstuk';
  if (/^\/bronnen\/[^/]+\/$/.test(urlPath)) return 'bron';
  if (/^\/zelfscans\/[^/]+\/$/.test(urlPath)) return 'zelfscan';
  return 'overzicht-en-vaste-pagina';
}
