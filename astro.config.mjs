// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import node from '@astrojs/node';
import { unified } from '@astrojs/markdown-remark';
import { remarkContentRules } from './src/lib/remark-content-rules.ts';
import { remarkAbbreviations } from './src/lib/remark-abbreviations.ts';

import { cspDirectives } from './src/lib/security-headers.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Every content page is prerendered; only routes that opt out (`prerender = false`) run on demand.
  output: 'static',
  // staticHeaders: the adapter sends each prerendered page's Content-Security-Policy (with the hashes of
  // Astro's own inline island loader) as a real header, so frame-ancestors works too.
  adapter: node({ mode: 'standalone', bodySizeLimit: 256 * 1024, staticHeaders: true }),
  integrations: [mdx(), svelte()],
  // The unified (remark) processor runs the portal's content rules and marks the first use of each
  // glossary abbreviation; MDX inherits it.
  // No syntax highlighting: the content has no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { processor: unified({ remarkPlugins: [remarkContentRules, remarkAbbreviations] }), syntaxHighlight: false },
  trailingSlash: 'always',
  // Tests build fixture content into their own cache so they never disturb the real content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The portal sets no cookies: Astro sessions stay off.
  session: undefined,
  server: { host: process.env.HOST ?? 'localhost', port: Number(process.env.PORT ?? 4321) },
  devToolbar: { enabled: false },
  // Astro hashes the few inline scripts it writes itself (the island loader); everything else must come
  // from this origin. 'wasm-unsafe-eval' lets Pagefind run its WebAssembly. No inline styles at all.
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Never inline scripts into HTML: the Content-Security-Policy allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
  },
});
