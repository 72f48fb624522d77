import { defineConfig } from '@playwright/test';
import { planChromium, thisMachine } from './support/chromium.ts';
import { serveCommand } from './support/hosting.ts';
import { DIST, TEST_ENV } from './support/project.ts';

const PORT = TEST_ENV.port;
const plan = planChromium(thisMachine());

export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'perf/**/*.spec.ts'],
  fullyParallel: true,
  forbidOnly: TEST_ENV.ci,
  retries: 0,
  reporter: TEST_ENV.ci ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      // ensure-chromium.ts has run first; without it the plan may still say "install".
      executablePath: plan.kind === 'fail' ? undefined : plan.path,
      // The machine has no network: stop Chromium's own background requests.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // The project's production server, so every spec runs under the headers and CSP a deployment sends.
  webServer: {
    command: serveCommand(DIST, '/', PORT).map((arg) => JSON.stringify(arg)).join(' '),
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !TEST_ENV.ci,
    timeout: 60_000,
  },
});
