/**
 * The Dari edition's browser strings as a stand-alone module (`?worker&url` in src/scripts/strings.ts),
 * loaded only by that edition's pages. Such a module keeps no exports, so it hands its strings over under
 * the global key that src/scripts/strings.ts reads.
 */
import * as strings from '../../i18n/fa/browser.ts';
import { stringsKey } from '../strings-key.ts';

(globalThis as unknown as Record<symbol, unknown>)[stringsKey('fa')] = strings;
