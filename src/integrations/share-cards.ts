/**
 * `astro build` draws the share cards in worker threads (src/lib/share-card-pool.ts), which write them into
 * dist/: this loads each edition's explainer once the content is synced and hands every card to the pool
 * before the chapters are compiled, so that the cards are drawn on the core the compiling thread leaves
 * idle; it waits for what is left once the pages are written (a card that cannot be drawn fails the build
 * there). The pages get the same explainers (src/explainer.ts keeps them). `astro dev` has no pool: it
 * draws a card when it is asked for (src/pages/[...edition]/share/[card].png.ts).
 */
import { readFileSync } from 'node:fs';
import { loadExplainer } from '../explainer.ts';
import { BUILT_EDITIONS, localeOf } from '../i18n/index.ts';
import { shareCardPool, type ShareCardPool } from '../lib/share-card-pool.ts';
import { routes } from '../site.ts';
import { shareCardJobs, shareCardLook } from '../views/share-card.ts';
import { siteIntegration } from './site-integration.ts';

export default function shareCards() {
  let pool: ShareCardPool | undefined;
  /** Handing the cards to the pool: fails if that does (not if the content does). */
  let handing: Promise<void> | undefined;
  return siteIntegration('share-cards', (site) => ({
    // After Astro has emptied dist/ and before the chapters are compiled.
    'astro:build:setup': () => {
      if (pool) return;
      const cards = (pool = shareCardPool(site.outDir));
      handing = Promise.all(BUILT_EDITIONS.map((edition) => loadExplainer(edition))).then(
        (explainers) => {
          const jobs = explainers.flatMap((explainer) => shareCardJobs(explainer, { locale: localeOf(explainer.edition), routes: routes(site.base, explainer.edition) }));
          cards.draw(jobs, shareCardLook(readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8')));
        },
        // Content the explainer refuses fails the build where it always has: the chapters' own checks while
        // they compile come first, then the pages, whose loadExplainer() gets this same refusal.
        () => {},
      );
      // Reported once the pages are written.
      handing.catch(() => {});
    },
    'astro:build:generated': async ({ logger }) => {
      if (!pool) return;
      await handing;
      const written = await pool.finish();
      logger.info(`${written} share cards drawn beside the pages.`);
    },
  }));
}
