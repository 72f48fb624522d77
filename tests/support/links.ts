/**
 * Broken internal links in a built site, as "page → target: reason" lines.
 *
 * Why linkinator (pinned in package.json) rather than a crawler of our own: it is maintained, reads every
 * kind of link (href, src, srcset, meta content, CSS url(), JSON-LD) and checks #fragments against the
 * target page's ids. It serves the folder itself on 127.0.0.1, so it works offline; every other host is
 * skipped, since external sources are the writers' business and would make the check depend on the network.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

/** A free local port, so that the site's absolute URLs can be rewritten to the checker's server before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The site's URL with its base path, e.g. https://example.org/explainers/afghanistan/, from the home page's canonical link. */
function siteRoot(dir: string): string {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
  if (!canonical) throw new Error(`${dir}/index.html has no canonical link: cannot tell the site's own URLs from others`);
  return canonical;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface LinkReport {
  /** "/round-one/ → /round-one/#user-content-fn-x: no element with id "user-content-fn-x"", sorted. */
  broken: string[];
  /** How many distinct URLs were checked (not skipped). */
  checked: number;
}

/** Checks every link of the HTML `pages` (paths relative to `dir`) that stays on the site. */
export async function checkLinks(dir: string, pages: string[]): Promise<LinkReport> {
  const port = await freePort();
  const local = `http://127.0.0.1:${port}/`;
  const site = siteRoot(dir);
  const base = new URL(site).pathname;
  const check = (path: string[]) =>
    new LinkChecker().check({
      path,
      serverRoot: dir,
      port,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 20,
      // The site's absolute URLs and, under a base path, its root-relative ones point at the local copy,
      // which serves the folder at the root.
      urlRewriteExpressions: [
        { pattern: new RegExp(`^${escape(site)}`), replacement: local },
        ...(base === '/' ? [] : [{ pattern: new RegExp(`^${escape(local)}${escape(base.slice(1))}`), replacement: local }]),
      ],
      linksToSkip: async (url: string) => !url.startsWith(local) && !url.startsWith(site),
    });
  // Two passes. First the site's root alone: linkinator follows only links under the URL it starts from,
  // and reads a stylesheet's url()s only when it follows it; started from several pages at once, whichever
  // reached a stylesheet first decided whether it was read, so CSS checks came and went. Then every page,
  // for those nothing links to (404.html).
  const results = { links: [...(await check([''])).links, ...(await check(pages)).links] };
  // Results name pages by URL or by their path in `dir` ("./", "round-one/index.html"); show site paths ("/round-one/").
  const sitePath = (url = '') =>
    `/${url.replace(local, '').replace(`${dir}/`, '').replace(/^\.?\//, '').replace(/(^|\/)index\.html(?=#|$)/, '$1')}`;
  const reason = (l: LinkResult) =>
    l.status === 200 && l.url.includes('#') ? `no element with id "${decodeURIComponent(l.url.split('#')[1]!)}"` : `HTTP ${l.status ?? 'error'}`;
  return {
    // A page reached both as "/" and as "index.html" is reported twice.
    broken: [
      ...new Set(results.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${sitePath(l.parent)} → ${sitePath(l.url)}: ${reason(l)}`)),
    ].sort(),
    checked: results.links.filter((l) => l.state !== LinkState.SKIPPED).length,
  };
}
