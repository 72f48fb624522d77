/** Runs the real build on a copy of the content with one fault, for the failure tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/** Copies content/ to a temporary folder, lets `fault` edit it, builds it, and cleans up. */
export function buildWithFault(fault: (content: string) => void): BuildResult {
  const tmp = mkdtempSync(join(tmpdir(), 'explainer-fault-'));
  try {
    const content = join(tmp, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    fault(content);
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', join(tmp, 'dist')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(tmp, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    // eslint-disable-next-line no-control-regex
    const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { status: run.status, output };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Replaces text in one file of the copied content; fails loudly if the text isn't there. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture: ${String(from)} not found in ${file}`);
  writeFileSync(file, after);
}
