/** Serves a built site with the project's own static server (src/hosting), for the hosting tests. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../src/hosting/server.ts';
import { ROOT } from './build.ts';

export const DIST = join(ROOT, 'dist');

/** The site in dir, in this process, on a free port. */
export function serveSite(dir = DIST, base = '/'): Promise<RunningServer> {
  return startServer({ dir, base, port: 0 });
}

/** `node src/hosting/serve.ts` as `npm run serve` runs it, on a free port; resolves with its URL. */
export function spawnServe(dir: string, base: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [join(ROOT, 'src/hosting/serve.ts'), '--dir', dir, '--base', base, '--port', '0'], { cwd: ROOT });
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
