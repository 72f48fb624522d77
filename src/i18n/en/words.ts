/** English words and markup the strings tables share. */

/** A rendered part (a link, a date) that a string places in its text. */
export type Part = unknown;
/** Emphasis inside a string: rendered as <strong>. */
export const strong = (text: string) => ({ tag: 'strong' as const, children: [text] });

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "four" for 4, "13" for 13: the way English prose writes a small count. */
export const count = (n: number) => WORDS[n] ?? String(n);
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
