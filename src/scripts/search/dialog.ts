/**
 * Runs the search dialog. page.js opens the native <dialog> at once (modal, Esc closes it) and
 * imports this module on first use; from then on the panel searches as the reader types.
 */
import { attachSearch } from './controller.ts';
import { prepareSearch } from './engine.ts';

const dialog = document.getElementById('search-dialog') as HTMLDialogElement & { returnFocus?: HTMLElement | null };
attachSearch(dialog.querySelector<HTMLElement>('[data-search-root]')!, { syncUrl: false });
// This module loads when the dialog first opens: search is being used, so its files can start loading.
prepareSearch();

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
