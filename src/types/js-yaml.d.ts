/** js-yaml ships no types; the portal only parses YAML (content files) at build and test time. */
declare module 'js-yaml' {
  export function load(text: string): unknown;
  const yaml: { load: typeof load };
  export default yaml;
}
