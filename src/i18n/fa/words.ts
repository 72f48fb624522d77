/** Dari words and markup the strings tables share. */
import type { Part as EnPart } from '../en/words.ts';

/** A rendered part (a link, a date) that a string places in its text. */
export type Part = EnPart;
/** Emphasis inside a string: rendered as <strong>. */
export const strong = (text: string) => ({ tag: 'strong' as const, children: [text] });

const WORDS = ['هیچ', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده'];
/** "چهار" for 4, "13" for 13: the way Dari prose writes a small count. */
export const count = (n: number) => WORDS[n] ?? String(n);
/** Dari puts the singular after a number ("5 وعده"), so both forms are usually the same word. */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
