/**
 * The project's own production server (src/hosting), the one every browser test runs against: the
 * Playwright webServer starts it as `npm run serve` does, and the hosting specs start more copies.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { headersFile } from '../../src/hosting/policy.ts';
import { startServer, type RunningServer } from '../../src/hosting/server.ts';
import { DIST, ROOT } from './project.ts';

/** The files of a tiny stand-in build, each holding its own name. */
export const FAKE_BUILD_FILES = ['index.html', '404.html', 'sw.js', 'pagefind/pagefind.js', 'round-one/index.html'];

/** Writes a stand-in build for the given base path into dist: FAKE_BUILD_FILES and a real _headers for them. */
export function writeFakeBuild(dist: string, base: string): void {
  for (const file of FAKE_BUILD_FILES) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), file);
  }
  writeFileSync(join(dist, '_headers'), headersFile({ base, files: FAKE_BUILD_FILES, scriptHashes: [] }));
}

/** `node src/hosting/serve.ts` as `npm run serve` runs it, on the Node that runs the tests (Node 24 under npm). */
export function serveCommand(dir: string, base: string, port: number): string[] {
  return [process.execPath, join(ROOT, 'src/hosting/serve.ts'), '--dir', dir, '--base', base, '--port', String(port)];
}

/** The site in dir, in this process, on a free port. */
export function serveSite(dir = DIST, base = '/'): Promise<RunningServer> {
  return startServer({ dir, base, port: 0 });
}

/** serve.ts in its own process, on a free port; resolves with its URL. */
export function spawnServe(dir: string, base: string): Promise<{ url: string; stop(): void }> {
  const [node, ...args] = serveCommand(dir, base, 0);
  const child = spawn(node!, args, { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Serving .* at (http\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop: () => child.kill() });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve.ts exited (${code}): ${output}`)));
  });
}

/** Opens the search dialog with Ctrl+K (which works even while a field has focus), types a query, waits for a result. */
export async function searchInDialog(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const dialog = page.locator('#search-dialog');
  await dialog.locator('input[type="search"]').fill(query);
  await dialog.locator('.search-hit').first().waitFor();
}
