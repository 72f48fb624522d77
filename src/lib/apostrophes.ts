/**
 * Apostrophes in the data files. Chapter prose is curled by the Markdown pipeline; the YAML data files
 * (actors, events, glossary, commitments, troop levels) are shown as written, so a straight apostrophe
 * there ("Ghani's") sat next to the chapters' curly ones ("Ghani’s"). The build stops on one, naming
 * the file and the line. Comments and web addresses are not text a reader sees, so they are skipped.
 */
import { ContentError, type ContentFile } from './content-errors.ts';

export interface StraightApostrophe {
  line: number;
  column: number;
  text: string;
}

const BETWEEN_LETTERS = /(?<=\p{L})'(?=\p{L})/gu;

/** Every straight apostrophe between two letters, outside YAML comments and URLs. Lines count from 1. */
export function straightApostrophes(text: string): StraightApostrophe[] {
  const found: StraightApostrophe[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trimStart().startsWith('#')) return;
    // Blank out addresses (same length, so columns stay right).
    const line = raw.replace(/https?:\/\/\S+/g, (url) => ' '.repeat(url.length));
    for (const match of line.matchAll(BETWEEN_LETTERS)) {
      const at = match.index;
      found.push({ line: index + 1, column: at + 1, text: raw.slice(Math.max(0, at - 20), at + 20).trim() });
    }
  });
  return found;
}

/** Throws a ContentError naming the file and the first line with a straight apostrophe (and how many in all). */
export function checkApostrophes(text: string, where: ContentFile): void {
  const found = straightApostrophes(text);
  if (found.length === 0) return;
  const [first] = found;
  const lines = [...new Set(found.map((f) => f.line))];
  throw new ContentError(
    `${where.file}, line ${first.line}: a straight apostrophe in "${first.text}". Write ’ (U+2019), as the chapters ` +
      `show it${lines.length > 1 ? `; also on line${lines.length > 2 ? 's' : ''} ${lines.slice(1, 11).join(', ')}${lines.length > 11 ? ', …' : ''}` : ''}.`,
    { file: where.path, line: first.line, column: first.column },
  );
}
