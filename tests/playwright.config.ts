import { defineConfig } from '@playwright/test';
import { planChromium, thisMachine } from './support/chromium.ts';

const PORT = Number(process.env.TEST_PORT ?? 4322);
const plan = planChromium(thisMachine());

export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'perf/**/*.spec.ts'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      // ensure-chromium.ts has run first; without it the plan may still say "install".
      executablePath: plan.kind === 'fail' ? undefined : plan.path,
      // The machine has no network: stop Chromium's own background requests.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx astro preview --ignore-lock --port ${PORT}`,
    cwd: '..',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
