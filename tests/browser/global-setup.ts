/**
 * Serves the built site (`dist/`, made by `npm run build`) exactly as `npm start` does, on a free port
 * with a throw-away data directory, for the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../support/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The moderator token the served site was started with (learning expedition moderation). */
    moderationToken: string;
    /** The served site's data directory, for tests that prepare stored data the API cannot (earlier months). */
    dataDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`De server stopte met code ${server.exitCode}.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`De server op ${url} reageerde niet.`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(root, 'dist/server/entry.mjs'))) {
    throw new Error('Bouw de site eerst met "npm run build" voordat de browsertests draaien.');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-data-'));
  const moderationToken = randomBytes(24).toString('hex');
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, MODERATION_TOKEN: moderationToken },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`, server);
  project.provide('baseUrl', baseUrl);
  project.provide('moderationToken', moderationToken);
  project.provide('dataDir', dataDir);
  return async () => {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
