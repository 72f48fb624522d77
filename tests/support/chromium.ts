/**
 * Finds a Chromium for Playwright without downloading one (this project's machines cannot):
 * CHROMIUM_PATH, else a browser Playwright already has, else Debian's /usr/bin/chromium;
 * as root with apt-get, installs Debian's chromium; otherwise says in one line what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { TEST_ENV } from './project.ts';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_HINT =
  'No Chromium found: install Debian/Ubuntu\'s "chromium" package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.';

export type ChromiumPlan =
  | { kind: 'use'; path: string }
  | { kind: 'install'; command: string; path: string }
  | { kind: 'fail'; message: string };

export interface Machine {
  env: { CHROMIUM_PATH?: string | undefined };
  exists(path: string): boolean;
  /** Where Playwright's own downloaded Chromium would be. */
  playwrightPath: string | undefined;
  canInstall: boolean;
}

/** The decision alone, so it can be tested without touching the machine. */
export function planChromium(machine: Machine): ChromiumPlan {
  const { env, exists, playwrightPath, canInstall } = machine;
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { kind: 'use', path: env.CHROMIUM_PATH }
      : { kind: 'fail', message: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no file there.` };
  }
  if (playwrightPath && exists(playwrightPath)) return { kind: 'use', path: playwrightPath };
  if (exists(SYSTEM_CHROMIUM)) return { kind: 'use', path: SYSTEM_CHROMIUM };
  if (canInstall) {
    return {
      kind: 'install',
      command: 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      path: SYSTEM_CHROMIUM,
    };
  }
  return { kind: 'fail', message: INSTALL_HINT };
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function hasCommand(name: string): boolean {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

export function thisMachine(): Machine {
  return {
    env: { CHROMIUM_PATH: TEST_ENV.chromiumPath },
    exists: existsSync,
    playwrightPath: playwrightChromium(),
    canInstall: process.getuid?.() === 0 && hasCommand('apt-get'),
  };
}

/** The path of a usable Chromium; installs Debian's package when the plan says so. Throws with one line otherwise. */
export function ensureChromium(machine: Machine = thisMachine()): string {
  const plan = planChromium(machine);
  if (plan.kind === 'fail') throw new Error(plan.message);
  if (plan.kind === 'install') {
    console.log(`Installing Debian's chromium for the browser tests: ${plan.command}`);
    execSync(plan.command, { stdio: 'inherit', shell: '/bin/sh' });
  }
  return plan.path;
}
