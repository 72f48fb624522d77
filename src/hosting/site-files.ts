/** Reads a built site folder: its files, and the hashes of the inline scripts its pages run. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes } from './policy.ts';

/** Every file under dir, as sorted "/"-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/+$/, '').length + 1).split('\\').join('/'))
    .sort();
}

/** The CSP hashes of all inline scripts in the site's HTML pages, without repeats. */
export function scriptHashesIn(dir: string, files = listFiles(dir)): string[] {
  const hashes = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    for (const hash of inlineScriptHashes(readFileSync(join(dir, file), 'utf8'))) hashes.add(hash);
  }
  return [...hashes].sort();
}
