/**
 * The service worker of one edition, bundled into the edition's folder (dist/sw.js, dist/fa/sw.js) at the
 * end of the build (src/integrations/service-worker.ts), which defines OFFLINE: this build's id, the
 * edition's core and the names the worker needs. Its scope is the edition's folder; the pages it controls
 * also load files from the site's root (styles, scripts, the search library), which it keeps too.
 *
 * - The core (src/lib/offline.ts) is precached on install, with Workbox, and served from the cache.
 * - Every other file of the site is kept in one cache of this build as it is read: pages network first
 *   (a reader online gets the published page, a reader offline the copy), hashed files (styles, scripts,
 *   search chunks and excerpts) cache first, since a hashed name never changes its content. The "Read
 *   offline" page saves the whole explainer into the same cache (src/scripts/offline/save.ts).
 * - Builds never mix: each build has its own cache, the precache keeps the old build's files until the
 *   new worker takes over, and taking over deletes every other build's cache. A new worker waits (no
 *   skipWaiting) until the reader takes the update (the prompt sends SKIP_WAITING) or closes every tab.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkerConfig, WorkerMessage, WorkerStatus } from './protocol.ts';

declare const OFFLINE: WorkerConfig;

// The project compiles against the DOM's types, which have no worker scope: the few parts used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: WorkerMessage | undefined;
  ports: readonly MessagePort[];
}
const worker = self as unknown as {
  registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
};

const scope = worker.registration.scope;
/** The site's root: every file the edition's pages load is under it. */
const root = new URL(OFFLINE.root, scope).href;
const rootPath = new URL(root).pathname;
/** Scoped, so two explainers under different base paths of one host never delete each other's caches. */
const CACHE_PREFIX = `explainer-offline ${scope} `;
const CACHE = CACHE_PREFIX + OFFLINE.build;
/** The runtime caches of the worker before this one, which named them once for every build. */
const LEGACY_CACHES = ['open-data', 'print-edition'];

/**
 * Query parameters that never change the file: search results add ?highlight=, the search page has ?q=,
 * pagefind.js asks for pagefind-entry.json?ts=<now>, and links shared on social sites carry trackers.
 */
const IGNORED_PARAMETERS = [/^utm_/, /^fbclid$/, /^highlight$/, /^q$/, /^ts$/];

precacheAndRoute(OFFLINE.precache, { directoryIndex: 'index.html', ignoreURLParametersMatching: IGNORED_PARAMETERS });
// Drops precaches of older Workbox versions; Workbox drops the entries a new manifest no longer lists.
cleanupOutdatedCaches();
// On the first visit the page came from the network, from the same build the worker caches, so taking
// control at once mixes nothing and makes the rest of that visit work offline.
clientsClaim();

/** /round-one/?highlight=x is kept and found as /round-one/. */
const sameFile: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    for (const name of [...url.searchParams.keys()]) if (IGNORED_PARAMETERS.some((p) => p.test(name))) url.searchParams.delete(name);
    return url.href;
  },
};

/**
 * Once a newer build's worker is installing or waiting, the server already sends that build's pages:
 * kept in this build's cache they would mix the two, so they are shown but not kept.
 */
const thisBuildOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 && !worker.registration.installing && !worker.registration.waiting ? response : null),
};

const hashed = new RegExp(OFFLINE.hashedPath);
const inSite = (url: URL) => url.href.startsWith(root);
registerRoute(({ url }) => inSite(url) && hashed.test(url.pathname.slice(rootPath.length)), new CacheFirst({ cacheName: CACHE, plugins: [sameFile] }));
// A slow network gives way to the kept copy after a few seconds; with no copy it is waited for.
registerRoute(({ url }) => inSite(url), new NetworkFirst({ cacheName: CACHE, networkTimeoutSeconds: 5, plugins: [sameFile, thisBuildOnly] }));
/**
 * Offline, a page address without its slash (/background), which the server redirects to /background/,
 * is redirected here to the kept page, precached or read; any other page that was never kept gets the
 * cached 404 page, which says how to save the whole explainer.
 */
async function keptFolder(url: URL): Promise<URL | undefined> {
  if (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
  const folder = new URL(`${url.pathname}/${url.search}`, url);
  const kept = (await matchPrecache(`${folder.pathname}index.html`)) ?? (await (await caches.open(CACHE)).match(`${folder.origin}${folder.pathname}`));
  return kept ? folder : undefined;
}
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  const folder = await keptFolder(new URL(request.url));
  if (folder) return Response.redirect(folder.href, 301);
  const page = await matchPrecache(OFFLINE.fallback);
  // With the status a server gives it, so that the reader's browser, and any tool, sees a missing page.
  return page ? new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers }) : Response.error();
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((n) => (n.startsWith(CACHE_PREFIX) && n !== CACHE) || LEGACY_CACHES.includes(n)).map((n) => caches.delete(n))),
    ),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
  if (event.data?.type === 'STATUS') {
    const status: WorkerStatus = { build: OFFLINE.build, cache: CACHE, files: new URL(OFFLINE.files, scope).href };
    event.ports[0]?.postMessage(status);
  }
});
