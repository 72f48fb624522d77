/**
 * Where the project and its build are, and the test-side settings, read from the environment here
 * once (the build's own settings are in src/settings.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const TEST_ENV = {
  /** The port the browser tests serve the site on; each worker on a shared machine sets its own. */
  port: Number(process.env.TEST_PORT ?? 4322),
  /** Another built copy of the site to check instead of dist/. */
  distDir: process.env.DIST_DIR,
  /** A Chromium binary to use instead of looking for one. */
  chromiumPath: process.env.CHROMIUM_PATH,
  /** The source material the prose must not copy from; ../shared beside the checkout by default. */
  sharedDir: process.env.SHARED_DIR ?? join(ROOT, '../shared'),
  /** Another sequence for the server's fuzz test (tests/hosting/fuzz.test.ts) to send. */
  fuzzSeed: Number(process.env.FUZZ_SEED ?? 1301),
  /** On CI: no reused server, no .only, terse output. */
  ci: !!process.env.CI,
};

/** dist/, or the built copy named by DIST_DIR. */
export const DIST = TEST_ENV.distDir ?? join(ROOT, 'dist');
