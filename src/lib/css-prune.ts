/**
 * Removes CSS custom properties that nothing uses. The NL Design System theme declares every design token
 * (about 1,400) while the portal's components read only part of them; the rest is dead weight on the first page
 * a reader opens. A token is kept when a real property reads it with var(), or when a kept token's own value
 * reads it (tokens refer to tokens), across all stylesheets of the site together: one stylesheet's tokens may
 * be read by another's rules. Works on the minified CSS that the build writes (declarations end at ";" or "}").
 */

/** `--name:value` declarations, with the character before them (start of a block or the previous declaration). */
const customDeclaration = /([{;])(--[\w-]+):([^;{}]*)/g;
const varReference = /var\(\s*(--[\w-]+)/g;

function referencesIn(text: string): string[] {
  return [...text.matchAll(varReference)].map((match) => match[1]!);
}

/** The custom properties that must stay, given every stylesheet of the site. */
export function usedCustomProperties(stylesheets: readonly string[]): Set<string> {
  const valuesOf = new Map<string, string[]>();
  const used = new Set<string>();
  for (const css of stylesheets) {
    for (const match of css.matchAll(customDeclaration)) valuesOf.set(match[2]!, [...(valuesOf.get(match[2]!) ?? []), match[3]!]);
    // References outside custom declarations: real properties (and @supports conditions) read these.
    for (const name of referencesIn(css.replace(customDeclaration, '$1'))) used.add(name);
  }
  const queue = [...used];
  while (queue.length > 0) {
    for (const value of valuesOf.get(queue.pop()!) ?? []) {
      for (const name of referencesIn(value)) {
        if (!used.has(name)) {
          used.add(name);
          queue.push(name);
        }
      }
    }
  }
  return used;
}

/** The stylesheet without declarations of custom properties outside `used`. */
export function pruneCustomProperties(css: string, used: ReadonlySet<string>): string {
  return css
    .replace(customDeclaration, (declaration, before: string, name: string) => (used.has(name) ? declaration : before))
    .replace(/([{;]);+/g, '$1')
    .replace(/;}/g, '}');
}
