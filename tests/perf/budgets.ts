/**
 * The performance budgets, in bytes as a host serves them (gzip, measured by tests/support/transfers.ts).
 * Checked by budgets.spec.ts; the benchmark reports against them.
 */
export const BUDGETS = {
  /**
   * Everything a chapter's first visit transfers: HTML, CSS, images, scripts. 25 KB until the "In brief" box
   * and the glossary's first-use links came (about 0.5 KB on Background, the longest: 25,954 B measured).
   */
  chapterFirstVisit: 26 * 1024,
  /** CSS on any page. */
  css: 8 * 1024,
  /** The inline script every page runs before search is opened. */
  inlineScript: 1024,
  /** Everything a first search fetches: search UI code, Pagefind's library, WebAssembly, index and fragments. */
  firstSearch: 120 * 1024,
  /** Everything the service worker downloads for offline use, for the whole site. */
  precache: 400 * 1024,
} as const;
