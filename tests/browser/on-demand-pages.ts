/**
 * Content pages rendered on demand (not in `dist/client`), which the crawl must visit as well: the region
 * pages and the lessons overview of the learning expedition (they show approved shared lessons without a
 * rebuild), "Deel een les", the moderation page's sign-in form, and the leefwereldtoets results page.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const regionsDir = path.resolve(import.meta.dirname, '../../content/regions');

export function onDemandPages(): string[] {
  const regions = readdirSync(regionsDir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/leerexpeditie/regios/${file.replace(/\.mdx$/, '')}/`);
  return [...regions, '/leerexpeditie/lessen/', '/leerexpeditie/les-delen/', '/leerexpeditie/moderatie/', '/leefwereldtoets/resultaten/'];
}
