/**
 * `astro build` draws the share cards in worker threads (src/lib/share-card-pool.ts), which write them into
 * dist/ while the pages render: this starts the pool before the pages, publishes it for the card route, and
 * waits for the cards once the pages are written (a card that cannot be drawn fails the build there).
 * `astro dev` has no pool: it draws a card when it is asked for.
 */
import { buildState } from '../build-state.ts';
import { shareCardPool, type ShareCardPool } from '../lib/share-card-pool.ts';
import { siteIntegration } from './site-integration.ts';

export default function shareCards() {
  let pool: ShareCardPool | undefined;
  return siteIntegration('share-cards', (site) => ({
    'astro:build:start': () => {
      pool = shareCardPool(site.outDir);
      buildState.shareCards.publish(pool);
    },
    'astro:build:generated': async ({ logger }) => {
      if (!pool) return;
      const written = await pool.finish();
      logger.info(`${written} share cards drawn beside the pages.`);
    },
  }));
}
