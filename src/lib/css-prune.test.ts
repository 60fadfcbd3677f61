import { describe, expect, it } from 'vitest';
import { pruneCustomProperties, usedCustomProperties } from './css-prune';

describe('pruning unused design tokens', () => {
  const theme = '.utrecht-theme{--a:1px;--b:var(--a);--c:red;--d:var(--e,blue);--e:green;--unused:var(--c)}';
  const components = '.button{border-width:var(--b);color:var(--d)}.x{--local:2px;margin:var(--local)}';

  it('keeps tokens read by real properties, and the tokens those tokens read, across stylesheets', () => {
    expect([...usedCustomProperties([theme, components])].sort()).toEqual(['--a', '--b', '--d', '--e', '--local']);
  });

  it('removes only the declarations of unused tokens and leaves valid CSS', () => {
    const used = usedCustomProperties([theme, components]);
    expect(pruneCustomProperties(theme, used)).toBe('.utrecht-theme{--a:1px;--b:var(--a);--d:var(--e,blue);--e:green}');
    expect(pruneCustomProperties(components, used)).toBe(components);
  });

  it('keeps a token read in a media query block and removes a block\'s only declaration cleanly', () => {
    const css = '@media print{.a{color:var(--print)}}.t{--print:black}.u{--gone:1}';
    const used = usedCustomProperties([css]);
    expect(pruneCustomProperties(css, used)).toBe('@media print{.a{color:var(--print)}}.t{--print:black}.u{}');
  });
});
