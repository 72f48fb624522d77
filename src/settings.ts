/**
 * The build's settings, read from the environment once. Build-time only (the browser has no
 * environment); the contract the pages share is src/site.ts.
 */
import { normaliseBase } from './site.ts';

const env = process.env;

/** The address a build names when SITE_URL is not set: a stand-in, fine for a local preview and the tests. */
export const PLACEHOLDER_SITE_URL = 'https://afghan-peace-talks.example.org';

export const SETTINGS = {
  /** The site's public address, for canonical links, the sitemap and citations. */
  siteUrl: env.SITE_URL || PLACEHOLDER_SITE_URL,
  /** No real address given: every build says so (src/integrations/site-url-warning.ts). */
  siteUrlIsPlaceholder: !env.SITE_URL || env.SITE_URL === PLACEHOLDER_SITE_URL,
  /** SITE_BASE lets a host serve the explainer from a sub-path (e.g. /explainers/afghanistan/). */
  base: normaliseBase(env.SITE_BASE ?? '/'),
  /** Tests and benchmarks build other content trees (bad fixtures, synthetic corpora) with the same code. */
  contentDir: env.CONTENT_DIR ?? './content',
  /** Failure tests build broken copies of the content side by side; each gets its own cache. */
  cacheDir: env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  /**
   * Benchmark only: `npm run bench:scale` builds synthetic explainers of hundreds of chapters, so it
   * lifts the rule that the chapters are exactly CHAPTER_IDS. Never set it for the real site.
   */
  anyChapters: env.EXPLAINER_ANY_CHAPTERS === '1',
} as const;
