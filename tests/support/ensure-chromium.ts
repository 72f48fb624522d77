/** Run before the browser tests: finds or installs Chromium, or stops with one line saying what to install. */
import { ensureChromium } from './chromium.ts';

try {
  console.log(`Browser tests use ${ensureChromium()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
