/**
 * Runs the search dialog. page.js opens the native <dialog> at once (modal, Esc closes it) and
 * imports this module on first use; from then on the panel searches as the reader types.
 */
import { filterGroups, filterPanelHtml } from '../../lib/filter-panel.ts';
import { SEARCH_TYPES } from '../../site.ts';
import { attachSearch } from './controller.ts';
import { prepareSearch } from './engine.ts';
import { t } from './strings.ts';
import resultsStyles from '../../styles/search-results.css?inline';

// This module loads when the dialog first opens: search is being used, so its files can start loading.
prepareSearch();
// The filters' and results' styles, which only the dialog's script draws (the dialog's own are in every
// page). A constructed stylesheet, which the content security policy allows as it allows none inline.
const sheet = new CSSStyleSheet();
sheet.replaceSync(resultsStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const dialog = document.getElementById('search-dialog') as HTMLDialogElement & { returnFocus?: HTMLElement | null };
const root = dialog.querySelector<HTMLElement>('[data-search-root]')!;
// Only the search form is in every page; its filters and results are drawn here, the chapters taken from
// the header's menu, which lists the same ones (src/components/ChapterNav.astro).
const chapters = [...document.querySelectorAll<HTMLElement>('.chapter-nav [data-chapter]')].map((a) => ({
  value: a.dataset.chapter!,
  label: a.lastChild!.textContent!.trim(),
}));
const idPrefix = 'dialog';
root.insertAdjacentHTML('beforeend', filterPanelHtml({ idPrefix, all: t.all, more: t.moreLabel, groups: filterGroups(chapters, t, SEARCH_TYPES) }));
root.querySelector('[data-search-input]')!.setAttribute('aria-controls', `${idPrefix}-results`);
attachSearch(root, { syncUrl: false });

dialog.addEventListener('close', () => dialog.returnFocus?.focus());
// In a search field, Chromium's first Esc only clears the text; readers expect Esc to close search.
dialog.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    dialog.close();
  }
});
dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the panel) closes the dialog, as readers expect.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});
