/**
 * After `astro build`, indexes the site with Pagefind's Node API: every page marked data-pagefind-body
 * (the chapters), plus one record per timeline event and per person or group, which each edition's
 * search page handed over in memory (src/integrations/search-records.ts). Only the files the site uses
 * are written: not Pagefind's prebuilt UIs.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import pLimit from 'p-limit';
import * as pagefind from 'pagefind';
import { buildState } from '../build-state.ts';
import { latinNames, withLatinNames, withLatinVocabulary } from '../lib/search-latin.ts';
import { spellingsFor, type SearchSynonym } from '../lib/search-spellings.ts';
import { DEFAULT_EDITION, SEARCH_META, routes, searchVocabularyFiles, type Edition } from '../site.ts';
import { BUILT_EDITIONS } from '../i18n/index.ts';
import { SETTINGS } from '../settings.ts';
import { siteIntegration } from './site-integration.ts';

/**
 * Pagefind's files this site never loads: the prebuilt UIs (it drives the JS API directly) and the web
 * worker (searches run on the main thread with `noWorker`, which saves a 12 KB download on a small index).
 */
export const UNUSED_SEARCH_FILE = /^pagefind-((component-ui|modular-ui|ui)\.(js|css)|worker\.js)$/;

/** Whether a file Pagefind produced is needed by the site: the index, its library, wasm and the highlighter. */
export function isUsedSearchFile(path: string): boolean {
  return !UNUSED_SEARCH_FILE.test(path.split('/').pop() ?? path);
}

/**
 * The pages Pagefind reads: the chapters of every edition, the only pages it indexes (data-pagefind-body).
 * Left to read the whole site, it would also parse every other page, such as each chapter's timeline,
 * only to skip it: most of its work on a large explainer.
 */
const chapterPages = (edition: Edition) => `${routes('/', edition).chapter('*').slice(1)}index.html`;

/** How many pages or records are sent to Pagefind before the first is answered: about a quarter less time indexing. */
const IN_FLIGHT = 16;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A page as Pagefind reads it: with the other spellings of the words it uses (content/search-synonyms.yaml)
 * as hidden metadata inside its indexed region, so they find the page but never show in an excerpt. The
 * page written to dist/ is unchanged.
 */
export function withSpellings(html: string, synonyms: readonly SearchSynonym[]): string {
  const body = html.indexOf('data-pagefind-body');
  if (body < 0) return html;
  const open = html.indexOf('>', body) + 1;
  const found = spellingsFor(html.slice(open).replace(/<[^>]*>/g, ' '), synonyms);
  if (found.length === 0) return html;
  return `${html.slice(0, open)}<span data-pagefind-meta="${SEARCH_META.spellings}:${escapeAttribute(found.join(', '))}"></span>${html.slice(open)}`;
}

/**
 * The English forms of each who's-who name that the chapters use (content/translations/names.yaml: `en`
 * and `also`, "Ghani" for Ashraf Ghani), by the entry's address in the default edition. Entries that are
 * not actors (no who's-who entry has their id) are left out.
 */
function englishNameForms(actorUrls: ReadonlySet<string>): { url: string; names: string[] }[] {
  const file = join(SETTINGS.contentDir, 'translations/names.yaml');
  if (!existsSync(file)) return [];
  const entries = (yaml.load(readFileSync(file, 'utf8')) ?? []) as { id: string; en: string; also?: string[] }[];
  const actor = routes('/', DEFAULT_EDITION).actor;
  return entries.filter((e) => actorUrls.has(actor(e.id))).map((e) => ({ url: actor(e.id), names: [e.en, ...(e.also ?? [])] }));
}

export default function searchIndex() {
  return siteIntegration('search-index', () => ({
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const fail = (what: string, errors: string[]) => {
        throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
      };
      // Read first: if a search page published nothing, the build stops before Pagefind starts.
      // A translated edition's who's-who entries are found by their English names as well (src/lib/search-latin.ts).
      const english = buildState.searchWordsOf(DEFAULT_EDITION).read().vocabulary;
      const latin = latinNames(english, englishNameForms(new Set(english.names.named.records.map((r) => r.url))));
      const translated = (edition: Edition) => edition.id !== DEFAULT_EDITION.id;
      const records = BUILT_EDITIONS.flatMap((edition) => {
        const own = buildState.searchRecordsOf(edition).read();
        return translated(edition) ? withLatinNames(own, latin, edition.prefix) : own;
      });
      const words = BUILT_EDITIONS.map((edition) => {
        const { vocabulary, synonyms } = buildState.searchWordsOf(edition).read();
        return { edition, synonyms, vocabulary: translated(edition) ? withLatinVocabulary(vocabulary, latin, edition.prefix) : vocabulary };
      });
      // Each page's language comes from its <html lang>, each record's from its edition.
      const { index, errors } = await pagefind.createIndex({
        // Footnote text and their reference numbers are citations, not prose: they would crowd excerpts.
        excludeSelectors: ['section.footnotes', 'sup'],
      });
      if (!index) return fail('start', errors);
      try {
        // Pagefind's service takes its requests in the order they are sent (the index comes out byte for byte
        // the same sent one by one or IN_FLIGHT at a time, on a busy machine too), and so never waits for the next.
        const limit = pLimit(IN_FLIGHT);
        const pages = words.flatMap(({ edition, synonyms }) => globSync(chapterPages(edition), { cwd: site }).sort().map((sourcePath) => ({ sourcePath, synonyms })));
        const added = await Promise.all(pages.map(({ sourcePath, synonyms }) => limit(async () => {
          const html = readFileSync(join(site, sourcePath), 'utf8');
          if (!html.includes('data-pagefind-body')) return false;
          const { errors: pageErrors } = await index.addHTMLFile({ sourcePath, content: withSpellings(html, synonyms) });
          if (pageErrors.length) fail(`index ${sourcePath}`, pageErrors);
          return true;
        })));
        const pageCount = added.filter(Boolean).length;
        await Promise.all(records.map((record) => limit(async () => {
          // Pagefind names a page's language by its <html lang> in lower case ("en-gb"); a record's
          // language is taken as given, so "en-GB" would start a second index beside the pages'.
          const { errors: recordErrors } = await index.addCustomRecord({ ...record, language: record.language.toLowerCase() });
          if (recordErrors.length) fail(`index ${record.url}`, recordErrors);
        })));
        const { files, errors: writeErrors } = await index.getFiles();
        if (writeErrors.length) fail('write the index', writeErrors);
        const used = files.filter((f) => isUsedSearchFile(f.path));
        for (const file of used) {
          const target = join(site, 'pagefind', file.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.content);
        }
        for (const { edition, vocabulary } of words) {
          const files = searchVocabularyFiles(edition);
          writeFileSync(join(site, files.names), JSON.stringify(vocabulary.names));
          writeFileSync(join(site, files.words), JSON.stringify(vocabulary.words));
        }
        logger.info(`Read ${pageCount} pages, added ${records.length} records (timeline events, who’s-who entries, promises and glossary terms), wrote ${used.length} files.`);
      } finally {
        await pagefind.close();
      }
    },
  }));
}
