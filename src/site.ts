/**
 * The site contract: the ids, paths, anchors and search keys that pages, components, scripts, the
 * build and the tests must agree on. Each is written here once; everything else imports it. Safe in
 * the browser (no environment, no content): build settings are in src/settings.ts.
 */

/** The chapters, in reading order; their ids are their URLs and the values of the search "chapter" filter. */
export const CHAPTER_IDS = ['background', 'round-one', 'round-two', 'outlook'] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

/**
 * An edition is the whole site in one language. English is served at the site root; every other
 * edition lives under its own prefix (e.g. "fa/"), with its own strings table in src/i18n/.
 */
export interface Edition {
  id: string;
  /** BCP 47 tag, for <html lang>, Intl formatting and the search index. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Path prefix under the site's base: "" for English, "fa/" for a Dari edition. */
  prefix: string;
}

/**
 * Every edition the site knows. An edition is built only once its strings table is registered in
 * src/i18n/index.ts (BUILT_EDITIONS there); until then its translations may sit in content/translations/
 * without being built. `name` is the edition's name in its own language, for the language switcher.
 */
export const EDITIONS = [
  { id: 'en', lang: 'en-GB', dir: 'ltr', prefix: '', name: 'English' },
  { id: 'fa', lang: 'fa-AF', dir: 'rtl', prefix: 'fa/', name: 'دری' },
  { id: 'ps', lang: 'ps', dir: 'rtl', prefix: 'ps/', name: 'پښتو' },
] as const satisfies readonly (Edition & { name: string })[];
export const DEFAULT_EDITION: Edition = EDITIONS[0];

/** An edition's own name ("دری"), for the language switcher. */
export const editionName = (edition: Edition): string => EDITIONS.find((e) => e.id === edition.id)?.name ?? edition.id;

/**
 * getStaticPaths() for a page under src/pages/[...edition]/: one page per edition given, the default
 * edition at the root (an undefined rest parameter). Pages call editionPaths() from src/i18n/index.ts,
 * which passes the editions that have strings.
 */
export function editionPathsOf(editions: readonly Edition[]): { params: { edition: string | undefined }; props: { edition: Edition } }[] {
  return editions.map((edition) => ({ params: { edition: edition.prefix.replace(/\/$/, '') || undefined }, props: { edition } }));
}

/** The site's base path ("/" or "/explainers/afghanistan/"), normalised to start and end with "/". */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a base path and a site path ("round-one/"): the href that works under any base. */
export function withBase(base: string, path = ''): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** The downloadable datasets, data/<name>.csv and data/<name>.json. */
export const DATASETS = ['events', 'actors', 'troop-levels', 'commitments', 'glossary', 'sources'] as const;
export type DatasetName = (typeof DATASETS)[number];

/**
 * The commitments tracker (content/commitments.yaml). The documents whose promises it follows; the status
 * of a promise on the explainer's as-of date (and, with hindsight, later); the topics it is grouped by.
 * What each status means, in an edition's words, is in its strings table (commitments.statuses).
 */
