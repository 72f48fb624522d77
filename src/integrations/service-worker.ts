/**
 * After the search index is written (register it after searchIndex), generates dist/sw.js with Workbox:
 * it precaches every page, asset and search file, so a reader who has visited once can read and search
 * the whole explainer offline. In `astro dev` it serves a worker that removes itself instead, so a
 * worker left behind by a preview on the same port can't serve stale pages while writing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { HASHED_PATH } from '../hosting/policy.ts';
import { DATASETS, routes } from '../site.ts';
import { siteIntegration } from './site-integration.ts';

export const SW_FILE = 'sw.js';

const SELF_REMOVING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(
  caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))).then(() => self.registration.unregister()),
));
`;

/** The wasm files of languages the index doesn't have: Pagefind writes them, but no page loads them. */
function unusedWasm(site: string): string[] {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string }>;
  };
  const used = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm}.pagefind`));
  return readdirSync(join(site, 'pagefind'))
    .filter((f) => /^wasm\..+\.pagefind$/.test(f) && !used.has(f))
    .map((f) => `pagefind/${f}`);
}

/** Writes sw.js into a built site (the folder of index.html); returns what it precaches. */
export function writeServiceWorker(site: string): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    globDirectory: site,
    globPatterns: ['**/*'],
    // Files for crawlers and hosts, not for readers. The open-data downloads are for researchers, and the
    // print editions repeat the other pages: both are cached when first fetched (below) rather
    // than sent to every reader's device.
    globIgnores: [SW_FILE, '_headers', 'robots.txt', 'sitemap-*.xml', ...DATASETS.flatMap((name) => (['csv', 'json'] as const).map((f) => sitePath(routes('/').dataFile(name, f)))), `${sitePath(routes('/').print)}**`, ...unusedWasm(site)],
    swDest: join(site, SW_FILE),
    // glob lists files in the order the file system gives; sorted, two builds write the same sw.js.
    manifestTransforms: [(entries) => ({ manifest: entries.toSorted((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)), warnings: [] })],
    // Hashed names need no revision: new content gets a new name.
    dontCacheBustURLsMatching: HASHED_PATH,
    // /round-one/ is served from round-one/index.html. Search links add ?highlight=, the search
    // page has ?q=, and pagefind.js asks for pagefind-entry.json?ts=<now>: all the same file.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^highlight$/, /^q$/, /^ts$/],
    runtimeCaching: [
      {
        urlPattern: /\/data\/[^/]+\.(json|csv)$/,
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'open-data' },
      },
      {
        // The print editions: from the network when there is one, from the cache (once opened) when not.
        // Workbox copies this function's source into sw.js, so it cannot use routes(): the print route is written out.
        urlPattern: ({ url, request }) => request.mode === 'navigate' && /\/print\/([^/]+\/)?$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: 'print-edition' },
      },
      {
        // An address the site doesn't have goes to the server (its 404 page, with status 404);
        // offline, the cached 404 page answers instead of the browser's error.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
    // A new build installs a new worker beside the old one. No skipWaiting: the new worker waits
    // until no tab uses the old one, so an open page never loads its search index (or a lazily
    // loaded script) from a newer build than its own HTML, and the old files it may still need
    // stay cached. clientsClaim: on the first visit the page came from the network, from the
    // same build the worker caches, so taking control at once mixes nothing and makes the
    // rest of that visit work offline.
    skipWaiting: false,
    clientsClaim: true,
    // Deletes precaches written by older Workbox versions; Workbox itself drops entries a new
    // manifest no longer lists when the new worker activates.
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
}

/** A path as Workbox globs it: relative to the site's folder. */
const sitePath = (href: string) => href.replace(/^\//, '');

export default function serviceWorker() {
  return siteIntegration('service-worker', (site) => ({
    'astro:server:setup': ({ server }) => {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${site.base}${SW_FILE}`) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(SELF_REMOVING_WORKER);
      });
    },
    'astro:build:done': async ({ dir, logger }) => {
      const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
      for (const warning of warnings) logger.warn(warning);
      logger.info(`${SW_FILE}: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB.`);
    },
  }));
}
