/**
 * A broken content entry must stop the build with a message that names the file and the field, so an
 * editor can fix it without reading a stack trace. Each case copies a valid fixture, breaks one thing and
 * runs the real Astro CLI against it (in its own cache and output folders).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const workDirs: string[] = [];

function fixtureWith(changes: Record<string, string>): string {
  // Inside the project, so the built server can resolve the project's packages.
  mkdirSync(path.join(root, '.test-builds'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.test-builds', 'content-'));
  workDirs.push(dir);
  cpSync(path.join(root, 'tests/fixtures/valid'), path.join(dir, 'content'), { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    mkdirSync(path.dirname(path.join(dir, 'content', file)), { recursive: true });
    writeFileSync(path.join(dir, 'content', file), text);
  }
  return dir;
}

function astro(command: 'sync' | 'build', dir: string) {
  const args = [path.join(root, 'node_modules/astro/bin/astro.mjs'), command];
  if (command === 'build') args.push('--outDir', path.join(dir, 'dist'));
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.join(dir, 'content'), ASTRO_CACHE_DIR: path.join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

describe('building content', () => {
  it('succeeds for the valid fixture', () => {
    const result = astro('build', fixtureWith({}));
    expect(result.output).not.toMatch(/Kapotte verwijzingen|does not match collection schema/);
    expect(result.status).toBe(0);
  });

  it('fails on a missing required field and names the file and the field', () => {
    const dir = fixtureWith({
      'handbook/eerste.mdx': '---\ndescription: Een hoofdstuk zonder titel, wat niet mag volgens het model.\norder: 1\nupdated: 2026-11-24\nsources:\n  - source: rapport\n---\n\nTekst.\n',
    });
    const result = astro('sync', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('eerste.mdx');
    expect(result.output).toMatch(/title/);
  });

  it('fails on a description that is too long, with the Dutch rule in the message', () => {
    const long = 'Deze beschrijving is veel te lang. '.repeat(6);
    const dir = fixtureWith({
      'handbook/eerste.mdx': `---\ntitle: Eerste\ndescription: ${long}\norder: 1\nupdated: 2026-11-24\nsources:\n  - source: rapport\n---\n\nTekst.\n`,
    });
    const result = astro('sync', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('eerste.mdx');
    expect(result.output).toContain('description');
    expect(result.output).toContain('Houd de beschrijving onder 160 tekens.');
  });

  it('fails on a reference to a source that does not exist and names the file and the field', () => {
    const dir = fixtureWith({
      'handbook/eerste.mdx': '---\ntitle: Eerste\ndescription: Een hoofdstuk dat naar een bron verwijst die er niet is.\norder: 1\nupdated: 2026-11-24\nsources:\n  - source: bestaat-niet\n---\n\nTekst.\n',
    });
    const result = astro('build', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('eerste.mdx: veld "sources[0].source" verwijst naar "bestaat-niet" in collectie "sources"');
  });

  it('fails on a self-scan whose conditional question names an unknown question', () => {
    const scan = [
      'title: Proefscan',
      'description: Een zelfscan met een voorwaarde die naar een vraag verwijst die niet bestaat.',
      'updated: 2026-11-24',
      'audience: Regio',
      'sources:',
      '  - source: rapport',
      'dimensions:',
      '  - id: bestuur',
      '    title: Bestuur',
      '    bands: [{ from: 0, label: Beginnend, advice: Begin bij de basis. }]',
      'items:',
      '  - { id: commitment, dimension: bestuur, type: ja-deels-nee, text: Is er commitment? }',
      '  - { id: plan, dimension: bestuur, type: ja-deels-nee, text: Is er een plan?, showIf: { item: bestaat-niet, equals: ja } }',
    ].join('\n');
    const result = astro('sync', fixtureWith({ 'self-scans/proef.yaml': `${scan}\n` }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('proef.yaml');
    expect(result.output).toContain('Vraag "plan" verwijst naar "bestaat-niet", maar die vraag bestaat niet of komt pas later.');
  });

  it('fails on a heading that skips a level, naming the file and line', () => {
    const dir = fixtureWith({
      'handbook/eerste.mdx': '---\ntitle: Eerste\ndescription: Een hoofdstuk met een kop die een niveau overslaat.\norder: 1\nupdated: 2026-11-24\nsources:\n  - source: rapport\n---\n\n## Kop\n\n#### Te diep\n',
    });
    const result = astro('build', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/eerste\.mdx:\d+: Kopniveau springt van h2 naar h4/);
  });
});
