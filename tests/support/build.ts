/**
 * Runs the real build on a throwaway copy of the project, for the failure and reproducibility tests.
 *
 * Each build gets its own copy because Astro keeps per-build state beside the project, not in outDir or
 * cacheDir: .astro/content-modules.mjs (which chapter files to render) and, for an outDir outside the
 * working directory, .astro/.prerender/. Two builds of different content in one checkout, side by side,
 * would read each other's files. The copy is small (src, content, public, config). Its node_modules holds
 * links to the installed packages but is its own folder, because Vite keeps its cache in node_modules/.vite.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './project.ts';

/** Not part of the source: installed, generated or scratch. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', '.tmp', 'test-results', 'playwright-report', 'bench-results']);

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/** A copy of the project in a new temporary folder; remove it with removeProject(). */
export function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-build-'));
  for (const name of readdirSync(ROOT)) {
    if (!NOT_COPIED.has(name)) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name), 'dir');
  }
  return root;
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/**
 * `astro build` in a project copy, into its dist/, on the Node that runs the tests (Node 24 under npm);
 * `env` adds settings such as SITE_BASE.
 */
export function build(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: {
        ...process.env,
        // The copy's own content and cache, whatever the caller's environment says.
        CONTENT_DIR: join(root, 'content'),
        ASTRO_CACHE_DIR: join(root, '.cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      // eslint-disable-next-line no-control-regex
      resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

/** Copies the project, lets `fault` edit its content/ folder, builds it, and cleans up. */
export async function buildWithFault(fault: (content: string) => void): Promise<BuildResult> {
  const root = copyProject();
  try {
    fault(join(root, 'content'));
    return await build(root);
  } finally {
    removeProject(root);
  }
}

/** Replaces text in one file of the copied content; fails loudly if the text isn't there. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture: ${String(from)} not found in ${file}`);
  writeFileSync(file, after);
}
