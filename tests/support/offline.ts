/**
 * The offline tests' shared steps: waiting for the service worker to take a page, and publishing a new
 * build into a copy of the site (one page changed, and the offline files the build would write for it).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readFileList, writeServiceWorker } from '../../src/integrations/service-worker.ts';
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

/** A copy of the built site in a temporary folder, to publish new builds into. */
export function copyOfSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-offline-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** The marker a revised page carries. */
export const REVISED = '#revised';

/** Publishes a new build in `dir`: `page` (a file such as "round-one/index.html") gains a marker, and sw.js and its file list follow. */
export async function publishRevision(dir: string, page = 'round-one/index.html', text = 'Revised'): Promise<void> {
  const file = join(dir, page);
  writeFileSync(file, readFileSync(file, 'utf8').replace('<main id="main" tabindex="-1">', `$&<p id="${REVISED.slice(1)}">${text}</p>`));
  await writeServiceWorker(dir, readFileList(dir).cores);
}
