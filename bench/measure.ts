/**
 * Measurements shared by `npm run bench` and `npm run bench:scale`: clean build timings, and what a
 * reader's browser transfers and sees, taken in Chromium with a cold cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { ROOT } from '../tests/support/project.ts';
import { recordTransfers, type ResourceKind } from '../tests/support/transfers.ts';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Seconds for one clean `astro build` (no dist/, no content cache), with optional environment. */
export function cleanBuild(env: Record<string, string> = {}, outDir = join(ROOT, 'dist')): number {
  const cache = env.ASTRO_CACHE_DIR ?? join(ROOT, 'node_modules/.astro');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    // A large corpus prints a warning per chapter: room for it all, so the build is never cut off.
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`build failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr.slice(-4000)}`);
  return seconds;
}

/**
 * CPU seconds (user and system) used so far by this process's finished child processes and theirs, such
 * as a build and the Pagefind binary it runs: on a shared machine, a fairer measure than the wall clock.
 * Linux only (/proc); undefined elsewhere.
 */
export function childCpuSeconds(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  // The fields after the command name, which is in parentheses; cutime and cstime are fields 16 and 17,
  // in clock ticks of 1/100 s (USER_HZ on Linux).
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Total bytes of the files under a folder. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

/** The largest file under a folder whose name ends with `ending`, as its path from the folder and its size. */
export function largestFile(dir: string, ending: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(ending)) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    if (bytes > largest.bytes) largest = { path: path.slice(dir.length).replace(/^\/*/, '/'), bytes };
  }
  return largest;
}

export interface PageLoad {
  path: string;
  requests: number;
  /** Bytes on the wire (compressed bodies plus headers), by kind of file. */
  bytes: Partial<Record<ResourceKind, number>>;
  total: number;
  fcpMs: number;
}

export async function loadPage(browser: Browser, origin: string, path: string): Promise<PageLoad> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const seen = await recordTransfers(page, () => page.goto(origin + path));
  const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await context.close();
  const bytes: Partial<Record<ResourceKind, number>> = {};
  for (const s of seen) bytes[s.kind] = (bytes[s.kind] ?? 0) + s.wire!;
  return { path, requests: seen.length, bytes, total: seen.reduce((n, s) => n + s.wire!, 0), fcpMs };
}

export interface SearchTiming {
  query: string;
  /** From the last keystroke to the first result on screen, the first search (loads Pagefind). */
  firstResultMs: number;
  /** The same for a second query, with Pagefind loaded. */
  nextResultMs: number;
  /** Bytes on the wire that the first search fetched. */
  firstSearchBytes: number;
  firstSearchRequests: number;
}

export async function timeSearch(browser: Browser, origin: string, path: string, query: string, nextQuery: string): Promise<SearchTiming> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(origin + path);
  await page.waitForLoadState('networkidle');
  // Timestamps are taken inside the page, so the measurement excludes the automation's own latency.
  const timeTyping = async (term: string) => {
    // The dialog's script draws its results list when it loads, after the key that opens it.
    await page.locator('#search-dialog [data-search-results]').waitFor({ state: 'attached' });
    await page.evaluate((term) => {
      const w = window as unknown as { lastKey: number; firstHit: Promise<number> };
      addEventListener('keydown', () => (w.lastKey = performance.now()), { capture: true });
      const panel = document.querySelector('#search-dialog')!;
      const list = panel.querySelector('[data-search-results]')!;
      const status = panel.querySelector('[data-search-status]')!;
      list.replaceChildren();
      // The whole term's results, not a prefix's shown while typing: the status names the term searched
      // (in English quotes, or the Dari and Pashto «»).
      w.firstHit = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (list.querySelector('.search-hit') && [`“${term}”`, `«${term}»`].some((quoted) => status.textContent!.includes(quoted))) {
            observer.disconnect();
            resolve(performance.now());
          }
        }).observe(panel, { childList: true, subtree: true, characterData: true });
      });
    }, term);
    const input = page.locator('#search-dialog input[type="search"]');
    await input.fill('');
    await page.keyboard.type(term);
    return page.evaluate(async () => {
      const w = window as unknown as { lastKey: number; firstHit: Promise<number> };
      return (await w.firstHit) - w.lastKey;
    });
  };
  let firstResultMs = 0;
  const seen = await recordTransfers(page, async () => {
    await page.keyboard.press('/');
    firstResultMs = await timeTyping(query);
  });
  const nextResultMs = await timeTyping(nextQuery);
  await context.close();
  return {
    query,
    firstResultMs,
    nextResultMs,
    firstSearchBytes: seen.reduce((n, s) => n + s.wire!, 0),
    firstSearchRequests: seen.length,
  };
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
