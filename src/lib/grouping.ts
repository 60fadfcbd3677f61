/**
 * Groups overview entries (niet-doen items) by the list they belong to, in a fixed reading order, so the
 * overview page can show one section per list with an anchor each.
 */

export interface ListGroup<Item> {
  name: string;
  /** Anchor id of the group on the overview page, derived from its name. */
  anchor: string;
  items: Item[];
}

/** A URL-safe anchor for a Dutch heading: lower case, accents removed, words joined by dashes. */
export function anchorFor(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Groups items by `listOf(item)`; groups named in `order` come first in that order, others follow
 * alphabetically; items within a group are sorted by `titleOf`.
 */
export function groupByList<Item>(items: Item[], listOf: (item: Item) => string, titleOf: (item: Item) => string, order: string[] = []): ListGroup<Item>[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(listOf(item), [...(groups.get(listOf(item)) ?? []), item]);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'nl'))
    .map(([name, members]) => ({ name, anchor: anchorFor(name), items: members.sort((a, b) => titleOf(a).localeCompare(titleOf(b), 'nl')) }));
}

/** The reading order of the niet-doen lists: from how you look at waiting times to the system around them. */
export const nietDoenListOrder = ['Valkuilen bij het kijken naar wachttijden', 'Valkuilen bij het aanpakken van wachttijden', 'Wat niet werkt in het stelsel'];
