/**
 * The offline tests' shared steps: a served site in a fresh browser context, waiting for the service
 * worker to take a page, and publishing a new build into a copy of the site (one page changed, and the
 * offline files the build would write for it).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startServer } from '../../src/hosting/server.ts';
import { readFileList, writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { serveSite } from './hosting.ts';
import { DIST } from './project.ts';

/** Resolves once a service worker controls the page, with the core cached (Workbox precaches before it activates). */
export async function waitForOfflineCache(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.scope;
  });
}

/** The marker a revised page carries. */
export const REVISED = '#revised';

/**
 * The built site served on a free port, and a fresh browser context (its own worker and caches). With
 * `copy`, a copy of the site that `publish` writes new builds into, served again on the same port.
 */
export type OfflineSession = Awaited<ReturnType<typeof offlineSession>>;

export async function offlineSession(browser: Browser, { copy = false } = {}) {
  const dir = copy ? mkdtempSync(join(tmpdir(), 'explainer-offline-')) : DIST;
  if (copy) cpSync(DIST, dir, { recursive: true });
  let site = await serveSite(dir);
  const port = Number(new URL(site.url).port);
  const context = await browser.newContext();
  const at = (path: string) => new URL(path.slice(1), site.url).href;
  return {
    context,
    at,
    /** The id of the build now served. */
    build: () => readFileList(dir).build,
    /** A new tab on `path`, once the worker controls it. */
    async open(path: string): Promise<Page> {
      const page = await context.newPage();
      await page.goto(at(path));
      await waitForOfflineCache(page);
      return page;
    },
    /** A new build in which `file` (default: the round-one chapter) carries the REVISED marker. */
    async publish(file = 'round-one/index.html'): Promise<void> {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace('<main id="main" tabindex="-1">', `$&<p id="${REVISED.slice(1)}">Revised</p>`));
      await writeServiceWorker(dir, readFileList(dir).cores);
      await site.close();
      site = await startServer({ dir, port });
    },
    /** The server gone and the browser offline. */
    async goOffline(): Promise<void> {
      await site.close();
      await context.setOffline(true);
    },
    async close(): Promise<void> {
      await context.close();
      await site.close();
      if (copy) rmSync(dir, { recursive: true, force: true });
    },
  };
}
