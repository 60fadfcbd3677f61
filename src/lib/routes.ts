/**
 * Where each kind of content lives on the site. One table, used by pages, the sources index,
 * the search overview and tests, so a URL is never spelled in two places.
 */
export const sectionPaths = {
  handbook: '/handboek/',
  solutions: '/oplossingen/',
  nietDoen: '/niet-doen/',
  qualityFrameworks: '/kwaliteit/',
  selfScans: '/zelfscans/',
  leefwereldtoets: '/leefwereldtoets/',
  regions: '/leerexpeditie/regios/',
  lessons: '/leerexpeditie/lessen/',
  sources: '/bronnen/',
  glossary: '/begrippen/',
} as const;

export type RoutedCollection = keyof typeof sectionPaths;

/** The URL of one entry. Glossary terms share one page and get an anchor each. */
export function entryUrl(collection: RoutedCollection, id: string): string {
  if (collection === 'glossary') return `${sectionPaths.glossary}#${id}`;
  if (collection === 'leefwereldtoets') return sectionPaths.leefwereldtoets;
  return `${sectionPaths[collection]}${id}/`;
}
