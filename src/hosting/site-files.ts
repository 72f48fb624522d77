/** Reads a built site folder: the files it serves. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSiteFile } from './policy.ts';

/** Every file under dir, as sorted "/"-separated paths relative to it, leaving out hidden ones (".name"). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/+$/, '').length + 1).split('\\').join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** The files of the site itself: without _headers and the .br and .gz copies (policy.ts isSiteFile). */
export function listSiteFiles(dir: string, files = listFiles(dir)): string[] {
  const all = new Set(files);
  return files.filter((file) => isSiteFile(file, all));
}
