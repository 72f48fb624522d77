/** The search page: runs ?q= from the URL and keeps the URL in step as the reader types. */
import { queryFromUrl } from '../../lib/search.ts';
import { attachSearch } from './controller.ts';
import { prepareSearch } from './engine.ts';

const root = document.querySelector<HTMLElement>('#search-page [data-search-root]');
if (root) {
  prepareSearch();
  const panel = attachSearch(root, { syncUrl: true });
  document.querySelector('[data-needs-js]')?.remove();
  panel.setQuery(queryFromUrl(location.search));
  panel.input.focus();
}
