/**
 * `astro build` draws the share cards in worker threads (src/lib/share-card-pool.ts): this starts the pool
 * before the pages are rendered, publishes it for the card route, and stops it once they are written.
 * `astro dev` has no pool: it draws a card when it is asked for.
 */
import { buildState } from '../build-state.ts';
import { shareCardPool, type ShareCardPool } from '../lib/share-card-pool.ts';
import { siteIntegration } from './site-integration.ts';

export default function shareCards() {
  let pool: ShareCardPool | undefined;
  return siteIntegration('share-cards', () => ({
    'astro:build:start': () => {
      pool = shareCardPool();
      buildState.shareCards.publish(pool);
    },
    'astro:build:generated': async () => {
      await pool?.close();
    },
  }));
}
