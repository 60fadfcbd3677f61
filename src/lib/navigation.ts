/**
 * The main navigation and the search sections. The search filter ("Onderdeel") uses the same labels,
 * so a reader sees one vocabulary for the parts of the portal.
 */
export interface NavigationItem {
  label: string;
  href: string;
}

export const mainNavigation: NavigationItem[] = [
  { label: 'Handboek', href: '/handboek/' },
  { label: 'Oplossingen', href: '/oplossingen/' },
  { label: 'Niet doen', href: '/niet-doen/' },
  { label: 'Kwaliteit', href: '/kwaliteit/' },
  { label: 'Zelfscans', href: '/zelfscans/' },
  { label: 'Leefwereldtoets', href: '/leefwereldtoets/' },
  { label: 'Leerexpeditie', href: '/leerexpeditie/' },
  { label: 'Bronnen', href: '/bronnen/' },
];

export const footerNavigation: NavigationItem[] = [
  { label: 'Begrippenlijst', href: '/begrippen/' },
  { label: 'Alle inhoud', href: '/zoeken/' },
  { label: 'Toegankelijkheid', href: '/toegankelijkheid/' },
  { label: 'Privacy', href: '/privacy/' },
];

/** The navigation item a path belongs to (the longest matching prefix), for `aria-current` and search filters. */
export function sectionOf(pathname: string): NavigationItem | undefined {
  const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return [...mainNavigation, ...footerNavigation]
    .filter((item) => item.href !== '/' && normalised.startsWith(item.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
