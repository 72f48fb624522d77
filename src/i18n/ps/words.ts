/** Pashto words and markup the strings tables share. */

/** A rendered part (a link, a date) that a string places in its text. */
export type { Part } from '../en/words.ts';
/** Emphasis inside a string: rendered as <strong>. */
export const strong = (text: string) => ({ tag: 'strong' as const, children: [text] });

/** Pashto prose writes a count as a number: the site converts its digits for the edition. */
export const count = (n: number) => String(n);
/** Pashto nouns after a number: the singular form for 1, the plural form otherwise. */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
