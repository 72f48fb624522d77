/**
 * The performance budgets, in bytes as a host serves them (gzip, measured by tests/support/transfers.ts).
 * Checked by budgets.spec.ts; the benchmark reports against them.
 */
export const BUDGETS = {
  /**
   * Everything a chapter's first visit transfers: HTML, CSS, images, scripts. Back to 25 KB with the Dari
   * and Pashto editions' switcher and alternates on every page, once the search dialog's filters and their
   * styles came to load with its script, the chart's rules became two paths and no element carried a
   * scoped-style class. A quarter KB more since a chapter is its own print edition: the paper rules in the
   * site's style sheet (about 330 B, cached for every later page) replace a second page of some 19 KB that
   * a reader fetched to print a chapter, and the source links lost their rel attributes, which did nothing
   * (88 B): 25,730 B measured on Round two, 29,074 B on Background with the locator map (budget below).
   */
  chapterFirstVisit: 25.25 * 1024,
  /**
   * The same for a chapter of the Dari and Pashto editions: Arabic-script letters take two bytes in UTF-8
   * and the translations run a little longer, so the same chapter weighs more (issue 17 allows 30 KB).
   */
  chapterFirstVisitTranslated: 30 * 1024,
  /**
   * On top of a chapter's first-visit budget (either edition's), for a chapter that shows the locator map (the background chapter): the
   * map's image (about 2.5 KB, cached for the home page, which shows it too) and its figure with the
   * boundary and licence note (about 0.7 KB). Inline in the page it would cost the same and be downloaded
   * again by every page that has it. 3 KB until the phone's sticky contents box and the footer's About and
   * translations links (28,787 B measured on /background/ with them).
   */
  locatorMap: 3.25 * 1024,
  /** CSS on any page. */
  css: 8 * 1024,
  /** The inline script every page runs before search is opened. */
  inlineScript: 1024,
  /** Everything a first search fetches: search UI code, Pagefind's library, WebAssembly, index and fragments. */
  firstSearch: 120 * 1024,
  /**
   * Everything the English edition's service worker downloads for offline use. 400 KB until the
   * glossary's 50 terms and the tracker's 21 promises joined the search index and "Did you mean" its
   * words file (7 KB), all kept so that search works offline: 401.7 KB measured with them.
   */
  precache: 420 * 1024,
  /**
   * The same for the Dari and Pashto editions, each of which has its own worker: their pages and search
   * index are larger (Arabic script takes two bytes a letter, and compresses less), and their search keeps
   * the English names of who's who and, in Pashto, the lookup of the letters a Persian keyboard types
   * differently: 472 and 481 KB measured.
   */
  precacheTranslated: 495 * 1024,
} as const;
