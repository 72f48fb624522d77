/**
 * "Did you mean …?" (src/lib/search-suggest.ts) as a stand-alone module, which the dialog and the search
 * page import only when a query finds little: `?worker&url` gives its address, as for the dialog itself
 * (src/components/SearchDialog.astro). Such a module keeps no exports, so it hands the class over under
 * a global key that src/scripts/search/engine.ts reads.
 */
import { Suggester } from '../../lib/search-suggest.ts';

(globalThis as unknown as Record<symbol, typeof Suggester>)[Symbol.for('explainer:search-suggester')] = Suggester;