export const COMMITMENT_DOCUMENTS = ['agreement', 'declaration'] as const;
export type CommitmentDocument = (typeof COMMITMENT_DOCUMENTS)[number];
export const COMMITMENT_STATUSES = ['kept', 'late', 'partly', 'broken', 'overtaken', 'disputed', 'open'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const COMMITMENT_TOPICS = ['troops', 'prisoners', 'talks', 'sanctions', 'security', 'relations'] as const;
export type CommitmentTopic = (typeof COMMITMENT_TOPICS)[number];

/** Element ids that links point at from elsewhere. */
export const ANCHORS = {
  /** A timeline event, on the timeline pages. */
  event: (id: string) => `event-${id}`,
  /** A who's-who entry: the actor's own id. */
  actor: (id: string) => id,
  /** A glossary entry, on the glossary page: its <dfn>'s id. */
  term: (id: string) => `term-${id}`,
  year: (year: number) => `year-${year}`,
  /** A commitment on the tracker page, and a topic's heading there. */
  commitment: (id: string) => `commitment-${id}`,
  commitmentTopic: (topic: string) => `topic-${topic}`,
  /** The heading of a chapter's footnotes, which list its sources (the GFM footnote label). */
  sources: 'footnote-label',
  /** The heading of a chapter's "In brief" box, which is not one of its sections (no link to itself, not in the contents). */
  inBrief: 'in-brief-heading',
  /** The list of chapters on the home page. */
  chapters: 'chapters-heading',
  /** The caption of the troop-levels table on the open-data page. */
  troopTable: 'troop-chart-table-caption',
  /** On the print page: a chapter's title, the timeline's heading, the who's who's heading. */
  printChapter: (id: string) => `chapter-${id}`,
  printTimeline: 'timeline-heading',
  printPeople: 'whos-who-heading',
  printTroops: 'troop-levels-heading',
  main: 'main',
} as const;

/**
 * Every address in an edition, as hrefs under `base`. Pass base "/" for site-relative URLs (search
 * records: the search adds the base path to every result).
 */
export function routes(base: string, edition: Edition = DEFAULT_EDITION) {
  const at = (path = '') => withBase(base, edition.prefix + path);
  const timelinePage = (n: number) => (n <= 1 ? at('timeline/') : at(`timeline/page-${n}/`));
  return {
    home: at(),
    chapter: (id: string) => at(`${id}/`),
    timeline: at('timeline/'),
    timelineOf: (chapterId: string) => at(`timeline/${chapterId}/`),
    /** The whole timeline's page n, past TIMELINE_PAGE_EVENTS events: timeline/, then timeline/page-2/ and on. */
    timelinePage,
    /** An event on the whole timeline's page `on` (eventPage() in src/views/timeline.ts), or on its chapter's timeline. */
    event: (id: string, on: number | { chapter: string } = 1) =>
      `${typeof on === 'number' ? timelinePage(on) : at(`timeline/${on.chapter}/`)}#${ANCHORS.event(id)}`,
    /**
     * The contents' page n, past CONTENTS_PAGE_CHAPTERS chapters: the list on the home page, then
     * chapters/page-2/ and on.
     */
    contentsPage: (n: number) => (n <= 1 ? `${at()}#${ANCHORS.chapters}` : at(`chapters/page-${n}/`)),
    people: at('people/'),
    /** What the agreement promised: the commitments tracker. */
    commitments: at('agreement/'),
    commitment: (id: string) => `${at('agreement/')}#${ANCHORS.commitment(id)}`,
    actor: (id: string) => `${at('people/')}#${ANCHORS.actor(id)}`,
    glossary: at('glossary/'),
    term: (id: string) => `${at('glossary/')}#${ANCHORS.term(id)}`,
    search: at('search/'),
    data: at('data/'),
    /** The whole explainer on one page, for printing: built only up to WHOLE_PRINT_CHAPTERS_MAX chapters. */
    print: at('print/'),
    /** "Read offline": what the service worker keeps, and the control that saves the whole explainer. */
    offline: at('offline/'),
    /** Who writes the explainer and how: sources, checks, translations, privacy (content/about.yaml). */
    about: at('about/'),
    /** Which chapters and lists each translated edition has, and whether each translation is current. */
    translations: at('translations/'),
    /** The locator map, an SVG file in the edition's language. */
    locatorMap: at('locator-map.svg'),
    /** A page's share card (og:image): "home" or a chapter id. */
    shareCard: (name: string) => at(`share/${name}.png`),
    /** The data files are shared by every edition: their ids and fields are the same in all languages. */
    dataFile: (name: DatasetName, format: 'csv' | 'json') => withBase(base, `data/${name}.${format}`),
    asset: (path: string) => withBase(base, path),
  };
}
export type Routes = ReturnType<typeof routes>;

/** The pages a data file's text may link by name, `[the glossary](glossary)` (src/lib/inline-text.ts). */
export const PAGE_LINKS = ['home', 'timeline', 'people', 'commitments', 'glossary', 'search', 'data', 'offline'] as const satisfies readonly (keyof Routes)[];
export type PageLink = (typeof PAGE_LINKS)[number];

/** The counts the about page's text may give, `{policy}`, filled in from the content as it is built. */
export const ABOUT_COUNTS = ['sources', 'policy'] as const;
export type AboutCount = (typeof ABOUT_COUNTS)[number];

/** The share cards (og:image): their size, as link previews want it, and the name of the home page's. */
export const SHARE_CARD = { width: 1200, height: 630, home: 'home' } as const;

/** The kinds of search result, as the values of the search "type" filter. Labels are in the strings tables. */
export const SEARCH_TYPES = ['chapter', 'event', 'actor', 'commitment', 'term'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The search filters, by the key Pagefind stores; their values are ids, never display text. */
export const SEARCH_FILTERS = ['chapter', 'type'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Hidden metadata a record is found by: other names of an actor, other spellings (content/search-synonyms.yaml). */
export const SEARCH_META = { aliases: 'aliases', spellings: 'spellings' } as const;

/** An edition's search vocabulary files (src/lib/search-vocabulary.ts), beside Pagefind's: its names and its words. */
/** Pagefind's name for an edition's index ("en-gb", "fa-af"), which its index files carry. */
export const searchIndexLanguage = (edition: Pick<Edition, 'lang'>) => edition.lang.toLowerCase();

export const searchVocabularyFiles = (edition: Edition) => ({
  names: `pagefind/names.${searchIndexLanguage(edition)}.json`,
  words: `pagefind/words.${searchIndexLanguage(edition)}.json`,
});

/** A Pagefind filter attribute value, "type:chapter". */
export const filterAttribute = (filter: SearchFilter, value: string) => `${filter}:${value}`;

/**
 * Lists of every chapter on every page (the header, the search and timeline filters) stay short:
 * past this many chapters, pages point to the contents on the home page instead, so page weight and
 * build time grow with the number of chapters, not with its square.
 */
export const LISTED_CHAPTERS_MAX = 12;

/**
 * The home page lists this many chapters at most (by title, past LISTED_CHAPTERS_MAX: some 370 bytes a
 * chapter in Dari, about 95 KB); past it, the contents go on at chapters/page-2/ and so on, so that neither
 * the home page nor any other outgrows what a phone keeps offline (2 MiB a file, src/lib/offline.ts).
 */
export const CONTENTS_PAGE_CHAPTERS = 250;

/**
 * The whole explainer is printed on one page only up to this many chapters (the four real ones make about
 * 40 printed pages); past it nothing links to that page and it is not built. Each chapter prints from its
 * own page, whatever their number.
 */
export const WHOLE_PRINT_CHAPTERS_MAX = 12;

/**
 * The whole timeline shows this many events a page (about 280 KB of HTML); past it, it goes on at
 * timeline/page-2/ and so on, so that no page outgrows what a phone keeps offline (2 MiB a file,
 * src/lib/offline.ts) however many events there are. One chapter's timeline is never split.
 */
export const TIMELINE_PAGE_EVENTS = 250;
