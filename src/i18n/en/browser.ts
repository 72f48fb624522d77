/**
 * What the site's scripts write in the browser, in English: apart from the page strings so that a
 * script loads only these (src/scripts/strings.ts), never the whole table.
 */
import { plural } from './words.ts';

/** What the search script writes. */
export const searchResults = {
  /** The filters' legends, their first choice, the types' names and the button for more results: the script draws the dialog's filters. */
  legends: { chapter: 'Chapter', type: 'Type' },
  all: 'All',
  types: { chapter: 'Chapter', event: 'Timeline event', actor: 'Person or group', commitment: 'Promise of the agreement', term: 'Glossary term' },
  moreLabel: 'Show more results',
  /** Announced to screen readers and shown above the results. */
  summary: (n: number, term: string) => `${n} ${plural(n, 'result', 'results')} for “${term}”`,
  none: (term: string) => `No results for “${term}”. Try a shorter or different word, a name such as “Baradar”, or a year such as “2020”.`,
  /** Some words of the query are nowhere on the site; the others were searched. */
  unmatched: (words: string[], searched: string) =>
    `Nothing on the site matches ${words.map((w) => `“${w}”`).join(' or ')}: showing results for “${searched}”.`,
  /** Before the suggestions, each a button that searches it. */
  didYouMean: 'Did you mean',
  /** After the suggestions: the question mark of the edition's script. */
  question: '?',
  or: 'or',
  /** The button that shows the filters, with how many are chosen. */
  filters: (active: number) => (active === 0 ? 'Filters' : `Filters (${active} active)`),
  more: (n: number) => `Show more results (${n} more)`,
  needsServer: 'Search needs the site to be served by a web server; it cannot run from files opened on disk.',
  failed: 'Search could not load. Check your connection and reload the page.',
};

/** What the "Read offline" page's script writes in the browser (src/scripts/offline/save.ts); sizes come formatted ("1.6 MB"). */
export const offlineSave = {
  /** The button before the script has read the size. */
  saveLabel: 'Save the whole explainer for offline reading',
  save: (size: string) => `Save the whole explainer for offline reading (${size})`,
  resume: (size: string) => `Finish saving (${size} left)`,
  again: (size: string) => `Save the new version (${size})`,
  remove: 'Remove the saved copy',
  size: (size: string) => `Saving downloads ${size} and keeps it in this browser, so that every page and every search works with no connection.`,
  progress: 'Saving for offline reading',
  /** While the browser installs the offline worker (on a first visit, it downloads the core first). */
  preparing: 'Preparing offline reading…',
  saving: (percent: number) => `Saving… ${percent}%`,
  saved: 'Saved: the whole explainer is on this device and works with no connection.',
  stopped: (done: number, total: number) => `Saving stopped after ${done} of ${total} files. What was saved is kept: finish when you are online.`,
  outdated: 'The explainer has been updated since you saved it, so the saved copy was removed with the old version. Save again to read the new version offline.',
  removed: 'The saved copy is removed. The main pages stay on this device, and other pages are kept again as you read them.',
  newer: 'A newer version of the explainer has been published: reload the page, then save it.',
  offline: 'You are offline. Connect to the internet or the explainer’s network to save it.',
  unavailable:
    'This browser cannot keep the explainer for offline reading here: that needs a browser with service workers, and the site served over HTTPS or from localhost.',
};

/** The bar that offers a newer build (src/scripts/offline/update.ts). */
export const updatePrompt = {
  label: 'Update',
  text: 'A newer version of the explainer is available.',
  reload: 'Reload',
  dismiss: 'Not now',
};
