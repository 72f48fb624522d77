/** The files of a built site, for the checks on dist/ and the reproducibility test. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DIST } from './project.ts';

/** Every file under `dir`, as sorted paths with forward slashes ("round-one/index.html"). */
export function distFiles(dir: string = DIST): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} holds no built site: run \`npm run build\` first`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** Every HTML page under `dir`. */
export function htmlFiles(dir: string = DIST): string[] {
  return distFiles(dir).filter((f) => f.endsWith('.html'));
}
