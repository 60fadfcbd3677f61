/** Dutch UI strings live in `nl.json`, keyed by dotted names, so no English text reaches the page. */
import strings from './nl.json';

export type StringKey = keyof typeof strings;

export function t(key: StringKey): string {
  return strings[key];
}
