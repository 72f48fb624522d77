/**
 * The strings tables, one per edition, and the formatter for each edition's language. A new edition
 * adds its table here; `satisfies Strings` makes a missing or misspelt key a type error.
 */
import en from './en/index.ts';
import fa from './fa/index.ts';
import ps from './ps/index.ts';
import { formatter, type Formatter } from './format.ts';
import { withEditionDigits } from '../lib/digits.ts';
import { DEFAULT_EDITION, EDITIONS, editionPathsOf, type Edition } from '../site.ts';

export type Strings = typeof en;

/**
 * The registered tables. An edition of src/site.ts's EDITIONS is built when, and only when, its table is
 * here (a new edition's translations may sit in content/translations/ before it is switched on).
 */
const TABLES: Record<string, Strings> = { en, fa, ps };

/** The editions that are built: those with a strings table. */
export const BUILT_EDITIONS: readonly Edition[] = EDITIONS.filter((e) => TABLES[e.id] !== undefined);

/** getStaticPaths() for a page under src/pages/[...edition]/: one page per built edition. */
export const editionPaths = () => editionPathsOf(BUILT_EDITIONS);

/** The strings and formatting of one edition. */
export interface Locale {
  edition: Edition;
  t: Strings;
  format: Formatter;
}

const cache = new Map<string, Locale>();

export function localeOf(edition: Edition = DEFAULT_EDITION): Locale {
  let locale = cache.get(edition.id);
  if (!locale) {
    const t = TABLES[edition.id];
    if (!t) throw new Error(`No strings table for edition "${edition.id}": add src/i18n/${edition.id}.ts to src/i18n/index.ts`);
    // Numbers the table's functions write come out in the edition's digits (۰–۹ in Dari and Pashto).
    locale = { edition, t: withEditionDigits(t, edition.lang), format: formatter(edition.lang) };
    cache.set(edition.id, locale);
  }
  return locale;
}

/** The edition id of a translated chapter's file (content/translations/<id>/chapters/…); undefined for any other file. */
export function translationEditionId(path: string | undefined): string | undefined {
  return path ? /[\\/]translations[\\/]([^\\/]+)[\\/]chapters[\\/]/.exec(path)?.[1] : undefined;
}

/**
 * The locale a chapter file is written in: a translation in its edition's, once that edition is built;
 * everything else in the default edition's.
 */
export function localeOfFile(path: string | undefined): Locale {
  const id = translationEditionId(path);
  const edition = BUILT_EDITIONS.find((e) => e.id === id);
  return localeOf(edition ?? DEFAULT_EDITION);
}
