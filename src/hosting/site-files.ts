/** Reads a built site folder: the files it serves. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSiteFile } from './policy.ts';

/**
 * How many of a site's files are open at once when npm run serve loads them all: a 5,000-chapter build has
 * some 35,000, and opening them together ran out of file handles (EMFILE). Enough to keep the disk busy.
 */
export const OPEN_FILES = 64;

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
